using NodaTime.Text;
using Zk.Domain.Inplannen;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Sample;

/// <summary>Prints a schedule: the agenda per meeting, what cannot be planned, the slack per action.</summary>
internal static class PlanningTekst
{
    public static void Write(Werkplan plan, Planning planning, Taal taal, TextWriter output)
    {
        string T(string nl, string en) => taal == Taal.Nl ? nl : en;
        output.WriteLine($"{T("Planning", "Schedule")}: {plan.Titel}");
        foreach (var r in planning.Kalender.Radenbijeenkomsten.OrderBy(r => r.Datum))
        {
            var agenda = planning.Agenda(r.Id).ToList();
            output.WriteLine();
            output.WriteLine($"{LocalDatePattern.Iso.Format(r.Datum)}  {r.Id}  ({agenda.Count}/{r.Capaciteit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "∞"})");
            foreach (var t in agenda)
            {
                output.WriteLine($"    {t.Actie,-5} {t.Fase,-15} {Status(t.Status, taal)}");
            }
        }

        output.WriteLine();
        if (planning.IsVolledig)
        {
            output.WriteLine(T("Alle raadsmomenten zijn ingepland.", "Every council moment is planned."));
        }
        else
        {
            output.WriteLine(T("Niet te plannen:", "Cannot be planned:"));
            foreach (var o in planning.Onplanbaar)
            {
                output.WriteLine($"    {o.Melding(taal)}");
            }
        }

        output.WriteLine();
        output.WriteLine(T("Speling tot de deadline (dagen):", "Slack before the deadline (days):"));
        foreach (var s in planning.Speling)
        {
            output.WriteLine($"    {s.Actie,-5} {s.Dagen?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—",5}  ({LocalDatePattern.Iso.Format(s.Deadline)})");
        }
    }

    private static string Status(ToewijzingStatus status, Taal taal) => (status, taal) switch
    {
        (ToewijzingStatus.Behouden, Taal.En) => "kept where the plan puts it",
        (ToewijzingStatus.Behouden, _) => "behouden waar het plan het zet",
        (ToewijzingStatus.Verplaatst, Taal.En) => "moved",
        (ToewijzingStatus.Verplaatst, _) => "verplaatst",
        (ToewijzingStatus.Ingepland, Taal.En) => "planned (was N.t.b.)",
        (ToewijzingStatus.Ingepland, _) => "ingepland (was N.t.b.)",
        (_, Taal.En) => "added: interim discussion before the decision",
        _ => "toegevoegd: tussentijdse bespreking vóór besluitvorming",
    };
}
