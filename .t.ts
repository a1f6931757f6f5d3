import { parseProseFigures } from "./loaders/extract/general/parseProseFigures.ts";
import { DocumentText } from "./loaders/extract/documentText.ts";
for (const s of ["Under året avslutades 170 deltagare i förbundets insatser. Av dessa gick 31 procent till arbete eller studier (före insatsen: 5 procent).","Under året avslutades 170 deltagare i förbundets insatser. Av dessa gick 31 procent (riket 38 procent) till arbete eller studier.","Under året avslutades 120 deltagare i förbundets insatser. Av dessa gick 48 (40 procent) till arbete eller studier."]) {
 const r = parseProseFigures(new DocumentText("t/2023-annual-report", [s], 2023));
 console.log(r.facts.map((f:any)=>f.table+":"+f.value), r.findings.map((f:any)=>f.value+" "+f.message.slice(0,80)));
}
