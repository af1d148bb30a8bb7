namespace Zk.Domain.ICalendar;

/// <summary>The feed's own words, Dutch and English, in one table; the plan's words (stages, kinds of meeting) come from its profile.</summary>
internal static class Teksten
{
    public static readonly (string Nl, string En) Geannuleerd = ("Geannuleerd", "Cancelled");
    public static readonly (string Nl, string En) Agenda = ("Agenda", "Agenda");
    public static readonly (string Nl, string En) GeenAgenda = ("Geen agendapunten.", "No agenda items.");
    public static readonly (string Nl, string En) Besluit = ("Besluit gemeenteraad {gemeente}: {actie}", "Council decision {gemeente}: {actie}");
    public static readonly (string Nl, string En) Ronde = ("ronde {ronde}", "round {ronde}");
    public static readonly (string Nl, string En) Voorgelegd = ("Voorgelegd in de {bijeenkomst} van {datum}.", "Put to the councils at the {bijeenkomst} of {datum}.");
    public static readonly (string Nl, string En) Gepland = ("Gepland: de raad besluit uiterlijk op deze dag.", "Planned: the council decides on this day at the latest.");
    public static readonly (string Nl, string En) Vervallen = ("Van de planning af: geen bijeenkomst kan het voorstel nog nemen.", "Off the schedule: no meeting can take the proposal any more.");
    public static readonly (string Nl, string En) GeenLid = ("De gemeente is op de nieuwe datum geen deelnemer meer.", "The municipality is no longer a member on the new date.");
    public static readonly (string Nl, string En) Aangenomen = ("Besluit: aangenomen.", "Decision: adopted.");
    public static readonly (string Nl, string En) Verworpen = ("Besluit: verworpen.", "Decision: rejected.");
    public static readonly (string Nl, string En) Geamendeerd = ("Besluit: aangenomen met amendement.", "Decision: adopted with an amendment.");
    public static readonly (string Nl, string En) Amendement = ("Amendement: {samenvatting}", "Amendment: {samenvatting}");
    public static readonly (string Nl, string En) Verschoven = ("Verschoven ({aantal}x).", "Moved ({aantal}x).");

    // One pass over the template: a value that holds "{…}" itself is not filled in again.
    public static string In(this (string Nl, string En) tekst, Taal taal, params ReadOnlySpan<(string Naam, string Waarde)> waarden)
    {
        var sjabloon = taal == Taal.En ? tekst.En : tekst.Nl;
        var uit = new System.Text.StringBuilder(sjabloon.Length + 32);
        for (var i = 0; i < sjabloon.Length; i++)
        {
            var sluit = sjabloon[i] == '{' ? sjabloon.IndexOf('}', i) : -1;
            if (sluit < 0)
            {
                uit.Append(sjabloon[i]);
                continue;
            }

            var naam = sjabloon[(i + 1)..sluit];
            foreach (var (n, waarde) in waarden)
            {
                if (n == naam)
                {
                    uit.Append(waarde);
                }
            }

            i = sluit;
        }

        return uit.ToString();
    }

    /// <summary>The text with its first letter upper case (ordinal, invariant): a kind of meeting's name as a title.</summary>
    public static string Hoofdletter(string tekst) =>
        tekst.Length == 0 || !char.IsLower(tekst[0]) ? tekst : char.ToUpperInvariant(tekst[0]) + tekst[1..];
}
