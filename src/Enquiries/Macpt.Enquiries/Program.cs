using Macpt.Persistence;
using Macpt.Enquiries.Apis;
using Macpt.Enquiries.Domain.Rules;
using Macpt.Enquiries.Infrastructure;
using Macpt.Hosting;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMacptService<EnquiriesDbContext>("enquiries", typeof(Program).Assembly);
builder.Services.AddOptions<StrategyDiscussionTargets>().BindConfiguration(StrategyDiscussionTargets.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<AgencyCheckTargets>().BindConfiguration(AgencyCheckTargets.Section).ValidateDataAnnotations().ValidateOnStart();

var app = builder.Build();

app.UseServiceDefaults();
app.MapOpenApi();
app.MapStrategyDiscussionsApi();
app.MapSection47EnquiriesApi();
app.MapAgencyChecksApi();

app.Run();

public partial class Program;
