namespace Macpt.Advocacy.Domain;

/// <summary>
/// A parent or other person with parental responsibility for a child, registered by a practitioner. Held only
/// here: events know them by <see cref="Id"/>, never by name or contact details.
/// </summary>
public sealed class Parent
{
    private Parent() { }

    public Guid Id { get; private init; }
    public string LaChildId { get; private init; } = "";
    public string Name { get; private set; } = "";
    public string Relationship { get; private set; } = "";
    /// <summary>Preferred language (ISO 639 code), for the advocate and the guides.</summary>
    public string Language { get; private set; } = "";
    public bool InterpreterNeeded { get; private set; }
    /// <summary>How they prefer to be contacted, most preferred first (<see cref="ContactChannels"/>).</summary>
    public List<string> ContactPreferences { get; private set; } = [];
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? Address { get; private set; }
    public string RegisteredBy { get; private init; } = "";
    public DateTimeOffset RegisteredAt { get; private init; }

    public static Parent Register(Guid id, string laChildId, string name, string relationship, string language, bool interpreterNeeded,
        IEnumerable<string> contactPreferences, string? phone, string? email, string? address, string registeredBy, DateTimeOffset now) => new()
        {
            Id = id,
            LaChildId = laChildId,
            Name = name,
            Relationship = relationship,
            Language = language,
            InterpreterNeeded = interpreterNeeded,
            ContactPreferences = contactPreferences.ToList(),
            Phone = phone,
            Email = email,
            Address = address,
            RegisteredBy = registeredBy,
            RegisteredAt = now,
        };
}

public static class Relationships
{
    public static readonly IReadOnlyList<string> All =
        ["mother", "father", "step-parent", "partner-of-parent", "grandparent", "other-relative", "special-guardian", "other-with-parental-responsibility"];
}

public static class ContactChannels
{
    public const string Post = "post";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Text = "text";
    public const string InPerson = "in-person";

    public static readonly IReadOnlyList<string> All = [Post, Email, Phone, Text, InPerson];
}
