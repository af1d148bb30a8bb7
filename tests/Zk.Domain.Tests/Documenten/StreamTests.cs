using Zk.Domain.Bundled;
using Zk.Domain.Documenten;

namespace Zk.Domain.Tests.Documenten;

/// <summary>
/// <c>Load(Stream)</c>, <c>LoadAsync</c> and <c>TryLoadAsync</c> hold the loader's contract for any stream: they give the
/// plan the same bytes give, or one <see cref="WerkplanDocumentException"/> naming the source, whatever the stream does
/// (not seekable, short reads, failing, refusing synchronous reads, lying about its counts, too large); only a cancellation
/// the caller asked for escapes as <see cref="OperationCanceledException"/>.
/// </summary>
public class StreamTests
{
    private static readonly byte[] Document = WerkplanDocument.Save(BundledPlans.ZuidKennemerland);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_non_seekable_stream_gives_the_plan_the_bytes_give()
    {
        var expected = WerkplanDocument.Load(Document);
        Assert.Equal(expected, WerkplanDocument.Load(new Proefstroom(Document)));
        Assert.Equal(expected, await WerkplanDocument.LoadAsync(new Proefstroom(Document), cancellationToken: Token));
        var result = await WerkplanDocument.TryLoadAsync(new Proefstroom(Document), cancellationToken: Token);
        Assert.True(result.Success);
        Assert.Equal(expected, result.Value);
        Assert.Equal(expected, result.GetValueOrThrow());
    }

    [Fact]
    public void The_stream_is_read_from_its_position_and_left_open()
    {
        var prefix = "garbage"u8.ToArray();
        using var stream = new MemoryStream([.. prefix, .. Document]);
        stream.Position = prefix.Length;
        Assert.Equal(BundledPlans.ZuidKennemerland, WerkplanDocument.Load(stream));
        Assert.True(stream.CanRead);
        Assert.Equal(stream.Length, stream.Position);
    }

    // Reads of any size the stream chooses (1 byte up to the whole rest) give the same plan, synchronous and asynchronous.
    [Fact]
    public async Task Short_reads_give_the_same_plan()
    {
        var random = new Random(20261202);
        var shortReads = 0;
        for (var i = 0; i < 60; i++)
        {
            var maximum = random.Next(1, 70_000);
            var seed = random.Next();
            var sync = new Proefstroom(Document) { MaxRead = maximum, Seed = seed };
            Assert.Equal(BundledPlans.ZuidKennemerland, WerkplanDocument.Load(sync));
            var async = new Proefstroom(Document) { MaxRead = maximum, Seed = seed, Sync = false };
            Assert.Equal(BundledPlans.ZuidKennemerland, await WerkplanDocument.LoadAsync(async, cancellationToken: Token));
            shortReads += sync.Reads > 2 && async.Reads > 2 ? 1 : 0;
        }

        Assert.True(shortReads >= 50, $"only {shortReads} of 60 cases split the document over several reads");
    }

    [Fact]
    public void Short_reads_of_one_byte_give_the_same_plan()
    {
        var stream = new Proefstroom(Document) { MaxRead = 1 };
        Assert.Equal(BundledPlans.ZuidKennemerland, WerkplanDocument.Load(stream));
        Assert.True(stream.Reads > Document.Length, "one read per byte and one for the end");
    }

    public static TheoryData<string> Failures => ["io", "not-supported", "disposed", "invalid-operation", "argument", "canceled-by-stream", "other"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_stream_that_fails_gives_the_documented_exception_naming_the_source(string failure)
    {
        foreach (var after in new[] { 0, 1, 5000 })
        {
            var sync = Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.Load(Failing(failure, after), "upload.json"));
            AssertUnreadable(sync, failure);

            var async = await Assert.ThrowsAsync<WerkplanDocumentException>(() => WerkplanDocument.LoadAsync(Failing(failure, after, sync: false), "upload.json", Token));
            AssertUnreadable(async, failure);

            var result = await WerkplanDocument.TryLoadAsync(Failing(failure, after, sync: false), "upload.json", Token);
            Assert.False(result.Success);
            Assert.Null(result.Value);
            Assert.Equal(async.Error, result.Error);
            Assert.Equal(async.Error, Assert.Throws<WerkplanDocumentException>(() => result.GetValueOrThrow()).Error);
        }
    }

