using System.Text.Json;
using Macpt.Contracts;

namespace Macpt.Reporting.Application;

/// <summary>How an event's body is stored and read back: its contract's type name and the contract's own JSON.</summary>
public static class StoredEvents
{
    public static string Serialize(object message) => JsonSerializer.Serialize(message, message.GetType(), ContractJson.Options);

    /// <summary>The stored event as its contract, or null when the contract is no longer known (it is kept, and skipped).</summary>
    public static object? Deserialize(string contract, string body) =>
        ContractTypes.Resolve(contract) is { } type ? JsonSerializer.Deserialize(body, type, ContractJson.Options) : null;
}
