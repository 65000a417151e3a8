using Macpt.Advocacy.Domain;
using Macpt.Contracts.Advocacy;

namespace Macpt.Advocacy.Infrastructure;

/// <summary>
/// The plain-language guides seeded by migration: English for every stage, and the translations the council
/// holds (Welsh for every stage; Polish and Urdu where available). The summaries tell practitioners what each
/// guide covers; the documents themselves are in the guide's language at <see cref="Guide.Url"/>.
/// Ids are fixed so that the migration, and anything recorded against a guide, stay stable.
/// </summary>
public static class GuideCatalogue
{
    private static readonly Dictionary<string, (string Title, string Summary)> English = new()
    {
        [GuideStages.StrategyDiscussion] = ("What is a strategy discussion?",
            "Social care, police and health talk together about whether your child may be at risk of significant harm. " +
            "You may not be at this meeting, but you will be told what was decided and why. You can ask for an advocate to help you."),
        [AdvocacyStages.Section47] = ("What is a Section 47 enquiry?",
            "A social worker is finding out whether your child is safe. They will talk to you and your child and check with others " +
            "who know your family. You can have an independent parent advocate, ask questions, and say what you think at every step."),
        [AdvocacyStages.Conference] = ("What is a child protection conference?",
            "A meeting of you, the professionals who know your child, and an independent chair, to decide whether your child needs " +
            "a child protection plan. You will see the reports before the meeting, can bring an advocate, and can give your views."),
        [AdvocacyStages.Plan] = ("What is a child protection plan?",
            "The plan says what everyone, including you, will do to keep your child safe. A core group meets regularly to check it, " +
            "and a review conference decides whether it is still needed. Your advocate can attend with you."),
    };

    private static readonly (string Language, string LanguageName, string[] Stages)[] Translations =
    [
        ("cy", "Cymraeg", [GuideStages.StrategyDiscussion, AdvocacyStages.Section47, AdvocacyStages.Conference, AdvocacyStages.Plan]),
        ("pl", "Polski", [AdvocacyStages.Section47, AdvocacyStages.Conference, AdvocacyStages.Plan]),
        ("ur", "اردو", [AdvocacyStages.Section47, AdvocacyStages.Conference]),
    ];

    public static IReadOnlyList<Guide> Seed { get; } = Build();

    private static List<Guide> Build()
    {
        var guides = new List<Guide>();
        var n = 1;
        foreach (var stage in GuideStages.All)
        {
            var (title, summary) = English[stage];
            guides.Add(Guide.Of(IdOf(n++), stage, "en", title, summary, $"guides/{stage}/en.pdf"));
        }
        foreach (var (language, name, stages) in Translations)
        {
            foreach (var stage in stages)
            {
                var (title, summary) = English[stage];
                guides.Add(Guide.Of(IdOf(n++), stage, language, $"{title} ({name})", $"In {name}: {summary}", $"guides/{stage}/{language}.pdf"));
            }
        }
        return guides;
    }

    private static Guid IdOf(int n) => Guid.Parse($"9a1d0c3e-5b7f-4e2a-8c6d-{n:D12}");
}
