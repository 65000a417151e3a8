using Macpt.Contracts;
using Macpt.Hosting;
using Macpt.Reporting.Apis;
using Macpt.Reporting.Application;
using Macpt.Reporting.Infrastructure;
using Macpt.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMacptService<ReportingDbContext>(ServiceNames.Reporting, typeof(Program).Assembly);
builder.Services.AddReportingUseCases();

var app = builder.Build();

// `dotnet run --project src/Reporting/Macpt.Reporting -- rebuild-projections`: rebuild, print the counts, stop.
if (RebuildCommand.IsAsked(args)) return await RebuildCommand.RunAsync(app);

app.UseMacptService();
app.MapTimelineApi();
app.MapTimelinessApi();
app.MapWorkApi();
app.MapProjectionsApi();

app.Run();
return 0;

public partial class Program;
