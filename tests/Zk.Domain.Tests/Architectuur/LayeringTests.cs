using ArchUnitNET.Loader;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Architectuur;

/// <summary>
/// The library's namespaces form layers: the model (the plan and its parts, parties and leads, governance, links, time)
/// depends on nothing else of ours; the operations (rules, scheduling, coherence, the run) on the model; the context
/// (one plan with one calendar for all operations) on both; the documents (every input and output format) on those; the bundled plans and the generator may use everything. No cycles anywhere.
/// The dependencies are read from the compiled assembly (IL, signatures and bodies), not from the source.
/// </summary>
public class LayeringTests
{
    private const string Root = "Zk.Domain";

    private static readonly Dictionary<string, int> Lagen = new(StringComparer.Ordinal)
    {
        [Root] = 0,
        [Root + ".Collections"] = 0,
        [Root + ".Tijd"] = 0,
        [Root + ".Partijen"] = 0,
        [Root + ".Besturing"] = 0,
        [Root + ".Werkplannen"] = 0,
        [Root + ".Wisselwerkingen"] = 0,
        [Root + ".Regels"] = 1,
        [Root + ".Inplannen"] = 1,
        [Root + ".Samenhang"] = 1,
        [Root + ".Verloop"] = 1,
        [Root + ".Wijzigingen"] = 1,
        [Root + ".Context"] = 2,
        [Root + ".Documenten"] = 3,
        [Root + ".Bundled"] = 4,
        [Root + ".Synthetisch"] = 4,
    };

    private static readonly string[] Namen = ["model", "operations", "the context that runs them together", "documents", "bundled plans and generator"];

    private static readonly Lazy<Dictionary<string, SortedSet<string>>> Graaf = new(BouwGraaf);

    /// <summary>Top-level area of a namespace: <c>Zk.Domain.Regels.Catalogus</c> belongs to <c>Zk.Domain.Regels</c>.</summary>
    private static string Gebied(string ns)
    {
        var delen = ns.Split('.');
        return delen.Length <= 2 ? ns : string.Join('.', delen.Take(3));
    }

    private static Dictionary<string, SortedSet<string>> BouwGraaf()
    {
        var architectuur = new ArchLoader().LoadAssemblies(typeof(Werkplan).Assembly).Build();
        var graaf = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in architectuur.Types)
        {
            if (type.Namespace?.FullName is not { } van || !van.StartsWith(Root, StringComparison.Ordinal))
            {
                continue; // compiler-generated helpers outside our namespaces
            }

            var bron = Gebied(van);
            if (!graaf.TryGetValue(bron, out var doelen))
            {
                graaf[bron] = doelen = new SortedSet<string>(StringComparer.Ordinal);
            }

            foreach (var afhankelijkheid in type.Dependencies)
            {
                // Generic parameters have no namespace.
                if (afhankelijkheid.Target?.Namespace?.FullName is { } naar
                    && naar.StartsWith(Root, StringComparison.Ordinal) && Gebied(naar) is var doel && doel != bron)
                {
                    doelen.Add(doel);
                }
            }
        }

        return graaf;
    }

    [Fact]
    public void Every_namespace_has_a_layer()
    {
        Assert.True(Graaf.Value.Count >= 10, "the loader found too few namespaces");
        Assert.All(Graaf.Value.Keys, ns => Assert.True(Lagen.ContainsKey(ns), $"{ns} has no layer in {nameof(LayeringTests)}"));
    }

    [Fact]
    public void No_namespace_depends_on_a_higher_layer()
    {
        var fout = Graaf.Value
            .SelectMany(kv => kv.Value.Select(naar => (Van: kv.Key, Naar: naar)))
            .Where(e => Lagen.TryGetValue(e.Van, out var van) && Lagen.TryGetValue(e.Naar, out var naar) && naar > van)
            .Select(e => $"{e.Van} ({Namen[Lagen[e.Van]]}) -> {e.Naar} ({Namen[Lagen[e.Naar]]})")
            .ToList();
        Assert.True(fout.Count == 0, "references against the layering:\n" + string.Join('\n', fout));
    }

    [Fact]
    public void The_namespaces_form_no_cycle()
    {
        var cycli = Cycli(Graaf.Value);
        Assert.True(cycli.Count == 0, "cycles between namespaces:\n" + string.Join('\n', cycli.Select(c => string.Join(" -> ", c))));
    }

    [Fact]
    public void The_cycle_check_finds_a_cycle()
    {
        // The check itself: a graph with a cycle is reported, one without is not.
        var metCyclus = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal)
        {
            ["a"] = new(StringComparer.Ordinal) { "b" },
            ["b"] = new(StringComparer.Ordinal) { "c" },
            ["c"] = new(StringComparer.Ordinal) { "a" },
            ["d"] = new(StringComparer.Ordinal) { "a" },
        };
        Assert.Equal([["a", "b", "c"]], Cycli(metCyclus));
        metCyclus["c"].Clear();
        Assert.Empty(Cycli(metCyclus));
    }

    /// <summary>The strongly connected components with more than one namespace (Tarjan), each sorted.</summary>
    private static List<List<string>> Cycli(Dictionary<string, SortedSet<string>> graaf)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var laag = new Dictionary<string, int>(StringComparer.Ordinal);
        var stapel = new Stack<string>();
        var opStapel = new HashSet<string>(StringComparer.Ordinal);
        var uit = new List<List<string>>();
        var teller = 0;

        void Bezoek(string v)
        {
            index[v] = laag[v] = teller++;
            stapel.Push(v);
            opStapel.Add(v);
            foreach (var w in graaf.TryGetValue(v, out var buren) ? buren : [])
            {
                if (!index.ContainsKey(w))
                {
                    Bezoek(w);
                    laag[v] = Math.Min(laag[v], laag[w]);
                }
                else if (opStapel.Contains(w) && index.TryGetValue(w, out var iw))
                {
                    laag[v] = Math.Min(laag[v], iw);
                }
            }

            if (laag[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stapel.Pop();
                    opStapel.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    uit.Add(component);
                }
            }
        }

        foreach (var v in graaf.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(v))
            {
                Bezoek(v);
            }
        }

        return uit;
    }
}
