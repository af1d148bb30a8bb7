using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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
    private const string Table = "expected-errors.json";

    private static string Folder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Zk.Domain.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "tests", "Zk.Domain.Tests", "Documenten", "KalenderCorpus");
    }

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Folder(), "*.json").Select(Path.GetFileNameWithoutExtension).Where(n => n + ".json" != Table).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> Names => [.. Files()];

    private static JsonObject Expected() => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder(), Table)))!.AsObject();

    private static DocumentError Error(string name)
    {
        var e = Assert.Throws<WerkplanDocumentException>(() => KalenderDocument.Load(File.ReadAllBytes(Path.Combine(Folder(), name + ".json")), name + ".json"));
        Assert.DoesNotContain('\n', e.Message);
        return e.Error;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_broken_calendar_gives_its_error(string name)
    {
        var error = Error(name);
        var expected = Expected()[name];
        Assert.True(expected is not null, $"{name} has no entry in {Table}; run with ZK_WRITE_CORPUS=1 and judge the answer");
        Assert.Equal((string?)expected["path"], error.JsonPath);
        Assert.Equal((int?)expected["line"], error.Line);
        Assert.Equal((int?)expected["column"], error.Column);
        Assert.Equal((string?)expected["message"], error.Message);
        Assert.Equal((string?)expected["bericht"], error.MessageNl);
        Assert.Equal((string?)expected["code"], error.Code);
        Assert.Equal(name + ".json", error.Source);

        // The same file through LoadFile names the path it was given.
        var path = Path.Combine(Folder(), name + ".json");
        Assert.Equal(error with { Source = path }, Assert.Throws<WerkplanDocumentException>(() => KalenderDocument.LoadFile(path)).Error);
    }

    [Fact]
    public void The_table_names_only_files_of_the_corpus()
    {
        if (Environment.GetEnvironmentVariable("ZK_WRITE_CORPUS") == "1")
        {
            var table = Expected();
            foreach (var name in Files().Where(n => !table.ContainsKey(n)))
            {
                var error = Error(name);
                table[name] = new JsonObject
                {
                    ["path"] = error.JsonPath,
                    ["line"] = error.Line,
                    ["column"] = error.Column,
                    ["message"] = error.Message,
                    ["bericht"] = error.MessageNl,
                    ["code"] = error.Code,
                };
            }

            var sorted = new JsonObject(table.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
            var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
            File.WriteAllText(Path.Combine(Folder(), Table), sorted.ToJsonString(options) + "\n", new UTF8Encoding(false));
        }

        var names = Files().ToHashSet(StringComparer.Ordinal);
        var entries = Expected().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(entries.Except(names));
        Assert.Empty(names.Except(entries));
        Assert.True(names.Count >= 15, $"{names.Count} documents");

        // Every kind of error, on the meetings and on the blocked periods.
        string[] prefixes = ["syntax-", "document-", "format-", "unknown-field-", "duplicate-field-", "missing-required-", "null-", "type-", "date-", "period-"];
        Assert.All(prefixes, prefix => Assert.Contains(names, n => n.StartsWith(prefix, StringComparison.Ordinal)));
        var paths = Expected().Select(p => (string)p.Value!["path"]!).ToList();
        Assert.Contains(paths, p => p.StartsWith("$.radenbijeenkomsten[", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.StartsWith("$.blokkades[", StringComparison.Ordinal));
    }
}
