// The models sailpoint-models offers: the 32 schemas of data/schemas/ (named as their schema files, whose
// models djson-openapi generates into models/ with the rest of the V3 API): `#define X(Name) ...` then
// `SAILPOINT_MODELS(X)`. Keep it in step with data/schemas/ (the sailpoint_contract test lists them).
#pragma once

// clang-format off
#define SAILPOINT_MODELS(X) X(AccessProfile) X(AccessRequest) X(AccessRequestConfig) X(Account)              \
    X(AccountActivity) X(Campaign) X(CreateOAuthClientResponse) X(CreatePersonalAccessTokenRequest)          \
    X(CreatePersonalAccessTokenResponse) X(Entitlement) X(ErrorResponseDto) X(GetOAuthClientResponse)        \
    X(GetPersonalAccessTokenResponse) X(IdentityAccess) X(IdentityDocument) X(IdentityProfile)               \
    X(JsonPatchOperation) X(LifecycleState) X(ManagedClient) X(ManagedCluster) X(PasswordPolicyV3Dto)        \
    X(PatOwner) X(PublicIdentity) X(RequestedItemStatus) X(Schedule) X(Segment) X(ServiceDeskIntegrationDto) \
    X(SodPolicyRead) X(Source) X(Transform) X(TransformRead) X(WorkItems)
// clang-format on
