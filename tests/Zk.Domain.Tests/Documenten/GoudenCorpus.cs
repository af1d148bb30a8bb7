using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zk.Domain.Documenten;

namespace Zk.Domain.Tests.Documenten;

/// <summary>
/// A golden corpus of broken documents: a folder of files under tests/Zk.Domain.Tests/Documenten, each with the one
/// error it must give (JSON path, line, column, English and Dutch message, code), kept in the folder's
/// expected-errors.json. A new case is a new file; <c>ZK_WRITE_CORPUS=1</c> adds the reader's current answers for the
/// files the table lacks (never changing an entry it has), to be read and judged before they are committed.
/// </summary>
/// <param name="map">The folder's name, e.g. <c>Corpus</c>.</param>
/// <param name="fout">The error a file gives, read with the document's loader; the file's name (without .json) is its source.</param>
internal sealed class GoudenCorpus(string map, Func<string, byte[], DocumentError> fout)
{
    private const string Table = "expected-errors.json";

    /// <summary>The folder in the source tree (the table is written there).</summary>
    public string Folder => Repository.Pad("tests", "Zk.Domain.Tests", "Documenten", map);

    /// <summary>The cases: the folder's files but the table, by name.</summary>
    public IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Where(n => n + ".json" != Table).Order(StringComparer.Ordinal)!;

    /// <summary>The table.</summary>
    public JsonObject Expected() => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, Table)))!.AsObject();

    /// <summary>The path of case <paramref name="name"/>.</summary>
    public string Pad(string name) => Path.Combine(Folder, name + ".json");

    /// <summary>The error case <paramref name="name"/> gives.</summary>
    public DocumentError Error(string name) => fout(name + ".json", File.ReadAllBytes(Pad(name)));

    /// <summary>Asserts that case <paramref name="name"/> gives the table's error; returns it.</summary>
    public DocumentError AssertError(string name)
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
        return error;
    }

    /// <summary>
    /// Asserts that the table names exactly the folder's files, at least <paramref name="minimum"/>; with
    /// <c>ZK_WRITE_CORPUS=1</c> first adds the entries it lacks. Returns the names.
    /// </summary>
    public HashSet<string> AssertTableMatchesFiles(int minimum)
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
            File.WriteAllText(Path.Combine(Folder, Table), sorted.ToJsonString(options) + "\n", new UTF8Encoding(false));
        }

        var names = Files().ToHashSet(StringComparer.Ordinal);
        var entries = Expected().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(entries.Except(names));
        Assert.Empty(names.Except(entries));
        Assert.True(names.Count >= minimum, $"{names.Count} documents");
        return names;
    }
}
