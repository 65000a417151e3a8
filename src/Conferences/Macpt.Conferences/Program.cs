using Macpt.Conferences.Apis;
using Macpt.Conferences.Application;
using Macpt.Conferences.Domain.Timescales;
using Macpt.Conferences.Infrastructure;
using Macpt.Hosting;
using Macpt.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMacptService<ConferencesDbContext>("conferences", typeof(Program).Assembly);
builder.Services.AddOptions<CoreGroupCadence>().BindConfiguration(CoreGroupCadence.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<PreBirthFirstReview>().BindConfiguration(PreBirthFirstReview.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddScoped<CreatePreBirthConference>();
builder.Services.AddScoped<CreateTransferInConference>();
builder.Services.AddScoped<RecordBirth>();
builder.Services.AddScoped<NewConcernsDuringAPlan>();
builder.Services.AddScoped<ArrangeConference>();
builder.Services.AddScoped<HoldConference>();
builder.Services.AddScoped<EndPlan>();

var app = builder.Build();

app.UseMacptService();
app.MapConferencesApi();
app.MapPlansApi();

app.Run();

public partial class Program;
