using Macpt.Enquiries.Apis;
using Macpt.Enquiries.Application;
using Macpt.Enquiries.Domain;
using Macpt.Enquiries.Infrastructure;
using Macpt.Hosting;
using Macpt.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMacptService<EnquiriesDbContext>("enquiries", typeof(Program).Assembly);
builder.Services.AddOptions<StrategyDiscussionTargets>().BindConfiguration(StrategyDiscussionTargets.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<AgencyCheckTargets>().BindConfiguration(AgencyCheckTargets.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddScoped<ConveneStrategyDiscussion>();
builder.Services.AddScoped<RequestAgencyCheck>();
builder.Services.AddScoped<RecordStrategyDiscussionOutcome>();

var app = builder.Build();

app.UseMacptService();
app.MapStrategyDiscussionsApi();
app.MapSection47EnquiriesApi();
app.MapAgencyChecksApi();

app.Run();

public partial class Program;
