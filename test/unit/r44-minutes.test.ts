/**
 * Minutes shapes of stop 44 (made-up federations, own words): a decision register's notes set apart from
 * their items ("Till § 14. …") read as those items' text, the member body in a bracket after a name, a roll
 * call held as an item with counted group headings, and a grid of presence codes under a legend; and the
 * near-miss shapes that must stay unread.
 */
import { describe, expect, it } from "vitest";
import { DocumentText } from "../../loaders/extract/documentText.ts";
import { parseMinutes } from "../../loaders/extract/minutes/parseMinutes.ts";
import type { FederationFacts } from "../../loaders/schema/registry.ts";
import { type AnyFact } from "../helpers.ts";

const federation: FederationFacts = {
  id: "lomviken",
  name: "Samordningsförbundet Lomviken",
  members: ["Lomvikens kommun", "Tallby kommun", "Region Kärrmark", "Försäkringskassan", "Arbetsförmedlingen"],
};

function parse(text: string, date = "2026-04-14") {
  const doc = new DocumentText("lomviken/minutes", text.split("\n"), 2026, "plain_text", new Set(), federation);
  const facts = parseMinutes(doc, { date, kind: "board_minutes" }).facts as AnyFact[];
  return (table: string) => facts.filter((f) => f.table === table);
}
const who = (rows: AnyFact[]) => rows.map((r) => `${r.person}:${r.role}:${r.serving}`);
const money = (rows: AnyFact[]) => rows.map((r) => `${r.year} ${r.basis} ${r.item} ${r.amount_sek}`);
const counts = (rows: AnyFact[]) => rows.map((r) => `${r.year} ${r.measure} ${r.gender} ${r.value}`);

describe("a decision register's notes set apart from their items", () => {
  const register = (title: string, note: string) => `Lomvikens samordningsförbund            PROTOKOLL
Arbetsutskottet

Dag och tid     tisdag 14 april 2026, kl. 09.00–10.30

BESLUTSREGISTER

§ 11  Justerare – Anna Lo utsedd.
§ 12  Ansökan Bryggan, Tallby kommun – avslagen (sökt 200 000 kr).
§ 13  ${title}
§ 14  Anmälan av delegationsbeslut – noterad.

NOTER TILL BESLUTEN

Till § 12. Insatsen ryms i kommunens eget uppdrag.

Till § 13. ${note}

Till § 14. Inga delegationsbeslut har fattats sedan förra mötet.`;
  const NOTE = `Revisorerna har lämnat sin berättelse. Av årsredovisningen framgår att
intäkterna var 4 310 000 kr och kostnaderna 4 455 600 kr, så att årets resultat blev −145 600 kr.
Under 2025 hade förbundets insatser 121 deltagare, 70 kvinnor och 51 män. Revisorernas arvode
var 41 000 kr.`;

  it("reads a note on the item on a closed year's annual report as a passage on that year", () => {
    const of = parse(register("Revisorernas granskning av årsredovisningen 2025 – noterad.", NOTE));
    expect(money(of("finance"))).toEqual(
      expect.arrayContaining(["2025 actual revenue_operating 4310000", "2025 actual cost_operating 4455600"]),
    );
    expect(of("finance").some((f) => f.amount_sek === 41000)).toBe(false);
    expect(counts(of("participant_count"))).toEqual(
      expect.arrayContaining(["2025 enrolled all 121", "2025 enrolled woman 70", "2025 enrolled man 51"]),
    );
    // The facts cite the item the note is on, not the last item of the register above the notes.
    const revenue = of("finance").find((f) => f.item === "revenue_operating")!;
    expect(revenue.source_label).toContain("§13");
  });

  it("never reads a note on an item about anything else, one intervention's year, or an item not held", () => {
    // An application's note quoting figures is no report on the year.
    expect(of2("Ansökan Språnget, Region Kärrmark – beviljad med 300 000 kr.")).toEqual([]);
    // One intervention's closing accounts are that intervention's.
    expect(of2("Bokslut 2025 för insatsen Steget – noterad.")).toEqual([]);
    // The note names a § the minutes do not hold.
    const missing = parse(
      register("Information från kansliet – noterad.", "Ingen ändring.").replace(
        "Till § 14. Inga delegationsbeslut har fattats sedan förra mötet.",
        `Till § 19. ${NOTE}`,
      ),
    );
    expect(missing("finance")).toEqual([]);
    expect(missing("participant_count")).toEqual([]);
    function of2(title: string) {
      const of = parse(register(title, NOTE));
      return [...money(of("finance")), ...counts(of("participant_count"))];
    }
  });
});

