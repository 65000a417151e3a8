using Macpt.Advocacy.Apis;
using Macpt.Advocacy.Application;
using Macpt.Advocacy.Infrastructure;
using Macpt.Hosting;
using Macpt.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMacptService<AdvocacyDbContext>("advocacy", typeof(Program).Assembly);
builder.Services.AddAdvocacyUseCases();

var app = builder.Build();

app.UseMacptService();
app.MapParentsApi();
app.MapGuidesApi();
app.MapProvidersApi();
app.MapAdvocatesApi();
app.MapOffersApi();
app.MapAllocationsApi();
app.MapFeedbackApi();

app.Run();

public partial class Program;
