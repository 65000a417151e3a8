using Microsoft.AspNetCore.Mvc;

namespace Macpt.Reporting.Apis;

/// <summary>The period of a timeliness report, as the query gives it (checked by <see cref="Validation.TimelinessQueryValidation"/>).</summary>
public sealed record TimelinessQuery([FromQuery(Name = "from")] string? From, [FromQuery(Name = "to")] string? To);

/// <summary>The work list's filter: <c>overdue</c>, <c>today</c> or <c>this-week</c>; none for every open item.</summary>
public sealed record WorkQuery([FromQuery(Name = "due")] string? Due);
