using Zk.Domain.Documenten;

namespace Zk.Domain.Tests.Documenten;

/// <summary>
/// The golden corpus of broken calendar documents: every file in Documenten/KalenderCorpus with the one error it must
/// give (JSON path, line, column, English and Dutch message, code), kept in KalenderCorpus/expected-errors.json.
/// </summary>
/// <remarks>
/// As the plan's corpus (<see cref="CorpusTests"/>): a new case is a new file; <c>ZK_WRITE_CORPUS=1</c> adds the
/// reader's current answers for files the table lacks, to be read and judged before they are committed.
/// </remarks>
public class KalenderCorpusTests
{
    private static readonly GoudenCorpus Corpus = new("KalenderCorpus", static (naam, bytes) =>
    {
        var e = Assert.Throws<WerkplanDocumentException>(() => KalenderDocument.Load(bytes, naam));
        Assert.DoesNotContain('\n', e.Message);
        return e.Error;
    });

    public static TheoryData<string> Names => [.. Corpus.Files()];

    [Theory]
    [MemberData(nameof(Names))]
    public void A_broken_calendar_gives_its_error(string name)
    {
        var error = Corpus.AssertError(name);

        // The same file through LoadFile names the path it was given.
        var path = Corpus.Pad(name);
        Assert.Equal(error with { Source = path }, Assert.Throws<WerkplanDocumentException>(() => KalenderDocument.LoadFile(path)).Error);
    }

    [Fact]
    public void The_table_names_only_files_of_the_corpus()
    {
        var names = Corpus.AssertTableMatchesFiles(minimum: 15);

        // Every kind of error, on the meetings and on the blocked periods.
        string[] prefixes = ["syntax-", "document-", "format-", "unknown-field-", "duplicate-field-", "missing-required-", "null-", "type-", "date-", "period-"];
        Assert.All(prefixes, prefix => Assert.Contains(names, n => n.StartsWith(prefix, StringComparison.Ordinal)));
        var paths = Corpus.Expected().Select(p => (string)p.Value!["path"]!).ToList();
        Assert.Contains(paths, p => p.StartsWith("$.radenbijeenkomsten[", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.StartsWith("$.blokkades[", StringComparison.Ordinal));
    }
}
