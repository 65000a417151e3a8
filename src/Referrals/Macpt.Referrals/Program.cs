using Macpt.Hosting;
using Macpt.Referrals.Apis;
using Macpt.Referrals.Application;
using Macpt.Referrals.Infrastructure;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMacptService<ReferralsDbContext>("referrals", typeof(Program).Assembly);
builder.Services.AddScoped<ReferralIntake>();

var app = builder.Build();

app.UseMacptService();
app.MapReferralsApi();
app.MapConsultationsApi();

app.Run();

public partial class Program;