describe("a member body in a bracket after a name", () => {
  const HEAD = (rows: string) => `Protokoll, Samordningsförbundet Lomviken, styrelsen
Datum: 2026-04-14

${rows}

§ 1  Mötets öppnande
Ordföranden öppnar mötet.`;

  it("reads the bracket as the member, the role and the stand-in after it as before", () => {
    const of = parse(
      HEAD(`Ledamöter       Siri Alm (Lomvikens kommun), ordförande
                Olle Brink (Region Kärrmark)
Ersättare       Ture Dal (Arbetsförmedlingen), tjänstgör för Vera Ek
Frånvarande     Vera Ek (Arbetsförmedlingen)`),
    );
    expect(who(of("attendance"))).toEqual(["Siri Alm:member:true", "Olle Brink:member:true", "Ture Dal:deputy:true"]);
    expect(of("attendance").map((a) => a.member)).toEqual([
      "Lomvikens kommun",
      "Region Kärrmark",
      "Arbetsförmedlingen",
    ]);
  });

  it("never takes a bracket saying more than the body for the member, nor a party's letters", () => {
    const of = parse(
      HEAD(`Ledamöter       Siri Alm (S), Lomvikens kommun
                Olle Brink (ordförande i Region Kärrmark)`),
    );
    expect(of("attendance").map((a) => `${a.person}|${a.member}`)).toEqual(["Siri Alm|Lomvikens kommun"]);
    // A bracket later on the line names whom a deputy stood in for, not the deputy's member.
    const later = parse(HEAD(`Ersättare       Ture Dal, tjänstgör för Vera Ek (Tallby kommun)`));
    expect(later("attendance").map((a) => `${a.person}|${a.member}`)).toEqual(["Ture Dal|null"]);
  });
});

describe("a grid of presence codes under a legend", () => {
  const GRID = `Protokoll, Samordningsförbundet Lomviken, styrelsen
Sammanträde  tisdag 14 april 2026, kl. 10.00–12.00

Närvaro (x = närvarande, T = tjänstgörande, – = ej närvarande)

Namn              Organisation          Uppdrag     Närv   Tjg
Siri Alm          Lomvikens kommun      ordinarie   x      T
Ture Dal          Lomvikens kommun      ersättare   x      –
Vera Ek           Tallby kommun         ordinarie   –      –
Gösta Falk        Tallby kommun         ersättare   x      T
Lena Gran         Region Kärrmark       ordinarie   x      T
Nils Hed          Försäkringskassan     ersättare   –      –

§ 1  Mötets öppnande
Ordföranden öppnar mötet.`;

  it("reads each person's presence and serving by the legend, the role by its column", () => {
    expect(who(parse(GRID)("attendance"))).toEqual([
      "Siri Alm:member:true",
      "Ture Dal:deputy:false",
      "Gösta Falk:deputy:true",
      "Lena Gran:member:true",
    ]);
  });

  it("reads the legend under the grid and a grid drawn with pipes", () => {
    const under = GRID.replace("Närvaro (x = närvarande, T = tjänstgörande, – = ej närvarande)\n\n", "").replace(
      "Nils Hed          Försäkringskassan     ersättare   –      –\n",
      "Nils Hed          Försäkringskassan     ersättare   –      –\n\nT = tjänstgörande, x = närvarande\n",
    );
    expect(who(parse(under)("attendance"))).toContain("Gösta Falk:deputy:true");
    const piped = `Protokoll, Samordningsförbundet Lomviken
Datum: 2026-04-14

Teckenförklaring: x = närvarande, T = tjänstgörande

| Namn | Organisation | Uppdrag | Närv | Tjg |
|---|---|---|---|---|
| Siri Alm | Lomvikens kommun | ordinarie | x | T |
| Ture Dal | Lomvikens kommun | ersättare | x | |
| Vera Ek | Tallby kommun | ordinarie | | |

§ 1  Mötets öppnande`;
    expect(who(parse(piped)("attendance"))).toEqual(["Siri Alm:member:true", "Ture Dal:deputy:false"]);
  });

  it("never stores the absent, a code the legend does not explain, nor a grid with no legend", () => {
    const of = parse(
      GRID.replace(
        "Gösta Falk        Tallby kommun         ersättare   x      T",
        "Gösta Falk        Tallby kommun         ersättare   F      T",
      ),
    );
    expect(of("attendance").map((a) => a.person)).not.toContain("Gösta Falk");
    expect(of("attendance").map((a) => a.person)).not.toContain("Vera Ek");
    expect(of("attendance").map((a) => a.person)).not.toContain("Nils Hed");
    // Without its legend the codes mean nothing: no one of the grid is stored by it.
    const bare = parse(GRID.replace("Närvaro (x = närvarande, T = tjänstgörande, – = ej närvarande)", ""));
    expect(bare("attendance")).toEqual([]);
    // A legend whose meanings are not presence ("K = kommun") is no legend of the grid.
    const other = parse(
      GRID.replace("(x = närvarande, T = tjänstgörande, – = ej närvarande)", "(K = kommun, R = region)"),
    );
    expect(other("attendance").filter((a) => a.role === "deputy")).toEqual([]);
  });
});

