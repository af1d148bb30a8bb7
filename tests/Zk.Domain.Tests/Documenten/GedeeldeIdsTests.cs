using System.Text;
using Zk.Domain.Documenten;
using Zk.Domain.Partijen;
using Zk.Domain.Synthetisch;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Documenten;

/// <summary>
/// Recurring ids (party ids, among others) are read once per value per load: ASCII ids through a table keyed by
/// their bytes, other ids by their text. Whatever the path, the plan read is the plan saved.
/// </summary>
public class GedeeldeIdsTests
{
    // A plan whose parties have many ids (enough to make the table grow several times), ASCII and not, of every length
    // up to beyond the longest id that is shared.
    private static Werkplan MetPartijen(int aantal)
    {
        var plan = SyntheticPlan.Generate(3, seed: 1);
        var ids = Enumerable.Range(0, aantal).Select(i => (i % 5) switch
        {
            0 => "p" + i,
            1 => "gemeente-é-" + i,
            2 => new string('x', i % 70) + i,
            3 => "\u6771\u4EAC-" + i,
            _ => "partij " + i + " \t\"quote\"",
        }).ToList();
        var partijen = ids.Select(id => new Partij { Id = id, Naam = "Partij " + id, Soort = PartijSoort.Gemeente }).ToList();
        return plan with { Partijen = [.. plan.Partijen, .. partijen], Deelnemers = [.. plan.Deelnemers, .. ids] };
    }

    [Theory]
    [InlineData(1)]
    [InlineData(200)]
    [InlineData(3000)]
    public void Many_ids_read_back_as_saved(int aantal)
    {
        var plan = MetPartijen(aantal);
        var bytes = WerkplanDocument.Save(plan);
        var read = WerkplanDocument.Load(bytes);
        Assert.Equal(plan, read);
        Assert.Equal(bytes, WerkplanDocument.Save(read));
    }

    [Fact]
    public void A_recurring_id_is_one_string_in_the_load()
    {
        var plan = MetPartijen(500);
        var read = WerkplanDocument.Load(WerkplanDocument.Save(plan));
        var deelnemers = read.Deelnemers.AsSpan()[^500..];
        var partijen = read.Partijen.AsSpan()[^500..];
        for (var i = 0; i < 500; i++)
        {
            Assert.Equal(partijen[i].Id, deelnemers[i]);
            // Ids with characters the writer escapes, and ids longer than 64 bytes, are read as strings of their own.
            if (i % 5 != 4 && Encoding.UTF8.GetByteCount(deelnemers[i]) <= 64)
            {
                Assert.Same(partijen[i].Id, deelnemers[i]);
            }
        }
    }

    [Fact]
    public void Loads_after_a_large_one_on_the_same_thread_read_the_same()
    {
        var klein = WerkplanDocument.Save(MetPartijen(10));
        var eerst = WerkplanDocument.Load(klein);
        // Small enough for the thread's context (256 KiB), with enough ids to grow its table past what it keeps.
        var groot = WerkplanDocument.Save(MetPartijen(1500));
        Assert.InRange(groot.Length, 1, 256 * 1024);
        WerkplanDocument.Load(groot);
        Assert.Equal(eerst, WerkplanDocument.Load(klein));
        Assert.Equal(eerst, WerkplanDocument.Load(klein));
    }

    [Fact]
    public void An_escaped_id_is_the_same_id()
    {
        var plan = MetPartijen(1);
        var json = Encoding.UTF8.GetString(WerkplanDocument.Save(plan));
        var escaped = json.Replace("\"p0\"", "\"\\u0070\\u0030\"", StringComparison.Ordinal);
        Assert.NotEqual(json, escaped);
        Assert.Equal(plan, WerkplanDocument.Parse(escaped));
    }
}
