using Macpt.Contracts.Cin;
using Macpt.Contracts.Referrals;
using Macpt.Messaging.Outbox;
using Macpt.Persistence;
using Macpt.Referrals.Apis;
using Macpt.Referrals.Domain;
using Macpt.Referrals.Domain.Timescales;
using Macpt.Referrals.Infrastructure;
using Macpt.WorkingDays;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Referrals.Application;

/// <summary>
/// Records one submission (one child, or several from one household, or the referral a consultation becomes) in
/// one transaction: the referrals, their idempotency key and their <see cref="ReferralReceived"/> events. Each
/// child's previous referral within 12 months (a re-referral) needs a query, so it is found here.
/// </summary>
public sealed class ReferralIntake(ReferralsDbContext db, IOutbox outbox, WorkingDayCalendar calendar, TimeProvider time,
    IdempotentCreation<ReferralsDbContext> idempotent, ILogger<ReferralIntake> logger)
{
    /// <summary>
    /// One operation for every way a referral is made, so a front door's reference (the key) names one submission
    /// whichever endpoint it was sent to: the same key with another body is refused.
    /// </summary>
    public const string Operation = "referrals.referral.create";

    /// <summary>
    /// A partner's answer is trimmed (<see cref="ReferralCreated.For"/>): it learns nothing it did not send, such as
    /// the child's earlier referral.
    /// </summary>
    public Task<Idempotent<ReferralCreated>> ReceiveAsync(string key, CreateReferralRequest request, Submitter by, CancellationToken ct) =>
        RecordAsync(key, request, [request.Child!], Submission.Of(request, by), referrals => ReferralCreated.For(referrals.Single(), by), ct);

    public Task<Idempotent<HouseholdReferralsCreated>> ReceiveHouseholdAsync(string key, CreateHouseholdReferralRequest request, Submitter by, CancellationToken ct) =>
        RecordAsync(key, request, request.Children!.Select(c => c!).ToList(), Submission.Of(request.ForChild(null), by),
            referrals => HouseholdReferralsCreated.For(referrals, by), ct);

    /// <summary>
    /// The consultation becomes a referral: the referral and the consultation's link to it are stored together.
    /// The consultation's id is part of what the key stands for, so the same key for another consultation is refused.
    /// </summary>
    public Task<Idempotent<ReferralCreated>> ReceiveFromConsultationAsync(string key, CaseConsultation consultation, CreateReferralRequest request,
        Submitter by, CancellationToken ct) =>
        RecordAsync(key, new { consultationId = consultation.Id, request }, [request.Child!], Submission.Of(request, by),
            referrals => ReferralCreated.For(referrals.Single(), by), ct,
            referrals =>
            {
                consultation.BecameReferral(referrals.Single().Id, time.GetUtcNow());
                outbox.Add(ConsultationEvents.BecameReferral(consultation));
            });

    private async Task<Idempotent<T>> RecordAsync<TRequest, T>(string key, TRequest request, IReadOnlyList<ChildDetails> children,
        Submission shared, Func<IReadOnlyList<Referral>, T> answer, CancellationToken ct, Action<IReadOnlyList<Referral>>? alsoStore = null)
    {
        IReadOnlyList<Referral> received = [];
        var outcome = await idempotent.CreateAsync(Operation, key, request,
            async ct =>
            {
                received = await AddAsync(children, shared, ct);
                alsoStore?.Invoke(received);
                return (string.Join(',', received.Select(r => r.Id)), answer(received));
            },
            async (resourceId, ct) => answer(await StoredAsync(resourceId, ct)),
            ct);
        if (outcome is Idempotent<T>.Created)
        {
            foreach (var r in received) ReferralLog.Received(logger, r.Id, r.LaChildId, r.ReferralSource, ReceivedChild.From(r));
        }
        return outcome;
    }

    /// <summary>Adds each child's referral and its event, unsaved; siblings share a household id.</summary>
    private async Task<IReadOnlyList<Referral>> AddAsync(IReadOnlyList<ChildDetails> children, Submission shared, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var householdId = children.Count > 1 ? Guid.CreateVersion7(now) : (Guid?)null;
        var referrals = new List<Referral>();
        foreach (var c in children)
        {
            var previous = await db.Referrals.AsNoTracking()
                .Where(r => r.LaChildId == c.LaChildId && r.ReceivedAt < shared.ReceivedAt && r.ReceivedAt >= ReReferral.WindowStart(shared.ReceivedAt))
                .OrderByDescending(r => r.ReceivedAt)
                .Select(r => (Guid?)r.Id)
                .FirstOrDefaultAsync(ct);
            var child = new Child(c.FirstName?.Trim(), c.LastName?.Trim(), c.DateOfBirth, c.ExpectedDateOfBirth, c.SexCode()!,
                c.Ethnicity ?? Ethnicities.NotYetObtained, c.NhsNumber is null ? null : NhsNumber.Normalise(c.NhsNumber),
                c.Upn is null ? null : UniquePupilNumber.Normalise(c.Upn),
                c.Address is { } a ? new Address(a.Line1?.Trim(), a.Line2?.Trim(), a.Town?.Trim(), a.Postcode?.Trim().ToUpperInvariant()) : null,
                c.Language?.Trim(), c.InterpreterNeeded ?? false);
            var referral = Referral.Receive(Guid.CreateVersion7(now), c.LaChildId!, child, shared.ReferralSource, shared.Concerns,
                shared.ReceivedAt, now, DecisionDeadline.For(shared.ReceivedAt, calendar),
                shared.Referrer, shared.HarmContext, shared.SuspectedCategories, householdId, previous, shared.By);
            referrals.Add(referral);
            db.Referrals.Add(referral);
            outbox.Add(new ReferralReceived(referral.Id, referral.LaChildId, referral.ReceivedAt, referral.DecisionDueBy,
                referral.ReferralSource, child.IsUnborn, referral.IsReReferral, referral.PreviousReferralId, householdId,
                referral.HarmContext, referral.SuspectedCategories, shared.By.Agency));
        }
        return referrals;
    }

    /// <summary>The referrals a key first made, in the order they were made (the resource id lists them comma-separated).</summary>
    private async Task<IReadOnlyList<Referral>> StoredAsync(string resourceId, CancellationToken ct)
    {
        var ids = resourceId.Split(',').Select(Guid.Parse).ToList();
        var found = await db.Referrals.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        return ids.Select(id => found.Single(r => r.Id == id)).ToList();
    }
}

/// <summary>What every child's referral in one submission shares.</summary>
/// <remarks>The receipt time is kept as the store keeps it, so the first answer and its replay are the same.</remarks>
public sealed record Submission(string ReferralSource, string Concerns, DateTimeOffset ReceivedAt, Referrer? Referrer,
    string? HarmContext, IReadOnlyList<string>? SuspectedCategories, Submitter By)
{
    public static Submission Of(CreateReferralRequest r, Submitter by) => new(r.ReferralSource!, r.Concerns!.Trim(), StoredInstant.Of(r.ReceivedAt!.Value),
        r.Referrer is { } f ? new Referrer(f.Agency!.Trim(), f.Role?.Trim(), f.Contact?.Trim()) : null, r.HarmContext, r.SuspectedCategories, by);
}
