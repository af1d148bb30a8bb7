using Zk.Domain.Besturing;
using Zk.Domain.Collections;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK060: no meeting holds more of the actions' moments than its capacity (its own, or its kind's default); a moment of a
/// stage that takes no agenda item there (acted on by every council, a board, …) does not count. With a calendar, a plan's meeting whose id
/// the calendar also has is checked as the calendar's. The moments are counted once per meeting id, in one pass.
/// </summary>
internal sealed class ZK060BijeenkomstCapaciteit() : Regeldefinitie(
    Regelcatalogus.ZK060, FindingSeverity.Error, "—",
    nl: new("Een radenbijeenkomst heeft niet meer agendapunten dan haar capaciteit.", "De {soort} '{bijeenkomst}' heeft {aantal} agendapunten; de capaciteit is {capaciteit}."),
    en: new("A radenbijeenkomst holds no more agenda items than its capacity.", "The {soort} '{bijeenkomst}' has {aantal} agenda items; its capacity is {capaciteit}."))
{
    public override void CheckPlan(Regelcontext c, Bevindingen uit)
    {
        var agenda = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var actie in c.Plan.Acties)
        {
            foreach (var moment in actie.Raadsmomenten)
            {
                if (moment.Radenbijeenkomst is { } id && c.Plan.Profiel.IsAgendapunt(moment.Fase))
                {
                    agenda[id] = agenda.GetValueOrDefault(id) + 1;
                }
            }
        }

        Vol(uit, c, c.Plan.Radenbijeenkomsten, "radenbijeenkomsten", agenda, c.Kalender);
        if (c.Kalender is { } kalender)
        {
            Vol(uit, c, kalender.Bijeenkomsten, "kalender.radenbijeenkomsten", agenda, null);
        }
    }

    private void Vol(Bevindingen uit, Regelcontext c, ValueArray<Radenbijeenkomst> bijeenkomsten, string veld, Dictionary<string, int> agenda, Bijeenkomstindex? voorrang)
    {
        for (var i = 0; i < bijeenkomsten.Count; i++)
        {
            var r = bijeenkomsten[i];
            if (voorrang is not null && voorrang.Contains(r.Id))
            {
                continue; // the calendar's meeting of this id is checked instead
            }

            // A meeting without agenda items counts 0 (a host's negative capacity is then exceeded, not a missing key).
            var aantal = agenda.GetValueOrDefault(r.Id);
            if ((r.Agendaruimte ?? c.Plan.Profiel.Soort(r)?.StandaardAgendaruimte) is { } capaciteit && aantal > capaciteit)
            {
                uit.Meld(this, Regelcontext.Pad(veld, i), ("soort", c.Soort(r)), ("bijeenkomst", r.Id), ("aantal", aantal), ("capaciteit", capaciteit));
            }
        }
    }
}
