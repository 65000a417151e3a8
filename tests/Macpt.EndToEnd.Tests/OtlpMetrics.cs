namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Reads the sums (counters), gauges and histograms out of an OTLP/protobuf ExportMetricsServiceRequest, enough to read
/// a metric's value per service and tag without a protobuf library. Field numbers are those of opentelemetry-proto's
/// metrics/v1 and common/v1 (resource_metrics = 1, scope_metrics = 2, metrics = 2, gauge = 5, sum = 7, histogram = 9,
/// data_points = 1; a number point's attributes = 7, start_time_unix_nano = 2, time_unix_nano = 3, as_double = 4,
/// as_int = 6; a histogram point's attributes = 9, count = 4). A histogram's value here is its count.
/// </summary>
public static class OtlpMetrics
{
    /// <summary>One data point of a sum: its series (the resource's and the point's attributes, its start) and value.</summary>
    public sealed record Point(string Metric, IReadOnlyDictionary<string, string> Resource, IReadOnlyDictionary<string, string> Attributes,
        ulong StartNanos, ulong TimeNanos, double Value, string Kind = Sum)
    {
        public string Series => $"{Metric}|{string.Join(',', Resource.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"))}|" +
            $"{string.Join(',', Attributes.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"))}|{StartNanos}";
    }

    public const string Sum = "sum";
    public const string Gauge = "gauge";
    public const string Histogram = "histogram";

    public static IEnumerable<Point> Sums(byte[] payload) => Points(payload).Where(p => p.Kind == Sum);

    /// <summary>Every data point of the sums, gauges and histograms in one export.</summary>
    public static IEnumerable<Point> Points(byte[] payload)
    {
        var points = new List<Point>();
        foreach (var resourceMetrics in Fields(payload, 1))
        {
            var resource = new Dictionary<string, string>();
            foreach (var r in Fields(resourceMetrics, 1)) Attributes(r, 1, resource);
            foreach (var scope in Fields(resourceMetrics, 2))
            {
                foreach (var metric in Fields(scope, 2))
                {
                    var name = Fields(metric, 1).Select(b => System.Text.Encoding.UTF8.GetString(b)).FirstOrDefault() ?? "";
                    foreach (var (field, kind) in new[] { (7, Sum), (5, Gauge), (9, Histogram) })
                    {
                        foreach (var data in Fields(metric, field))
                        {
                            foreach (var dp in Fields(data, 1))
                            {
                                var attributes = new Dictionary<string, string>();
                                Attributes(dp, kind == Histogram ? 9 : 7, attributes);
                                ulong start = 0, time = 0;
                                double value = 0;
                                foreach (var (f, wire, raw, _) in Read(dp))
                                {
                                    if (wire != 1) continue;
                                    switch (f, kind)
                                    {
                                        case (2, _): start = raw; break;
                                        case (3, _): time = raw; break;
                                        case (4, Histogram): value = raw; break;
                                        case (4, _): value = BitConverter.Int64BitsToDouble((long)raw); break;
                                        case (6, not Histogram): value = (long)raw; break;
                                    }
                                }
                                points.Add(new Point(name, resource, attributes, start, time, value, kind));
                            }
                        }
                    }
                }
            }
        }
        return points;
    }

    /// <summary>
    /// The resource attributes of each item of any OTLP export request (traces, logs or metrics: in all three the
    /// request's field 1 holds items whose field 1 is the resource).
    /// </summary>
    public static IEnumerable<IReadOnlyDictionary<string, string>> Resources(byte[] payload)
    {
        foreach (var item in Fields(payload, 1))
        {
            var resource = new Dictionary<string, string>();
            foreach (var r in Fields(item, 1)) Attributes(r, 1, resource);
            yield return resource;
        }
    }

    private static void Attributes(byte[] message, int field, Dictionary<string, string> into)
    {
        foreach (var kv in Fields(message, field))
        {
            var key = Fields(kv, 1).Select(b => System.Text.Encoding.UTF8.GetString(b)).FirstOrDefault();
            var anyValue = Fields(kv, 2).FirstOrDefault();
            if (key is null || anyValue is null) continue;
            foreach (var (f, wire, raw, bytes) in Read(anyValue))
            {
                into[key] = (f, wire) switch
                {
                    (1, 2) => System.Text.Encoding.UTF8.GetString(bytes!),
                    (2, 0) => raw != 0 ? "true" : "false",
                    (3, 0) => ((long)raw).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _ => into.GetValueOrDefault(key, ""),
                };
            }
        }
    }

    /// <summary>The length-delimited values of one field number.</summary>
    private static IEnumerable<byte[]> Fields(byte[] message, int field) =>
        Read(message).Where(f => f.Field == field && f.Wire == 2).Select(f => f.Bytes!);

    private static List<(int Field, int Wire, ulong Raw, byte[]? Bytes)> Read(byte[] message)
    {
        var fields = new List<(int, int, ulong, byte[]?)>();
        var i = 0;
        while (i < message.Length)
        {
            var tag = Varint(message, ref i);
            var field = (int)(tag >> 3);
            var wire = (int)(tag & 7);
            switch (wire)
            {
                case 0: fields.Add((field, wire, Varint(message, ref i), null)); break;
                case 1: fields.Add((field, wire, BitConverter.ToUInt64(message, i), null)); i += 8; break;
                case 2:
                    var length = (int)Varint(message, ref i);
                    fields.Add((field, wire, 0, message[i..(i + length)]));
                    i += length;
                    break;
                case 5: fields.Add((field, wire, BitConverter.ToUInt32(message, i), null)); i += 4; break;
                default: throw new FormatException($"Unexpected protobuf wire type {wire}.");
            }
        }
        return fields;
    }

    private static ulong Varint(byte[] message, ref int i)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = message[i++];
            value |= (ulong)(b & 0x7f) << shift;
            if ((b & 0x80) == 0) return value;
        }
    }
}
