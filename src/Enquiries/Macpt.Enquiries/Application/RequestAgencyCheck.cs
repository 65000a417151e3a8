using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Enquiries.Infrastructure;
using Macpt.Messaging.Outbox;
using Macpt.Rules;
using Macpt.WorkingDays;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Macpt.Enquiries.Application;

/// <summary>
/// A Section 47 enquiry asks an agency (and for health, one of its services) what it knows: one open check per agency and
/// service (<see cref="OneOpenCheckPerAgencyService"/>),
/// the enquiry's own rules for the due date; the check and its event are saved together.
/// </summary>
public sealed class RequestAgencyCheck(EnquiriesDbContext db, IOutbox outbox, WorkingDayCalendar calendar, IOptions<AgencyCheckTargets> targets, TimeProvider time)
{
    public sealed record Request(string Agency, string Question, DateOnly? DueOn, string RequestedBy, string? Service = null);

    /// <summary>The new check, or null when there is no such enquiry.</summary>
    public async Task<AgencyCheck?> RunAsync(Guid enquiryId, Request request, CancellationToken ct)
    {
        var enquiry = await db.Section47Enquiries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enquiryId, ct);
        if (enquiry is null) return null;
        var open = await db.AgencyChecks.Where(c => c.EnquiryId == enquiryId && c.Agency == request.Agency && c.Service == request.Service && c.AnsweredAt == null)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        Rule.Check(new OneOpenCheckPerAgencyService(open));

        var now = time.GetUtcNow();
        var today = LondonClock.ToLondonDate(now);
        var check = enquiry.RequestCheck(Guid.CreateVersion7(now), request.Agency, request.Question, request.RequestedBy, request.DueOn,
            calendar.AddWorkingDays(today, targets.Value.DefaultWorkingDays), today, now, request.Service);
        db.AgencyChecks.Add(check);
        outbox.Add(EnquiryEvents.CheckRequested(check));
        await db.SaveChangesAsync(ct); // two racing requests for one agency and service: the unique index answers 409
        return check;
    }
}
