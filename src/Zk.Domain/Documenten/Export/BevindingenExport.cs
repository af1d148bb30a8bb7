using System.Text;
using Zk.Domain.Collections;
using Zk.Domain.Regels;

namespace Zk.Domain.Documenten.Export;

/// <summary>Findings and the rules catalogue as JSON, for tools and host applications, and the catalogue as Markdown (the text of <c>docs/rules.md</c>).</summary>
/// <remarks>A severity is written <c>error</c>, <c>warning</c> or <c>info</c>, whatever the C# members are called. Pure and thread-safe.</remarks>
public static class BevindingenExport
{
    /// <summary>
    /// The findings as one JSON array of objects with <c>code</c>, <c>severity</c> (<c>error</c>, <c>warning</c>,
    /// <c>info</c>), <c>path</c> and <c>message</c>.
    /// </summary>
    /// <param name="bevindingen">The findings.</param>
    public static string ToJson(this ValueArray<Bevinding> bevindingen) => JsonExport.Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var b in bevindingen)
        {
            writer.WriteStartObject();
            writer.WriteString("code", b.Code);
            writer.WriteString("severity", WireNames.Naam(b.Severity));
            writer.WriteString("path", b.Path);
            writer.WriteString("message", b.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    /// <summary>
    /// The catalogue as one JSON array of objects with <c>code</c>, <c>severity</c>, <c>description</c> (in
    /// <paramref name="taal"/>), <c>source</c> and <c>profile</c> (true for a rule that is one plan's own, which runs only
    /// where the plan's profile sets it).
    /// </summary>
    /// <param name="taal">The language of the descriptions.</param>
    public static string CatalogusToJson(Taal taal) => JsonExport.Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var regel in Regelcatalogus.Regels)
        {
            writer.WriteStartObject();
            writer.WriteString("code", regel.Code);
            writer.WriteString("severity", WireNames.Naam(regel.Severity));
            writer.WriteString("description", regel.Omschrijving(taal));
            writer.WriteString("source", regel.Bron);
            writer.WriteBoolean("profile", regel.IsProfielregel);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    /// <summary>The catalogue as a Markdown table with its notes: the text of <c>docs/rules.md</c>, which a test keeps in step.</summary>
    public static string CatalogusToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("# Rules catalogue\n\n");
        text.Append("Generated from `Regelcatalogus` (src/Zk.Domain/Regels); a test keeps this file in step. ");
        text.Append("Codes never change. ZK001–ZK062 come from the domain brief (but for ZK004), ZK1xx are added rules. ");
        text.Append("Each rule is one type in src/Zk.Domain/Regels/Catalogus holding its code, severity, texts and check.\n\n");
        text.Append("A rule marked *profile* is one plan's own (Zuid-Kennemerland's selection criteria and terms): it runs only where the ");
        text.Append("plan's governance profile sets it, as Zuid-Kennemerland's does with the severity shown.\n\n");
        text.Append("| code | severity | rule (en) | regel (nl) | seed |\n|---|---|---|---|---|\n");
        foreach (var regel in Regelcatalogus.Regels)
        {
            text.Append("| ").Append(regel.Code)
                .Append(" | ").Append(WireNames.Naam(regel.Severity)).Append(regel.IsProfielregel ? " (*profile*)" : string.Empty)
                .Append(" | ").Append(regel.OmschrijvingEn)
                .Append(" | ").Append(regel.OmschrijvingNl)
                .Append(" | ").Append(regel.Bron)
                .Append(" |\n");
        }

        text.Append("\n## Order of findings\n\n");
        text.Append("`Validate` returns its findings by path, then code, then message, whatever the order in which the rules run. ");
        text.Append("Paths compare ordinally except that numbers compare as numbers (`acties[2]` before `acties[10]`); ");
        text.Append("the plan's own empty path comes first.\n\n");
        text.Append("## Which rules apply: the plan's profile, then the options\n\n");
        text.Append("The plan's governance profile (`Werkplan.Profiel`) decides which rules run and with which severity: ");
        text.Append("`Bestuursprofiel.Regels` holds at most one setting per code (`uit`, `error`, `warning` or `info` in the document's ");
        text.Append("`profiel.regels`). A rule of every plan runs unless the profile switches it off, with the catalogue's severity unless ");
        text.Append("the profile sets another; a *profile* rule runs only where the profile gives it a severity. A code the catalogue ");
        text.Append("does not have is ZK108's warning. `Bestuursprofiel.ZuidKennemerland` (the default, and the profile of every ");
        text.Append("`zk-werkplan/1` document) sets ZK010, ZK012–ZK014, ZK021 and ZK022 with the severities above; ");
        text.Append("`Bestuursprofiel.Algemeen` sets none and has no capacity.\n\n");
        text.Append("ZK011 checks the capacity: the number of `ValidationOptions.Plancapaciteit`, else the plan's `capaciteit`, else the ");
        text.Append("profile's (`profiel.capaciteit`: `aantal` and `telt`, Zuid-Kennemerland's nine `acties`). It counts what the profile's ");
        text.Append("capacity counts: the actions, or (`hoofdopgaven`) the main tasks that have at least one action; actions when the ");
        text.Append("profile has no capacity. With no number anywhere, ZK011 does not run.\n\n");
        text.Append("## Switching rules off or changing their severity\n\n");
        text.Append("The options win over the profile. `ValidationOptions.Regels` holds at most one setting per code: `RegelInstelling.Off(code)` switches a rule off, ");
        text.Append("`RegelInstelling.WithSeverity(code, severity)` reports it with another severity (`options.Without(...)` and ");
        text.Append("`options.WithSeverity(...)` do the same; a *profile* rule given a severity runs even where the profile does not set it). ");
        text.Append("A code the catalogue does not have is an `ArgumentException` here.\n\n");
        text.Append("## The botsproef (ZK052)\n\n");
        text.Append("ZK052 and the botsproef report of `SamenhangAnalyse` come from one function. A side of a vraagstuk is the action ");
        text.Append("it names, or every action of the main task it names; each action's decision is its last besluitvorming by time. ");
        text.Append("Two decisions are in the same meeting when both name a meeting and it is the same one; otherwise when they fall ");
        text.Append("in the same quarter (a decision planned by quarter only stands for that quarter's radenbijeenkomst). The sides ");
        text.Append("are weighed together when every two decided actions are in the same meeting; ZK052 warns when two are not, ");
        text.Append("and nothing is judged while a side has no planned decision.\n");
        return text.ToString();
    }
}
