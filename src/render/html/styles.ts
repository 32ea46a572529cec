/**
 * The one stylesheet of every HTML report, inlined in the page: system fonts only (no
 * request leaves the file), a layout that reflows from a desktop to a 390px phone, and print
 * rules for A4 (colours kept, rows and cards not split across pages, table heads repeated).
 * A line ending in `\` goes on in the next one: a template line continuation, so the page gets
 * the rule on one line as before.
 */
export const STYLES = `
:root{--ink:#17212b;--muted:#586575;--line:#d8dee6;--soft:#eef2f6;--bg:#f3f5f8;--card:#fff;
--brand:#163a5f;--brand-2:#2a6f97;--high:#1e7b4f;--mid:#b26b00;--low:#b3261e;--a:#163a5f;--b:#e08a2c}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);\
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;\
overflow-wrap:break-word}
main{max-width:1100px;margin:0 auto;padding:0 20px 40px}
header.top{background:var(--brand);color:#fff;padding:28px 0 24px;margin-bottom:24px;\
border-bottom:5px solid var(--brand-2)}
header.top .inner{max-width:1100px;margin:0 auto;padding:0 20px}
.kicker{margin:0;font-size:.8rem;letter-spacing:.08em;text-transform:uppercase;opacity:.85}
h1{margin:.2rem 0 .35rem;font-size:2rem;line-height:1.2}
.meta{margin:0;font-size:.92rem;opacity:.9}
.meta span+span::before{content:" · "}
.note{margin:.4rem 0 0;font-size:.92rem;font-weight:600}
h2{font-size:1.3rem;margin:0 0 .8rem;color:var(--brand)}
h3{font-size:1.05rem;margin:0 0 .5rem}
section.block{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin:0 0 18px}
.lead{margin:-.4rem 0 .9rem;color:var(--muted);font-size:.92rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(230px,1fr));gap:14px;margin:0 0 18px}
.card{background:var(--card);border:1px solid var(--line);border-top:4px solid var(--brand-2);border-radius:10px;\
padding:14px 16px}
.card.high{border-top-color:var(--high)}.card.middle{border-top-color:var(--mid)}.card.low{border-top-color:var(--low)}
.card h2{font-size:.82rem;font-weight:600;color:var(--muted);margin:0 0 .3rem;text-transform:uppercase;\
letter-spacing:.04em}
.card .value{font-size:1.8rem;font-weight:700;line-height:1.15;margin:0;color:var(--ink)}
.card .value small{font-size:.9rem;font-weight:500;color:var(--muted);white-space:nowrap}
.card .rating{font-size:1.05rem;font-weight:600;margin:.1rem 0 0}
.card p{margin:.35rem 0 0;font-size:.88rem;color:var(--muted)}
.cards.sides{grid-template-columns:repeat(auto-fit,minmax(280px,1fr))}
dl.facts{display:grid;grid-template-columns:1fr auto;gap:3px 12px;margin:.6rem 0 0;font-size:.88rem}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0;text-align:right;font-weight:600;font-variant-numeric:tabular-nums}
ul.summary{margin:0;padding-left:1.2em}ul.summary li{margin:.2rem 0}
.card svg{display:block;width:100%;height:10px;margin-top:.55rem}
figure{margin:0}
.charts{display:flex;flex-wrap:wrap;gap:18px 28px;align-items:flex-start}
.charts figure{margin:0;flex:1 1 340px;min-width:0}
figure svg{display:block;max-width:100%;height:auto}
figcaption{font-size:.85rem;color:var(--muted);margin:.4rem 0 0}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;list-style:none;padding:0;margin:.5rem 0 0;font-size:.82rem;\
color:var(--muted)}
.legend i{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.35em;vertical-align:-.05em}
.table-wrap{overflow-x:auto}
table{width:100%;border-collapse:collapse;font-size:.88rem}
table.fixed{table-layout:fixed}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
td{overflow-wrap:anywhere}
th{overflow-wrap:normal;hyphens:manual}
td.wide:nth-child(-n+2){min-width:11em}
thead th{background:var(--soft);color:var(--brand);font-weight:600;border-bottom:2px solid var(--line)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.num{white-space:nowrap;overflow-wrap:normal}
tbody tr:nth-child(even){background:#fafbfc}
.badge{display:inline-block;padding:1px 7px;border-radius:999px;font-size:.8rem;font-weight:600;white-space:nowrap;\
background:var(--soft);color:var(--ink)}
.badge.high{background:#dff1e7;color:var(--high)}.badge.good{background:#e8f3df;color:#3f6e27}\
.badge.middle{background:#fbecd4;color:#8a5200}.badge.poor{background:#fbe4d2;color:#9a4a10}\
.badge.low{background:#f8dcd9;color:var(--low)}
.badge i{display:inline-block;width:.65em;height:.65em;border-radius:50%;margin-right:.4em;vertical-align:.02em}
.yes{color:var(--high);font-weight:600}.no{color:var(--low);font-weight:600}
.muted{color:var(--muted)}
.opd{margin:0 0 18px;break-inside:auto}
.opd-head{display:flex;flex-wrap:wrap;justify-content:space-between;gap:4px 12px;align-items:baseline;\
border-bottom:2px solid var(--brand-2);padding-bottom:4px;margin-bottom:6px}
.opd-head h3{margin:0}
.opd-head p{margin:0;font-size:.85rem;color:var(--muted)}
.note{font-size:.82rem;color:var(--muted);margin:.25rem 0 0}
.notes{margin:.2rem 0 0;padding:0;list-style:none;font-size:.9rem}
.notes b{color:var(--muted);font-weight:600}
.hint{font-size:.9rem;color:var(--muted);margin:.7rem 0 0}
.callout{border-left:4px solid var(--mid);background:#fdf6ea;padding:8px 12px;margin:0 0 .8rem;font-size:.9rem}
.steps{margin:.3rem 0 0;padding-left:1.2em}
.learn{list-style:none;padding:0;margin:0;counter-reset:learn}
.learn>li{border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin:0 0 10px;break-inside:avoid}
.learn .saves{font-weight:600;color:var(--high)}
dl.scale{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;margin:0;font-size:.88rem}
dl.scale dt{font-weight:600}dl.scale dd{margin:0;color:var(--muted)}
footer{max-width:1100px;margin:0 auto;padding:0 20px 32px;font-size:.8rem;color:var(--muted)}
footer p{margin:.2rem 0}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;background:var(--soft);\
padding:0 .25em;border-radius:3px}
@media (max-width:640px){
 main{padding:0 12px 28px}header.top .inner{padding:0 12px}h1{font-size:1.55rem}
 section.block{padding:14px 12px}
 .card .value{font-size:1.7rem}
 table.stack thead{display:none}
 table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
 table.stack tr{border:1px solid var(--line);border-radius:8px;margin:0 0 10px;padding:4px 10px;background:#fff}
 table.stack td{display:flex;justify-content:space-between;gap:12px;border-bottom:1px dashed var(--line);\
text-align:right;white-space:normal}
 table.stack td:last-child{border-bottom:0}
 table.stack td::before{content:attr(data-label);flex:0 0 42%;text-align:left;font-weight:600;color:var(--muted)}
 table.stack td:first-child:not(.num){display:block;text-align:left;font-weight:600;border-bottom:1px solid var(--line)}
 table.stack td:first-child:not(.num)::before{display:none}
 table.stack td.wide{display:block;text-align:left}
 table.stack td.wide::before{display:block;margin-bottom:2px}
}
@page{size:A4;margin:14mm 12mm 15mm}
@media print{
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 body{background:#fff;font-size:9.5pt}
 header.top{padding:0 0 8px;margin-bottom:12px;background:#fff;color:var(--brand);border-bottom:3px solid var(--brand)}
 header.top .inner,main,footer{max-width:none;padding-left:0;padding-right:0}
 h1{font-size:18pt}
 section.block{border:0;padding:0;margin:0 0 12px;border-radius:0}
 .cards{grid-template-columns:repeat(4,1fr);gap:8px}
 .card{break-inside:avoid;page-break-inside:avoid;padding:8px 10px}.card .value{font-size:16pt}.card h2{font-size:7pt}\
.card p{font-size:8pt}
 .charts figure,figure,svg,dl,.legend{break-inside:avoid;page-break-inside:avoid}
 h1,h2,h3,.opd-head,.lead{break-after:avoid;page-break-after:avoid}
 h2+*,h3+*,.opd-head+*,.lead+*{break-before:avoid;page-break-before:avoid}
 tr,.learn>li{break-inside:avoid;page-break-inside:avoid}
 thead{display:table-header-group}
 table{font-size:8.5pt}
 .table-wrap{overflow:visible}
}
`;
