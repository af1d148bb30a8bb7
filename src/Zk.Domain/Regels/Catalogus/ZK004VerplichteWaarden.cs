using Zk.Domain.Collections;

namespace Zk.Domain.Regels.Catalogus;

/// <summary>
/// ZK004: every member that must have a value has one. A host can set a required member to null (<c>with</c>, or a
/// null element in a collection) although its type says it cannot be; the other rules cannot look at such a plan.
/// </summary>
/// <remarks>
/// This rule runs before every other, on the paths <see cref="Werkplannen.Volledigheid"/> finds: when there are any,
/// validation reports them and nothing else (see <see cref="WerkplanValidation"/>).
/// </remarks>
internal sealed class ZK004VerplichteWaarden() : Regeldefinitie(
    Regelcatalogus.ZK004, FindingSeverity.Error, "—",
    nl: new("Elk verplicht onderdeel heeft een waarde.", "Het verplichte onderdeel '{onderdeel}' heeft geen waarde (null)."),
    en: new("Every required member has a value.", "The required member '{onderdeel}' has no value (null)."))
{
    /// <summary>Reports one finding per missing member, at its path.</summary>
    public void Meld(ValueArray<string> ontbrekend, Bevindingen uit)
    {
        foreach (var pad in ontbrekend)
        {
            uit.Meld(this, pad, ("onderdeel", pad));
        }
    }
}
