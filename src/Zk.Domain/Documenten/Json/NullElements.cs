using System.Globalization;

namespace Zk.Domain.Documenten.Json;

/// <summary>
/// Finds a <c>null</c> element in the document's lists. The serializer honours nullable annotations on
/// properties but not on list elements, so the loader checks those itself.
/// </summary>
internal static class NullElements
{
    /// <summary>The path of the first null list element, or null when there is none.</summary>
    public static string? Find(WerkplanDto d) =>
        In(d.Deelnemers, "$.deelnemers")
        ?? In(d.Partijen, "$.partijen")
        ?? In(d.Uitgangspunten, "$.uitgangspunten")
        ?? In(d.Hoofdopgaven, "$.hoofdopgaven")
        ?? In(d.Acties, "$.acties", Find)
        ?? In(d.Koppelkansen, "$.koppelkansen")
        ?? In(d.Vraagstukken, "$.vraagstukken")
        ?? In(d.Radenbijeenkomsten, "$.radenbijeenkomsten")
        ?? In(d.Totstandkoming, "$.totstandkoming", Find);

    private static string? Find(ActieDto a, string path) =>
        Find(a.Trekkerschap, path + ".trekkerschap")
        ?? In(a.Projectorganisatie.Partijen, path + ".projectorganisatie")
        ?? In(a.Deelacties, path + ".deelacties", static (d, p) => d.Trekkerschap is { } t ? Find(t, p + ".trekkerschap") : null)
        ?? In(a.Resultaten, path + ".resultaten")
        ?? In(a.Doelen, path + ".doelen")
        ?? In(a.Financiering.Financiers, path + ".financiering.financiers")
        ?? In(a.Raadsmomenten, path + ".raadsmomenten", Find);

    private static string? Find(TrekkerschapDto t, string path) =>
        In(t.Bestuurlijk, path + ".bestuurlijk")
        ?? In(t.Ambtelijk, path + ".ambtelijk")
        ?? In(t.Partners, path + ".partners");

    private static string? Find(RaadsmomentDto r, string path) => In(r.Bronnen, path + ".bronnen");

    // Paths are built only for the element found, never on the way.
    private static string? In<T>(List<T> items, string path, Func<T, string, string?>? inner = null)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                return ItemPath(path, i);
            }

            if (inner is not null && inner(item, string.Empty) is { } found)
            {
                return ItemPath(path, i) + found;
            }
        }

        return null;
    }

    private static string ItemPath(string path, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
}
