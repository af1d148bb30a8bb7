using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Documenten.Json;

/// <summary>The saver: <see cref="WerkplanFormaat"/> written with one <see cref="Utf8JsonWriter"/>, in canonical form.</summary>
/// <remarks>
/// Canonical form: fields in the description's order, indented with two spaces, line feeds, absent optional values
/// left out, lists and booleans always written; Dutch text as itself (é, ’), not as \u escapes. The document is data,
/// never embedded in HTML, so the relaxed encoder is safe here.
/// </remarks>
internal static class WerkplanWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The plan as a document.</summary>
    /// <exception cref="ArgumentException">The plan holds a value the loader would refuse; the message names its JSON path.</exception>
    public static byte[] Write(Werkplan plan)
    {
        using var buffer = new Stukken();
        Write(plan, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the plan to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentException">The plan holds a value the loader would refuse; nothing usable is written.</exception>
    public static void Write(Werkplan plan, IBufferWriter<byte> output) => Write(WerkplanFormaat.Werkplan, plan, output, "plan", nameof(plan));

    /// <summary>A document of the format <paramref name="root"/> describes (a calendar, …), written as the plan is.</summary>
    /// <param name="root">The format's document element.</param>
    /// <param name="value">The value to write.</param>
    /// <param name="wat">What the value is, in the refusal's message (e.g. <c>calendar</c>).</param>
    /// <param name="parameter">The caller's parameter name for the refusal.</param>
    /// <exception cref="ArgumentException">The value holds something the loader would refuse; the message names its JSON path.</exception>
    public static byte[] Write<T>(Element<T> root, T value, string wat, string parameter)
    {
        using var buffer = new Stukken();
        Write(root, value, buffer, wat, parameter);
        return buffer.ToArray();
    }

    private static void Write<T>(Element<T> root, T value, IBufferWriter<byte> output, string wat, string parameter)
    {
        using var w = new Utf8JsonWriter(output, Options);
        try
        {
            root.Write(w, value);
        }
        catch (Weigering e)
        {
            throw new ArgumentException($"The {wat} cannot be saved, the loader would refuse it: {e.Pad}: {e.Message}", parameter, e);
        }
    }

    // The output in pooled chunks of growing size, copied once into the result: a growing single buffer would
    // allocate (and copy) about twice the document on the way.
    private sealed class Stukken : IBufferWriter<byte>, IDisposable
    {
        private readonly List<(byte[] Buffer, int Length)> _klaar = [];
        private byte[] _huidig = ArrayPool<byte>.Shared.Rent(16 * 1024);
        private int _lengte;

        public void Advance(int count) => _lengte += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _huidig.AsMemory(_lengte);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _huidig.AsSpan(_lengte);
        }

        private void Ensure(int sizeHint)
        {
            if (_huidig.Length - _lengte >= Math.Max(sizeHint, 1))
            {
                return;
            }

            _klaar.Add((_huidig, _lengte));
            _huidig = ArrayPool<byte>.Shared.Rent(Math.Max(sizeHint, Math.Min(_huidig.Length * 2, 1024 * 1024)));
            _lengte = 0;
        }

        public byte[] ToArray()
        {
            var result = new byte[_klaar.Sum(k => k.Length) + _lengte];
            var at = 0;
            foreach (var (buffer, length) in _klaar)
            {
                buffer.AsSpan(0, length).CopyTo(result.AsSpan(at));
                at += length;
            }

            _huidig.AsSpan(0, _lengte).CopyTo(result.AsSpan(at));
            return result;
        }

        public void Dispose()
        {
            foreach (var (buffer, _) in _klaar)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            ArrayPool<byte>.Shared.Return(_huidig);
            _klaar.Clear();
        }
    }
}