    [Fact]
    public async Task A_stream_that_refuses_synchronous_reads_is_read_by_LoadAsync_and_wrapped_by_Load()
    {
        // As ASP.NET Core's request body: Read throws InvalidOperationException, ReadAsync works.
        Assert.Equal(BundledPlans.ZuidKennemerland, await WerkplanDocument.LoadAsync(new Proefstroom(Document) { RefuseSync = true }, "body", Token));
        var e = Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.Load(new Proefstroom(Document) { RefuseSync = true }, "body"));
        Assert.IsType<InvalidOperationException>(e.InnerException);
        Assert.Equal("body", e.Error.Source);
        Assert.Contains("LoadAsync", e.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disposed_or_unreadable_stream_gives_the_documented_exception()
    {
        var disposed = new MemoryStream(Document);
        await disposed.DisposeAsync();
        Assert.IsType<ObjectDisposedException>(Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.Load(disposed)).InnerException);
        Assert.IsType<ObjectDisposedException>((await Assert.ThrowsAsync<WerkplanDocumentException>(() => WerkplanDocument.LoadAsync(disposed, cancellationToken: Token))).InnerException);

        var writeOnly = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        await using (writeOnly)
        {
            var e = Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.Load(writeOnly, "w"));
            Assert.Equal("<document>", (await WerkplanDocument.TryLoadAsync(writeOnly, cancellationToken: Token)).Error!.Source);
            Assert.Equal("w", e.Error.Source);
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public async Task A_stream_that_lies_about_its_count_gives_the_documented_exception(int count)
    {
        Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.Load(new Proefstroom(Document) { LiedCount = count }));
        await Assert.ThrowsAsync<WerkplanDocumentException>(() => WerkplanDocument.LoadAsync(new Proefstroom(Document) { LiedCount = count, Sync = false }, cancellationToken: Token));
    }

    [Fact]
    public async Task A_stream_larger_than_MaxFileSize_is_refused_and_one_of_exactly_that_size_is_read()
    {
        // Not seekable: read and counted. Whitespace then the document is valid JSON, so only the size can refuse it.
        var pad = WerkplanDocument.MaxFileSize - Document.Length;
        var exact = new Proefstroom(Document) { Padding = pad, MaxRead = 1 << 20 };
        Assert.Equal(BundledPlans.ZuidKennemerland, WerkplanDocument.Load(exact));

        var oneMore = new Proefstroom(Document) { Padding = pad + 1, MaxRead = 1 << 20 };
        var e = Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.Load(oneMore, "big.json"));
        Assert.Contains("256 MiB", e.Error.Message, StringComparison.Ordinal);
        Assert.Equal("big.json", e.Error.Source);
        Assert.True(oneMore.Delivered <= WerkplanDocument.MaxFileSize + (1 << 20), "stops reading soon after the limit");

        var async = new Proefstroom(Document) { Padding = pad + 1, MaxRead = 1 << 20, Sync = false };
        Assert.Contains("256 MiB", (await WerkplanDocument.TryLoadAsync(async, "big.json", Token)).Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seekable_stream_claiming_too_much_is_refused_before_reading()
    {
        var stream = new Proefstroom(Document) { ClaimedLength = WerkplanDocument.MaxFileSize + 1 };
        Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.Load(stream));
        Assert.Equal(0, stream.Reads);
        Assert.False((await WerkplanDocument.TryLoadAsync(stream, cancellationToken: Token)).Success);
        Assert.Equal(0, stream.Reads);
    }

