using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// An in-process OTLP/HTTP receiver every service exports its traces, logs and metrics to during a test run.
/// It keeps the raw protobuf payloads: strings in protobuf are plain UTF-8, so searching the bytes finds any
/// personal data that reached telemetry without having to decode the messages.
/// </summary>
public sealed class TelemetrySink : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(string Signal, byte[] Payload)> _received = new();
    private readonly Task _loop;

    public TelemetrySink()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ReceiveAsync);
    }

    public int Port { get; }
    public string Endpoint => $"http://127.0.0.1:{Port}";

    /// <summary>Export requests received so far per signal (traces, logs, metrics).</summary>
    public IReadOnlyDictionary<string, int> Requests => _received.GroupBy(r => r.Signal).ToDictionary(g => g.Key, g => g.Count());

    public long Bytes => _received.Sum(r => (long)r.Payload.Length);

    /// <summary>How many export payloads contain <paramref name="text"/> (as UTF-8, exact or upper/lower-cased).</summary>
    public int PayloadsContaining(string text)
    {
        var needles = new[] { text, text.ToUpperInvariant(), text.ToLowerInvariant() }.Distinct().Select(Encoding.UTF8.GetBytes).ToList();
        return _received.Count(r => needles.Any(n => r.Payload.AsSpan().IndexOf(n) >= 0));
    }

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            try
            {
                using var buffer = new MemoryStream();
                var body = context.Request.Headers["Content-Encoding"] == "gzip"
                    ? new GZipStream(context.Request.InputStream, CompressionMode.Decompress)
                    : context.Request.InputStream;
                await body.CopyToAsync(buffer);
                var signal = context.Request.Url?.AbsolutePath.TrimStart('/').Replace("v1/", "", StringComparison.Ordinal) ?? "unknown";
                _received.Enqueue((signal, buffer.ToArray()));
                // An empty Export*ServiceResponse: success with nothing rejected.
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
            }
            catch (IOException) { context.Response.StatusCode = 400; }
            finally { context.Response.Close(); }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
