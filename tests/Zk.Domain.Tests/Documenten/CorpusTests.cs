using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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
    private const string Table = "expected-errors.json";

    private static string Folder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Zk.Domain.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "tests", "Zk.Domain.Tests", "Documenten", "Corpus");
    }

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Folder(), "*.json").Select(Path.GetFileNameWithoutExtension).Where(n => n + ".json" != Table).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> Names => [.. Files()];

    private static JsonObject Expected() => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder(), Table)))!.AsObject();

    private static DocumentError Error(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder(), name + ".json"));
        Assert.False(WerkplanDocument.TryLoad(bytes, out _, out var error, name + ".json"), name + " loads");
        return error;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_broken_document_gives_its_error(string name)
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

        // The exception says the same, on one line.
        var e = Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.Load(File.ReadAllBytes(Path.Combine(Folder(), name + ".json")), name + ".json"));
        Assert.Equal(error, e.Error);
        Assert.DoesNotContain('\n', e.Message);
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
        Assert.True(names.Count >= 80, $"{names.Count} documents");
    }

    [Fact]
    public void The_corpus_covers_every_kind_of_error_on_several_elements()
    {
        var table = Expected();
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
