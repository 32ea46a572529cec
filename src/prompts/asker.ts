/**
 * What the interview needs from a terminal, and nothing more: four kinds of prompt and a way
 * to show a line between them. The real one wraps the prompt library (inquirer-asker.ts);
 * tests pass a scripted one, so the whole interview runs without a terminal.
 *
 * Every prompt carries a `key` that names it independently of its wording and language
 * (`city.name`, `answer:dukcapil/akta-lahir/pengajuan`): scripts and logs refer to prompts by it.
 */

/** What every prompt has. */
export interface PromptBase {
  /** A stable name for this prompt, e.g. `volume:dukcapil/kk`. Not shown. */
  key: string;
  message: string;
  /** Aborting rejects the prompt with the signal's reason (an Error) as the cause. */
  signal?: AbortSignal;
}

export interface Choice<V> {
  value: V;
  label: string;
  /** Shown while this choice is highlighted (the rubric's help for an option). */
  description?: string;
  /** Shown but not selectable (or, in a checkbox, not changeable). */
  isDisabled?: boolean;
}

export interface SelectPrompt<V> extends PromptBase {
  choices: readonly Choice<V>[];
  /** The preselected choice (the current answer when reviewing). */
  default?: V;
}

export interface CheckboxPrompt<V> extends PromptBase {
  choices: readonly (Choice<V> & { isChecked?: boolean })[];
  /** `true`, or the message that says why this selection cannot be submitted. */
  validate?: (values: readonly V[]) => true | string;
}

export interface InputPrompt extends PromptBase {
  /** Returned when the person just presses Enter. */
  default?: string;
  /** `true`, or the message that says why this text cannot be submitted. */
  validate?: (text: string) => true | string;
}

export interface ConfirmPrompt extends PromptBase {
  default?: boolean;
}

/**
 * Puts questions to a person. Each method resolves with the answer, or rejects with
 * `CancelledError` when the person stops (Ctrl-C).
 */
export interface Asker {
  select<V>(prompt: SelectPrompt<V>): Promise<V>;
  checkbox<V>(prompt: CheckboxPrompt<V>): Promise<V[]>;
  input(prompt: InputPrompt): Promise<string>;
  confirm(prompt: ConfirmPrompt): Promise<boolean>;
  /** Shows text between prompts: where the interview stands, a section title, help. */
  say(text: string, style?: SayStyle): void;
}

/** How `say` text stands out when colour is allowed: a heading, or quiet help text. */
export type SayStyle = 'heading' | 'help' | 'plain';
