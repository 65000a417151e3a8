using System.Text.Json;

namespace Macpt.Contracts;

/// <summary>
/// How an event is written as JSON wherever it is kept: the outbox's payload, and reporting's store of every event it
/// received and the details it derives from them (web defaults: camelCase names, numbers as numbers).
/// </summary>
public static class ContractJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
