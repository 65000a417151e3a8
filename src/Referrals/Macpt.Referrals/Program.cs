using Macpt.Hosting;
using Macpt.Referrals.Apis;
using Macpt.Referrals.Application;
using Macpt.Referrals.Domain.Escalations;
using Macpt.Referrals.Domain.Timescales;
using Macpt.Referrals.Infrastructure;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMacptService<ReferralsDbContext>("referrals", typeof(Program).Assembly);
builder.Services.AddScoped<ReferralIntake>();
builder.Services.AddOptions<ConsultationAnswerDue>().BindConfiguration(ConsultationAnswerDue.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<EscalationPolicy>().BindConfiguration(EscalationPolicy.Section)
    .Validate(p => p.Problem() is null, "Escalation:Stages is not a usable escalation policy (docs/api/referrals.md)").ValidateOnStart();

var app = builder.Build();

app.UseMacptService();
app.MapReferralsApi();
app.MapConsultationsApi();
app.MapEscalationsApi();

app.Run();

public partial class Program;