    [Fact]
    public async Task Cancellation_gives_OperationCanceledException_and_nothing_else()
    {
        using var before = new CancellationTokenSource();
        await before.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => WerkplanDocument.LoadAsync(new Proefstroom(Document), cancellationToken: before.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => WerkplanDocument.TryLoadAsync(new Proefstroom(Document), cancellationToken: before.Token));

        // A stream that blocks (a client that sends nothing more) until the token is cancelled.
        using var during = new CancellationTokenSource();
        var blocking = new Proefstroom(Document) { BlockAfter = 100, Sync = false };
        var load = WerkplanDocument.LoadAsync(blocking, cancellationToken: during.Token);
        await blocking.Blocked.Task.WaitAsync(TimeSpan.FromSeconds(30), Token);
        Assert.False(load.IsCompleted);
        await during.CancelAsync();
        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => load.WaitAsync(TimeSpan.FromSeconds(30), Token));
        Assert.Equal(during.Token, e.CancellationToken);
    }

    [Fact]
    public async Task A_null_stream_is_refused_at_the_call()
    {
        Assert.Throws<ArgumentNullException>(() => WerkplanDocument.Load((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => { _ = WerkplanDocument.LoadAsync(null!, cancellationToken: Token); });
        Assert.Throws<ArgumentNullException>(() => { _ = WerkplanDocument.TryLoadAsync(null!, cancellationToken: Token); });
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_broken_document_in_a_stream_gives_the_same_error_as_the_bytes()
    {
        var broken = Document[..(Document.Length / 2)];
        Assert.False(WerkplanDocument.TryLoad(broken, out _, out var expected, "half.json"));
        Assert.Equal(expected, Assert.Throws<WerkplanDocumentException>(() => WerkplanDocument.Load(new Proefstroom(broken), "half.json")).Error);
        Assert.Equal(expected, (await WerkplanDocument.TryLoadAsync(new Proefstroom(broken), "half.json", Token)).Error);
        Assert.Equal(expected, (await Assert.ThrowsAsync<WerkplanDocumentException>(() => WerkplanDocument.LoadAsync(new Proefstroom(broken), "half.json", Token))).Error);
    }

    private static Proefstroom Failing(string failure, int after, bool sync = true) =>
        new(Document) { Sync = sync, FailAfter = after, Failure = failure };

    private static void AssertUnreadable(WerkplanDocumentException e, string failure)
    {
        Assert.Equal("upload.json", e.Error.Source);
        Assert.Equal("$", e.Error.JsonPath);
        Assert.StartsWith("Cannot read the stream", e.Error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Kan de stroom niet lezen", e.Error.MessageNl, StringComparison.Ordinal);
        Assert.Equal(Exception(failure).GetType(), e.InnerException!.GetType());
    }

    private static Exception Exception(string failure) => failure switch
    {
        "io" => new IOException("connection reset"),
        "not-supported" => new NotSupportedException("no"),
        "disposed" => new ObjectDisposedException("body"),
        "invalid-operation" => new InvalidOperationException("Synchronous operations are disallowed."),
        "argument" => new ArgumentException("odd"),
        "canceled-by-stream" => new OperationCanceledException("the stream's own timeout"),
        _ => new FormatException("anything at all"),
    };

    // A test stream over bytes (after Padding spaces): not seekable unless it claims a length; reads of at most MaxRead
    // bytes (random sizes with a seed); optionally failing, refusing synchronous reads, lying about counts or blocking.
    private sealed class Proefstroom(byte[] bytes) : Stream
    {
        private long position;
        private Random? random;

        public int MaxRead { get; init; } = int.MaxValue;
        public int? Seed { get; init; }
        public bool Sync { get; init; } = true;
        public bool RefuseSync { get; init; }
        public int? FailAfter { get; init; }
        public string Failure { get; init; } = "io";
        public int? LiedCount { get; init; }
        public long? ClaimedLength { get; init; }
        public long Padding { get; init; }
        public int? BlockAfter { get; init; }
        public TaskCompletionSource Blocked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Reads { get; private set; }
        public long Delivered => position;

        public override bool CanRead => true;
        public override bool CanSeek => ClaimedLength is not null;
        public override bool CanWrite => false;
        public override long Length => ClaimedLength ?? throw new NotSupportedException();
        public override long Position { get => CanSeek ? 0 : throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (RefuseSync)
            {
                throw new InvalidOperationException("Synchronous operations are disallowed.");
            }

            Assert.True(Sync, "an asynchronous load never reads synchronously");
            return Next(buffer.AsSpan(offset, count));
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            if (BlockAfter is { } block && position >= block)
            {
                Blocked.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return Next(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Next(Span<byte> buffer)
        {
            Reads++;
            if (FailAfter is { } after && position >= after)
            {
                throw StreamTests.Exception(Failure);
            }

            var total = Padding + bytes.Length;
            var limit = Math.Min(buffer.Length, MaxRead);
            if (Seed is { } seed)
            {
                random ??= new Random(seed);
                limit = random.Next(1, limit + 1);
            }

            var n = (int)Math.Min(limit, total - position);
            if (FailAfter is { } grens)
            {
                n = (int)Math.Min(n, Math.Max(1, grens - position));
            }

            for (var i = 0; i < n; i++)
            {
                var p = position + i;
                buffer[i] = p < Padding ? (byte)' ' : bytes[p - Padding];
            }

            position += n;
            return LiedCount is { } lie && n > 0 ? lie : n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
