using Macpt.Conferences.Apis;
using Macpt.Conferences.Domain.Rules;
using Macpt.Conferences.Infrastructure;
using Macpt.Hosting;
using Macpt.ServiceDefaults;
using Macpt.WorkingDays;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMacptService<ConferencesDbContext>("conferences", typeof(Program).Assembly);
builder.Services.AddOptions<CoreGroupCadence>().BindConfiguration(CoreGroupCadence.Section).ValidateDataAnnotations().ValidateOnStart();

var app = builder.Build();

app.UseServiceDefaults();
app.MapOpenApi();
app.MapConferencesApi();
app.MapPlansApi();

app.Run();

public partial class Program;
