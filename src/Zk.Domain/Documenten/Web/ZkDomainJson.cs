using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Zk.Domain.Besturing;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Documenten.Web;

/// <summary>
/// The one-line hook for System.Text.Json hosts (an ASP.NET Core minimal API, a message handler): after
/// <c>options.AddZkDomain()</c> a <see cref="Werkplan"/> is bound and returned as its <c>zk-werkplan</c> document and a
/// <see cref="Vergaderkalender"/> as its <c>zk-kalender/1</c> document, with no reflection over the model.
/// </summary>
/// <remarks>
/// <para>Only the plan and the calendar are types of the serializer: the exports (findings, schedule, coherence, run) are
/// JSON texts already (<c>ToJson</c>), and problem details are <see cref="ProblemDetailsData.ToJson"/>.</para>
/// <para>Native AOT and trimming: <see cref="TypeInfoResolver"/> gives the metadata of both types from the converters
/// (<see cref="JsonMetadataServices"/>, no reflection), so it composes with a host's own source-generated
/// <c>JsonSerializerContext</c> in <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>, in either order: it answers
/// for <see cref="Werkplan"/> and <see cref="Vergaderkalender"/> only. See <c>docs/web-hosts.md</c>.</para>
/// <para>Thread-safe.</para>
/// </remarks>
public static class ZkDomainJson
{
    /// <summary>
    /// A resolver that knows <see cref="Werkplan"/> (through <see cref="WerkplanJsonConverter"/>) and
    /// <see cref="Vergaderkalender"/> (through <see cref="KalenderJsonConverter"/>), and no other type: for a host that
    /// builds its <see cref="JsonSerializerOptions.TypeInfoResolverChain"/> itself.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver { get; } = new Resolver();

    /// <summary>
    /// Adds the plan's and the calendar's converters to <paramref name="options"/>: to its
    /// <see cref="JsonSerializerOptions.Converters"/> and, when the options already have a
    /// <see cref="JsonSerializerOptions.TypeInfoResolver"/> (as ASP.NET Core's do, and a host's source-generated context),
    /// <see cref="TypeInfoResolver"/> at the start of its chain. Options without a resolver keep the serializer's default
    /// (reflection) for every other type. Calling it again adds nothing.
    /// </summary>
    /// <param name="options">The options, not yet in use (options in use are read-only and throw
    /// <see cref="InvalidOperationException"/>).</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <example><code>
    /// builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.AddZkDomain());
    /// </code></example>
    public static JsonSerializerOptions AddZkDomain(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Converters.Any(c => c is WerkplanJsonConverter))
        {
            options.Converters.Add(new WerkplanJsonConverter());
        }

        if (!options.Converters.Any(c => c is KalenderJsonConverter))
        {
            options.Converters.Add(new KalenderJsonConverter());
        }

        if (options.TypeInfoResolver is not null && !options.TypeInfoResolverChain.Contains(TypeInfoResolver))
        {
            options.TypeInfoResolverChain.Insert(0, TypeInfoResolver);
        }

        return options;
    }

    // The exception a converter throws for an unreadable value: the error's one line, the document exception inside.
    internal static JsonException Fout(DocumentError error) =>
        new(error.ToString(), new WerkplanDocumentException(error));

    private sealed class Resolver : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        {
            if (type == typeof(Werkplan))
            {
                return JsonMetadataServices.CreateValueInfo<Werkplan>(options, new WerkplanJsonConverter());
            }

            return type == typeof(Vergaderkalender)
                ? JsonMetadataServices.CreateValueInfo<Vergaderkalender>(options, new KalenderJsonConverter())
                : null;
        }
    }
}
