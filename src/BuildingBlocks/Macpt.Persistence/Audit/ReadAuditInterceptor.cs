using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Macpt.Persistence.Audit;

/// <summary>
/// Notes every record a request's queries load (type, key, child) on the request's trail, so the request's
/// audit row names the record read and every child a list disclosed, with no code in the handlers.
/// </summary>
internal sealed class ReadAuditInterceptor(IHttpContextAccessor accessor) : IMaterializationInterceptor
{
    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        var type = materializationData.EntityType;
        if (AuditTrail.Of(accessor.HttpContext) is { } trail && AuditedRecords.IsAudited(type))
        {
            trail.Add(AuditedRecords.Describe(type, p => p.GetGetter().GetClrValue(entity), changed: false));
        }
        return entity;
    }
}
