using Macpt.Advocacy.Application;
using Macpt.Advocacy.Domain;
using Macpt.Advocacy.Infrastructure;
using Macpt.Persistence;
using Macpt.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;

namespace Macpt.Advocacy.Apis;

/// <summary>The reads the views need: offers with their episode and active advocate, parents with their conflicts and offers.</summary>
internal static class ViewQueries
{
    /// <summary>Offers with their episodes, oldest first (the id last, so pages are stable).</summary>
    public static IOrderedQueryable<OfferInEpisode> WithEpisodes(AdvocacyDbContext db, IQueryable<AdvocacyOffer> offers) =>
        (from o in offers
         join e in db.Episodes on o.EpisodeId equals e.Id
         select new OfferInEpisode { Offer = o, Episode = e })
        .AsNoTracking().OrderBy(x => x.Offer.OfferedAt).ThenBy(x => x.Offer.Id);

    public static async Task<Paged<OfferView>> OfferPageAsync(AdvocacyDbContext db, IOrderedQueryable<OfferInEpisode> rows, PageQuery page, CancellationToken ct)
    {
        var found = await rows.ToPageAsync(page, ct);
        var views = await OfferViewsAsync(db, found.Items, ct);
        return new Paged<OfferView>(views, found.Page, found.PageSize, found.Total);
    }

    public static async Task<List<OfferView>> OffersAsync(AdvocacyDbContext db, IQueryable<AdvocacyOffer> offers, CancellationToken ct) =>
        await OfferViewsAsync(db, await WithEpisodes(db, offers).ToListAsync(ct), ct);

    public static async Task<OfferView?> OfferAsync(AdvocacyDbContext db, Guid id, CancellationToken ct) =>
        (await OffersAsync(db, db.Offers.Where(o => o.Id == id), ct)).SingleOrDefault();

    private static async Task<List<OfferView>> OfferViewsAsync(AdvocacyDbContext db, IReadOnlyList<OfferInEpisode> rows, CancellationToken ct)
    {
        var ids = rows.Select(x => x.Offer.Id).ToList();
        var active = await db.Allocations.AsNoTracking().Where(a => ids.Contains(a.OfferId) && a.EndedAt == null).ToDictionaryAsync(a => a.OfferId, ct);
        return rows.Select(x => OfferView.From(x.Offer, active.GetValueOrDefault(x.Offer.Id), x.Episode)).ToList();
    }

    public static async Task<ParentView> ParentAsync(AdvocacyDbContext db, Guid id, CancellationToken ct) =>
        await ParentAsync(db, await db.Parents.AsNoTracking().SingleAsync(p => p.Id == id, ct), ct);

    public static async Task<ParentView> ParentAsync(AdvocacyDbContext db, Parent parent, CancellationToken ct)
    {
        var conflicts = await db.ParentConflicts.AsNoTracking().Where(c => c.FirstParentId == parent.Id || c.SecondParentId == parent.Id).ToListAsync(ct);
        var offers = await OffersAsync(db, db.Offers.Where(o => o.ParentId == parent.Id), ct);
        return ParentView.From(parent, conflicts, offers);
    }

    public static async Task<GuideSentView> GuideSentAsync(AdvocacyDbContext db, Guid sentId, CancellationToken ct)
    {
        var s = await db.GuidesSent.AsNoTracking().SingleAsync(x => x.Id == sentId, ct);
        var g = await db.Guides.AsNoTracking().SingleAsync(x => x.Id == s.GuideId, ct);
        return GuideSentView.From(s, g);
    }

    public static async Task<AdvocateView> AdvocateAsync(AdvocacyDbContext db, Guid id, CancellationToken ct) =>
        AdvocateView.From(await db.Advocates.AsNoTracking().SingleAsync(a => a.Id == id, ct));

    public static async Task<ProviderView> ProviderAsync(AdvocacyDbContext db, Guid id, CancellationToken ct) =>
        ProviderView.From(await db.Providers.AsNoTracking().SingleAsync(p => p.Id == id, ct));
}
