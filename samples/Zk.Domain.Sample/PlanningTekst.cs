using NodaTime.Text;
using Zk.Domain.Documenten.Export;
using Zk.Domain.Inplannen;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wijzigingen;

namespace Zk.Domain.Sample;

/// <summary>
/// Prints a schedule: the calendar it was made on, the agenda per meeting, what cannot be planned, the slack per action;
/// and the alternatives for one moment.
/// </summary>
internal static class PlanningTekst
{
    public static void Write(Werkplan plan, Planning planning, Kalendervermelding kalender, Taal taal, TextWriter output)
    {
        string W(Woord woord) => Woorden.Naam(woord, taal);
        output.WriteLine(kalender.Tekst(taal, plan.Profiel));
        output.WriteLine($"{W(Woord.Planning)}: {plan.Titel}");
        foreach (var r in planning.Kalender.Radenbijeenkomsten.OrderBy(r => r.Datum))
        {
            var agenda = planning.Agenda(r.Id).ToList();
            output.WriteLine();
            // The items a meeting holds: the moments of stages on its agenda (a stage acted on elsewhere is only dated by it).
            var items = agenda.Count(t => plan.Profiel.IsAgendapunt(t.Fase));
            var capaciteit = r.Agendaruimte ?? plan.Profiel.Soort(r)?.StandaardAgendaruimte;
            output.WriteLine($"{LocalDatePattern.Iso.Format(r.Datum)}  {r.Id}  ({items}/{capaciteit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "∞"})");
            foreach (var t in agenda)
            {
                // A stage the planner added that is no interim discussion is one the profile requires before the decision.
                var status = t.Status == ToewijzingStatus.Toegevoegd && !plan.Profiel.IsTussentijds(t.Fase) ? W(Woord.ToewijzingToegevoegdVereist) : Woorden.Naam(t.Status, taal);
                output.WriteLine($"    {t.Actie,-5} {plan.Profiel.FaseNaam(t.Fase, taal),-15} {status}");
            }
        }

        output.WriteLine();
        if (planning.IsVolledig)
        {
            output.WriteLine(W(Woord.AllesIngepland));
        }
        else
        {
            output.WriteLine(W(Woord.NietTePlannen) + ":");
            foreach (var o in planning.Onplanbaar)
            {
                output.WriteLine($"    {o.Melding(taal, plan.Profiel)}");
            }
        }

        output.WriteLine();
        output.WriteLine(W(Woord.Speling) + ":");
        foreach (var s in planning.Speling)
        {
            output.WriteLine($"    {s.Actie,-5} {s.Dagen?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—",5}  ({LocalDatePattern.Iso.Format(s.Deadline)})");
        }
    }

    // The alternatives, cheapest first: per meeting its date and id, what else moves, the findings that come and go, the room left.
    public static void WriteAlternatieven(Werkplan plan, Alternatieven alternatieven, Kalendervermelding kalender, Taal taal, TextWriter output)
    {
        output.WriteLine(kalender.Tekst(taal, plan.Profiel));
        output.WriteLine(WijzigingenExport.Kop(alternatieven, taal, plan.Profiel));
        output.WriteLine();
        if (alternatieven.Opties.IsEmpty)
        {
            output.WriteLine(Woorden.Naam(Woord.GeenAlternatieven, taal));
        }

        var rang = 0;
        foreach (var o in alternatieven.Opties)
        {
            var huidig = o.IsHuidig ? $"  ({Woorden.Naam(Woord.Huidig, taal)})" : "";
            output.WriteLine($"{++rang,3}. {LocalDatePattern.Iso.Format(o.Datum)}  {o.Radenbijeenkomst}{huidig}");
            output.WriteLine($"       {WijzigingenExport.Verschuivingstekst(o, taal, plan.Profiel)}");
            var bevindingen = WijzigingenExport.Bevindingtekst(o.Nieuw, o.Vervallen, taal);
            if (bevindingen.Length > 0)
            {
                output.WriteLine($"       {bevindingen}");
            }

            output.WriteLine($"       {WijzigingenExport.Ruimte(o, taal)}");
        }

        if (!alternatieven.Uitgesloten.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine($"{Woorden.Naam(Woord.Uitgesloten, taal)}: {string.Join(", ", alternatieven.Uitgesloten)}");
        }
    }
}