describe("a roll call held as an item, its groups headed with their counts", () => {
  const ROLL_CALL = (title: string) => `SAMORDNINGSFÖRBUNDET LOMVIKEN
Styrelsen
Sammanträdesdatum: 2026-04-14
Närvarande: se § 2

§ 1   Mötets öppnande

Ordföranden Siri Alm öppnade mötet.

§ 2   ${title}

Ordföranden förrättade upprop. Röstlängden fastställdes till fyra röstberättigade.

Röstberättigade (3 av 4 ordinarie ledamöter närvarande)
  Siri Alm, Lomvikens kommun, ordförande
  Olle Brink, Region Kärrmark
  Lena Gran, Försäkringskassan
  Ture Dal, Tallby kommun, ersättare som tjänstgör för Vera Ek

Ersättare med närvarorätt (1)
  Gösta Falk, Region Kärrmark

Anmält förhinder (2)
  Vera Ek, Tallby kommun, ledamot
  Nils Hed, Arbetsförmedlingen, ersättare

Övriga närvarande (1)
  Maja Ros, förbundschef, sekreterare

§ 3   Val av justerare

Styrelsen utser Olle Brink att justera protokollet.`;

  it("reads the item's groups as the head's lists: deciders, deputies not serving, the absent passed over", () => {
    const of = parse(ROLL_CALL("Upprop och fastställande av röstlängd"));
    expect(who(of("attendance"))).toEqual([
      "Siri Alm:member:true",
      "Olle Brink:member:true",
      "Lena Gran:member:true",
      "Ture Dal:deputy:true",
      "Gösta Falk:deputy:false",
      "Maja Ros:official:null",
    ]);
    // The counts of the groups are nobody and no participants.
    expect(of("participant_count")).toEqual([]);
  });

  it("never reads an item that is no roll call, nor the item where the head has its own list", () => {
    // A board's composition told in another item is no attendance.
    expect(parse(ROLL_CALL("Styrelsens sammansättning 2026"))("attendance").map((a) => a.person)).not.toContain(
      "Olle Brink",
    );
    const listed = parse(
      ROLL_CALL("Upprop").replace("Närvarande: se § 2", "Beslutande: Siri Alm, Lomvikens kommun, ordförande"),
    );
    expect(who(listed("attendance"))).toEqual(["Siri Alm:member:true"]);
  });

  it("never reads a roll call told in prose alone", () => {
    const prose = `SAMORDNINGSFÖRBUNDET LOMVIKEN
Styrelsen
Sammanträdesdatum: 2026-04-14

§ 1   Upprop

Ledamöter Olle Brink saknades.
Ordföranden konstaterade att styrelsen var beslutför.

§ 2   Val av justerare

Styrelsen utser Lena Gran att justera protokollet.`;
    expect(parse(prose)("attendance").map((a) => a.person)).not.toContain("Olle Brink saknades.");
    expect(parse(prose)("attendance").filter((a) => String(a.person).includes("Olle Brink"))).toEqual([]);
  });

  it("takes a deputy serving for some items only as serving unknown", () => {
    const of = parse(
      ROLL_CALL("Upprop").replace("ersättare som tjänstgör för Vera Ek", "ersättare som tjänstgör för Vera Ek §§ 3–5"),
    );
    expect(who(of("attendance"))).not.toContain("Ture Dal:deputy:true");
    expect(who(of("attendance"))).not.toContain("Ture Dal:member:true");
  });
});

describe("deputies listed apart from a list labelled as the deciders'", () => {
  const HEAD = (label: string, deputy: string) => `PROTOKOLL
Protokoll fört vid styrelsesammanträde i Samordningsförbundet Lomviken

Plats och tid      Kansliet, Lomviken, tisdag 14 april 2026 kl. 13.00–15.30

${label.padEnd(19)}Siri Alm (S), Lomvikens kommun, ordförande
                   Olle Brink (M), Region Kärrmark

Ersättare          ${deputy}
                   Gösta Falk (C), Region Kärrmark

§ 1  Mötets öppnande
Ordföranden öppnar mötet.`;

  it("did not serve, though no deputy stands among the deciders", () => {
    const of = parse(HEAD("Beslutande", "Ture Dal (S), Lomvikens kommun"));
    expect(who(of("attendance"))).toEqual(expect.arrayContaining(["Ture Dal:deputy:false", "Gösta Falk:deputy:false"]));
  });

  it("stays unknown under a list of members present, or where the deputy's line or the text says they served", () => {
    expect(who(parse(HEAD("Närvarande ledamöter", "Ture Dal (S), Lomvikens kommun"))("attendance"))).toContain(
      "Ture Dal:deputy:null",
    );
    const items = parse(HEAD("Beslutande", "Ture Dal (S), Lomvikens kommun, tjänstgörande § 3"))("attendance");
    expect(who(items)).not.toContain("Ture Dal:deputy:false");
    const said = parse(
      `${HEAD("Beslutande", "Ture Dal (S), Lomvikens kommun")}\n\n§ 2  Ansökan\nTure Dal tjänstgör för Olle Brink under ärendet.`,
    )("attendance");
    expect(who(said)).toContain("Ture Dal:deputy:null");
  });
});
