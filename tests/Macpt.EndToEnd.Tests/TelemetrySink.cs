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
    private readonly ConcurrentQueue<(DateTimeOffset At, string Signal, string Instance)> _arrivals = new();
    private readonly ConcurrentQueue<OtlpMetrics.Point> _macptPoints = new();
    private static readonly byte[] MacptMetricPrefix = Encoding.UTF8.GetBytes("macpt.");
    private readonly Task _loop;

    public TelemetrySink()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ReceiveAsync);
    }

    public int Port { get; }

    private volatile Forwarding? _forwarding;
    private sealed record Forwarding(HttpClient Client, Uri Endpoint, string ApiKey);

    /// <summary>
    /// Relays every export received from now on to another OTLP/HTTP receiver too (the run's Aspire dashboard, with its
    /// OTLP key), until <see cref="StopRelaying"/>: the services export here, and a test can read the dashboard's view.
    /// </summary>
    public void RelayTo(Uri endpoint, string apiKey) => _forwarding = new Forwarding(new HttpClient { Timeout = TimeSpan.FromSeconds(10) }, endpoint, apiKey);

    public void StopRelaying()
    {
        var f = _forwarding;
        _forwarding = null;
        f?.Client.Dispose();
    }

    private async Task RelayAsync(string signal, byte[] payload)
    {
        if (_forwarding is not { } f) return;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(f.Endpoint, $"/v1/{signal}")) { Content = new ByteArrayContent(payload) };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-protobuf");
            request.Headers.Add("x-otlp-api-key", f.ApiKey);
            using var response = await f.Client.SendAsync(request);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or ObjectDisposedException) { }
    }
    public string Endpoint => $"http://127.0.0.1:{Port}";

    /// <summary>Export requests received so far per signal (traces, logs, metrics).</summary>
    public IReadOnlyDictionary<string, int> Requests => _received.GroupBy(r => r.Signal).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Metric exports the counter reader could not decode (a test reading counters asserts none).</summary>
    public int MalformedMetricPayloads { get; private set; }

    public long Bytes => _received.Sum(r => (long)r.Payload.Length);

    /// <summary>How many export payloads contain <paramref name="text"/> (as UTF-8, exact or upper/lower-cased).</summary>
    public int PayloadsContaining(string text)
    {
        var needles = new[] { text, text.ToUpperInvariant(), text.ToLowerInvariant() }.Distinct().Select(Encoding.UTF8.GetBytes).ToList();
        return _received.Count(r => needles.Any(n => r.Payload.AsSpan().IndexOf(n) >= 0));
    }

    /// <summary>How many export payloads of one signal (traces, logs, metrics) contain <paramref name="text"/>.</summary>
    public int PayloadsContaining(string text, string signal)
    {
        var needles = new[] { text, text.ToUpperInvariant(), text.ToLowerInvariant() }.Distinct().Select(Encoding.UTF8.GetBytes).ToList();
        return _received.Count(r => r.Signal == signal && needles.Any(n => r.Payload.AsSpan().IndexOf(n) >= 0));
    }

    /// <summary>
    /// The exporting processes (service.instance.id, or service.name where absent) that sent <paramref name="signal"/>
    /// between two instants.
    /// </summary>
    public IReadOnlySet<string> ExportersBetween(DateTimeOffset from, DateTimeOffset to, string signal) =>
        _arrivals.Where(a => a.Signal == signal && a.At > from && a.At <= to).Select(a => a.Instance).ToHashSet();

    /// <summary>Export requests of one signal from one exporting process after an instant.</summary>
    public int ExportsOf(string instance, string signal, DateTimeOffset after) => _arrivals.Count(a => a.Instance == instance && a.Signal == signal && a.At > after);

    /// <summary>
    /// A Macpt counter's value as exported (cumulative, per replica process): the latest value of each series
    /// (resource, tags, start), summed, for the points whose resource and tags match.
    /// </summary>
    public double CounterTotal(string metric, Func<IReadOnlyDictionary<string, string>, bool>? resource = null, Func<IReadOnlyDictionary<string, string>, bool>? tags = null) =>
        Total(OtlpMetrics.Sum, metric, resource, tags);

    /// <summary>A Macpt histogram's count of measurements as exported (cumulative, per replica process), like <see cref="CounterTotal"/>.</summary>
    public double HistogramCount(string metric, Func<IReadOnlyDictionary<string, string>, bool>? resource = null, Func<IReadOnlyDictionary<string, string>, bool>? tags = null) =>
        Total(OtlpMetrics.Histogram, metric, resource, tags);

    /// <summary>
    /// A Macpt gauge's latest value per exporting process (service.instance.id) and tag set, for the points whose resource
    /// and tags match; empty until one is exported.
    /// </summary>
    public IReadOnlyList<(IReadOnlyDictionary<string, string> Resource, IReadOnlyDictionary<string, string> Tags, double Value)> GaugeLatest(
        string metric, Func<IReadOnlyDictionary<string, string>, bool>? resource = null, Func<IReadOnlyDictionary<string, string>, bool>? tags = null) =>
        [.. _macptPoints
            .Where(p => p.Kind == OtlpMetrics.Gauge && p.Metric == metric && (resource?.Invoke(p.Resource) ?? true) && (tags?.Invoke(p.Attributes) ?? true))
            .GroupBy(p => p.Series.Remove(p.Series.LastIndexOf('|'))) // a gauge's start time is not part of its series
            .Select(g => g.MaxBy(p => p.TimeNanos)!)
            .Select(p => (p.Resource, p.Attributes, p.Value))];

    private double Total(string kind, string metric, Func<IReadOnlyDictionary<string, string>, bool>? resource, Func<IReadOnlyDictionary<string, string>, bool>? tags) =>
        _macptPoints
            .Where(p => p.Kind == kind && p.Metric == metric && (resource?.Invoke(p.Resource) ?? true) && (tags?.Invoke(p.Attributes) ?? true))
            .GroupBy(p => p.Series)
            .Sum(g => g.MaxBy(p => p.TimeNanos)!.Value);

    /// <summary>A Macpt counter's value per (service.name, one tag's value).</summary>
    public IReadOnlyDictionary<(string Service, string Tag), double> CounterTotals(string metric, string tag) =>
        _macptPoints
            .Where(p => p.Kind == OtlpMetrics.Sum && p.Metric == metric)
            .GroupBy(p => p.Series)
            .Select(g => g.MaxBy(p => p.TimeNanos)!)
            .GroupBy(p => (p.Resource.GetValueOrDefault("service.name", ""), p.Attributes.GetValueOrDefault(tag, "")))
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Value));

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
                var payload = buffer.ToArray();
                _received.Enqueue((signal, payload));
                _ = RelayAsync(signal, payload);
                if (signal == "metrics" && payload.AsSpan().IndexOf(MacptMetricPrefix) >= 0)
                {
                    try
                    {
                        foreach (var point in OtlpMetrics.Points(payload).Where(p => p.Metric.StartsWith("macpt.", StringComparison.Ordinal))) _macptPoints.Enqueue(point);
                    }
                    catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException)
                    {
                        MalformedMetricPayloads++;
                    }
                }
                string instance;
                try
                {
                    instance = string.Join(";", OtlpMetrics.Resources(payload).Select(r => r.GetValueOrDefault("service.instance.id") ?? r.GetValueOrDefault("service.name", "?")).Distinct());
                }
                catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException)
                {
                    instance = "?";
                }
                _arrivals.Enqueue((DateTimeOffset.UtcNow, signal, instance));
                // An empty Export*ServiceResponse: success with nothing rejected.
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
            }
            catch (IOException) { context.Response.StatusCode = 400; }
            finally { context.Response.Close(); }
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        StopRelaying();
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
