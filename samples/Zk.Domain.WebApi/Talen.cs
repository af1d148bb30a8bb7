namespace Zk.Domain.WebApi;

/// <summary>The <c>taal</c> query parameter: <c>en</c> for English, anything else (or none) Dutch, the library's default.</summary>
internal static class Talen
{
    /// <summary>The language the parameter asks for.</summary>
    public static Taal Van(string? taal) => string.Equals(taal, "en", StringComparison.OrdinalIgnoreCase) ? Taal.En : Taal.Nl;
}
