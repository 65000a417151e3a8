using Macpt.Contracts.Cin;
using Macpt.Contracts.Referrals;
using Macpt.Messaging.Outbox;
using Macpt.Persistence;
using Macpt.Referrals.Apis;
using Macpt.Referrals.Domain;
using Macpt.Referrals.Domain.Rules;
using Macpt.Referrals.Infrastructure;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Macpt.Referrals.Application;

/// <summary>
/// Records one submission from the front door (one child, or several from one household) in one
/// transaction: the referrals, their idempotency key and their <see cref="ReferralReceived"/> events.
/// </summary>
public sealed class ReferralIntake(ReferralsDbContext db, IOutbox outbox, WorkingDayCalendar calendar, TimeProvider time)
{
    public const string IdempotencyScope = "referrals.create";

    public abstract record Outcome;
    public sealed record Recorded(IReadOnlyList<Referral> Referrals, bool Replayed) : Outcome;
    public sealed record KeyReused : Outcome;

    public async Task<Outcome> RecordAsync<TRequest>(string idempotencyKey, TRequest request, IReadOnlyList<ChildDetails> children,
        Submission shared, CancellationToken ct, Action<IReadOnlyList<Referral>>? beforeSave = null)
    {
        var fingerprint = IdempotencyKey.Fingerprint(request, MacptJson.Options);
        if (await ReplayAsync(idempotencyKey, fingerprint, ct) is { } replay) return replay;

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
            var child = new Child(c.FirstName?.Trim(), c.LastName?.Trim(), c.DateOfBirth, c.ExpectedDateOfBirth, c.Gender!,
                c.Ethnicity ?? Ethnicities.NotYetObtained, c.NhsNumber is null ? null : NhsNumber.Normalise(c.NhsNumber),
                c.Upn is null ? null : UniquePupilNumber.Normalise(c.Upn),
                c.Address is { } a ? new Address(a.Line1?.Trim(), a.Line2?.Trim(), a.Town?.Trim(), a.Postcode?.Trim().ToUpperInvariant()) : null,
                c.Language?.Trim(), c.InterpreterNeeded ?? false);
            var referral = Referral.Receive(Guid.CreateVersion7(now), c.LaChildId!, child, shared.ReferralSource, shared.Concerns,
                shared.ReceivedAt, now, DecisionDeadline.For(shared.ReceivedAt, calendar),
                shared.Referrer, shared.HarmContext, shared.SuspectedCategories, householdId, previous);
            referrals.Add(referral);
            db.Referrals.Add(referral);
            outbox.Add(new ReferralReceived(referral.Id, referral.LaChildId, referral.ReceivedAt, referral.DecisionDueBy,
                referral.ReferralSource, child.IsUnborn, referral.IsReReferral, referral.PreviousReferralId, householdId,
                referral.HarmContext, referral.SuspectedCategories));
        }
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Scope = IdempotencyScope, Key = idempotencyKey, RequestHash = fingerprint,
            ResourceId = string.Join(',', referrals.Select(r => r.Id)), CreatedAt = now,
        });

        beforeSave?.Invoke(referrals);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same key arrived twice at once and the other request won: answer as its replay.
            db.ChangeTracker.Clear();
            if (await ReplayAsync(idempotencyKey, fingerprint, ct) is { } raced) return raced;
            throw;
        }
        return new Recorded(referrals, Replayed: false);
    }

    public Task<bool> IsKnownKeyAsync(string key, CancellationToken ct) =>
        db.IdempotencyRecords.AnyAsync(r => r.Scope == IdempotencyScope && r.Key == key, ct);

    private async Task<Outcome?> ReplayAsync(string key, string fingerprint, CancellationToken ct)
    {
        var earlier = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Scope == IdempotencyScope && r.Key == key, ct);
        if (earlier is null) return null;
        if (earlier.RequestHash != fingerprint) return new KeyReused();

        var ids = earlier.ResourceId.Split(',').Select(Guid.Parse).ToList();
        var found = await db.Referrals.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        return new Recorded(ids.Select(id => found.Single(r => r.Id == id)).ToList(), Replayed: true);
    }
}

/// <summary>What every child's referral in one submission shares.</summary>
public sealed record Submission(string ReferralSource, string Concerns, DateTimeOffset ReceivedAt, Referrer? Referrer,
    string? HarmContext, IReadOnlyList<string>? SuspectedCategories);
