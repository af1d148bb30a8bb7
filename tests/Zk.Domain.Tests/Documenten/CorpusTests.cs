using Zk.Domain.Documenten;

namespace Zk.Domain.Tests.Documenten;

/// <summary>
/// The golden corpus: every broken document in Documenten/Corpus with the one error it must give (JSON path, line,
/// column, English and Dutch message, code), kept in Corpus/expected-errors.json.
/// </summary>
/// <remarks>
/// A new case is a new file; <c>ZK_WRITE_CORPUS=1</c> adds the reader's current answers for files the table lacks
/// (never changing an entry it has), to be read and judged before they are committed.
/// </remarks>
public class CorpusTests
{
    private static readonly GoudenCorpus Corpus = new("Corpus", static (naam, bytes) =>
    {
        Assert.False(WerkplanDocument.TryLoad(bytes, out _, out var error, naam), naam + " loads");
        return error;
    });

    public static TheoryData<string> Names => [.. Corpus.Files()];

    [Theory]
    [MemberData(nameof(Names))]
    public void A_broken_document_gives_its_error(string name)
    {
        var error = Corpus.AssertError(name);

        // The exception says the same, on one line.
        var e = Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.Load(File.ReadAllBytes(Corpus.Pad(name)), name + ".json"));
        Assert.Equal(error, e.Error);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void The_table_names_only_files_of_the_corpus() => Corpus.AssertTableMatchesFiles(minimum: 80);

    [Fact]
    public void The_corpus_covers_every_kind_of_error_on_several_elements()
    {
        var table = Corpus.Expected();
        string[] prefixes = ["syntax-", "document-", "format-", "unknown-field-", "duplicate-field-", "missing-required-", "null-", "type-", "enum-", "date-", "period-", "quarter-", "strength-", "text-"];
        foreach (var prefix in prefixes)
        {
            Assert.True(table.Any(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)), prefix);
        }

        // Each error of the format proper on at least three distinct elements (distinct parent paths).
        foreach (var prefix in new[] { "unknown-field-", "missing-required-", "null-", "type-", "enum-", "date-" })
        {
            var parents = table.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal))
                .Select(p => Parent((string)p.Value!["path"]!)).Distinct().Count();
            Assert.True(parents >= 3, $"{prefix}: {parents} elements");
        }

        Assert.Contains(table, p => (string?)p.Value!["code"] == "ZK003");
    }

    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut <= 0 ? "$" : path[..cut];
    }
}
