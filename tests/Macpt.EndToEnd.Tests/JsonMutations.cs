using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Macpt.EndToEnd.Tests;

/// <summary>
/// Generated request bodies: a valid body with 0–3 mutations at random places (a field removed, nulled, or
/// replaced by a value of the wrong type, an over-long or odd string, an edge date, an unknown code, deeply
/// nested JSON). Unmutated bodies are valid, so every endpoint sees both accepted and refused requests.
/// </summary>
public static class JsonMutations
{
    public sealed record Mutation(int PathIndex, int Kind, int Variant)
    {
        public override string ToString() => $"path#{PathIndex} kind {Kind} variant {Variant}";
    }

    private static readonly JsonNode?[] OddValues =
    [
        null, "", " ", "ZZZ", "not-a-guid", "00000000-0000-0000-0000-000000000000", "<script>alert(1)</script>", "'; DROP TABLE referrals; --",
        "\u0000", "😀👶", new string('x', 20_000), 0, -1, int.MaxValue, long.MinValue, 1e308, true, false,
        "0001-01-01", "9999-12-31", "2024-02-29", "2023-02-29", "2026-13-01", "2026-11-25T10:00:00+14:00", "2026-11-25T10:00:00-12:00",
        "0001-01-01T00:00:00Z", "31/12/2026", new JsonArray(), new JsonObject(),
    ];

    public static Gen<Mutation> MutationGen { get; } =
        from path in Gen.Choose(0, 1000)
        from kind in Gen.Choose(0, 3)
        from variant in Gen.Choose(0, 1000)
        select new Mutation(path, kind, variant);

    public static Gen<Mutation[]> MutationsGen { get; } =
        from count in Gen.Frequency((2, Gen.Constant(0)), (5, Gen.Choose(1, 3)))
        from list in MutationGen.ArrayOf(count)
        select list;

    public static Arbitrary<Mutation[]> Arbitrary { get; } = Arb.From(MutationsGen);

    /// <summary>The body with the mutations applied (the valid body is never changed).</summary>
    public static JsonNode Apply(JsonNode valid, IEnumerable<Mutation> mutations)
    {
        var body = valid.DeepClone();
        foreach (var m in mutations)
        {
            var places = Places(body).ToList();
            if (places.Count == 0) break;
            var (parent, key) = places[m.PathIndex % places.Count];
            switch (m.Kind)
            {
                case 0 when parent is JsonObject o: o.Remove((string)key); break;
                case 1: Set(parent, key, OddValues[m.Variant % OddValues.Length]?.DeepClone()); break;
                case 2: Set(parent, key, Nested(m.Variant % 2 == 0 ? 70 : 10)); break;
                default: Set(parent, key, m.Variant % 3 == 0 ? JsonValue.Create(Guid.NewGuid().ToString()) : JsonValue.Create(m.Variant)); break;
            }
        }
        return body;
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonObject { ["x"] = 1 };
        for (var i = 0; i < depth; i++) node = new JsonObject { ["n"] = node };
        return node;
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject o) o[(string)key] = value;
        else if (parent is JsonArray a) a[(int)key] = value;
    }

    private static IEnumerable<(JsonNode Parent, object Key)> Places(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o.ToList())
                {
                    yield return (o, k);
                    if (v is not null) foreach (var p in Places(v)) yield return p;
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    yield return (a, i);
                    if (a[i] is { } v) foreach (var p in Places(v)) yield return p;
                }
                break;
        }
    }
}
