/*
 * model_r4b.c - the embedded FHIR R4B model. GENERATED, do not edit:
 *     python3 src/model/gen/genmodel.py
 * from the official definitions (profiles-types.json, profiles-resources.json).
 * 704 types, 4835 elements; layout in src/model/tables.h.
 */
#include "model/tables.h"

#define S(o) (fp_pool_r4b + (o))
#define T(o) (fp_ids_r4b + (o))
/* E(name, path, owner, min, max, choice, ntypes, types, ntargets, targets,
     binding, valueset, modifier, summary) */
#define E(nm, pa, ow, mi, ma, ch, nt, ty, ng, tg, bi, vs, mo, su) \
	{ S(nm), S(pa), ow, mi, ma, ch, nt, T(ty), ng, (ng) ? T(tg) : NULL, \
	  (fp_binding_strength)(bi), (vs) ? S(vs) : NULL, mo, su }

static const char fp_pool_r4b[187659] =
	"Account\0"
	"Account.coverage\0"
	"Account.coverage.coverage\0"
	"Account.coverage.priority\0"
	"Account.description\0"
	"Account.guarantor\0"
	"Account.guarantor.onHold\0"
	"Account.guarantor.party\0"
	"Account.guarantor.period\0"
	"Account.identifier\0"
	"Account.name\0"
	"Account.owner\0"
	"Account.partOf\0"
	"Account.servicePeriod\0"
	"Account.status\0"
	"Account.subject\0"
	"Account.type\0"
	"ActivityDefinition\0"
	"ActivityDefinition.approvalDate\0"
	"ActivityDefinition.author\0"
	"ActivityDefinition.bodySite\0"
	"ActivityDefinition.code\0"
	"ActivityDefinition.contact\0"
	"ActivityDefinition.copyright\0"
	"ActivityDefinition.date\0"
	"ActivityDefinition.description\0"
	"ActivityDefinition.doNotPerform\0"
	"ActivityDefinition.dosage\0"
	"ActivityDefinition.dynamicValue\0"
	"ActivityDefinition.dynamicValue.expression\0"
	"ActivityDefinition.dynamicValue.path\0"
	"ActivityDefinition.editor\0"
	"ActivityDefinition.effectivePeriod\0"
	"ActivityDefinition.endorser\0"
	"ActivityDefinition.experimental\0"
	"ActivityDefinition.identifier\0"
	"ActivityDefinition.intent\0"
	"ActivityDefinition.jurisdiction\0"
	"ActivityDefinition.kind\0"
	"ActivityDefinition.lastReviewDate\0"
	"ActivityDefinition.library\0"
	"ActivityDefinition.location\0"
	"ActivityDefinition.name\0"
	"ActivityDefinition.observationRequirement\0"
	"ActivityDefinition.observationResultRequirement\0"
	"ActivityDefinition.participant\0"
	"ActivityDefinition.participant.role\0"
	"ActivityDefinition.participant.type\0"
	"ActivityDefinition.priority\0"
	"ActivityDefinition.product[x]\0"
	"ActivityDefinition.profile\0"
	"ActivityDefinition.publisher\0"
	"ActivityDefinition.purpose\0"
	"ActivityDefinition.quantity\0"
	"ActivityDefinition.relatedArtifact\0"
	"ActivityDefinition.reviewer\0"
	"ActivityDefinition.specimenRequirement\0"
	"ActivityDefinition.status\0"
	"ActivityDefinition.subject[x]\0"
	"ActivityDefinition.subtitle\0"
	"ActivityDefinition.timing[x]\0"
	"ActivityDefinition.title\0"
	"ActivityDefinition.topic\0"
	"ActivityDefinition.transform\0"
	"ActivityDefinition.url\0"
	"ActivityDefinition.usage\0"
	"ActivityDefinition.useContext\0"
	"ActivityDefinition.version\0"
	"Address\0"
	"Address.city\0"
	"Address.country\0"
	"Address.district\0"
	"Address.line\0"
	"Address.period\0"
	"Address.postalCode\0"
	"Address.state\0"
	"Address.text\0"
	"Address.type\0"
	"Address.use\0"
	"AdministrableProductDefinition\0"
	"AdministrableProductDefinition.administrableDoseForm\0"
	"AdministrableProductDefinition.device\0"
	"AdministrableProductDefinition.formOf\0"
	"AdministrableProductDefinition.identifier\0"
	"AdministrableProductDefinition.ingredient\0"
	"AdministrableProductDefinition.producedFrom\0"
	"AdministrableProductDefinition.property\0"
	"AdministrableProductDefinition.property.status\0"
	"AdministrableProductDefinition.property.type\0"
	"AdministrableProductDefinition.property.value[x]\0"
	"AdministrableProductDefinition.routeOfAdministration\0"
	"AdministrableProductDefinition.routeOfAdministration.code\0"
	"AdministrableProductDefinition.routeOfAdministration.firstDose\0"
	"AdministrableProductDefinition.routeOfAdministration.maxDosePerDay\0"
	"AdministrableProductDefinition.routeOfAdministration.maxDosePerTreatmentPeriod\0"
	"AdministrableProductDefinition.routeOfAdministration.maxSingleDose\0"
	"AdministrableProductDefinition.routeOfAdministration.maxTreatmentPeriod\0"
	"AdministrableProductDefinition.routeOfAdministration.targetSpecies\0"
	"AdministrableProductDefinition.routeOfAdministration.targetSpecies.code\0"
	"AdministrableProductDefinition.routeOfAdministration.targetSpecies.withdrawalPeriod\0"
	"AdministrableProductDefinition.routeOfAdministration.targetSpecies.withdrawalPeriod.supportingInformation\0"
	"AdministrableProductDefinition.routeOfAdministration.targetSpecies.withdrawalPeriod.tissue\0"
	"AdministrableProductDefinition.routeOfAdministration.targetSpecies.withdrawalPeriod.value\0"
	"AdministrableProductDefinition.status\0"
	"AdministrableProductDefinition.unitOfPresentation\0"
	"AdverseEvent\0"
	"AdverseEvent.actuality\0"
	"AdverseEvent.category\0"
	"AdverseEvent.contributor\0"
	"AdverseEvent.date\0"
	"AdverseEvent.detected\0"
	"AdverseEvent.encounter\0"
	"AdverseEvent.event\0"
	"AdverseEvent.identifier\0"
	"AdverseEvent.location\0"
	"AdverseEvent.outcome\0"
	"AdverseEvent.recordedDate\0"
	"AdverseEvent.recorder\0"
	"AdverseEvent.referenceDocument\0"
	"AdverseEvent.resultingCondition\0"
	"AdverseEvent.seriousness\0"
	"AdverseEvent.severity\0"
	"AdverseEvent.study\0"
	"AdverseEvent.subject\0"
	"AdverseEvent.subjectMedicalHistory\0"
	"AdverseEvent.suspectEntity\0"
	"AdverseEvent.suspectEntity.causality\0"
	"AdverseEvent.suspectEntity.causality.assessment\0"
	"AdverseEvent.suspectEntity.causality.author\0"
	"AdverseEvent.suspectEntity.causality.method\0"
	"AdverseEvent.suspectEntity.causality.productRelatedness\0"
	"AdverseEvent.suspectEntity.instance\0"
	"AllergyIntolerance\0"
	"AllergyIntolerance.asserter\0"
	"AllergyIntolerance.category\0"
	"AllergyIntolerance.clinicalStatus\0"
	"AllergyIntolerance.code\0"
	"AllergyIntolerance.criticality\0"
	"AllergyIntolerance.encounter\0"
	"AllergyIntolerance.identifier\0"
	"AllergyIntolerance.lastOccurrence\0"
	"AllergyIntolerance.note\0"
	"AllergyIntolerance.onset[x]\0"
	"AllergyIntolerance.patient\0"
	"AllergyIntolerance.reaction\0"
	"AllergyIntolerance.reaction.description\0"
	"AllergyIntolerance.reaction.exposureRoute\0"
	"AllergyIntolerance.reaction.manifestation\0"
	"AllergyIntolerance.reaction.note\0"
	"AllergyIntolerance.reaction.onset\0"
	"AllergyIntolerance.reaction.severity\0"
	"AllergyIntolerance.reaction.substance\0"
	"AllergyIntolerance.recordedDate\0"
	"AllergyIntolerance.recorder\0"
	"AllergyIntolerance.type\0"
	"AllergyIntolerance.verificationStatus\0"
	"Annotation\0"
	"Annotation.author[x]\0"
	"Annotation.text\0"
	"Annotation.time\0"
	"Appointment\0"
	"Appointment.appointmentType\0"
	"Appointment.basedOn\0"
	"Appointment.cancelationReason\0"
	"Appointment.comment\0"
	"Appointment.created\0"
	"Appointment.description\0"
	"Appointment.end\0"
	"Appointment.identifier\0"
	"Appointment.minutesDuration\0"
	"Appointment.participant\0"
	"Appointment.participant.actor\0"
	"Appointment.participant.period\0"
	"Appointment.participant.required\0"
	"Appointment.participant.status\0"
	"Appointment.participant.type\0"
	"Appointment.patientInstruction\0"
	"Appointment.priority\0"
	"Appointment.reasonCode\0"
	"Appointment.reasonReference\0"
	"Appointment.requestedPeriod\0"
	"Appointment.serviceCategory\0"
	"Appointment.serviceType\0"
	"Appointment.slot\0"
	"Appointment.specialty\0"
	"Appointment.start\0"
	"Appointment.status\0"
	"Appointment.supportingInformation\0"
	"AppointmentResponse\0"
	"AppointmentResponse.actor\0"
	"AppointmentResponse.appointment\0"
	"AppointmentResponse.comment\0"
	"AppointmentResponse.end\0"
	"AppointmentResponse.identifier\0"
	"AppointmentResponse.participantStatus\0"
	"AppointmentResponse.participantType\0"
	"AppointmentResponse.start\0"
	"Attachment\0"
	"Attachment.contentType\0"
	"Attachment.creation\0"
	"Attachment.data\0"
	"Attachment.hash\0"
	"Attachment.language\0"
	"Attachment.size\0"
	"Attachment.title\0"
	"Attachment.url\0"
	"AuditEvent\0"
	"AuditEvent.action\0"
	"AuditEvent.agent\0"
	"AuditEvent.agent.altId\0"
	"AuditEvent.agent.location\0"
	"AuditEvent.agent.media\0"
	"AuditEvent.agent.name\0"
	"AuditEvent.agent.network\0"
	"AuditEvent.agent.network.address\0"
	"AuditEvent.agent.network.type\0"
	"AuditEvent.agent.policy\0"
	"AuditEvent.agent.purposeOfUse\0"
	"AuditEvent.agent.requestor\0"
	"AuditEvent.agent.role\0"
	"AuditEvent.agent.type\0"
	"AuditEvent.agent.who\0"
	"AuditEvent.entity\0"
	"AuditEvent.entity.description\0"
	"AuditEvent.entity.detail\0"
	"AuditEvent.entity.detail.type\0"
	"AuditEvent.entity.detail.value[x]\0"
	"AuditEvent.entity.lifecycle\0"
	"AuditEvent.entity.name\0"
	"AuditEvent.entity.query\0"
	"AuditEvent.entity.role\0"
	"AuditEvent.entity.securityLabel\0"
	"AuditEvent.entity.type\0"
	"AuditEvent.entity.what\0"
	"AuditEvent.outcome\0"
	"AuditEvent.outcomeDesc\0"
	"AuditEvent.period\0"
	"AuditEvent.purposeOfEvent\0"
	"AuditEvent.recorded\0"
	"AuditEvent.source\0"
	"AuditEvent.source.observer\0"
	"AuditEvent.source.site\0"
	"AuditEvent.source.type\0"
	"AuditEvent.subtype\0"
	"AuditEvent.type\0"
	"BackboneElement\0"
	"BackboneElement.modifierExtension\0"
	"Basic\0"
	"Basic.author\0"
	"Basic.code\0"
	"Basic.created\0"
	"Basic.identifier\0"
	"Basic.subject\0"
	"Binary.contentType\0"
	"Binary.data\0"
	"Binary.securityContext\0"
	"BiologicallyDerivedProduct\0"
	"BiologicallyDerivedProduct.collection\0"
	"BiologicallyDerivedProduct.collection.collected[x]\0"
	"BiologicallyDerivedProduct.collection.collector\0"
	"BiologicallyDerivedProduct.collection.source\0"
	"BiologicallyDerivedProduct.identifier\0"
	"BiologicallyDerivedProduct.manipulation\0"
	"BiologicallyDerivedProduct.manipulation.description\0"
	"BiologicallyDerivedProduct.manipulation.time[x]\0"
	"BiologicallyDerivedProduct.parent\0"
	"BiologicallyDerivedProduct.processing\0"
	"BiologicallyDerivedProduct.processing.additive\0"
	"BiologicallyDerivedProduct.processing.description\0"
	"BiologicallyDerivedProduct.processing.procedure\0"
	"BiologicallyDerivedProduct.processing.time[x]\0"
	"BiologicallyDerivedProduct.productCategory\0"
	"BiologicallyDerivedProduct.productCode\0"
	"BiologicallyDerivedProduct.quantity\0"
	"BiologicallyDerivedProduct.request\0"
	"BiologicallyDerivedProduct.status\0"
	"BiologicallyDerivedProduct.storage\0"
	"BiologicallyDerivedProduct.storage.description\0"
	"BiologicallyDerivedProduct.storage.duration\0"
	"BiologicallyDerivedProduct.storage.scale\0"
	"BiologicallyDerivedProduct.storage.temperature\0"
	"BodyStructure\0"
	"BodyStructure.active\0"
	"BodyStructure.description\0"
	"BodyStructure.identifier\0"
	"BodyStructure.image\0"
	"BodyStructure.location\0"
	"BodyStructure.locationQualifier\0"
	"BodyStructure.morphology\0"
	"BodyStructure.patient\0"
	"Bundle\0"
	"Bundle.entry\0"
	"Bundle.entry.fullUrl\0"
	"Bundle.entry.link\0"
	"Bundle.entry.request\0"
	"Bundle.entry.request.ifMatch\0"
	"Bundle.entry.request.ifModifiedSince\0"
	"Bundle.entry.request.ifNoneExist\0"
	"Bundle.entry.request.ifNoneMatch\0"
	"Bundle.entry.request.method\0"
	"Bundle.entry.request.url\0"
	"Bundle.entry.resource\0"
	"Bundle.entry.response\0"
	"Bundle.entry.response.etag\0"
	"Bundle.entry.response.lastModified\0"
	"Bundle.entry.response.location\0"
	"Bundle.entry.response.outcome\0"
	"Bundle.entry.response.status\0"
	"Bundle.entry.search\0"
	"Bundle.entry.search.mode\0"
	"Bundle.entry.search.score\0"
	"Bundle.identifier\0"
	"Bundle.link\0"
	"Bundle.link.relation\0"
	"Bundle.link.url\0"
	"Bundle.signature\0"
	"Bundle.timestamp\0"
	"Bundle.total\0"
	"Bundle.type\0"
	"CapabilityStatement\0"
	"CapabilityStatement.contact\0"
	"CapabilityStatement.copyright\0"
	"CapabilityStatement.date\0"
	"CapabilityStatement.description\0"
	"CapabilityStatement.document\0"
	"CapabilityStatement.document.documentation\0"
	"CapabilityStatement.document.mode\0"
	"CapabilityStatement.document.profile\0"
	"CapabilityStatement.experimental\0"
	"CapabilityStatement.fhirVersion\0"
	"CapabilityStatement.format\0"
	"CapabilityStatement.implementation\0"
	"CapabilityStatement.implementation.custodian\0"
	"CapabilityStatement.implementation.description\0"
	"CapabilityStatement.implementation.url\0"
	"CapabilityStatement.implementationGuide\0"
	"CapabilityStatement.imports\0"
	"CapabilityStatement.instantiates\0"
	"CapabilityStatement.jurisdiction\0"
	"CapabilityStatement.kind\0"
	"CapabilityStatement.messaging\0"
	"CapabilityStatement.messaging.documentation\0"
	"CapabilityStatement.messaging.endpoint\0"
	"CapabilityStatement.messaging.endpoint.address\0"
	"CapabilityStatement.messaging.endpoint.protocol\0"
	"CapabilityStatement.messaging.reliableCache\0"
	"CapabilityStatement.messaging.supportedMessage\0"
	"CapabilityStatement.messaging.supportedMessage.definition\0"
	"CapabilityStatement.messaging.supportedMessage.mode\0"
	"CapabilityStatement.name\0"
	"CapabilityStatement.patchFormat\0"
	"CapabilityStatement.publisher\0"
	"CapabilityStatement.purpose\0"
	"CapabilityStatement.rest\0"
	"CapabilityStatement.rest.compartment\0"
	"CapabilityStatement.rest.documentation\0"
	"CapabilityStatement.rest.interaction\0"
	"CapabilityStatement.rest.interaction.code\0"
	"CapabilityStatement.rest.interaction.documentation\0"
	"CapabilityStatement.rest.mode\0"
	"CapabilityStatement.rest.operation\0"
	"CapabilityStatement.rest.resource\0"
	"CapabilityStatement.rest.resource.conditionalCreate\0"
	"CapabilityStatement.rest.resource.conditionalDelete\0"
	"CapabilityStatement.rest.resource.conditionalRead\0"
	"CapabilityStatement.rest.resource.conditionalUpdate\0"
	"CapabilityStatement.rest.resource.documentation\0"
	"CapabilityStatement.rest.resource.interaction\0"
	"CapabilityStatement.rest.resource.interaction.code\0"
	"CapabilityStatement.rest.resource.interaction.documentation\0"
	"CapabilityStatement.rest.resource.operation\0"
	"CapabilityStatement.rest.resource.operation.definition\0"
	"CapabilityStatement.rest.resource.operation.documentation\0"
	"CapabilityStatement.rest.resource.operation.name\0"
	"CapabilityStatement.rest.resource.profile\0"
	"CapabilityStatement.rest.resource.readHistory\0"
	"CapabilityStatement.rest.resource.referencePolicy\0"
	"CapabilityStatement.rest.resource.searchInclude\0"
	"CapabilityStatement.rest.resource.searchParam\0"
	"CapabilityStatement.rest.resource.searchParam.definition\0"
	"CapabilityStatement.rest.resource.searchParam.documentation\0"
	"CapabilityStatement.rest.resource.searchParam.name\0"
	"CapabilityStatement.rest.resource.searchParam.type\0"
	"CapabilityStatement.rest.resource.searchRevInclude\0"
	"CapabilityStatement.rest.resource.supportedProfile\0"
	"CapabilityStatement.rest.resource.type\0"
	"CapabilityStatement.rest.resource.updateCreate\0"
	"CapabilityStatement.rest.resource.versioning\0"
	"CapabilityStatement.rest.searchParam\0"
	"CapabilityStatement.rest.security\0"
	"CapabilityStatement.rest.security.cors\0"
	"CapabilityStatement.rest.security.description\0"
	"CapabilityStatement.rest.security.service\0"
	"CapabilityStatement.software\0"
	"CapabilityStatement.software.name\0"
	"CapabilityStatement.software.releaseDate\0"
	"CapabilityStatement.software.version\0"
	"CapabilityStatement.status\0"
	"CapabilityStatement.title\0"
	"CapabilityStatement.url\0"
	"CapabilityStatement.useContext\0"
	"CapabilityStatement.version\0"
	"CarePlan\0"
	"CarePlan.activity\0"
	"CarePlan.activity.detail\0"
	"CarePlan.activity.detail.code\0"
	"CarePlan.activity.detail.dailyAmount\0"
	"CarePlan.activity.detail.description\0"
	"CarePlan.activity.detail.doNotPerform\0"
	"CarePlan.activity.detail.goal\0"
	"CarePlan.activity.detail.instantiatesCanonical\0"
	"CarePlan.activity.detail.instantiatesUri\0"
	"CarePlan.activity.detail.kind\0"
	"CarePlan.activity.detail.location\0"
	"CarePlan.activity.detail.performer\0"
	"CarePlan.activity.detail.product[x]\0"
	"CarePlan.activity.detail.quantity\0"
	"CarePlan.activity.detail.reasonCode\0"
	"CarePlan.activity.detail.reasonReference\0"
	"CarePlan.activity.detail.scheduled[x]\0"
	"CarePlan.activity.detail.status\0"
	"CarePlan.activity.detail.statusReason\0"
	"CarePlan.activity.outcomeCodeableConcept\0"
	"CarePlan.activity.outcomeReference\0"
	"CarePlan.activity.progress\0"
	"CarePlan.activity.reference\0"
	"CarePlan.addresses\0"
	"CarePlan.author\0"
	"CarePlan.basedOn\0"
	"CarePlan.careTeam\0"
	"CarePlan.category\0"
	"CarePlan.contributor\0"
	"CarePlan.created\0"
	"CarePlan.description\0"
	"CarePlan.encounter\0"
	"CarePlan.goal\0"
	"CarePlan.identifier\0"
	"CarePlan.instantiatesCanonical\0"
	"CarePlan.instantiatesUri\0"
	"CarePlan.intent\0"
	"CarePlan.note\0"
	"CarePlan.partOf\0"
	"CarePlan.period\0"
	"CarePlan.replaces\0"
	"CarePlan.status\0"
	"CarePlan.subject\0"
	"CarePlan.supportingInfo\0"
	"CarePlan.title\0"
	"CareTeam\0"
	"CareTeam.category\0"
	"CareTeam.encounter\0"
	"CareTeam.identifier\0"
	"CareTeam.managingOrganization\0"
	"CareTeam.name\0"
	"CareTeam.note\0"
	"CareTeam.participant\0"
	"CareTeam.participant.member\0"
	"CareTeam.participant.onBehalfOf\0"
	"CareTeam.participant.period\0"
	"CareTeam.participant.role\0"
	"CareTeam.period\0"
	"CareTeam.reasonCode\0"
	"CareTeam.reasonReference\0"
	"CareTeam.status\0"
	"CareTeam.subject\0"
	"CareTeam.telecom\0"
	"CatalogEntry\0"
	"CatalogEntry.additionalCharacteristic\0"
	"CatalogEntry.additionalClassification\0"
	"CatalogEntry.additionalIdentifier\0"
	"CatalogEntry.classification\0"
	"CatalogEntry.identifier\0"
	"CatalogEntry.lastUpdated\0"
	"CatalogEntry.orderable\0"
	"CatalogEntry.referencedItem\0"
	"CatalogEntry.relatedEntry\0"
	"CatalogEntry.relatedEntry.item\0"
	"CatalogEntry.relatedEntry.relationtype\0"
	"CatalogEntry.status\0"
	"CatalogEntry.type\0"
	"CatalogEntry.validTo\0"
	"CatalogEntry.validityPeriod\0"
	"ChargeItem\0"
	"ChargeItem.account\0"
	"ChargeItem.bodysite\0"
	"ChargeItem.code\0"
	"ChargeItem.context\0"
	"ChargeItem.costCenter\0"
	"ChargeItem.definitionCanonical\0"
	"ChargeItem.definitionUri\0"
	"ChargeItem.enteredDate\0"
	"ChargeItem.enterer\0"
	"ChargeItem.factorOverride\0"
	"ChargeItem.identifier\0"
	"ChargeItem.note\0"
	"ChargeItem.occurrence[x]\0"
	"ChargeItem.overrideReason\0"
	"ChargeItem.partOf\0"
	"ChargeItem.performer\0"
	"ChargeItem.performer.actor\0"
	"ChargeItem.performer.function\0"
	"ChargeItem.performingOrganization\0"
	"ChargeItem.priceOverride\0"
	"ChargeItem.product[x]\0"
	"ChargeItem.quantity\0"
	"ChargeItem.reason\0"
	"ChargeItem.requestingOrganization\0"
	"ChargeItem.service\0"
	"ChargeItem.status\0"
	"ChargeItem.subject\0"
	"ChargeItem.supportingInformation\0"
	"ChargeItemDefinition\0"
	"ChargeItemDefinition.applicability\0"
	"ChargeItemDefinition.applicability.description\0"
	"ChargeItemDefinition.applicability.expression\0"
	"ChargeItemDefinition.applicability.language\0"
	"ChargeItemDefinition.approvalDate\0"
	"ChargeItemDefinition.code\0"
	"ChargeItemDefinition.contact\0"
	"ChargeItemDefinition.copyright\0"
	"ChargeItemDefinition.date\0"
	"ChargeItemDefinition.derivedFromUri\0"
	"ChargeItemDefinition.description\0"
	"ChargeItemDefinition.effectivePeriod\0"
	"ChargeItemDefinition.experimental\0"
	"ChargeItemDefinition.identifier\0"
	"ChargeItemDefinition.instance\0"
	"ChargeItemDefinition.jurisdiction\0"
	"ChargeItemDefinition.lastReviewDate\0"
	"ChargeItemDefinition.partOf\0"
	"ChargeItemDefinition.propertyGroup\0"
	"ChargeItemDefinition.propertyGroup.applicability\0"
	"ChargeItemDefinition.propertyGroup.priceComponent\0"
	"ChargeItemDefinition.propertyGroup.priceComponent.amount\0"
	"ChargeItemDefinition.propertyGroup.priceComponent.code\0"
	"ChargeItemDefinition.propertyGroup.priceComponent.factor\0"
	"ChargeItemDefinition.propertyGroup.priceComponent.type\0"
	"ChargeItemDefinition.publisher\0"
	"ChargeItemDefinition.replaces\0"
	"ChargeItemDefinition.status\0"
	"ChargeItemDefinition.title\0"
	"ChargeItemDefinition.url\0"
	"ChargeItemDefinition.useContext\0"
	"ChargeItemDefinition.version\0"
	"Citation.approvalDate\0"
	"Citation.author\0"
	"Citation.citedArtifact\0"
	"Citation.citedArtifact.abstract\0"
	"Citation.citedArtifact.abstract.copyright\0"
	"Citation.citedArtifact.abstract.language\0"
	"Citation.citedArtifact.abstract.text\0"
	"Citation.citedArtifact.abstract.type\0"
	"Citation.citedArtifact.classification\0"
	"Citation.citedArtifact.classification.classifier\0"
	"Citation.citedArtifact.classification.type\0"
	"Citation.citedArtifact.classification.whoClassified\0"
	"Citation.citedArtifact.classification.whoClassified.classifierCopyright\0"
	"Citation.citedArtifact.classification.whoClassified.freeToShare\0"
	"Citation.citedArtifact.classification.whoClassified.organization\0"
	"Citation.citedArtifact.classification.whoClassified.person\0"
	"Citation.citedArtifact.classification.whoClassified.publisher\0"
	"Citation.citedArtifact.contributorship\0"
	"Citation.citedArtifact.contributorship.complete\0"
	"Citation.citedArtifact.contributorship.entry\0"
	"Citation.citedArtifact.contributorship.entry.address\0"
	"Citation.citedArtifact.contributorship.entry.affiliationInfo\0"
	"Citation.citedArtifact.contributorship.entry.affiliationInfo.affiliation\0"
	"Citation.citedArtifact.contributorship.entry.affiliationInfo.identifier\0"
	"Citation.citedArtifact.contributorship.entry.affiliationInfo.role\0"
	"Citation.citedArtifact.contributorship.entry.collectiveName\0"
	"Citation.citedArtifact.contributorship.entry.contributionInstance\0"
	"Citation.citedArtifact.contributorship.entry.contributionInstance.time\0"
	"Citation.citedArtifact.contributorship.entry.contributionInstance.type\0"
	"Citation.citedArtifact.contributorship.entry.contributionType\0"
	"Citation.citedArtifact.contributorship.entry.correspondingContact\0"
	"Citation.citedArtifact.contributorship.entry.identifier\0"
	"Citation.citedArtifact.contributorship.entry.initials\0"
	"Citation.citedArtifact.contributorship.entry.listOrder\0"
	"Citation.citedArtifact.contributorship.entry.name\0"
	"Citation.citedArtifact.contributorship.entry.role\0"
	"Citation.citedArtifact.contributorship.entry.telecom\0"
	"Citation.citedArtifact.contributorship.summary\0"
	"Citation.citedArtifact.contributorship.summary.source\0"
	"Citation.citedArtifact.contributorship.summary.style\0"
	"Citation.citedArtifact.contributorship.summary.type\0"
	"Citation.citedArtifact.contributorship.summary.value\0"
	"Citation.citedArtifact.currentState\0"
	"Citation.citedArtifact.dateAccessed\0"
	"Citation.citedArtifact.identifier\0"
	"Citation.citedArtifact.note\0"
	"Citation.citedArtifact.part\0"
	"Citation.citedArtifact.part.baseCitation\0"
	"Citation.citedArtifact.part.type\0"
	"Citation.citedArtifact.part.value\0"
	"Citation.citedArtifact.publicationForm\0"
	"Citation.citedArtifact.publicationForm.accessionNumber\0"
	"Citation.citedArtifact.publicationForm.articleDate\0"
	"Citation.citedArtifact.publicationForm.copyright\0"
	"Citation.citedArtifact.publicationForm.firstPage\0"
	"Citation.citedArtifact.publicationForm.language\0"
	"Citation.citedArtifact.publicationForm.lastPage\0"
	"Citation.citedArtifact.publicationForm.lastRevisionDate\0"
	"Citation.citedArtifact.publicationForm.pageCount\0"
	"Citation.citedArtifact.publicationForm.pageString\0"
	"Citation.citedArtifact.publicationForm.periodicRelease\0"
	"Citation.citedArtifact.publicationForm.periodicRelease.citedMedium\0"
	"Citation.citedArtifact.publicationForm.periodicRelease.dateOfPublication\0"
	"Citation.citedArtifact.publicationForm.periodicRelease.dateOfPublication.date\0"
	"Citation.citedArtifact.publicationForm.periodicRelease.dateOfPublication.day\0"
	"Citation.citedArtifact.publicationForm.periodicRelease.dateOfPublication.month\0"
	"Citation.citedArtifact.publicationForm.periodicRelease.dateOfPublication.season\0"
	"Citation.citedArtifact.publicationForm.periodicRelease.dateOfPublication.text\0"
	"Citation.citedArtifact.publicationForm.periodicRelease.dateOfPublication.year\0"
	"Citation.citedArtifact.publicationForm.periodicRelease.issue\0"
	"Citation.citedArtifact.publicationForm.periodicRelease.volume\0"
	"Citation.citedArtifact.publicationForm.publishedIn\0"
	"Citation.citedArtifact.publicationForm.publishedIn.identifier\0"
	"Citation.citedArtifact.publicationForm.publishedIn.publisher\0"
	"Citation.citedArtifact.publicationForm.publishedIn.publisherLocation\0"
	"Citation.citedArtifact.publicationForm.publishedIn.title\0"
	"Citation.citedArtifact.publicationForm.publishedIn.type\0"
	"Citation.citedArtifact.relatedIdentifier\0"
	"Citation.citedArtifact.relatesTo\0"
	"Citation.citedArtifact.relatesTo.relationshipType\0"
	"Citation.citedArtifact.relatesTo.targetClassifier\0"
	"Citation.citedArtifact.relatesTo.target[x]\0"
	"Citation.citedArtifact.statusDate\0"
	"Citation.citedArtifact.statusDate.activity\0"
	"Citation.citedArtifact.statusDate.actual\0"
	"Citation.citedArtifact.statusDate.period\0"
	"Citation.citedArtifact.title\0"
	"Citation.citedArtifact.title.language\0"
	"Citation.citedArtifact.title.text\0"
	"Citation.citedArtifact.title.type\0"
	"Citation.citedArtifact.version\0"
	"Citation.citedArtifact.version.baseCitation\0"
	"Citation.citedArtifact.version.value\0"
	"Citation.citedArtifact.webLocation\0"
	"Citation.citedArtifact.webLocation.type\0"
	"Citation.citedArtifact.webLocation.url\0"
	"Citation.classification\0"
	"Citation.classification.classifier\0"
	"Citation.classification.type\0"
	"Citation.contact\0"
	"Citation.copyright\0"
	"Citation.currentState\0"
	"Citation.date\0"
	"Citation.description\0"
	"Citation.editor\0"
	"Citation.effectivePeriod\0"
	"Citation.endorser\0"
	"Citation.experimental\0"
	"Citation.identifier\0"
	"Citation.jurisdiction\0"
	"Citation.lastReviewDate\0"
	"Citation.name\0"
	"Citation.note\0"
	"Citation.publisher\0"
	"Citation.purpose\0"
	"Citation.relatesTo\0"
	"Citation.relatesTo.relationshipType\0"
	"Citation.relatesTo.targetClassifier\0"
	"Citation.relatesTo.target[x]\0"
	"Citation.reviewer\0"
	"Citation.status\0"
	"Citation.statusDate\0"
	"Citation.statusDate.activity\0"
	"Citation.statusDate.actual\0"
	"Citation.statusDate.period\0"
	"Citation.summary\0"
	"Citation.summary.style\0"
	"Citation.summary.text\0"
	"Citation.title\0"
	"Citation.url\0"
	"Citation.useContext\0"
	"Citation.version\0"
	"Claim\0"
	"Claim.accident\0"
	"Claim.accident.date\0"
	"Claim.accident.location[x]\0"
	"Claim.accident.type\0"
	"Claim.billablePeriod\0"
	"Claim.careTeam\0"
	"Claim.careTeam.provider\0"
	"Claim.careTeam.qualification\0"
	"Claim.careTeam.responsible\0"
	"Claim.careTeam.role\0"
	"Claim.careTeam.sequence\0"
	"Claim.created\0"
	"Claim.diagnosis\0"
	"Claim.diagnosis.diagnosis[x]\0"
	"Claim.diagnosis.onAdmission\0"
	"Claim.diagnosis.packageCode\0"
	"Claim.diagnosis.sequence\0"
	"Claim.diagnosis.type\0"
	"Claim.enterer\0"
	"Claim.facility\0"
	"Claim.fundsReserve\0"
	"Claim.identifier\0"
	"Claim.insurance\0"
	"Claim.insurance.businessArrangement\0"
	"Claim.insurance.claimResponse\0"
	"Claim.insurance.coverage\0"
	"Claim.insurance.focal\0"
	"Claim.insurance.identifier\0"
	"Claim.insurance.preAuthRef\0"
	"Claim.insurance.sequence\0"
	"Claim.insurer\0"
	"Claim.item\0"
	"Claim.item.bodySite\0"
	"Claim.item.careTeamSequence\0"
	"Claim.item.category\0"
	"Claim.item.detail\0"
	"Claim.item.detail.category\0"
	"Claim.item.detail.factor\0"
	"Claim.item.detail.modifier\0"
	"Claim.item.detail.net\0"
	"Claim.item.detail.productOrService\0"
	"Claim.item.detail.programCode\0"
	"Claim.item.detail.quantity\0"
	"Claim.item.detail.revenue\0"
	"Claim.item.detail.sequence\0"
	"Claim.item.detail.subDetail\0"
	"Claim.item.detail.subDetail.category\0"
	"Claim.item.detail.subDetail.factor\0"
	"Claim.item.detail.subDetail.modifier\0"
	"Claim.item.detail.subDetail.net\0"
	"Claim.item.detail.subDetail.productOrService\0"
	"Claim.item.detail.subDetail.programCode\0"
	"Claim.item.detail.subDetail.quantity\0"
	"Claim.item.detail.subDetail.revenue\0"
	"Claim.item.detail.subDetail.sequence\0"
	"Claim.item.detail.subDetail.udi\0"
	"Claim.item.detail.subDetail.unitPrice\0"
	"Claim.item.detail.udi\0"
	"Claim.item.detail.unitPrice\0"
	"Claim.item.diagnosisSequence\0"
	"Claim.item.encounter\0"
	"Claim.item.factor\0"
	"Claim.item.informationSequence\0"
	"Claim.item.location[x]\0"
	"Claim.item.modifier\0"
	"Claim.item.net\0"
	"Claim.item.procedureSequence\0"
	"Claim.item.productOrService\0"
	"Claim.item.programCode\0"
	"Claim.item.quantity\0"
	"Claim.item.revenue\0"
	"Claim.item.sequence\0"
	"Claim.item.serviced[x]\0"
	"Claim.item.subSite\0"
	"Claim.item.udi\0"
	"Claim.item.unitPrice\0"
	"Claim.originalPrescription\0"
	"Claim.patient\0"
	"Claim.payee\0"
	"Claim.payee.party\0"
	"Claim.payee.type\0"
	"Claim.prescription\0"
	"Claim.priority\0"
	"Claim.procedure\0"
	"Claim.procedure.date\0"
	"Claim.procedure.procedure[x]\0"
	"Claim.procedure.sequence\0"
	"Claim.procedure.type\0"
	"Claim.procedure.udi\0"
	"Claim.provider\0"
	"Claim.referral\0"
	"Claim.related\0"
	"Claim.related.claim\0"
	"Claim.related.reference\0"
	"Claim.related.relationship\0"
	"Claim.status\0"
	"Claim.subType\0"
	"Claim.supportingInfo\0"
	"Claim.supportingInfo.category\0"
	"Claim.supportingInfo.code\0"
	"Claim.supportingInfo.reason\0"
	"Claim.supportingInfo.sequence\0"
	"Claim.supportingInfo.timing[x]\0"
	"Claim.supportingInfo.value[x]\0"
	"Claim.total\0"
	"Claim.type\0"
	"Claim.use\0"
	"ClaimResponse\0"
	"ClaimResponse.addItem\0"
	"ClaimResponse.addItem.adjudication\0"
	"ClaimResponse.addItem.bodySite\0"
	"ClaimResponse.addItem.detail\0"
	"ClaimResponse.addItem.detail.adjudication\0"
	"ClaimResponse.addItem.detail.factor\0"
	"ClaimResponse.addItem.detail.modifier\0"
	"ClaimResponse.addItem.detail.net\0"
	"ClaimResponse.addItem.detail.noteNumber\0"
	"ClaimResponse.addItem.detail.productOrService\0"
	"ClaimResponse.addItem.detail.quantity\0"
	"ClaimResponse.addItem.detail.subDetail\0"
	"ClaimResponse.addItem.detail.subDetail.adjudication\0"
	"ClaimResponse.addItem.detail.subDetail.factor\0"
	"ClaimResponse.addItem.detail.subDetail.modifier\0"
	"ClaimResponse.addItem.detail.subDetail.net\0"
	"ClaimResponse.addItem.detail.subDetail.noteNumber\0"
	"ClaimResponse.addItem.detail.subDetail.productOrService\0"
	"ClaimResponse.addItem.detail.subDetail.quantity\0"
	"ClaimResponse.addItem.detail.subDetail.unitPrice\0"
	"ClaimResponse.addItem.detail.unitPrice\0"
	"ClaimResponse.addItem.detailSequence\0"
	"ClaimResponse.addItem.factor\0"
	"ClaimResponse.addItem.itemSequence\0"
	"ClaimResponse.addItem.location[x]\0"
	"ClaimResponse.addItem.modifier\0"
	"ClaimResponse.addItem.net\0"
	"ClaimResponse.addItem.noteNumber\0"
	"ClaimResponse.addItem.productOrService\0"
	"ClaimResponse.addItem.programCode\0"
	"ClaimResponse.addItem.provider\0"
	"ClaimResponse.addItem.quantity\0"
	"ClaimResponse.addItem.serviced[x]\0"
	"ClaimResponse.addItem.subSite\0"
	"ClaimResponse.addItem.subdetailSequence\0"
	"ClaimResponse.addItem.unitPrice\0"
	"ClaimResponse.adjudication\0"
	"ClaimResponse.communicationRequest\0"
	"ClaimResponse.created\0"
	"ClaimResponse.disposition\0"
	"ClaimResponse.error\0"
	"ClaimResponse.error.code\0"
	"ClaimResponse.error.detailSequence\0"
	"ClaimResponse.error.itemSequence\0"
	"ClaimResponse.error.subDetailSequence\0"
	"ClaimResponse.form\0"
	"ClaimResponse.formCode\0"
	"ClaimResponse.fundsReserve\0"
	"ClaimResponse.identifier\0"
	"ClaimResponse.insurance\0"
	"ClaimResponse.insurance.businessArrangement\0"
	"ClaimResponse.insurance.claimResponse\0"
	"ClaimResponse.insurance.coverage\0"
	"ClaimResponse.insurance.focal\0"
	"ClaimResponse.insurance.sequence\0"
	"ClaimResponse.insurer\0"
	"ClaimResponse.item\0"
	"ClaimResponse.item.adjudication\0"
	"ClaimResponse.item.adjudication.amount\0"
	"ClaimResponse.item.adjudication.category\0"
	"ClaimResponse.item.adjudication.reason\0"
	"ClaimResponse.item.adjudication.value\0"
	"ClaimResponse.item.detail\0"
	"ClaimResponse.item.detail.adjudication\0"
	"ClaimResponse.item.detail.detailSequence\0"
	"ClaimResponse.item.detail.noteNumber\0"
	"ClaimResponse.item.detail.subDetail\0"
	"ClaimResponse.item.detail.subDetail.adjudication\0"
	"ClaimResponse.item.detail.subDetail.noteNumber\0"
	"ClaimResponse.item.detail.subDetail.subDetailSequence\0"
	"ClaimResponse.item.itemSequence\0"
	"ClaimResponse.item.noteNumber\0"
	"ClaimResponse.outcome\0"
	"ClaimResponse.patient\0"
	"ClaimResponse.payeeType\0"
	"ClaimResponse.payment\0"
	"ClaimResponse.payment.adjustment\0"
	"ClaimResponse.payment.adjustmentReason\0"
	"ClaimResponse.payment.amount\0"
	"ClaimResponse.payment.date\0"
	"ClaimResponse.payment.identifier\0"
	"ClaimResponse.payment.type\0"
	"ClaimResponse.preAuthPeriod\0"
	"ClaimResponse.preAuthRef\0"
	"ClaimResponse.processNote\0"
	"ClaimResponse.processNote.language\0"
	"ClaimResponse.processNote.number\0"
	"ClaimResponse.processNote.text\0"
	"ClaimResponse.processNote.type\0"
	"ClaimResponse.request\0"
	"ClaimResponse.requestor\0"
	"ClaimResponse.status\0"
	"ClaimResponse.subType\0"
	"ClaimResponse.total\0"
	"ClaimResponse.total.amount\0"
	"ClaimResponse.total.category\0"
	"ClaimResponse.type\0"
	"ClaimResponse.use\0"
	"ClinicalImpression\0"
	"ClinicalImpression.assessor\0"
	"ClinicalImpression.code\0"
	"ClinicalImpression.date\0"
	"ClinicalImpression.description\0"
	"ClinicalImpression.effective[x]\0"
	"ClinicalImpression.encounter\0"
	"ClinicalImpression.finding\0"
	"ClinicalImpression.finding.basis\0"
	"ClinicalImpression.finding.itemCodeableConcept\0"
	"ClinicalImpression.finding.itemReference\0"
	"ClinicalImpression.identifier\0"
	"ClinicalImpression.investigation\0"
	"ClinicalImpression.investigation.code\0"
	"ClinicalImpression.investigation.item\0"
	"ClinicalImpression.note\0"
	"ClinicalImpression.previous\0"
	"ClinicalImpression.problem\0"
	"ClinicalImpression.prognosisCodeableConcept\0"
	"ClinicalImpression.prognosisReference\0"
	"ClinicalImpression.protocol\0"
	"ClinicalImpression.status\0"
	"ClinicalImpression.statusReason\0"
	"ClinicalImpression.subject\0"
	"ClinicalImpression.summary\0"
	"ClinicalImpression.supportingInfo\0"
	"ClinicalUseDefinition\0"
	"ClinicalUseDefinition.category\0"
	"ClinicalUseDefinition.contraindication\0"
	"ClinicalUseDefinition.contraindication.comorbidity\0"
	"ClinicalUseDefinition.contraindication.diseaseStatus\0"
	"ClinicalUseDefinition.contraindication.diseaseSymptomProcedure\0"
	"ClinicalUseDefinition.contraindication.indication\0"
	"ClinicalUseDefinition.contraindication.otherTherapy\0"
	"ClinicalUseDefinition.contraindication.otherTherapy.relationshipType\0"
	"ClinicalUseDefinition.contraindication.otherTherapy.therapy\0"
	"ClinicalUseDefinition.identifier\0"
	"ClinicalUseDefinition.indication\0"
	"ClinicalUseDefinition.indication.comorbidity\0"
	"ClinicalUseDefinition.indication.diseaseStatus\0"
	"ClinicalUseDefinition.indication.diseaseSymptomProcedure\0"
	"ClinicalUseDefinition.indication.duration[x]\0"
	"ClinicalUseDefinition.indication.intendedEffect\0"
	"ClinicalUseDefinition.indication.otherTherapy\0"
	"ClinicalUseDefinition.indication.undesirableEffect\0"
	"ClinicalUseDefinition.interaction\0"
	"ClinicalUseDefinition.interaction.effect\0"
	"ClinicalUseDefinition.interaction.incidence\0"
	"ClinicalUseDefinition.interaction.interactant\0"
	"ClinicalUseDefinition.interaction.interactant.item[x]\0"
	"ClinicalUseDefinition.interaction.management\0"
	"ClinicalUseDefinition.interaction.type\0"
	"ClinicalUseDefinition.population\0"
	"ClinicalUseDefinition.status\0"
	"ClinicalUseDefinition.subject\0"
	"ClinicalUseDefinition.type\0"
	"ClinicalUseDefinition.undesirableEffect\0"
	"ClinicalUseDefinition.undesirableEffect.classification\0"
	"ClinicalUseDefinition.undesirableEffect.frequencyOfOccurrence\0"
	"ClinicalUseDefinition.undesirableEffect.symptomConditionEffect\0"
	"ClinicalUseDefinition.warning\0"
	"ClinicalUseDefinition.warning.code\0"
	"ClinicalUseDefinition.warning.description\0"
	"CodeSystem\0"
	"CodeSystem.caseSensitive\0"
	"CodeSystem.compositional\0"
	"CodeSystem.concept\0"
	"CodeSystem.concept.code\0"
	"CodeSystem.concept.concept\0"
	"CodeSystem.concept.definition\0"
	"CodeSystem.concept.designation\0"
	"CodeSystem.concept.designation.language\0"
	"CodeSystem.concept.designation.use\0"
	"CodeSystem.concept.designation.value\0"
	"CodeSystem.concept.display\0"
	"CodeSystem.concept.property\0"
	"CodeSystem.concept.property.code\0"
	"CodeSystem.concept.property.value[x]\0"
	"CodeSystem.contact\0"
	"CodeSystem.content\0"
	"CodeSystem.copyright\0"
	"CodeSystem.count\0"
	"CodeSystem.date\0"
	"CodeSystem.description\0"
	"CodeSystem.experimental\0"
	"CodeSystem.filter\0"
	"CodeSystem.filter.code\0"
	"CodeSystem.filter.description\0"
	"CodeSystem.filter.operator\0"
	"CodeSystem.filter.value\0"
	"CodeSystem.hierarchyMeaning\0"
	"CodeSystem.identifier\0"
	"CodeSystem.jurisdiction\0"
	"CodeSystem.name\0"
	"CodeSystem.property\0"
	"CodeSystem.property.code\0"
	"CodeSystem.property.description\0"
	"CodeSystem.property.type\0"
	"CodeSystem.property.uri\0"
	"CodeSystem.publisher\0"
	"CodeSystem.purpose\0"
	"CodeSystem.status\0"
	"CodeSystem.supplements\0"
	"CodeSystem.title\0"
	"CodeSystem.url\0"
	"CodeSystem.useContext\0"
	"CodeSystem.valueSet\0"
	"CodeSystem.version\0"
	"CodeSystem.versionNeeded\0"
	"CodeableConcept.coding\0"
	"CodeableConcept.text\0"
	"CodeableReference\0"
	"CodeableReference.concept\0"
	"CodeableReference.reference\0"
	"Coding\0"
	"Coding.code\0"
	"Coding.display\0"
	"Coding.system\0"
	"Coding.userSelected\0"
	"Coding.version\0"
	"Communication\0"
	"Communication.about\0"
	"Communication.basedOn\0"
	"Communication.category\0"
	"Communication.encounter\0"
	"Communication.identifier\0"
	"Communication.inResponseTo\0"
	"Communication.instantiatesCanonical\0"
	"Communication.instantiatesUri\0"
	"Communication.medium\0"
	"Communication.note\0"
	"Communication.partOf\0"
	"Communication.payload\0"
	"Communication.payload.content[x]\0"
	"Communication.priority\0"
	"Communication.reasonCode\0"
	"Communication.reasonReference\0"
	"Communication.received\0"
	"Communication.recipient\0"
	"Communication.sender\0"
	"Communication.sent\0"
	"Communication.status\0"
	"Communication.statusReason\0"
	"Communication.subject\0"
	"Communication.topic\0"
	"CommunicationRequest\0"
	"CommunicationRequest.about\0"
	"CommunicationRequest.authoredOn\0"
	"CommunicationRequest.basedOn\0"
	"CommunicationRequest.category\0"
	"CommunicationRequest.doNotPerform\0"
	"CommunicationRequest.encounter\0"
	"CommunicationRequest.groupIdentifier\0"
	"CommunicationRequest.identifier\0"
	"CommunicationRequest.medium\0"
	"CommunicationRequest.note\0"
	"CommunicationRequest.occurrence[x]\0"
	"CommunicationRequest.payload\0"
	"CommunicationRequest.payload.content[x]\0"
	"CommunicationRequest.priority\0"
	"CommunicationRequest.reasonCode\0"
	"CommunicationRequest.reasonReference\0"
	"CommunicationRequest.recipient\0"
	"CommunicationRequest.replaces\0"
	"CommunicationRequest.requester\0"
	"CommunicationRequest.sender\0"
	"CommunicationRequest.status\0"
	"CommunicationRequest.statusReason\0"
	"CommunicationRequest.subject\0"
	"CompartmentDefinition\0"
	"CompartmentDefinition.code\0"
	"CompartmentDefinition.contact\0"
	"CompartmentDefinition.date\0"
	"CompartmentDefinition.description\0"
	"CompartmentDefinition.experimental\0"
	"CompartmentDefinition.name\0"
	"CompartmentDefinition.publisher\0"
	"CompartmentDefinition.purpose\0"
	"CompartmentDefinition.resource\0"
	"CompartmentDefinition.resource.code\0"
	"CompartmentDefinition.resource.documentation\0"
	"CompartmentDefinition.resource.param\0"
	"CompartmentDefinition.search\0"
	"CompartmentDefinition.status\0"
	"CompartmentDefinition.url\0"
	"CompartmentDefinition.useContext\0"
	"CompartmentDefinition.version\0"
	"Composition\0"
	"Composition.attester\0"
	"Composition.attester.mode\0"
	"Composition.attester.party\0"
	"Composition.attester.time\0"
	"Composition.author\0"
	"Composition.category\0"
	"Composition.confidentiality\0"
	"Composition.custodian\0"
	"Composition.date\0"
	"Composition.encounter\0"
	"Composition.event\0"
	"Composition.event.code\0"
	"Composition.event.detail\0"
	"Composition.event.period\0"
	"Composition.identifier\0"
	"Composition.relatesTo\0"
	"Composition.relatesTo.code\0"
	"Composition.relatesTo.target[x]\0"
	"Composition.section\0"
	"Composition.section.author\0"
	"Composition.section.code\0"
	"Composition.section.emptyReason\0"
	"Composition.section.entry\0"
	"Composition.section.focus\0"
	"Composition.section.mode\0"
	"Composition.section.orderedBy\0"
	"Composition.section.section\0"
	"Composition.section.text\0"
	"Composition.section.title\0"
	"Composition.status\0"
	"Composition.subject\0"
	"Composition.title\0"
	"Composition.type\0"
	"ConceptMap\0"
	"ConceptMap.contact\0"
	"ConceptMap.copyright\0"
	"ConceptMap.date\0"
	"ConceptMap.description\0"
	"ConceptMap.experimental\0"
	"ConceptMap.group\0"
	"ConceptMap.group.element\0"
	"ConceptMap.group.element.code\0"
	"ConceptMap.group.element.display\0"
	"ConceptMap.group.element.target\0"
	"ConceptMap.group.element.target.code\0"
	"ConceptMap.group.element.target.comment\0"
	"ConceptMap.group.element.target.dependsOn\0"
	"ConceptMap.group.element.target.dependsOn.display\0"
	"ConceptMap.group.element.target.dependsOn.property\0"
	"ConceptMap.group.element.target.dependsOn.system\0"
	"ConceptMap.group.element.target.dependsOn.value\0"
	"ConceptMap.group.element.target.display\0"
	"ConceptMap.group.element.target.equivalence\0"
	"ConceptMap.group.element.target.product\0"
	"ConceptMap.group.source\0"
	"ConceptMap.group.sourceVersion\0"
	"ConceptMap.group.target\0"
	"ConceptMap.group.targetVersion\0"
	"ConceptMap.group.unmapped\0"
	"ConceptMap.group.unmapped.code\0"
	"ConceptMap.group.unmapped.display\0"
	"ConceptMap.group.unmapped.mode\0"
	"ConceptMap.group.unmapped.url\0"
	"ConceptMap.identifier\0"
	"ConceptMap.jurisdiction\0"
	"ConceptMap.name\0"
	"ConceptMap.publisher\0"
	"ConceptMap.purpose\0"
	"ConceptMap.source[x]\0"
	"ConceptMap.status\0"
	"ConceptMap.target[x]\0"
	"ConceptMap.title\0"
	"ConceptMap.url\0"
	"ConceptMap.useContext\0"
	"ConceptMap.version\0"
	"Condition.abatement[x]\0"
	"Condition.asserter\0"
	"Condition.bodySite\0"
	"Condition.category\0"
	"Condition.clinicalStatus\0"
	"Condition.code\0"
	"Condition.encounter\0"
	"Condition.evidence\0"
	"Condition.evidence.code\0"
	"Condition.evidence.detail\0"
	"Condition.identifier\0"
	"Condition.note\0"
	"Condition.onset[x]\0"
	"Condition.recordedDate\0"
	"Condition.recorder\0"
	"Condition.severity\0"
	"Condition.stage\0"
	"Condition.stage.assessment\0"
	"Condition.stage.summary\0"
	"Condition.stage.type\0"
	"Condition.subject\0"
	"Condition.verificationStatus\0"
	"Consent\0"
	"Consent.category\0"
	"Consent.dateTime\0"
	"Consent.identifier\0"
	"Consent.organization\0"
	"Consent.patient\0"
	"Consent.performer\0"
	"Consent.policy\0"
	"Consent.policy.authority\0"
	"Consent.policy.uri\0"
	"Consent.policyRule\0"
	"Consent.provision\0"
	"Consent.provision.action\0"
	"Consent.provision.actor\0"
	"Consent.provision.actor.reference\0"
	"Consent.provision.actor.role\0"
	"Consent.provision.class\0"
	"Consent.provision.code\0"
	"Consent.provision.data\0"
	"Consent.provision.data.meaning\0"
	"Consent.provision.data.reference\0"
	"Consent.provision.dataPeriod\0"
	"Consent.provision.period\0"
	"Consent.provision.provision\0"
	"Consent.provision.purpose\0"
	"Consent.provision.securityLabel\0"
	"Consent.provision.type\0"
	"Consent.scope\0"
	"Consent.source[x]\0"
	"Consent.status\0"
	"Consent.verification\0"
	"Consent.verification.verificationDate\0"
	"Consent.verification.verified\0"
	"Consent.verification.verifiedWith\0"
	"ContactDetail\0"
	"ContactDetail.name\0"
	"ContactDetail.telecom\0"
	"ContactPoint\0"
	"ContactPoint.period\0"
	"ContactPoint.rank\0"
	"ContactPoint.system\0"
	"ContactPoint.use\0"
	"ContactPoint.value\0"
	"Contract\0"
	"Contract.alias\0"
	"Contract.applies\0"
	"Contract.author\0"
	"Contract.authority\0"
	"Contract.contentDefinition\0"
	"Contract.contentDefinition.copyright\0"
	"Contract.contentDefinition.publicationDate\0"
	"Contract.contentDefinition.publicationStatus\0"
	"Contract.contentDefinition.publisher\0"
	"Contract.contentDefinition.subType\0"
	"Contract.contentDefinition.type\0"
	"Contract.contentDerivative\0"
	"Contract.domain\0"
	"Contract.expirationType\0"
	"Contract.friendly\0"
	"Contract.friendly.content[x]\0"
	"Contract.identifier\0"
	"Contract.instantiatesCanonical\0"
	"Contract.instantiatesUri\0"
	"Contract.issued\0"
	"Contract.legal\0"
	"Contract.legal.content[x]\0"
	"Contract.legalState\0"
	"Contract.legallyBinding[x]\0"
	"Contract.name\0"
	"Contract.relevantHistory\0"
	"Contract.rule\0"
	"Contract.rule.content[x]\0"
	"Contract.scope\0"
	"Contract.signer\0"
	"Contract.signer.party\0"
	"Contract.signer.signature\0"
	"Contract.signer.type\0"
	"Contract.site\0"
	"Contract.status\0"
	"Contract.subType\0"
	"Contract.subject\0"
	"Contract.subtitle\0"
	"Contract.supportingInfo\0"
	"Contract.term\0"
	"Contract.term.action\0"
	"Contract.term.action.context\0"
	"Contract.term.action.contextLinkId\0"
	"Contract.term.action.doNotPerform\0"
	"Contract.term.action.intent\0"
	"Contract.term.action.linkId\0"
	"Contract.term.action.note\0"
	"Contract.term.action.occurrence[x]\0"
	"Contract.term.action.performer\0"
	"Contract.term.action.performerLinkId\0"
	"Contract.term.action.performerRole\0"
	"Contract.term.action.performerType\0"
	"Contract.term.action.reason\0"
	"Contract.term.action.reasonCode\0"
	"Contract.term.action.reasonLinkId\0"
	"Contract.term.action.reasonReference\0"
	"Contract.term.action.requester\0"
	"Contract.term.action.requesterLinkId\0"
	"Contract.term.action.securityLabelNumber\0"
	"Contract.term.action.status\0"
	"Contract.term.action.subject\0"
	"Contract.term.action.subject.reference\0"
	"Contract.term.action.subject.role\0"
	"Contract.term.action.type\0"
	"Contract.term.applies\0"
	"Contract.term.asset\0"
	"Contract.term.asset.answer\0"
	"Contract.term.asset.condition\0"
	"Contract.term.asset.context\0"
	"Contract.term.asset.context.code\0"
	"Contract.term.asset.context.reference\0"
	"Contract.term.asset.context.text\0"
	"Contract.term.asset.linkId\0"
	"Contract.term.asset.period\0"
	"Contract.term.asset.periodType\0"
	"Contract.term.asset.relationship\0"
	"Contract.term.asset.scope\0"
	"Contract.term.asset.securityLabelNumber\0"
	"Contract.term.asset.subtype\0"
	"Contract.term.asset.text\0"
	"Contract.term.asset.type\0"
	"Contract.term.asset.typeReference\0"
	"Contract.term.asset.usePeriod\0"
	"Contract.term.asset.valuedItem\0"
	"Contract.term.asset.valuedItem.effectiveTime\0"
	"Contract.term.asset.valuedItem.entity[x]\0"
	"Contract.term.asset.valuedItem.factor\0"
	"Contract.term.asset.valuedItem.identifier\0"
	"Contract.term.asset.valuedItem.linkId\0"
	"Contract.term.asset.valuedItem.net\0"
	"Contract.term.asset.valuedItem.payment\0"
	"Contract.term.asset.valuedItem.paymentDate\0"
	"Contract.term.asset.valuedItem.points\0"
	"Contract.term.asset.valuedItem.quantity\0"
	"Contract.term.asset.valuedItem.recipient\0"
	"Contract.term.asset.valuedItem.responsible\0"
	"Contract.term.asset.valuedItem.securityLabelNumber\0"
	"Contract.term.asset.valuedItem.unitPrice\0"
	"Contract.term.group\0"
	"Contract.term.identifier\0"
	"Contract.term.issued\0"
	"Contract.term.offer\0"
	"Contract.term.offer.answer\0"
	"Contract.term.offer.answer.value[x]\0"
	"Contract.term.offer.decision\0"
	"Contract.term.offer.decisionMode\0"
	"Contract.term.offer.identifier\0"
	"Contract.term.offer.linkId\0"
	"Contract.term.offer.party\0"
	"Contract.term.offer.party.reference\0"
	"Contract.term.offer.party.role\0"
	"Contract.term.offer.securityLabelNumber\0"
	"Contract.term.offer.text\0"
	"Contract.term.offer.topic\0"
	"Contract.term.offer.type\0"
	"Contract.term.securityLabel\0"
	"Contract.term.securityLabel.category\0"
	"Contract.term.securityLabel.classification\0"
	"Contract.term.securityLabel.control\0"
	"Contract.term.securityLabel.number\0"
	"Contract.term.subType\0"
	"Contract.term.text\0"
	"Contract.term.topic[x]\0"
	"Contract.term.type\0"
	"Contract.title\0"
	"Contract.topic[x]\0"
	"Contract.type\0"
	"Contract.url\0"
	"Contract.version\0"
	"Contributor\0"
	"Contributor.contact\0"
	"Contributor.name\0"
	"Contributor.type\0"
	"Coverage.beneficiary\0"
	"Coverage.class\0"
	"Coverage.class.name\0"
	"Coverage.class.type\0"
	"Coverage.class.value\0"
	"Coverage.contract\0"
	"Coverage.costToBeneficiary\0"
	"Coverage.costToBeneficiary.exception\0"
	"Coverage.costToBeneficiary.exception.period\0"
	"Coverage.costToBeneficiary.exception.type\0"
	"Coverage.costToBeneficiary.type\0"
	"Coverage.costToBeneficiary.value[x]\0"
	"Coverage.dependent\0"
	"Coverage.identifier\0"
	"Coverage.network\0"
	"Coverage.order\0"
	"Coverage.payor\0"
	"Coverage.period\0"
	"Coverage.policyHolder\0"
	"Coverage.relationship\0"
	"Coverage.status\0"
	"Coverage.subrogation\0"
	"Coverage.subscriber\0"
	"Coverage.subscriberId\0"
	"Coverage.type\0"
	"CoverageEligibilityRequest\0"
	"CoverageEligibilityRequest.created\0"
	"CoverageEligibilityRequest.enterer\0"
	"CoverageEligibilityRequest.facility\0"
	"CoverageEligibilityRequest.identifier\0"
	"CoverageEligibilityRequest.insurance\0"
	"CoverageEligibilityRequest.insurance.businessArrangement\0"
	"CoverageEligibilityRequest.insurance.coverage\0"
	"CoverageEligibilityRequest.insurance.focal\0"
	"CoverageEligibilityRequest.insurer\0"
	"CoverageEligibilityRequest.item\0"
	"CoverageEligibilityRequest.item.category\0"
	"CoverageEligibilityRequest.item.detail\0"
	"CoverageEligibilityRequest.item.diagnosis\0"
	"CoverageEligibilityRequest.item.diagnosis.diagnosis[x]\0"
	"CoverageEligibilityRequest.item.facility\0"
	"CoverageEligibilityRequest.item.modifier\0"
	"CoverageEligibilityRequest.item.productOrService\0"
	"CoverageEligibilityRequest.item.provider\0"
	"CoverageEligibilityRequest.item.quantity\0"
	"CoverageEligibilityRequest.item.supportingInfoSequence\0"
	"CoverageEligibilityRequest.item.unitPrice\0"
	"CoverageEligibilityRequest.patient\0"
	"CoverageEligibilityRequest.priority\0"
	"CoverageEligibilityRequest.provider\0"
	"CoverageEligibilityRequest.purpose\0"
	"CoverageEligibilityRequest.serviced[x]\0"
	"CoverageEligibilityRequest.status\0"
	"CoverageEligibilityRequest.supportingInfo\0"
	"CoverageEligibilityRequest.supportingInfo.appliesToAll\0"
	"CoverageEligibilityRequest.supportingInfo.information\0"
	"CoverageEligibilityRequest.supportingInfo.sequence\0"
	"CoverageEligibilityResponse\0"
	"CoverageEligibilityResponse.created\0"
	"CoverageEligibilityResponse.disposition\0"
	"CoverageEligibilityResponse.error\0"
	"CoverageEligibilityResponse.error.code\0"
	"CoverageEligibilityResponse.form\0"
	"CoverageEligibilityResponse.identifier\0"
	"CoverageEligibilityResponse.insurance\0"
	"CoverageEligibilityResponse.insurance.benefitPeriod\0"
	"CoverageEligibilityResponse.insurance.coverage\0"
	"CoverageEligibilityResponse.insurance.inforce\0"
	"CoverageEligibilityResponse.insurance.item\0"
	"CoverageEligibilityResponse.insurance.item.authorizationRequired\0"
	"CoverageEligibilityResponse.insurance.item.authorizationSupporting\0"
	"CoverageEligibilityResponse.insurance.item.authorizationUrl\0"
	"CoverageEligibilityResponse.insurance.item.benefit\0"
	"CoverageEligibilityResponse.insurance.item.benefit.allowed[x]\0"
	"CoverageEligibilityResponse.insurance.item.benefit.type\0"
	"CoverageEligibilityResponse.insurance.item.benefit.used[x]\0"
	"CoverageEligibilityResponse.insurance.item.category\0"
	"CoverageEligibilityResponse.insurance.item.description\0"
	"CoverageEligibilityResponse.insurance.item.excluded\0"
	"CoverageEligibilityResponse.insurance.item.modifier\0"
	"CoverageEligibilityResponse.insurance.item.name\0"
	"CoverageEligibilityResponse.insurance.item.network\0"
	"CoverageEligibilityResponse.insurance.item.productOrService\0"
	"CoverageEligibilityResponse.insurance.item.provider\0"
	"CoverageEligibilityResponse.insurance.item.term\0"
	"CoverageEligibilityResponse.insurance.item.unit\0"
	"CoverageEligibilityResponse.insurer\0"
	"CoverageEligibilityResponse.outcome\0"
	"CoverageEligibilityResponse.patient\0"
	"CoverageEligibilityResponse.preAuthRef\0"
	"CoverageEligibilityResponse.purpose\0"
	"CoverageEligibilityResponse.request\0"
	"CoverageEligibilityResponse.requestor\0"
	"CoverageEligibilityResponse.serviced[x]\0"
	"CoverageEligibilityResponse.status\0"
	"DataRequirement\0"
	"DataRequirement.codeFilter\0"
	"DataRequirement.codeFilter.code\0"
	"DataRequirement.codeFilter.path\0"
	"DataRequirement.codeFilter.searchParam\0"
	"DataRequirement.codeFilter.valueSet\0"
	"DataRequirement.dateFilter\0"
	"DataRequirement.dateFilter.path\0"
	"DataRequirement.dateFilter.searchParam\0"
	"DataRequirement.dateFilter.value[x]\0"
	"DataRequirement.limit\0"
	"DataRequirement.mustSupport\0"
	"DataRequirement.profile\0"
	"DataRequirement.sort\0"
	"DataRequirement.sort.direction\0"
	"DataRequirement.sort.path\0"
	"DataRequirement.subject[x]\0"
	"DataRequirement.type\0"
	"DetectedIssue\0"
	"DetectedIssue.author\0"
	"DetectedIssue.code\0"
	"DetectedIssue.detail\0"
	"DetectedIssue.evidence\0"
	"DetectedIssue.evidence.code\0"
	"DetectedIssue.evidence.detail\0"
	"DetectedIssue.identified[x]\0"
	"DetectedIssue.identifier\0"
	"DetectedIssue.implicated\0"
	"DetectedIssue.mitigation\0"
	"DetectedIssue.mitigation.action\0"
	"DetectedIssue.mitigation.author\0"
	"DetectedIssue.mitigation.date\0"
	"DetectedIssue.patient\0"
	"DetectedIssue.reference\0"
	"DetectedIssue.severity\0"
	"DetectedIssue.status\0"
	"Device.contact\0"
	"Device.definition\0"
	"Device.deviceName\0"
	"Device.deviceName.name\0"
	"Device.deviceName.type\0"
	"Device.distinctIdentifier\0"
	"Device.expirationDate\0"
	"Device.identifier\0"
	"Device.location\0"
	"Device.lotNumber\0"
	"Device.manufactureDate\0"
	"Device.manufacturer\0"
	"Device.modelNumber\0"
	"Device.note\0"
	"Device.owner\0"
	"Device.parent\0"
	"Device.partNumber\0"
	"Device.patient\0"
	"Device.property\0"
	"Device.property.type\0"
	"Device.property.valueCode\0"
	"Device.property.valueQuantity\0"
	"Device.safety\0"
	"Device.serialNumber\0"
	"Device.specialization\0"
	"Device.specialization.systemType\0"
	"Device.specialization.version\0"
	"Device.status\0"
	"Device.statusReason\0"
	"Device.type\0"
	"Device.udiCarrier\0"
	"Device.udiCarrier.carrierAIDC\0"
	"Device.udiCarrier.carrierHRF\0"
	"Device.udiCarrier.deviceIdentifier\0"
	"Device.udiCarrier.entryType\0"
	"Device.udiCarrier.issuer\0"
	"Device.udiCarrier.jurisdiction\0"
	"Device.url\0"
	"Device.version\0"
	"Device.version.component\0"
	"Device.version.type\0"
	"Device.version.value\0"
	"DeviceDefinition\0"
	"DeviceDefinition.capability\0"
	"DeviceDefinition.capability.description\0"
	"DeviceDefinition.capability.type\0"
	"DeviceDefinition.contact\0"
	"DeviceDefinition.deviceName\0"
	"DeviceDefinition.deviceName.name\0"
	"DeviceDefinition.deviceName.type\0"
	"DeviceDefinition.identifier\0"
	"DeviceDefinition.languageCode\0"
	"DeviceDefinition.manufacturer[x]\0"
	"DeviceDefinition.material\0"
	"DeviceDefinition.material.allergenicIndicator\0"
	"DeviceDefinition.material.alternate\0"
	"DeviceDefinition.material.substance\0"
	"DeviceDefinition.modelNumber\0"
	"DeviceDefinition.note\0"
	"DeviceDefinition.onlineInformation\0"
	"DeviceDefinition.owner\0"
	"DeviceDefinition.parentDevice\0"
	"DeviceDefinition.physicalCharacteristics\0"
	"DeviceDefinition.property\0"
	"DeviceDefinition.property.type\0"
	"DeviceDefinition.property.valueCode\0"
	"DeviceDefinition.property.valueQuantity\0"
	"DeviceDefinition.quantity\0"
	"DeviceDefinition.safety\0"
	"DeviceDefinition.shelfLifeStorage\0"
	"DeviceDefinition.specialization\0"
	"DeviceDefinition.specialization.systemType\0"
	"DeviceDefinition.specialization.version\0"
	"DeviceDefinition.type\0"
	"DeviceDefinition.udiDeviceIdentifier\0"
	"DeviceDefinition.udiDeviceIdentifier.deviceIdentifier\0"
	"DeviceDefinition.udiDeviceIdentifier.issuer\0"
	"DeviceDefinition.udiDeviceIdentifier.jurisdiction\0"
	"DeviceDefinition.url\0"
	"DeviceDefinition.version\0"
	"DeviceMetric\0"
	"DeviceMetric.calibration\0"
	"DeviceMetric.calibration.state\0"
	"DeviceMetric.calibration.time\0"
	"DeviceMetric.calibration.type\0"
	"DeviceMetric.category\0"
	"DeviceMetric.color\0"
	"DeviceMetric.identifier\0"
	"DeviceMetric.measurementPeriod\0"
	"DeviceMetric.operationalStatus\0"
	"DeviceMetric.parent\0"
	"DeviceMetric.source\0"
	"DeviceMetric.type\0"
	"DeviceMetric.unit\0"
	"DeviceRequest\0"
	"DeviceRequest.authoredOn\0"
	"DeviceRequest.basedOn\0"
	"DeviceRequest.code[x]\0"
	"DeviceRequest.encounter\0"
	"DeviceRequest.groupIdentifier\0"
	"DeviceRequest.identifier\0"
	"DeviceRequest.instantiatesCanonical\0"
	"DeviceRequest.instantiatesUri\0"
	"DeviceRequest.insurance\0"
	"DeviceRequest.intent\0"
	"DeviceRequest.note\0"
	"DeviceRequest.occurrence[x]\0"
	"DeviceRequest.parameter\0"
	"DeviceRequest.parameter.code\0"
	"DeviceRequest.parameter.value[x]\0"
	"DeviceRequest.performer\0"
	"DeviceRequest.performerType\0"
	"DeviceRequest.priorRequest\0"
	"DeviceRequest.priority\0"
	"DeviceRequest.reasonCode\0"
	"DeviceRequest.reasonReference\0"
	"DeviceRequest.relevantHistory\0"
	"DeviceRequest.requester\0"
	"DeviceRequest.status\0"
	"DeviceRequest.subject\0"
	"DeviceRequest.supportingInfo\0"
	"DeviceUseStatement\0"
	"DeviceUseStatement.basedOn\0"
	"DeviceUseStatement.bodySite\0"
	"DeviceUseStatement.derivedFrom\0"
	"DeviceUseStatement.device\0"
	"DeviceUseStatement.identifier\0"
	"DeviceUseStatement.note\0"
	"DeviceUseStatement.reasonCode\0"
	"DeviceUseStatement.reasonReference\0"
	"DeviceUseStatement.recordedOn\0"
	"DeviceUseStatement.source\0"
	"DeviceUseStatement.status\0"
	"DeviceUseStatement.subject\0"
	"DeviceUseStatement.timing[x]\0"
	"DiagnosticReport\0"
	"DiagnosticReport.basedOn\0"
	"DiagnosticReport.category\0"
	"DiagnosticReport.code\0"
	"DiagnosticReport.conclusion\0"
	"DiagnosticReport.conclusionCode\0"
	"DiagnosticReport.effective[x]\0"
	"DiagnosticReport.encounter\0"
	"DiagnosticReport.identifier\0"
	"DiagnosticReport.imagingStudy\0"
	"DiagnosticReport.issued\0"
	"DiagnosticReport.media\0"
	"DiagnosticReport.media.comment\0"
	"DiagnosticReport.media.link\0"
	"DiagnosticReport.performer\0"
	"DiagnosticReport.presentedForm\0"
	"DiagnosticReport.result\0"
	"DiagnosticReport.resultsInterpreter\0"
	"DiagnosticReport.specimen\0"
	"DiagnosticReport.status\0"
	"DiagnosticReport.subject\0"
	"Distance\0"
	"DocumentManifest\0"
	"DocumentManifest.author\0"
	"DocumentManifest.content\0"
	"DocumentManifest.created\0"
	"DocumentManifest.description\0"
	"DocumentManifest.identifier\0"
	"DocumentManifest.masterIdentifier\0"
	"DocumentManifest.recipient\0"
	"DocumentManifest.related\0"
	"DocumentManifest.related.identifier\0"
	"DocumentManifest.related.ref\0"
	"DocumentManifest.source\0"
	"DocumentManifest.status\0"
	"DocumentManifest.subject\0"
	"DocumentManifest.type\0"
	"DocumentReference\0"
	"DocumentReference.authenticator\0"
	"DocumentReference.author\0"
	"DocumentReference.category\0"
	"DocumentReference.content\0"
	"DocumentReference.content.attachment\0"
	"DocumentReference.content.format\0"
	"DocumentReference.context\0"
	"DocumentReference.context.encounter\0"
	"DocumentReference.context.event\0"
	"DocumentReference.context.facilityType\0"
	"DocumentReference.context.period\0"
	"DocumentReference.context.practiceSetting\0"
	"DocumentReference.context.related\0"
	"DocumentReference.context.sourcePatientInfo\0"
	"DocumentReference.custodian\0"
	"DocumentReference.date\0"
	"DocumentReference.description\0"
	"DocumentReference.docStatus\0"
	"DocumentReference.identifier\0"
	"DocumentReference.masterIdentifier\0"
	"DocumentReference.relatesTo\0"
	"DocumentReference.relatesTo.code\0"
	"DocumentReference.relatesTo.target\0"
	"DocumentReference.securityLabel\0"
	"DocumentReference.status\0"
	"DocumentReference.subject\0"
	"DocumentReference.type\0"
	"DomainResource\0"
	"DomainResource.contained\0"
	"DomainResource.extension\0"
	"DomainResource.modifierExtension\0"
	"DomainResource.text\0"
	"Dosage\0"
	"Dosage.additionalInstruction\0"
	"Dosage.asNeeded[x]\0"
	"Dosage.doseAndRate\0"
	"Dosage.doseAndRate.dose[x]\0"
	"Dosage.doseAndRate.rate[x]\0"
	"Dosage.doseAndRate.type\0"
	"Dosage.maxDosePerAdministration\0"
	"Dosage.maxDosePerLifetime\0"
	"Dosage.maxDosePerPeriod\0"
	"Dosage.method\0"
	"Dosage.patientInstruction\0"
	"Dosage.route\0"
	"Dosage.sequence\0"
	"Dosage.site\0"
	"Dosage.text\0"
	"Dosage.timing\0"
	"Element.extension\0"
	"Element.id\0"
	"ElementDefinition.alias\0"
	"ElementDefinition.base\0"
	"ElementDefinition.base.max\0"
	"ElementDefinition.base.min\0"
	"ElementDefinition.base.path\0"
	"ElementDefinition.binding\0"
	"ElementDefinition.binding.description\0"
	"ElementDefinition.binding.strength\0"
	"ElementDefinition.binding.valueSet\0"
	"ElementDefinition.code\0"
	"ElementDefinition.condition\0"
	"ElementDefinition.constraint\0"
	"ElementDefinition.constraint.expression\0"
	"ElementDefinition.constraint.human\0"
	"ElementDefinition.constraint.key\0"
	"ElementDefinition.constraint.requirements\0"
	"ElementDefinition.constraint.severity\0"
	"ElementDefinition.constraint.source\0"
	"ElementDefinition.constraint.xpath\0"
	"ElementDefinition.contentReference\0"
	"ElementDefinition.defaultValue[x]\0"
	"ElementDefinition.definition\0"
	"ElementDefinition.example\0"
	"ElementDefinition.example.label\0"
	"ElementDefinition.example.value[x]\0"
	"ElementDefinition.fixed[x]\0"
	"ElementDefinition.isModifier\0"
	"ElementDefinition.isModifierReason\0"
	"ElementDefinition.isSummary\0"
	"ElementDefinition.label\0"
	"ElementDefinition.mapping\0"
	"ElementDefinition.mapping.comment\0"
	"ElementDefinition.mapping.identity\0"
	"ElementDefinition.mapping.language\0"
	"ElementDefinition.mapping.map\0"
	"ElementDefinition.max\0"
	"ElementDefinition.maxLength\0"
	"ElementDefinition.maxValue[x]\0"
	"ElementDefinition.meaningWhenMissing\0"
	"ElementDefinition.min\0"
	"ElementDefinition.minValue[x]\0"
	"ElementDefinition.mustSupport\0"
	"ElementDefinition.orderMeaning\0"
	"ElementDefinition.path\0"
	"ElementDefinition.pattern[x]\0"
	"ElementDefinition.representation\0"
	"ElementDefinition.requirements\0"
	"ElementDefinition.short\0"
	"ElementDefinition.sliceIsConstraining\0"
	"ElementDefinition.sliceName\0"
	"ElementDefinition.slicing\0"
	"ElementDefinition.slicing.description\0"
	"ElementDefinition.slicing.discriminator\0"
	"ElementDefinition.slicing.discriminator.path\0"
	"ElementDefinition.slicing.discriminator.type\0"
	"ElementDefinition.slicing.ordered\0"
	"ElementDefinition.slicing.rules\0"
	"ElementDefinition.type.aggregation\0"
	"ElementDefinition.type.code\0"
	"ElementDefinition.type.profile\0"
	"ElementDefinition.type.targetProfile\0"
	"ElementDefinition.type.versioning\0"
	"Encounter\0"
	"Encounter.account\0"
	"Encounter.appointment\0"
	"Encounter.basedOn\0"
	"Encounter.class\0"
	"Encounter.classHistory\0"
	"Encounter.classHistory.class\0"
	"Encounter.classHistory.period\0"
	"Encounter.diagnosis\0"
	"Encounter.diagnosis.condition\0"
	"Encounter.diagnosis.rank\0"
	"Encounter.diagnosis.use\0"
	"Encounter.episodeOfCare\0"
	"Encounter.hospitalization\0"
	"Encounter.hospitalization.admitSource\0"
	"Encounter.hospitalization.destination\0"
	"Encounter.hospitalization.dietPreference\0"
	"Encounter.hospitalization.dischargeDisposition\0"
	"Encounter.hospitalization.origin\0"
	"Encounter.hospitalization.preAdmissionIdentifier\0"
	"Encounter.hospitalization.reAdmission\0"
	"Encounter.hospitalization.specialArrangement\0"
	"Encounter.hospitalization.specialCourtesy\0"
	"Encounter.identifier\0"
	"Encounter.length\0"
	"Encounter.location\0"
	"Encounter.location.location\0"
	"Encounter.location.period\0"
	"Encounter.location.physicalType\0"
	"Encounter.location.status\0"
	"Encounter.partOf\0"
	"Encounter.participant\0"
	"Encounter.participant.individual\0"
	"Encounter.participant.period\0"
	"Encounter.participant.type\0"
	"Encounter.period\0"
	"Encounter.priority\0"
	"Encounter.reasonCode\0"
	"Encounter.reasonReference\0"
	"Encounter.serviceProvider\0"
	"Encounter.serviceType\0"
	"Encounter.status\0"
	"Encounter.statusHistory\0"
	"Encounter.statusHistory.period\0"
	"Encounter.statusHistory.status\0"
	"Encounter.subject\0"
	"Encounter.type\0"
	"Endpoint\0"
	"Endpoint.address\0"
	"Endpoint.connectionType\0"
	"Endpoint.contact\0"
	"Endpoint.header\0"
	"Endpoint.identifier\0"
	"Endpoint.managingOrganization\0"
	"Endpoint.name\0"
	"Endpoint.payloadMimeType\0"
	"Endpoint.payloadType\0"
	"Endpoint.period\0"
	"Endpoint.status\0"
	"EnrollmentRequest\0"
	"EnrollmentRequest.candidate\0"
	"EnrollmentRequest.coverage\0"
	"EnrollmentRequest.created\0"
	"EnrollmentRequest.identifier\0"
	"EnrollmentRequest.insurer\0"
	"EnrollmentRequest.provider\0"
	"EnrollmentRequest.status\0"
	"EnrollmentResponse\0"
	"EnrollmentResponse.created\0"
	"EnrollmentResponse.disposition\0"
	"EnrollmentResponse.identifier\0"
	"EnrollmentResponse.organization\0"
	"EnrollmentResponse.outcome\0"
	"EnrollmentResponse.request\0"
	"EnrollmentResponse.requestProvider\0"
	"EnrollmentResponse.status\0"
	"EpisodeOfCare\0"
	"EpisodeOfCare.account\0"
	"EpisodeOfCare.careManager\0"
	"EpisodeOfCare.diagnosis\0"
	"EpisodeOfCare.diagnosis.condition\0"
	"EpisodeOfCare.diagnosis.rank\0"
	"EpisodeOfCare.diagnosis.role\0"
	"EpisodeOfCare.identifier\0"
	"EpisodeOfCare.managingOrganization\0"
	"EpisodeOfCare.patient\0"
	"EpisodeOfCare.period\0"
	"EpisodeOfCare.referralRequest\0"
	"EpisodeOfCare.status\0"
	"EpisodeOfCare.statusHistory\0"
	"EpisodeOfCare.statusHistory.period\0"
	"EpisodeOfCare.statusHistory.status\0"
	"EpisodeOfCare.team\0"
	"EpisodeOfCare.type\0"
	"EventDefinition\0"
	"EventDefinition.approvalDate\0"
	"EventDefinition.author\0"
	"EventDefinition.contact\0"
	"EventDefinition.copyright\0"
	"EventDefinition.date\0"
	"EventDefinition.description\0"
	"EventDefinition.editor\0"
	"EventDefinition.effectivePeriod\0"
	"EventDefinition.endorser\0"
	"EventDefinition.experimental\0"
	"EventDefinition.identifier\0"
	"EventDefinition.jurisdiction\0"
	"EventDefinition.lastReviewDate\0"
	"EventDefinition.name\0"
	"EventDefinition.publisher\0"
	"EventDefinition.purpose\0"
	"EventDefinition.relatedArtifact\0"
	"EventDefinition.reviewer\0"
	"EventDefinition.status\0"
	"EventDefinition.subject[x]\0"
	"EventDefinition.subtitle\0"
	"EventDefinition.title\0"
	"EventDefinition.topic\0"
	"EventDefinition.trigger\0"
	"EventDefinition.url\0"
	"EventDefinition.usage\0"
	"EventDefinition.useContext\0"
	"EventDefinition.version\0"
	"Evidence\0"
	"Evidence.approvalDate\0"
	"Evidence.assertion\0"
	"Evidence.author\0"
	"Evidence.certainty\0"
	"Evidence.certainty.description\0"
	"Evidence.certainty.note\0"
	"Evidence.certainty.rater\0"
	"Evidence.certainty.rating\0"
	"Evidence.certainty.subcomponent\0"
	"Evidence.certainty.type\0"
	"Evidence.citeAs[x]\0"
	"Evidence.contact\0"
	"Evidence.date\0"
	"Evidence.description\0"
	"Evidence.editor\0"
	"Evidence.endorser\0"
	"Evidence.identifier\0"
	"Evidence.lastReviewDate\0"
	"Evidence.note\0"
	"Evidence.publisher\0"
	"Evidence.relatedArtifact\0"
	"Evidence.reviewer\0"
	"Evidence.statistic\0"
	"Evidence.statistic.attributeEstimate\0"
	"Evidence.statistic.attributeEstimate.attributeEstimate\0"
	"Evidence.statistic.attributeEstimate.description\0"
	"Evidence.statistic.attributeEstimate.level\0"
	"Evidence.statistic.attributeEstimate.note\0"
	"Evidence.statistic.attributeEstimate.quantity\0"
	"Evidence.statistic.attributeEstimate.range\0"
	"Evidence.statistic.attributeEstimate.type\0"
	"Evidence.statistic.category\0"
	"Evidence.statistic.description\0"
	"Evidence.statistic.modelCharacteristic\0"
	"Evidence.statistic.modelCharacteristic.attributeEstimate\0"
	"Evidence.statistic.modelCharacteristic.code\0"
	"Evidence.statistic.modelCharacteristic.value\0"
	"Evidence.statistic.modelCharacteristic.variable\0"
	"Evidence.statistic.modelCharacteristic.variable.handling\0"
	"Evidence.statistic.modelCharacteristic.variable.valueCategory\0"
	"Evidence.statistic.modelCharacteristic.variable.valueQuantity\0"
	"Evidence.statistic.modelCharacteristic.variable.valueRange\0"
	"Evidence.statistic.modelCharacteristic.variable.variableDefinition\0"
	"Evidence.statistic.note\0"
	"Evidence.statistic.numberAffected\0"
	"Evidence.statistic.numberOfEvents\0"
	"Evidence.statistic.quantity\0"
	"Evidence.statistic.sampleSize\0"
	"Evidence.statistic.sampleSize.description\0"
	"Evidence.statistic.sampleSize.knownDataCount\0"
	"Evidence.statistic.sampleSize.note\0"
	"Evidence.statistic.sampleSize.numberOfParticipants\0"
	"Evidence.statistic.sampleSize.numberOfStudies\0"
	"Evidence.statistic.statisticType\0"
	"Evidence.status\0"
	"Evidence.studyType\0"
	"Evidence.synthesisType\0"
	"Evidence.title\0"
	"Evidence.url\0"
	"Evidence.useContext\0"
	"Evidence.variableDefinition\0"
	"Evidence.variableDefinition.description\0"
	"Evidence.variableDefinition.directnessMatch\0"
	"Evidence.variableDefinition.intended\0"
	"Evidence.variableDefinition.note\0"
	"Evidence.variableDefinition.observed\0"
	"Evidence.variableDefinition.variableRole\0"
	"Evidence.version\0"
	"EvidenceReport\0"
	"EvidenceReport.author\0"
	"EvidenceReport.citeAs[x]\0"
	"EvidenceReport.contact\0"
	"EvidenceReport.editor\0"
	"EvidenceReport.endorser\0"
	"EvidenceReport.identifier\0"
	"EvidenceReport.note\0"
	"EvidenceReport.publisher\0"
	"EvidenceReport.relatedArtifact\0"
	"EvidenceReport.relatedIdentifier\0"
	"EvidenceReport.relatesTo\0"
	"EvidenceReport.relatesTo.code\0"
	"EvidenceReport.relatesTo.target[x]\0"
	"EvidenceReport.reviewer\0"
	"EvidenceReport.section\0"
	"EvidenceReport.section.author\0"
	"EvidenceReport.section.emptyReason\0"
	"EvidenceReport.section.entryClassifier\0"
	"EvidenceReport.section.entryQuantity\0"
	"EvidenceReport.section.entryReference\0"
	"EvidenceReport.section.focus\0"
	"EvidenceReport.section.focusReference\0"
	"EvidenceReport.section.mode\0"
	"EvidenceReport.section.orderedBy\0"
	"EvidenceReport.section.section\0"
	"EvidenceReport.section.text\0"
	"EvidenceReport.section.title\0"
	"EvidenceReport.status\0"
	"EvidenceReport.subject\0"
	"EvidenceReport.subject.characteristic\0"
	"EvidenceReport.subject.characteristic.code\0"
	"EvidenceReport.subject.characteristic.exclude\0"
	"EvidenceReport.subject.characteristic.period\0"
	"EvidenceReport.subject.characteristic.value[x]\0"
	"EvidenceReport.subject.note\0"
	"EvidenceReport.type\0"
	"EvidenceReport.url\0"
	"EvidenceReport.useContext\0"
	"EvidenceVariable\0"
	"EvidenceVariable.actual\0"
	"EvidenceVariable.author\0"
	"EvidenceVariable.category\0"
	"EvidenceVariable.category.name\0"
	"EvidenceVariable.category.value[x]\0"
	"EvidenceVariable.characteristic\0"
	"EvidenceVariable.characteristic.definition[x]\0"
	"EvidenceVariable.characteristic.description\0"
	"EvidenceVariable.characteristic.device\0"
	"EvidenceVariable.characteristic.exclude\0"
	"EvidenceVariable.characteristic.groupMeasure\0"
	"EvidenceVariable.characteristic.method\0"
	"EvidenceVariable.characteristic.timeFromStart\0"
	"EvidenceVariable.characteristic.timeFromStart.description\0"
	"EvidenceVariable.characteristic.timeFromStart.note\0"
	"EvidenceVariable.characteristic.timeFromStart.quantity\0"
	"EvidenceVariable.characteristic.timeFromStart.range\0"
	"EvidenceVariable.characteristicCombination\0"
	"EvidenceVariable.contact\0"
	"EvidenceVariable.date\0"
	"EvidenceVariable.description\0"
	"EvidenceVariable.editor\0"
	"EvidenceVariable.endorser\0"
	"EvidenceVariable.handling\0"
	"EvidenceVariable.identifier\0"
	"EvidenceVariable.name\0"
	"EvidenceVariable.note\0"
	"EvidenceVariable.publisher\0"
	"EvidenceVariable.relatedArtifact\0"
	"EvidenceVariable.reviewer\0"
	"EvidenceVariable.shortTitle\0"
	"EvidenceVariable.status\0"
	"EvidenceVariable.subtitle\0"
	"EvidenceVariable.title\0"
	"EvidenceVariable.url\0"
	"EvidenceVariable.useContext\0"
	"EvidenceVariable.version\0"
	"ExampleScenario\0"
	"ExampleScenario.actor\0"
	"ExampleScenario.actor.actorId\0"
	"ExampleScenario.actor.description\0"
	"ExampleScenario.actor.name\0"
	"ExampleScenario.actor.type\0"
	"ExampleScenario.contact\0"
	"ExampleScenario.copyright\0"
	"ExampleScenario.date\0"
	"ExampleScenario.experimental\0"
	"ExampleScenario.identifier\0"
	"ExampleScenario.instance\0"
	"ExampleScenario.instance.containedInstance\0"
	"ExampleScenario.instance.containedInstance.resourceId\0"
	"ExampleScenario.instance.containedInstance.versionId\0"
	"ExampleScenario.instance.description\0"
	"ExampleScenario.instance.name\0"
	"ExampleScenario.instance.resourceId\0"
	"ExampleScenario.instance.resourceType\0"
	"ExampleScenario.instance.version\0"
	"ExampleScenario.instance.version.description\0"
	"ExampleScenario.instance.version.versionId\0"
	"ExampleScenario.jurisdiction\0"
	"ExampleScenario.name\0"
	"ExampleScenario.process\0"
	"ExampleScenario.process.description\0"
	"ExampleScenario.process.postConditions\0"
	"ExampleScenario.process.preConditions\0"
	"ExampleScenario.process.step\0"
	"ExampleScenario.process.step.alternative\0"
	"ExampleScenario.process.step.alternative.description\0"
	"ExampleScenario.process.step.alternative.step\0"
	"ExampleScenario.process.step.alternative.title\0"
	"ExampleScenario.process.step.operation\0"
	"ExampleScenario.process.step.operation.description\0"
	"ExampleScenario.process.step.operation.initiator\0"
	"ExampleScenario.process.step.operation.initiatorActive\0"
	"ExampleScenario.process.step.operation.name\0"
	"ExampleScenario.process.step.operation.number\0"
	"ExampleScenario.process.step.operation.receiver\0"
	"ExampleScenario.process.step.operation.receiverActive\0"
	"ExampleScenario.process.step.operation.request\0"
	"ExampleScenario.process.step.operation.response\0"
	"ExampleScenario.process.step.operation.type\0"
	"ExampleScenario.process.step.pause\0"
	"ExampleScenario.process.step.process\0"
	"ExampleScenario.process.title\0"
	"ExampleScenario.publisher\0"
	"ExampleScenario.purpose\0"
	"ExampleScenario.status\0"
	"ExampleScenario.url\0"
	"ExampleScenario.useContext\0"
	"ExampleScenario.version\0"
	"ExampleScenario.workflow\0"
	"ExplanationOfBenefit\0"
	"ExplanationOfBenefit.accident\0"
	"ExplanationOfBenefit.accident.date\0"
	"ExplanationOfBenefit.accident.location[x]\0"
	"ExplanationOfBenefit.accident.type\0"
	"ExplanationOfBenefit.addItem\0"
	"ExplanationOfBenefit.addItem.adjudication\0"
	"ExplanationOfBenefit.addItem.bodySite\0"
	"ExplanationOfBenefit.addItem.detail\0"
	"ExplanationOfBenefit.addItem.detail.adjudication\0"
	"ExplanationOfBenefit.addItem.detail.factor\0"
	"ExplanationOfBenefit.addItem.detail.modifier\0"
	"ExplanationOfBenefit.addItem.detail.net\0"
	"ExplanationOfBenefit.addItem.detail.noteNumber\0"
	"ExplanationOfBenefit.addItem.detail.productOrService\0"
	"ExplanationOfBenefit.addItem.detail.quantity\0"
	"ExplanationOfBenefit.addItem.detail.subDetail\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.adjudication\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.factor\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.modifier\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.net\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.noteNumber\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.productOrService\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.quantity\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.unitPrice\0"
	"ExplanationOfBenefit.addItem.detail.unitPrice\0"
	"ExplanationOfBenefit.addItem.detailSequence\0"
	"ExplanationOfBenefit.addItem.factor\0"
	"ExplanationOfBenefit.addItem.itemSequence\0"
	"ExplanationOfBenefit.addItem.location[x]\0"
	"ExplanationOfBenefit.addItem.modifier\0"
	"ExplanationOfBenefit.addItem.net\0"
	"ExplanationOfBenefit.addItem.noteNumber\0"
	"ExplanationOfBenefit.addItem.productOrService\0"
	"ExplanationOfBenefit.addItem.programCode\0"
	"ExplanationOfBenefit.addItem.provider\0"
	"ExplanationOfBenefit.addItem.quantity\0"
	"ExplanationOfBenefit.addItem.serviced[x]\0"
	"ExplanationOfBenefit.addItem.subDetailSequence\0"
	"ExplanationOfBenefit.addItem.subSite\0"
	"ExplanationOfBenefit.addItem.unitPrice\0"
	"ExplanationOfBenefit.adjudication\0"
	"ExplanationOfBenefit.benefitBalance\0"
	"ExplanationOfBenefit.benefitBalance.category\0"
	"ExplanationOfBenefit.benefitBalance.description\0"
	"ExplanationOfBenefit.benefitBalance.excluded\0"
	"ExplanationOfBenefit.benefitBalance.financial\0"
	"ExplanationOfBenefit.benefitBalance.financial.allowed[x]\0"
	"ExplanationOfBenefit.benefitBalance.financial.type\0"
	"ExplanationOfBenefit.benefitBalance.financial.used[x]\0"
	"ExplanationOfBenefit.benefitBalance.name\0"
	"ExplanationOfBenefit.benefitBalance.network\0"
	"ExplanationOfBenefit.benefitBalance.term\0"
	"ExplanationOfBenefit.benefitBalance.unit\0"
	"ExplanationOfBenefit.benefitPeriod\0"
	"ExplanationOfBenefit.billablePeriod\0"
	"ExplanationOfBenefit.careTeam\0"
	"ExplanationOfBenefit.careTeam.provider\0"
	"ExplanationOfBenefit.careTeam.qualification\0"
	"ExplanationOfBenefit.careTeam.responsible\0"
	"ExplanationOfBenefit.careTeam.role\0"
	"ExplanationOfBenefit.careTeam.sequence\0"
	"ExplanationOfBenefit.claim\0"
	"ExplanationOfBenefit.claimResponse\0"
	"ExplanationOfBenefit.created\0"
	"ExplanationOfBenefit.diagnosis\0"
	"ExplanationOfBenefit.diagnosis.diagnosis[x]\0"
	"ExplanationOfBenefit.diagnosis.onAdmission\0"
	"ExplanationOfBenefit.diagnosis.packageCode\0"
	"ExplanationOfBenefit.diagnosis.sequence\0"
	"ExplanationOfBenefit.diagnosis.type\0"
	"ExplanationOfBenefit.disposition\0"
	"ExplanationOfBenefit.enterer\0"
	"ExplanationOfBenefit.facility\0"
	"ExplanationOfBenefit.form\0"
	"ExplanationOfBenefit.formCode\0"
	"ExplanationOfBenefit.fundsReserve\0"
	"ExplanationOfBenefit.fundsReserveRequested\0"
	"ExplanationOfBenefit.identifier\0"
	"ExplanationOfBenefit.insurance\0"
	"ExplanationOfBenefit.insurance.coverage\0"
	"ExplanationOfBenefit.insurance.focal\0"
	"ExplanationOfBenefit.insurance.preAuthRef\0"
	"ExplanationOfBenefit.insurer\0"
	"ExplanationOfBenefit.item\0"
	"ExplanationOfBenefit.item.adjudication\0"
	"ExplanationOfBenefit.item.adjudication.amount\0"
	"ExplanationOfBenefit.item.adjudication.category\0"
	"ExplanationOfBenefit.item.adjudication.reason\0"
	"ExplanationOfBenefit.item.adjudication.value\0"
	"ExplanationOfBenefit.item.bodySite\0"
	"ExplanationOfBenefit.item.careTeamSequence\0"
	"ExplanationOfBenefit.item.category\0"
	"ExplanationOfBenefit.item.detail\0"
	"ExplanationOfBenefit.item.detail.adjudication\0"
	"ExplanationOfBenefit.item.detail.category\0"
	"ExplanationOfBenefit.item.detail.factor\0"
	"ExplanationOfBenefit.item.detail.modifier\0"
	"ExplanationOfBenefit.item.detail.net\0"
	"ExplanationOfBenefit.item.detail.noteNumber\0"
	"ExplanationOfBenefit.item.detail.productOrService\0"
	"ExplanationOfBenefit.item.detail.programCode\0"
	"ExplanationOfBenefit.item.detail.quantity\0"
	"ExplanationOfBenefit.item.detail.revenue\0"
	"ExplanationOfBenefit.item.detail.sequence\0"
	"ExplanationOfBenefit.item.detail.subDetail\0"
	"ExplanationOfBenefit.item.detail.subDetail.adjudication\0"
	"ExplanationOfBenefit.item.detail.subDetail.category\0"
	"ExplanationOfBenefit.item.detail.subDetail.factor\0"
	"ExplanationOfBenefit.item.detail.subDetail.modifier\0"
	"ExplanationOfBenefit.item.detail.subDetail.net\0"
	"ExplanationOfBenefit.item.detail.subDetail.noteNumber\0"
	"ExplanationOfBenefit.item.detail.subDetail.productOrService\0"
	"ExplanationOfBenefit.item.detail.subDetail.programCode\0"
	"ExplanationOfBenefit.item.detail.subDetail.quantity\0"
	"ExplanationOfBenefit.item.detail.subDetail.revenue\0"
	"ExplanationOfBenefit.item.detail.subDetail.sequence\0"
	"ExplanationOfBenefit.item.detail.subDetail.udi\0"
	"ExplanationOfBenefit.item.detail.subDetail.unitPrice\0"
	"ExplanationOfBenefit.item.detail.udi\0"
	"ExplanationOfBenefit.item.detail.unitPrice\0"
	"ExplanationOfBenefit.item.diagnosisSequence\0"
	"ExplanationOfBenefit.item.encounter\0"
	"ExplanationOfBenefit.item.factor\0"
	"ExplanationOfBenefit.item.informationSequence\0"
	"ExplanationOfBenefit.item.location[x]\0"
	"ExplanationOfBenefit.item.modifier\0"
	"ExplanationOfBenefit.item.net\0"
	"ExplanationOfBenefit.item.noteNumber\0"
	"ExplanationOfBenefit.item.procedureSequence\0"
	"ExplanationOfBenefit.item.productOrService\0"
	"ExplanationOfBenefit.item.programCode\0"
	"ExplanationOfBenefit.item.quantity\0"
	"ExplanationOfBenefit.item.revenue\0"
	"ExplanationOfBenefit.item.sequence\0"
	"ExplanationOfBenefit.item.serviced[x]\0"
	"ExplanationOfBenefit.item.subSite\0"
	"ExplanationOfBenefit.item.udi\0"
	"ExplanationOfBenefit.item.unitPrice\0"
	"ExplanationOfBenefit.originalPrescription\0"
	"ExplanationOfBenefit.outcome\0"
	"ExplanationOfBenefit.patient\0"
	"ExplanationOfBenefit.payee\0"
	"ExplanationOfBenefit.payee.party\0"
	"ExplanationOfBenefit.payee.type\0"
	"ExplanationOfBenefit.payment\0"
	"ExplanationOfBenefit.payment.adjustment\0"
	"ExplanationOfBenefit.payment.adjustmentReason\0"
	"ExplanationOfBenefit.payment.amount\0"
	"ExplanationOfBenefit.payment.date\0"
	"ExplanationOfBenefit.payment.identifier\0"
	"ExplanationOfBenefit.payment.type\0"
	"ExplanationOfBenefit.preAuthRef\0"
	"ExplanationOfBenefit.preAuthRefPeriod\0"
	"ExplanationOfBenefit.precedence\0"
	"ExplanationOfBenefit.prescription\0"
	"ExplanationOfBenefit.priority\0"
	"ExplanationOfBenefit.procedure\0"
	"ExplanationOfBenefit.procedure.date\0"
	"ExplanationOfBenefit.procedure.procedure[x]\0"
	"ExplanationOfBenefit.procedure.sequence\0"
	"ExplanationOfBenefit.procedure.type\0"
	"ExplanationOfBenefit.procedure.udi\0"
	"ExplanationOfBenefit.processNote\0"
	"ExplanationOfBenefit.processNote.language\0"
	"ExplanationOfBenefit.processNote.number\0"
	"ExplanationOfBenefit.processNote.text\0"
	"ExplanationOfBenefit.processNote.type\0"
	"ExplanationOfBenefit.provider\0"
	"ExplanationOfBenefit.referral\0"
	"ExplanationOfBenefit.related\0"
	"ExplanationOfBenefit.related.claim\0"
	"ExplanationOfBenefit.related.reference\0"
	"ExplanationOfBenefit.related.relationship\0"
	"ExplanationOfBenefit.status\0"
	"ExplanationOfBenefit.subType\0"
	"ExplanationOfBenefit.supportingInfo\0"
	"ExplanationOfBenefit.supportingInfo.category\0"
	"ExplanationOfBenefit.supportingInfo.code\0"
	"ExplanationOfBenefit.supportingInfo.reason\0"
	"ExplanationOfBenefit.supportingInfo.sequence\0"
	"ExplanationOfBenefit.supportingInfo.timing[x]\0"
	"ExplanationOfBenefit.supportingInfo.value[x]\0"
	"ExplanationOfBenefit.total\0"
	"ExplanationOfBenefit.total.amount\0"
	"ExplanationOfBenefit.total.category\0"
	"ExplanationOfBenefit.type\0"
	"ExplanationOfBenefit.use\0"
	"Expression.description\0"
	"Expression.expression\0"
	"Expression.language\0"
	"Expression.name\0"
	"Expression.reference\0"
	"Extension.url\0"
	"Extension.value[x]\0"
	"FamilyMemberHistory\0"
	"FamilyMemberHistory.age[x]\0"
	"FamilyMemberHistory.born[x]\0"
	"FamilyMemberHistory.condition\0"
	"FamilyMemberHistory.condition.code\0"
	"FamilyMemberHistory.condition.contributedToDeath\0"
	"FamilyMemberHistory.condition.note\0"
	"FamilyMemberHistory.condition.onset[x]\0"
	"FamilyMemberHistory.condition.outcome\0"
	"FamilyMemberHistory.dataAbsentReason\0"
	"FamilyMemberHistory.date\0"
	"FamilyMemberHistory.deceased[x]\0"
	"FamilyMemberHistory.estimatedAge\0"
	"FamilyMemberHistory.identifier\0"
	"FamilyMemberHistory.instantiatesCanonical\0"
	"FamilyMemberHistory.instantiatesUri\0"
	"FamilyMemberHistory.name\0"
	"FamilyMemberHistory.note\0"
	"FamilyMemberHistory.patient\0"
	"FamilyMemberHistory.reasonCode\0"
	"FamilyMemberHistory.reasonReference\0"
	"FamilyMemberHistory.relationship\0"
	"FamilyMemberHistory.sex\0"
	"FamilyMemberHistory.status\0"
	"Flag\0"
	"Flag.author\0"
	"Flag.category\0"
	"Flag.code\0"
	"Flag.encounter\0"
	"Flag.identifier\0"
	"Flag.period\0"
	"Flag.status\0"
	"Flag.subject\0"
	"Goal\0"
	"Goal.achievementStatus\0"
	"Goal.addresses\0"
	"Goal.category\0"
	"Goal.description\0"
	"Goal.expressedBy\0"
	"Goal.identifier\0"
	"Goal.lifecycleStatus\0"
	"Goal.note\0"
	"Goal.outcomeCode\0"
	"Goal.outcomeReference\0"
	"Goal.priority\0"
	"Goal.start[x]\0"
	"Goal.statusDate\0"
	"Goal.statusReason\0"
	"Goal.subject\0"
	"Goal.target\0"
	"Goal.target.detail[x]\0"
	"Goal.target.due[x]\0"
	"Goal.target.measure\0"
	"GraphDefinition\0"
	"GraphDefinition.contact\0"
	"GraphDefinition.date\0"
	"GraphDefinition.description\0"
	"GraphDefinition.experimental\0"
	"GraphDefinition.jurisdiction\0"
	"GraphDefinition.link\0"
	"GraphDefinition.link.description\0"
	"GraphDefinition.link.max\0"
	"GraphDefinition.link.min\0"
	"GraphDefinition.link.path\0"
	"GraphDefinition.link.sliceName\0"
	"GraphDefinition.link.target\0"
	"GraphDefinition.link.target.compartment\0"
	"GraphDefinition.link.target.compartment.code\0"
	"GraphDefinition.link.target.compartment.description\0"
	"GraphDefinition.link.target.compartment.expression\0"
	"GraphDefinition.link.target.compartment.rule\0"
	"GraphDefinition.link.target.compartment.use\0"
	"GraphDefinition.link.target.link\0"
	"GraphDefinition.link.target.params\0"
	"GraphDefinition.link.target.profile\0"
	"GraphDefinition.link.target.type\0"
	"GraphDefinition.name\0"
	"GraphDefinition.profile\0"
	"GraphDefinition.publisher\0"
	"GraphDefinition.purpose\0"
	"GraphDefinition.start\0"
	"GraphDefinition.status\0"
	"GraphDefinition.url\0"
	"GraphDefinition.useContext\0"
	"GraphDefinition.version\0"
	"Group.active\0"
	"Group.actual\0"
	"Group.characteristic\0"
	"Group.characteristic.code\0"
	"Group.characteristic.exclude\0"
	"Group.characteristic.period\0"
	"Group.characteristic.value[x]\0"
	"Group.managingEntity\0"
	"Group.member\0"
	"Group.member.entity\0"
	"Group.member.inactive\0"
	"Group.member.period\0"
	"Group.name\0"
	"Group.quantity\0"
	"Group.type\0"
	"GuidanceResponse\0"
	"GuidanceResponse.dataRequirement\0"
	"GuidanceResponse.encounter\0"
	"GuidanceResponse.evaluationMessage\0"
	"GuidanceResponse.identifier\0"
	"GuidanceResponse.module[x]\0"
	"GuidanceResponse.note\0"
	"GuidanceResponse.occurrenceDateTime\0"
	"GuidanceResponse.outputParameters\0"
	"GuidanceResponse.performer\0"
	"GuidanceResponse.reasonCode\0"
	"GuidanceResponse.reasonReference\0"
	"GuidanceResponse.requestIdentifier\0"
	"GuidanceResponse.result\0"
	"GuidanceResponse.status\0"
	"GuidanceResponse.subject\0"
	"HealthcareService\0"
	"HealthcareService.active\0"
	"HealthcareService.appointmentRequired\0"
	"HealthcareService.availabilityExceptions\0"
	"HealthcareService.availableTime\0"
	"HealthcareService.availableTime.allDay\0"
	"HealthcareService.availableTime.availableEndTime\0"
	"HealthcareService.availableTime.availableStartTime\0"
	"HealthcareService.availableTime.daysOfWeek\0"
	"HealthcareService.category\0"
	"HealthcareService.characteristic\0"
	"HealthcareService.comment\0"
	"HealthcareService.communication\0"
	"HealthcareService.coverageArea\0"
	"HealthcareService.eligibility\0"
	"HealthcareService.eligibility.code\0"
	"HealthcareService.eligibility.comment\0"
	"HealthcareService.endpoint\0"
	"HealthcareService.extraDetails\0"
	"HealthcareService.identifier\0"
	"HealthcareService.location\0"
	"HealthcareService.name\0"
	"HealthcareService.notAvailable\0"
	"HealthcareService.notAvailable.description\0"
	"HealthcareService.notAvailable.during\0"
	"HealthcareService.photo\0"
	"HealthcareService.program\0"
	"HealthcareService.providedBy\0"
	"HealthcareService.referralMethod\0"
	"HealthcareService.serviceProvisionCode\0"
	"HealthcareService.specialty\0"
	"HealthcareService.telecom\0"
	"HealthcareService.type\0"
	"HumanName\0"
	"HumanName.family\0"
	"HumanName.given\0"
	"HumanName.period\0"
	"HumanName.prefix\0"
	"HumanName.suffix\0"
	"HumanName.text\0"
	"HumanName.use\0"
	"Identifier.assigner\0"
	"Identifier.period\0"
	"Identifier.system\0"
	"Identifier.type\0"
	"Identifier.use\0"
	"Identifier.value\0"
	"ImagingStudy\0"
	"ImagingStudy.basedOn\0"
	"ImagingStudy.description\0"
	"ImagingStudy.encounter\0"
	"ImagingStudy.endpoint\0"
	"ImagingStudy.identifier\0"
	"ImagingStudy.interpreter\0"
	"ImagingStudy.location\0"
	"ImagingStudy.modality\0"
	"ImagingStudy.note\0"
	"ImagingStudy.numberOfInstances\0"
	"ImagingStudy.numberOfSeries\0"
	"ImagingStudy.procedureCode\0"
	"ImagingStudy.procedureReference\0"
	"ImagingStudy.reasonCode\0"
	"ImagingStudy.reasonReference\0"
	"ImagingStudy.referrer\0"
	"ImagingStudy.series\0"
	"ImagingStudy.series.bodySite\0"
	"ImagingStudy.series.description\0"
	"ImagingStudy.series.endpoint\0"
	"ImagingStudy.series.instance\0"
	"ImagingStudy.series.instance.number\0"
	"ImagingStudy.series.instance.sopClass\0"
	"ImagingStudy.series.instance.title\0"
	"ImagingStudy.series.instance.uid\0"
	"ImagingStudy.series.laterality\0"
	"ImagingStudy.series.modality\0"
	"ImagingStudy.series.number\0"
	"ImagingStudy.series.numberOfInstances\0"
	"ImagingStudy.series.performer\0"
	"ImagingStudy.series.performer.actor\0"
	"ImagingStudy.series.performer.function\0"
	"ImagingStudy.series.specimen\0"
	"ImagingStudy.series.started\0"
	"ImagingStudy.series.uid\0"
	"ImagingStudy.started\0"
	"ImagingStudy.status\0"
	"ImagingStudy.subject\0"
	"Immunization.doseQuantity\0"
	"Immunization.education\0"
	"Immunization.education.documentType\0"
	"Immunization.education.presentationDate\0"
	"Immunization.education.publicationDate\0"
	"Immunization.education.reference\0"
	"Immunization.encounter\0"
	"Immunization.expirationDate\0"
	"Immunization.fundingSource\0"
	"Immunization.identifier\0"
	"Immunization.isSubpotent\0"
	"Immunization.location\0"
	"Immunization.lotNumber\0"
	"Immunization.manufacturer\0"
	"Immunization.note\0"
	"Immunization.occurrence[x]\0"
	"Immunization.patient\0"
	"Immunization.performer\0"
	"Immunization.performer.actor\0"
	"Immunization.performer.function\0"
	"Immunization.primarySource\0"
	"Immunization.programEligibility\0"
	"Immunization.protocolApplied\0"
	"Immunization.protocolApplied.authority\0"
	"Immunization.protocolApplied.doseNumber[x]\0"
	"Immunization.protocolApplied.series\0"
	"Immunization.protocolApplied.seriesDoses[x]\0"
	"Immunization.protocolApplied.targetDisease\0"
	"Immunization.reaction\0"
	"Immunization.reaction.date\0"
	"Immunization.reaction.detail\0"
	"Immunization.reaction.reported\0"
	"Immunization.reasonCode\0"
	"Immunization.reasonReference\0"
	"Immunization.recorded\0"
	"Immunization.reportOrigin\0"
	"Immunization.route\0"
	"Immunization.site\0"
	"Immunization.status\0"
	"Immunization.statusReason\0"
	"Immunization.subpotentReason\0"
	"Immunization.vaccineCode\0"
	"ImmunizationEvaluation\0"
	"ImmunizationEvaluation.authority\0"
	"ImmunizationEvaluation.date\0"
	"ImmunizationEvaluation.description\0"
	"ImmunizationEvaluation.doseNumber[x]\0"
	"ImmunizationEvaluation.doseStatus\0"
	"ImmunizationEvaluation.doseStatusReason\0"
	"ImmunizationEvaluation.identifier\0"
	"ImmunizationEvaluation.immunizationEvent\0"
	"ImmunizationEvaluation.patient\0"
	"ImmunizationEvaluation.series\0"
	"ImmunizationEvaluation.seriesDoses[x]\0"
	"ImmunizationEvaluation.status\0"
	"ImmunizationEvaluation.targetDisease\0"
	"ImmunizationRecommendation\0"
	"ImmunizationRecommendation.authority\0"
	"ImmunizationRecommendation.date\0"
	"ImmunizationRecommendation.identifier\0"
	"ImmunizationRecommendation.patient\0"
	"ImmunizationRecommendation.recommendation\0"
	"ImmunizationRecommendation.recommendation.contraindicatedVaccineCode\0"
	"ImmunizationRecommendation.recommendation.dateCriterion\0"
	"ImmunizationRecommendation.recommendation.dateCriterion.code\0"
	"ImmunizationRecommendation.recommendation.dateCriterion.value\0"
	"ImmunizationRecommendation.recommendation.description\0"
	"ImmunizationRecommendation.recommendation.doseNumber[x]\0"
	"ImmunizationRecommendation.recommendation.forecastReason\0"
	"ImmunizationRecommendation.recommendation.forecastStatus\0"
	"ImmunizationRecommendation.recommendation.series\0"
	"ImmunizationRecommendation.recommendation.seriesDoses[x]\0"
	"ImmunizationRecommendation.recommendation.supportingImmunization\0"
	"ImmunizationRecommendation.recommendation.supportingPatientInformation\0"
	"ImmunizationRecommendation.recommendation.targetDisease\0"
	"ImmunizationRecommendation.recommendation.vaccineCode\0"
	"ImplementationGuide\0"
	"ImplementationGuide.contact\0"
	"ImplementationGuide.copyright\0"
	"ImplementationGuide.date\0"
	"ImplementationGuide.definition\0"
	"ImplementationGuide.definition.grouping\0"
	"ImplementationGuide.definition.grouping.description\0"
	"ImplementationGuide.definition.grouping.name\0"
	"ImplementationGuide.definition.page\0"
	"ImplementationGuide.definition.page.generation\0"
	"ImplementationGuide.definition.page.name[x]\0"
	"ImplementationGuide.definition.page.page\0"
	"ImplementationGuide.definition.page.title\0"
	"ImplementationGuide.definition.parameter\0"
	"ImplementationGuide.definition.parameter.code\0"
	"ImplementationGuide.definition.parameter.value\0"
	"ImplementationGuide.definition.resource\0"
	"ImplementationGuide.definition.resource.description\0"
	"ImplementationGuide.definition.resource.example[x]\0"
	"ImplementationGuide.definition.resource.fhirVersion\0"
	"ImplementationGuide.definition.resource.groupingId\0"
	"ImplementationGuide.definition.resource.name\0"
	"ImplementationGuide.definition.resource.reference\0"
	"ImplementationGuide.definition.template\0"
	"ImplementationGuide.definition.template.code\0"
	"ImplementationGuide.definition.template.scope\0"
	"ImplementationGuide.definition.template.source\0"
	"ImplementationGuide.dependsOn\0"
	"ImplementationGuide.dependsOn.packageId\0"
	"ImplementationGuide.dependsOn.uri\0"
	"ImplementationGuide.dependsOn.version\0"
	"ImplementationGuide.description\0"
	"ImplementationGuide.experimental\0"
	"ImplementationGuide.fhirVersion\0"
	"ImplementationGuide.global\0"
	"ImplementationGuide.global.profile\0"
	"ImplementationGuide.global.type\0"
	"ImplementationGuide.jurisdiction\0"
	"ImplementationGuide.license\0"
	"ImplementationGuide.manifest\0"
	"ImplementationGuide.manifest.image\0"
	"ImplementationGuide.manifest.other\0"
	"ImplementationGuide.manifest.page\0"
	"ImplementationGuide.manifest.page.anchor\0"
	"ImplementationGuide.manifest.page.name\0"
	"ImplementationGuide.manifest.page.title\0"
	"ImplementationGuide.manifest.rendering\0"
	"ImplementationGuide.manifest.resource\0"
	"ImplementationGuide.manifest.resource.example[x]\0"
	"ImplementationGuide.manifest.resource.reference\0"
	"ImplementationGuide.manifest.resource.relativePath\0"
	"ImplementationGuide.name\0"
	"ImplementationGuide.packageId\0"
	"ImplementationGuide.publisher\0"
	"ImplementationGuide.status\0"
	"ImplementationGuide.title\0"
	"ImplementationGuide.url\0"
	"ImplementationGuide.useContext\0"
	"ImplementationGuide.version\0"
	"Ingredient\0"
	"Ingredient.allergenicIndicator\0"
	"Ingredient.for\0"
	"Ingredient.function\0"
	"Ingredient.identifier\0"
	"Ingredient.manufacturer\0"
	"Ingredient.manufacturer.manufacturer\0"
	"Ingredient.manufacturer.role\0"
	"Ingredient.role\0"
	"Ingredient.status\0"
	"Ingredient.substance\0"
	"Ingredient.substance.code\0"
	"Ingredient.substance.strength\0"
	"Ingredient.substance.strength.concentration[x]\0"
	"Ingredient.substance.strength.country\0"
	"Ingredient.substance.strength.measurementPoint\0"
	"Ingredient.substance.strength.presentation[x]\0"
	"Ingredient.substance.strength.referenceStrength\0"
	"Ingredient.substance.strength.referenceStrength.country\0"
	"Ingredient.substance.strength.referenceStrength.measurementPoint\0"
	"Ingredient.substance.strength.referenceStrength.strength[x]\0"
	"Ingredient.substance.strength.referenceStrength.substance\0"
	"Ingredient.substance.strength.textConcentration\0"
	"Ingredient.substance.strength.textPresentation\0"
	"InsurancePlan\0"
	"InsurancePlan.administeredBy\0"
	"InsurancePlan.alias\0"
	"InsurancePlan.contact\0"
	"InsurancePlan.contact.address\0"
	"InsurancePlan.contact.name\0"
	"InsurancePlan.contact.purpose\0"
	"InsurancePlan.contact.telecom\0"
	"InsurancePlan.coverage\0"
	"InsurancePlan.coverage.benefit\0"
	"InsurancePlan.coverage.benefit.limit\0"
	"InsurancePlan.coverage.benefit.limit.code\0"
	"InsurancePlan.coverage.benefit.limit.value\0"
	"InsurancePlan.coverage.benefit.requirement\0"
	"InsurancePlan.coverage.benefit.type\0"
	"InsurancePlan.coverage.network\0"
	"InsurancePlan.coverage.type\0"
	"InsurancePlan.coverageArea\0"
	"InsurancePlan.endpoint\0"
	"InsurancePlan.identifier\0"
	"InsurancePlan.name\0"
	"InsurancePlan.network\0"
	"InsurancePlan.ownedBy\0"
	"InsurancePlan.period\0"
	"InsurancePlan.plan\0"
	"InsurancePlan.plan.coverageArea\0"
	"InsurancePlan.plan.generalCost\0"
	"InsurancePlan.plan.generalCost.comment\0"
	"InsurancePlan.plan.generalCost.cost\0"
	"InsurancePlan.plan.generalCost.groupSize\0"
	"InsurancePlan.plan.generalCost.type\0"
	"InsurancePlan.plan.identifier\0"
	"InsurancePlan.plan.network\0"
	"InsurancePlan.plan.specificCost\0"
	"InsurancePlan.plan.specificCost.benefit\0"
	"InsurancePlan.plan.specificCost.benefit.cost\0"
	"InsurancePlan.plan.specificCost.benefit.cost.applicability\0"
	"InsurancePlan.plan.specificCost.benefit.cost.qualifiers\0"
	"InsurancePlan.plan.specificCost.benefit.cost.type\0"
	"InsurancePlan.plan.specificCost.benefit.cost.value\0"
	"InsurancePlan.plan.specificCost.benefit.type\0"
	"InsurancePlan.plan.specificCost.category\0"
	"InsurancePlan.plan.type\0"
	"InsurancePlan.status\0"
	"InsurancePlan.type\0"
	"Invoice\0"
	"Invoice.account\0"
	"Invoice.cancelledReason\0"
	"Invoice.date\0"
	"Invoice.identifier\0"
	"Invoice.issuer\0"
	"Invoice.lineItem\0"
	"Invoice.lineItem.chargeItem[x]\0"
	"Invoice.lineItem.priceComponent\0"
	"Invoice.lineItem.priceComponent.amount\0"
	"Invoice.lineItem.priceComponent.code\0"
	"Invoice.lineItem.priceComponent.factor\0"
	"Invoice.lineItem.priceComponent.type\0"
	"Invoice.lineItem.sequence\0"
	"Invoice.note\0"
	"Invoice.participant\0"
	"Invoice.participant.actor\0"
	"Invoice.participant.role\0"
	"Invoice.paymentTerms\0"
	"Invoice.recipient\0"
	"Invoice.status\0"
	"Invoice.subject\0"
	"Invoice.totalGross\0"
	"Invoice.totalNet\0"
	"Invoice.totalPriceComponent\0"
	"Invoice.type\0"
	"Library\0"
	"Library.approvalDate\0"
	"Library.author\0"
	"Library.contact\0"
	"Library.content\0"
	"Library.copyright\0"
	"Library.dataRequirement\0"
	"Library.date\0"
	"Library.description\0"
	"Library.editor\0"
	"Library.effectivePeriod\0"
	"Library.endorser\0"
	"Library.experimental\0"
	"Library.identifier\0"
	"Library.jurisdiction\0"
	"Library.lastReviewDate\0"
	"Library.name\0"
	"Library.parameter\0"
	"Library.publisher\0"
	"Library.purpose\0"
	"Library.relatedArtifact\0"
	"Library.reviewer\0"
	"Library.status\0"
	"Library.subject[x]\0"
	"Library.subtitle\0"
	"Library.title\0"
	"Library.topic\0"
	"Library.type\0"
	"Library.url\0"
	"Library.usage\0"
	"Library.useContext\0"
	"Library.version\0"
	"Linkage\0"
	"Linkage.active\0"
	"Linkage.author\0"
	"Linkage.item\0"
	"Linkage.item.resource\0"
	"Linkage.item.type\0"
	"List\0"
	"List.code\0"
	"List.date\0"
	"List.emptyReason\0"
	"List.encounter\0"
	"List.entry\0"
	"List.entry.date\0"
	"List.entry.deleted\0"
	"List.entry.flag\0"
	"List.entry.item\0"
	"List.identifier\0"
	"List.mode\0"
	"List.note\0"
	"List.orderedBy\0"
	"List.source\0"
	"List.status\0"
	"List.subject\0"
	"List.title\0"
	"Location.address\0"
	"Location.alias\0"
	"Location.availabilityExceptions\0"
	"Location.description\0"
	"Location.endpoint\0"
	"Location.hoursOfOperation\0"
	"Location.hoursOfOperation.allDay\0"
	"Location.hoursOfOperation.closingTime\0"
	"Location.hoursOfOperation.daysOfWeek\0"
	"Location.hoursOfOperation.openingTime\0"
	"Location.identifier\0"
	"Location.managingOrganization\0"
	"Location.mode\0"
	"Location.name\0"
	"Location.operationalStatus\0"
	"Location.partOf\0"
	"Location.physicalType\0"
	"Location.position\0"
	"Location.position.altitude\0"
	"Location.position.latitude\0"
	"Location.position.longitude\0"
	"Location.status\0"
	"Location.telecom\0"
	"ManufacturedItemDefinition\0"
	"ManufacturedItemDefinition.identifier\0"
	"ManufacturedItemDefinition.ingredient\0"
	"ManufacturedItemDefinition.manufacturedDoseForm\0"
	"ManufacturedItemDefinition.manufacturer\0"
	"ManufacturedItemDefinition.property\0"
	"ManufacturedItemDefinition.property.type\0"
	"ManufacturedItemDefinition.property.value[x]\0"
	"ManufacturedItemDefinition.status\0"
	"ManufacturedItemDefinition.unitOfPresentation\0"
	"MarketingStatus\0"
	"MarketingStatus.country\0"
	"MarketingStatus.dateRange\0"
	"MarketingStatus.jurisdiction\0"
	"MarketingStatus.restoreDate\0"
	"MarketingStatus.status\0"
	"Measure.approvalDate\0"
	"Measure.author\0"
	"Measure.clinicalRecommendationStatement\0"
	"Measure.compositeScoring\0"
	"Measure.contact\0"
	"Measure.copyright\0"
	"Measure.date\0"
	"Measure.definition\0"
	"Measure.description\0"
	"Measure.disclaimer\0"
	"Measure.editor\0"
	"Measure.effectivePeriod\0"
	"Measure.endorser\0"
	"Measure.experimental\0"
	"Measure.group\0"
	"Measure.group.code\0"
	"Measure.group.description\0"
	"Measure.group.population\0"
	"Measure.group.population.code\0"
	"Measure.group.population.criteria\0"
	"Measure.group.population.description\0"
	"Measure.group.stratifier\0"
	"Measure.group.stratifier.code\0"
	"Measure.group.stratifier.component\0"
	"Measure.group.stratifier.component.code\0"
	"Measure.group.stratifier.component.criteria\0"
	"Measure.group.stratifier.component.description\0"
	"Measure.group.stratifier.criteria\0"
	"Measure.group.stratifier.description\0"
	"Measure.guidance\0"
	"Measure.identifier\0"
	"Measure.improvementNotation\0"
	"Measure.jurisdiction\0"
	"Measure.lastReviewDate\0"
	"Measure.library\0"
	"Measure.name\0"
	"Measure.publisher\0"
	"Measure.purpose\0"
	"Measure.rateAggregation\0"
	"Measure.rationale\0"
	"Measure.relatedArtifact\0"
	"Measure.reviewer\0"
	"Measure.riskAdjustment\0"
	"Measure.scoring\0"
	"Measure.status\0"
	"Measure.subject[x]\0"
	"Measure.subtitle\0"
	"Measure.supplementalData\0"
	"Measure.supplementalData.code\0"
	"Measure.supplementalData.criteria\0"
	"Measure.supplementalData.description\0"
	"Measure.supplementalData.usage\0"
	"Measure.title\0"
	"Measure.topic\0"
	"Measure.type\0"
	"Measure.url\0"
	"Measure.usage\0"
	"Measure.useContext\0"
	"Measure.version\0"
	"MeasureReport\0"
	"MeasureReport.date\0"
	"MeasureReport.evaluatedResource\0"
	"MeasureReport.group\0"
	"MeasureReport.group.code\0"
	"MeasureReport.group.measureScore\0"
	"MeasureReport.group.population\0"
	"MeasureReport.group.population.code\0"
	"MeasureReport.group.population.count\0"
	"MeasureReport.group.population.subjectResults\0"
	"MeasureReport.group.stratifier\0"
	"MeasureReport.group.stratifier.code\0"
	"MeasureReport.group.stratifier.stratum\0"
	"MeasureReport.group.stratifier.stratum.component\0"
	"MeasureReport.group.stratifier.stratum.component.code\0"
	"MeasureReport.group.stratifier.stratum.component.value\0"
	"MeasureReport.group.stratifier.stratum.measureScore\0"
	"MeasureReport.group.stratifier.stratum.population\0"
	"MeasureReport.group.stratifier.stratum.population.code\0"
	"MeasureReport.group.stratifier.stratum.population.count\0"
	"MeasureReport.group.stratifier.stratum.population.subjectResults\0"
	"MeasureReport.group.stratifier.stratum.value\0"
	"MeasureReport.identifier\0"
	"MeasureReport.improvementNotation\0"
	"MeasureReport.measure\0"
	"MeasureReport.period\0"
	"MeasureReport.reporter\0"
	"MeasureReport.status\0"
	"MeasureReport.subject\0"
	"MeasureReport.type\0"
	"Media\0"
	"Media.basedOn\0"
	"Media.bodySite\0"
	"Media.content\0"
	"Media.created[x]\0"
	"Media.device\0"
	"Media.deviceName\0"
	"Media.duration\0"
	"Media.encounter\0"
	"Media.frames\0"
	"Media.height\0"
	"Media.identifier\0"
	"Media.issued\0"
	"Media.modality\0"
	"Media.note\0"
	"Media.operator\0"
	"Media.partOf\0"
	"Media.reasonCode\0"
	"Media.status\0"
	"Media.subject\0"
	"Media.type\0"
	"Media.view\0"
	"Media.width\0"
	"Medication.amount\0"
	"Medication.batch\0"
	"Medication.batch.expirationDate\0"
	"Medication.batch.lotNumber\0"
	"Medication.code\0"
	"Medication.form\0"
	"Medication.identifier\0"
	"Medication.ingredient\0"
	"Medication.ingredient.isActive\0"
	"Medication.ingredient.item[x]\0"
	"Medication.ingredient.strength\0"
	"Medication.manufacturer\0"
	"Medication.status\0"
	"MedicationAdministration\0"
	"MedicationAdministration.category\0"
	"MedicationAdministration.context\0"
	"MedicationAdministration.device\0"
	"MedicationAdministration.dosage\0"
	"MedicationAdministration.dosage.dose\0"
	"MedicationAdministration.dosage.method\0"
	"MedicationAdministration.dosage.rate[x]\0"
	"MedicationAdministration.dosage.route\0"
	"MedicationAdministration.dosage.site\0"
	"MedicationAdministration.dosage.text\0"
	"MedicationAdministration.effective[x]\0"
	"MedicationAdministration.eventHistory\0"
	"MedicationAdministration.identifier\0"
	"MedicationAdministration.instantiates\0"
	"MedicationAdministration.medication[x]\0"
	"MedicationAdministration.note\0"
	"MedicationAdministration.partOf\0"
	"MedicationAdministration.performer\0"
	"MedicationAdministration.performer.actor\0"
	"MedicationAdministration.performer.function\0"
	"MedicationAdministration.reasonCode\0"
	"MedicationAdministration.reasonReference\0"
	"MedicationAdministration.request\0"
	"MedicationAdministration.status\0"
	"MedicationAdministration.statusReason\0"
	"MedicationAdministration.subject\0"
	"MedicationAdministration.supportingInformation\0"
	"MedicationDispense\0"
	"MedicationDispense.authorizingPrescription\0"
	"MedicationDispense.category\0"
	"MedicationDispense.context\0"
	"MedicationDispense.daysSupply\0"
	"MedicationDispense.destination\0"
	"MedicationDispense.detectedIssue\0"
	"MedicationDispense.dosageInstruction\0"
	"MedicationDispense.eventHistory\0"
	"MedicationDispense.identifier\0"
	"MedicationDispense.location\0"
	"MedicationDispense.medication[x]\0"
	"MedicationDispense.note\0"
	"MedicationDispense.partOf\0"
	"MedicationDispense.performer\0"
	"MedicationDispense.performer.actor\0"
	"MedicationDispense.performer.function\0"
	"MedicationDispense.quantity\0"
	"MedicationDispense.receiver\0"
	"MedicationDispense.status\0"
	"MedicationDispense.statusReason[x]\0"
	"MedicationDispense.subject\0"
	"MedicationDispense.substitution\0"
	"MedicationDispense.substitution.reason\0"
	"MedicationDispense.substitution.responsibleParty\0"
	"MedicationDispense.substitution.type\0"
	"MedicationDispense.substitution.wasSubstituted\0"
	"MedicationDispense.supportingInformation\0"
	"MedicationDispense.type\0"
	"MedicationDispense.whenHandedOver\0"
	"MedicationDispense.whenPrepared\0"
	"MedicationKnowledge.administrationGuidelines\0"
	"MedicationKnowledge.administrationGuidelines.dosage\0"
	"MedicationKnowledge.administrationGuidelines.dosage.dosage\0"
	"MedicationKnowledge.administrationGuidelines.dosage.type\0"
	"MedicationKnowledge.administrationGuidelines.indication[x]\0"
	"MedicationKnowledge.administrationGuidelines.patientCharacteristics\0"
	"MedicationKnowledge.administrationGuidelines.patientCharacteristics.characteristic[x]\0"
	"MedicationKnowledge.administrationGuidelines.patientCharacteristics.value\0"
	"MedicationKnowledge.amount\0"
	"MedicationKnowledge.associatedMedication\0"
	"MedicationKnowledge.code\0"
	"MedicationKnowledge.contraindication\0"
	"MedicationKnowledge.cost\0"
	"MedicationKnowledge.cost.cost\0"
	"MedicationKnowledge.cost.source\0"
	"MedicationKnowledge.cost.type\0"
	"MedicationKnowledge.doseForm\0"
	"MedicationKnowledge.drugCharacteristic\0"
	"MedicationKnowledge.drugCharacteristic.type\0"
	"MedicationKnowledge.drugCharacteristic.value[x]\0"
	"MedicationKnowledge.ingredient\0"
	"MedicationKnowledge.ingredient.isActive\0"
	"MedicationKnowledge.ingredient.item[x]\0"
	"MedicationKnowledge.ingredient.strength\0"
	"MedicationKnowledge.intendedRoute\0"
	"MedicationKnowledge.kinetics\0"
	"MedicationKnowledge.kinetics.areaUnderCurve\0"
	"MedicationKnowledge.kinetics.halfLifePeriod\0"
	"MedicationKnowledge.kinetics.lethalDose50\0"
	"MedicationKnowledge.manufacturer\0"
	"MedicationKnowledge.medicineClassification\0"
	"MedicationKnowledge.medicineClassification.classification\0"
	"MedicationKnowledge.medicineClassification.type\0"
	"MedicationKnowledge.monitoringProgram\0"
	"MedicationKnowledge.monitoringProgram.name\0"
	"MedicationKnowledge.monitoringProgram.type\0"
	"MedicationKnowledge.monograph\0"
	"MedicationKnowledge.monograph.source\0"
	"MedicationKnowledge.monograph.type\0"
	"MedicationKnowledge.packaging\0"
	"MedicationKnowledge.packaging.quantity\0"
	"MedicationKnowledge.packaging.type\0"
	"MedicationKnowledge.preparationInstruction\0"
	"MedicationKnowledge.productType\0"
	"MedicationKnowledge.regulatory\0"
	"MedicationKnowledge.regulatory.maxDispense\0"
	"MedicationKnowledge.regulatory.maxDispense.period\0"
	"MedicationKnowledge.regulatory.maxDispense.quantity\0"
	"MedicationKnowledge.regulatory.regulatoryAuthority\0"
	"MedicationKnowledge.regulatory.schedule\0"
	"MedicationKnowledge.regulatory.schedule.schedule\0"
	"MedicationKnowledge.regulatory.substitution\0"
	"MedicationKnowledge.regulatory.substitution.allowed\0"
	"MedicationKnowledge.regulatory.substitution.type\0"
	"MedicationKnowledge.relatedMedicationKnowledge\0"
	"MedicationKnowledge.relatedMedicationKnowledge.reference\0"
	"MedicationKnowledge.relatedMedicationKnowledge.type\0"
	"MedicationKnowledge.status\0"
	"MedicationKnowledge.synonym\0"
	"MedicationRequest\0"
	"MedicationRequest.authoredOn\0"
	"MedicationRequest.basedOn\0"
	"MedicationRequest.category\0"
	"MedicationRequest.courseOfTherapyType\0"
	"MedicationRequest.detectedIssue\0"
	"MedicationRequest.dispenseRequest\0"
	"MedicationRequest.dispenseRequest.dispenseInterval\0"
	"MedicationRequest.dispenseRequest.expectedSupplyDuration\0"
	"MedicationRequest.dispenseRequest.initialFill\0"
	"MedicationRequest.dispenseRequest.initialFill.duration\0"
	"MedicationRequest.dispenseRequest.initialFill.quantity\0"
	"MedicationRequest.dispenseRequest.numberOfRepeatsAllowed\0"
	"MedicationRequest.dispenseRequest.performer\0"
	"MedicationRequest.dispenseRequest.quantity\0"
	"MedicationRequest.dispenseRequest.validityPeriod\0"
	"MedicationRequest.doNotPerform\0"
	"MedicationRequest.dosageInstruction\0"
	"MedicationRequest.encounter\0"
	"MedicationRequest.eventHistory\0"
	"MedicationRequest.groupIdentifier\0"
	"MedicationRequest.identifier\0"
	"MedicationRequest.instantiatesCanonical\0"
	"MedicationRequest.instantiatesUri\0"
	"MedicationRequest.insurance\0"
	"MedicationRequest.intent\0"
	"MedicationRequest.medication[x]\0"
	"MedicationRequest.note\0"
	"MedicationRequest.performer\0"
	"MedicationRequest.performerType\0"
	"MedicationRequest.priorPrescription\0"
	"MedicationRequest.priority\0"
	"MedicationRequest.reasonCode\0"
	"MedicationRequest.reasonReference\0"
	"MedicationRequest.recorder\0"
	"MedicationRequest.reported[x]\0"
	"MedicationRequest.requester\0"
	"MedicationRequest.status\0"
	"MedicationRequest.statusReason\0"
	"MedicationRequest.subject\0"
	"MedicationRequest.substitution\0"
	"MedicationRequest.substitution.allowed[x]\0"
	"MedicationRequest.substitution.reason\0"
	"MedicationRequest.supportingInformation\0"
	"MedicationStatement\0"
	"MedicationStatement.basedOn\0"
	"MedicationStatement.category\0"
	"MedicationStatement.context\0"
	"MedicationStatement.dateAsserted\0"
	"MedicationStatement.derivedFrom\0"
	"MedicationStatement.dosage\0"
	"MedicationStatement.effective[x]\0"
	"MedicationStatement.identifier\0"
	"MedicationStatement.informationSource\0"
	"MedicationStatement.medication[x]\0"
	"MedicationStatement.note\0"
	"MedicationStatement.partOf\0"
	"MedicationStatement.reasonCode\0"
	"MedicationStatement.reasonReference\0"
	"MedicationStatement.status\0"
	"MedicationStatement.statusReason\0"
	"MedicationStatement.subject\0"
	"MedicinalProductDefinition\0"
	"MedicinalProductDefinition.additionalMonitoringIndicator\0"
	"MedicinalProductDefinition.attachedDocument\0"
	"MedicinalProductDefinition.characteristic\0"
	"MedicinalProductDefinition.characteristic.type\0"
	"MedicinalProductDefinition.characteristic.value[x]\0"
	"MedicinalProductDefinition.classification\0"
	"MedicinalProductDefinition.clinicalTrial\0"
	"MedicinalProductDefinition.code\0"
	"MedicinalProductDefinition.combinedPharmaceuticalDoseForm\0"
	"MedicinalProductDefinition.contact\0"
	"MedicinalProductDefinition.contact.contact\0"
	"MedicinalProductDefinition.contact.type\0"
	"MedicinalProductDefinition.crossReference\0"
	"MedicinalProductDefinition.crossReference.product\0"
	"MedicinalProductDefinition.crossReference.type\0"
	"MedicinalProductDefinition.description\0"
	"MedicinalProductDefinition.domain\0"
	"MedicinalProductDefinition.identifier\0"
	"MedicinalProductDefinition.impurity\0"
	"MedicinalProductDefinition.indication\0"
	"MedicinalProductDefinition.ingredient\0"
	"MedicinalProductDefinition.legalStatusOfSupply\0"
	"MedicinalProductDefinition.marketingStatus\0"
	"MedicinalProductDefinition.masterFile\0"
	"MedicinalProductDefinition.name\0"
	"MedicinalProductDefinition.name.countryLanguage\0"
	"MedicinalProductDefinition.name.countryLanguage.country\0"
	"MedicinalProductDefinition.name.countryLanguage.jurisdiction\0"
	"MedicinalProductDefinition.name.countryLanguage.language\0"
	"MedicinalProductDefinition.name.namePart\0"
	"MedicinalProductDefinition.name.namePart.part\0"
	"MedicinalProductDefinition.name.namePart.type\0"
	"MedicinalProductDefinition.name.productName\0"
	"MedicinalProductDefinition.name.type\0"
	"MedicinalProductDefinition.operation\0"
	"MedicinalProductDefinition.operation.confidentialityIndicator\0"
	"MedicinalProductDefinition.operation.effectiveDate\0"
	"MedicinalProductDefinition.operation.organization\0"
	"MedicinalProductDefinition.operation.type\0"
	"MedicinalProductDefinition.packagedMedicinalProduct\0"
	"MedicinalProductDefinition.pediatricUseIndicator\0"
	"MedicinalProductDefinition.route\0"
	"MedicinalProductDefinition.specialMeasures\0"
	"MedicinalProductDefinition.status\0"
	"MedicinalProductDefinition.statusDate\0"
	"MedicinalProductDefinition.type\0"
	"MedicinalProductDefinition.version\0"
	"MessageDefinition\0"
	"MessageDefinition.allowedResponse\0"
	"MessageDefinition.allowedResponse.message\0"
	"MessageDefinition.allowedResponse.situation\0"
	"MessageDefinition.base\0"
	"MessageDefinition.category\0"
	"MessageDefinition.contact\0"
	"MessageDefinition.copyright\0"
	"MessageDefinition.date\0"
	"MessageDefinition.description\0"
	"MessageDefinition.event[x]\0"
	"MessageDefinition.experimental\0"
	"MessageDefinition.focus\0"
	"MessageDefinition.focus.code\0"
	"MessageDefinition.focus.max\0"
	"MessageDefinition.focus.min\0"
	"MessageDefinition.focus.profile\0"
	"MessageDefinition.graph\0"
	"MessageDefinition.identifier\0"
	"MessageDefinition.jurisdiction\0"
	"MessageDefinition.name\0"
	"MessageDefinition.parent\0"
	"MessageDefinition.publisher\0"
	"MessageDefinition.purpose\0"
	"MessageDefinition.replaces\0"
	"MessageDefinition.responseRequired\0"
	"MessageDefinition.status\0"
	"MessageDefinition.title\0"
	"MessageDefinition.url\0"
	"MessageDefinition.useContext\0"
	"MessageDefinition.version\0"
	"MessageHeader\0"
	"MessageHeader.author\0"
	"MessageHeader.definition\0"
	"MessageHeader.destination\0"
	"MessageHeader.destination.endpoint\0"
	"MessageHeader.destination.name\0"
	"MessageHeader.destination.receiver\0"
	"MessageHeader.destination.target\0"
	"MessageHeader.enterer\0"
	"MessageHeader.event[x]\0"
	"MessageHeader.focus\0"
	"MessageHeader.reason\0"
	"MessageHeader.response\0"
	"MessageHeader.response.code\0"
	"MessageHeader.response.details\0"
	"MessageHeader.response.identifier\0"
	"MessageHeader.responsible\0"
	"MessageHeader.sender\0"
	"MessageHeader.source\0"
	"MessageHeader.source.contact\0"
	"MessageHeader.source.endpoint\0"
	"MessageHeader.source.name\0"
	"MessageHeader.source.software\0"
	"MessageHeader.source.version\0"
	"Meta\0"
	"Meta.lastUpdated\0"
	"Meta.profile\0"
	"Meta.security\0"
	"Meta.source\0"
	"Meta.tag\0"
	"Meta.versionId\0"
	"MolecularSequence\0"
	"MolecularSequence.coordinateSystem\0"
	"MolecularSequence.device\0"
	"MolecularSequence.identifier\0"
	"MolecularSequence.observedSeq\0"
	"MolecularSequence.patient\0"
	"MolecularSequence.performer\0"
	"MolecularSequence.pointer\0"
	"MolecularSequence.quality\0"
	"MolecularSequence.quality.end\0"
	"MolecularSequence.quality.fScore\0"
	"MolecularSequence.quality.gtFP\0"
	"MolecularSequence.quality.method\0"
	"MolecularSequence.quality.precision\0"
	"MolecularSequence.quality.queryFP\0"
	"MolecularSequence.quality.queryTP\0"
	"MolecularSequence.quality.recall\0"
	"MolecularSequence.quality.roc\0"
	"MolecularSequence.quality.roc.fMeasure\0"
	"MolecularSequence.quality.roc.numFN\0"
	"MolecularSequence.quality.roc.numFP\0"
	"MolecularSequence.quality.roc.numTP\0"
	"MolecularSequence.quality.roc.precision\0"
	"MolecularSequence.quality.roc.score\0"
	"MolecularSequence.quality.roc.sensitivity\0"
	"MolecularSequence.quality.score\0"
	"MolecularSequence.quality.standardSequence\0"
	"MolecularSequence.quality.start\0"
	"MolecularSequence.quality.truthFN\0"
	"MolecularSequence.quality.truthTP\0"
	"MolecularSequence.quality.type\0"
	"MolecularSequence.quantity\0"
	"MolecularSequence.readCoverage\0"
	"MolecularSequence.referenceSeq\0"
	"MolecularSequence.referenceSeq.chromosome\0"
	"MolecularSequence.referenceSeq.genomeBuild\0"
	"MolecularSequence.referenceSeq.orientation\0"
	"MolecularSequence.referenceSeq.referenceSeqId\0"
	"MolecularSequence.referenceSeq.referenceSeqPointer\0"
	"MolecularSequence.referenceSeq.referenceSeqString\0"
	"MolecularSequence.referenceSeq.strand\0"
	"MolecularSequence.referenceSeq.windowEnd\0"
	"MolecularSequence.referenceSeq.windowStart\0"
	"MolecularSequence.repository\0"
	"MolecularSequence.repository.datasetId\0"
	"MolecularSequence.repository.name\0"
	"MolecularSequence.repository.readsetId\0"
	"MolecularSequence.repository.type\0"
	"MolecularSequence.repository.url\0"
	"MolecularSequence.repository.variantsetId\0"
	"MolecularSequence.specimen\0"
	"MolecularSequence.structureVariant\0"
	"MolecularSequence.structureVariant.exact\0"
	"MolecularSequence.structureVariant.inner\0"
	"MolecularSequence.structureVariant.inner.end\0"
	"MolecularSequence.structureVariant.inner.start\0"
	"MolecularSequence.structureVariant.length\0"
	"MolecularSequence.structureVariant.outer\0"
	"MolecularSequence.structureVariant.outer.end\0"
	"MolecularSequence.structureVariant.outer.start\0"
	"MolecularSequence.structureVariant.variantType\0"
	"MolecularSequence.type\0"
	"MolecularSequence.variant\0"
	"MolecularSequence.variant.cigar\0"
	"MolecularSequence.variant.end\0"
	"MolecularSequence.variant.observedAllele\0"
	"MolecularSequence.variant.referenceAllele\0"
	"MolecularSequence.variant.start\0"
	"MolecularSequence.variant.variantPointer\0"
	"Money\0"
	"Money.currency\0"
	"Money.value\0"
	"MoneyQuantity\0"
	"NamingSystem\0"
	"NamingSystem.contact\0"
	"NamingSystem.date\0"
	"NamingSystem.description\0"
	"NamingSystem.jurisdiction\0"
	"NamingSystem.kind\0"
	"NamingSystem.name\0"
	"NamingSystem.publisher\0"
	"NamingSystem.responsible\0"
	"NamingSystem.status\0"
	"NamingSystem.type\0"
	"NamingSystem.uniqueId\0"
	"NamingSystem.uniqueId.comment\0"
	"NamingSystem.uniqueId.period\0"
	"NamingSystem.uniqueId.preferred\0"
	"NamingSystem.uniqueId.type\0"
	"NamingSystem.uniqueId.value\0"
	"NamingSystem.usage\0"
	"NamingSystem.useContext\0"
	"Narrative\0"
	"Narrative.div\0"
	"Narrative.status\0"
	"NutritionOrder\0"
	"NutritionOrder.allergyIntolerance\0"
	"NutritionOrder.dateTime\0"
	"NutritionOrder.encounter\0"
	"NutritionOrder.enteralFormula\0"
	"NutritionOrder.enteralFormula.additiveProductName\0"
	"NutritionOrder.enteralFormula.additiveType\0"
	"NutritionOrder.enteralFormula.administration\0"
	"NutritionOrder.enteralFormula.administration.quantity\0"
	"NutritionOrder.enteralFormula.administration.rate[x]\0"
	"NutritionOrder.enteralFormula.administration.schedule\0"
	"NutritionOrder.enteralFormula.administrationInstruction\0"
	"NutritionOrder.enteralFormula.baseFormulaProductName\0"
	"NutritionOrder.enteralFormula.baseFormulaType\0"
	"NutritionOrder.enteralFormula.caloricDensity\0"
	"NutritionOrder.enteralFormula.maxVolumeToDeliver\0"
	"NutritionOrder.enteralFormula.routeofAdministration\0"
	"NutritionOrder.excludeFoodModifier\0"
	"NutritionOrder.foodPreferenceModifier\0"
	"NutritionOrder.identifier\0"
	"NutritionOrder.instantiates\0"
	"NutritionOrder.instantiatesCanonical\0"
	"NutritionOrder.instantiatesUri\0"
	"NutritionOrder.intent\0"
	"NutritionOrder.note\0"
	"NutritionOrder.oralDiet\0"
	"NutritionOrder.oralDiet.fluidConsistencyType\0"
	"NutritionOrder.oralDiet.instruction\0"
	"NutritionOrder.oralDiet.nutrient\0"
	"NutritionOrder.oralDiet.nutrient.amount\0"
	"NutritionOrder.oralDiet.nutrient.modifier\0"
	"NutritionOrder.oralDiet.schedule\0"
	"NutritionOrder.oralDiet.texture\0"
	"NutritionOrder.oralDiet.texture.foodType\0"
	"NutritionOrder.oralDiet.texture.modifier\0"
	"NutritionOrder.oralDiet.type\0"
	"NutritionOrder.orderer\0"
	"NutritionOrder.patient\0"
	"NutritionOrder.status\0"
	"NutritionOrder.supplement\0"
	"NutritionOrder.supplement.instruction\0"
	"NutritionOrder.supplement.productName\0"
	"NutritionOrder.supplement.quantity\0"
	"NutritionOrder.supplement.schedule\0"
	"NutritionOrder.supplement.type\0"
	"NutritionProduct\0"
	"NutritionProduct.category\0"
	"NutritionProduct.code\0"
	"NutritionProduct.ingredient\0"
	"NutritionProduct.ingredient.amount\0"
	"NutritionProduct.ingredient.item\0"
	"NutritionProduct.instance\0"
	"NutritionProduct.instance.expiry\0"
	"NutritionProduct.instance.identifier\0"
	"NutritionProduct.instance.lotNumber\0"
	"NutritionProduct.instance.quantity\0"
	"NutritionProduct.instance.useBy\0"
	"NutritionProduct.knownAllergen\0"
	"NutritionProduct.manufacturer\0"
	"NutritionProduct.note\0"
	"NutritionProduct.nutrient\0"
	"NutritionProduct.nutrient.amount\0"
	"NutritionProduct.nutrient.item\0"
	"NutritionProduct.productCharacteristic\0"
	"NutritionProduct.productCharacteristic.type\0"
	"NutritionProduct.productCharacteristic.value[x]\0"
	"NutritionProduct.status\0"
	"Observation\0"
	"Observation.basedOn\0"
	"Observation.bodySite\0"
	"Observation.category\0"
	"Observation.code\0"
	"Observation.component\0"
	"Observation.component.code\0"
	"Observation.component.dataAbsentReason\0"
	"Observation.component.interpretation\0"
	"Observation.component.referenceRange\0"
	"Observation.component.value[x]\0"
	"Observation.dataAbsentReason\0"
	"Observation.derivedFrom\0"
	"Observation.device\0"
	"Observation.effective[x]\0"
	"Observation.encounter\0"
	"Observation.focus\0"
	"Observation.hasMember\0"
	"Observation.identifier\0"
	"Observation.interpretation\0"
	"Observation.issued\0"
	"Observation.method\0"
	"Observation.note\0"
	"Observation.partOf\0"
	"Observation.performer\0"
	"Observation.referenceRange\0"
	"Observation.referenceRange.age\0"
	"Observation.referenceRange.appliesTo\0"
	"Observation.referenceRange.high\0"
	"Observation.referenceRange.low\0"
	"Observation.referenceRange.text\0"
	"Observation.referenceRange.type\0"
	"Observation.specimen\0"
	"Observation.status\0"
	"Observation.subject\0"
	"Observation.value[x]\0"
	"ObservationDefinition\0"
	"ObservationDefinition.abnormalCodedValueSet\0"
	"ObservationDefinition.category\0"
	"ObservationDefinition.code\0"
	"ObservationDefinition.criticalCodedValueSet\0"
	"ObservationDefinition.identifier\0"
	"ObservationDefinition.method\0"
	"ObservationDefinition.multipleResultsAllowed\0"
	"ObservationDefinition.normalCodedValueSet\0"
	"ObservationDefinition.permittedDataType\0"
	"ObservationDefinition.preferredReportName\0"
	"ObservationDefinition.qualifiedInterval\0"
	"ObservationDefinition.qualifiedInterval.age\0"
	"ObservationDefinition.qualifiedInterval.appliesTo\0"
	"ObservationDefinition.qualifiedInterval.category\0"
	"ObservationDefinition.qualifiedInterval.condition\0"
	"ObservationDefinition.qualifiedInterval.context\0"
	"ObservationDefinition.qualifiedInterval.gender\0"
	"ObservationDefinition.qualifiedInterval.gestationalAge\0"
	"ObservationDefinition.qualifiedInterval.range\0"
	"ObservationDefinition.quantitativeDetails\0"
	"ObservationDefinition.quantitativeDetails.conversionFactor\0"
	"ObservationDefinition.quantitativeDetails.customaryUnit\0"
	"ObservationDefinition.quantitativeDetails.decimalPrecision\0"
	"ObservationDefinition.quantitativeDetails.unit\0"
	"ObservationDefinition.validCodedValueSet\0"
	"OperationDefinition\0"
	"OperationDefinition.affectsState\0"
	"OperationDefinition.base\0"
	"OperationDefinition.code\0"
	"OperationDefinition.comment\0"
	"OperationDefinition.contact\0"
	"OperationDefinition.date\0"
	"OperationDefinition.description\0"
	"OperationDefinition.experimental\0"
	"OperationDefinition.inputProfile\0"
	"OperationDefinition.instance\0"
	"OperationDefinition.jurisdiction\0"
	"OperationDefinition.kind\0"
	"OperationDefinition.name\0"
	"OperationDefinition.outputProfile\0"
	"OperationDefinition.overload\0"
	"OperationDefinition.overload.comment\0"
	"OperationDefinition.overload.parameterName\0"
	"OperationDefinition.parameter\0"
	"OperationDefinition.parameter.binding\0"
	"OperationDefinition.parameter.binding.strength\0"
	"OperationDefinition.parameter.binding.valueSet\0"
	"OperationDefinition.parameter.documentation\0"
	"OperationDefinition.parameter.max\0"
	"OperationDefinition.parameter.min\0"
	"OperationDefinition.parameter.name\0"
	"OperationDefinition.parameter.part\0"
	"OperationDefinition.parameter.referencedFrom\0"
	"OperationDefinition.parameter.referencedFrom.source\0"
	"OperationDefinition.parameter.referencedFrom.sourceId\0"
	"OperationDefinition.parameter.searchType\0"
	"OperationDefinition.parameter.targetProfile\0"
	"OperationDefinition.parameter.type\0"
	"OperationDefinition.parameter.use\0"
	"OperationDefinition.publisher\0"
	"OperationDefinition.purpose\0"
	"OperationDefinition.resource\0"
	"OperationDefinition.status\0"
	"OperationDefinition.system\0"
	"OperationDefinition.title\0"
	"OperationDefinition.type\0"
	"OperationDefinition.url\0"
	"OperationDefinition.useContext\0"
	"OperationDefinition.version\0"
	"OperationOutcome\0"
	"OperationOutcome.issue\0"
	"OperationOutcome.issue.code\0"
	"OperationOutcome.issue.details\0"
	"OperationOutcome.issue.diagnostics\0"
	"OperationOutcome.issue.expression\0"
	"OperationOutcome.issue.location\0"
	"OperationOutcome.issue.severity\0"
	"Organization.active\0"
	"Organization.address\0"
	"Organization.alias\0"
	"Organization.contact\0"
	"Organization.contact.address\0"
	"Organization.contact.name\0"
	"Organization.contact.purpose\0"
	"Organization.contact.telecom\0"
	"Organization.endpoint\0"
	"Organization.identifier\0"
	"Organization.name\0"
	"Organization.partOf\0"
	"Organization.telecom\0"
	"Organization.type\0"
	"OrganizationAffiliation\0"
	"OrganizationAffiliation.active\0"
	"OrganizationAffiliation.code\0"
	"OrganizationAffiliation.endpoint\0"
	"OrganizationAffiliation.healthcareService\0"
	"OrganizationAffiliation.identifier\0"
	"OrganizationAffiliation.location\0"
	"OrganizationAffiliation.network\0"
	"OrganizationAffiliation.organization\0"
	"OrganizationAffiliation.participatingOrganization\0"
	"OrganizationAffiliation.period\0"
	"OrganizationAffiliation.specialty\0"
	"OrganizationAffiliation.telecom\0"
	"PackagedProductDefinition\0"
	"PackagedProductDefinition.characteristic\0"
	"PackagedProductDefinition.containedItemQuantity\0"
	"PackagedProductDefinition.copackagedIndicator\0"
	"PackagedProductDefinition.description\0"
	"PackagedProductDefinition.identifier\0"
	"PackagedProductDefinition.legalStatusOfSupply\0"
	"PackagedProductDefinition.legalStatusOfSupply.code\0"
	"PackagedProductDefinition.legalStatusOfSupply.jurisdiction\0"
	"PackagedProductDefinition.manufacturer\0"
	"PackagedProductDefinition.marketingStatus\0"
	"PackagedProductDefinition.name\0"
	"PackagedProductDefinition.package\0"
	"PackagedProductDefinition.package.alternateMaterial\0"
	"PackagedProductDefinition.package.containedItem\0"
	"PackagedProductDefinition.package.containedItem.amount\0"
	"PackagedProductDefinition.package.containedItem.item\0"
	"PackagedProductDefinition.package.identifier\0"
	"PackagedProductDefinition.package.manufacturer\0"
	"PackagedProductDefinition.package.material\0"
	"PackagedProductDefinition.package.package\0"
	"PackagedProductDefinition.package.property\0"
	"PackagedProductDefinition.package.property.type\0"
	"PackagedProductDefinition.package.property.value[x]\0"
	"PackagedProductDefinition.package.quantity\0"
	"PackagedProductDefinition.package.shelfLifeStorage\0"
	"PackagedProductDefinition.package.shelfLifeStorage.period[x]\0"
	"PackagedProductDefinition.package.shelfLifeStorage.specialPrecautionsForStorage\0"
	"PackagedProductDefinition.package.shelfLifeStorage.type\0"
	"PackagedProductDefinition.package.type\0"
	"PackagedProductDefinition.packageFor\0"
	"PackagedProductDefinition.status\0"
	"PackagedProductDefinition.statusDate\0"
	"PackagedProductDefinition.type\0"
	"ParameterDefinition\0"
	"ParameterDefinition.documentation\0"
	"ParameterDefinition.max\0"
	"ParameterDefinition.min\0"
	"ParameterDefinition.name\0"
	"ParameterDefinition.profile\0"
	"ParameterDefinition.type\0"
	"ParameterDefinition.use\0"
	"Parameters.parameter\0"
	"Parameters.parameter.name\0"
	"Parameters.parameter.part\0"
	"Parameters.parameter.resource\0"
	"Parameters.parameter.value[x]\0"
	"Patient\0"
	"Patient.active\0"
	"Patient.address\0"
	"Patient.birthDate\0"
	"Patient.communication\0"
	"Patient.communication.language\0"
	"Patient.communication.preferred\0"
	"Patient.contact\0"
	"Patient.contact.address\0"
	"Patient.contact.gender\0"
	"Patient.contact.name\0"
	"Patient.contact.organization\0"
	"Patient.contact.period\0"
	"Patient.contact.relationship\0"
	"Patient.contact.telecom\0"
	"Patient.deceased[x]\0"
	"Patient.gender\0"
	"Patient.generalPractitioner\0"
	"Patient.identifier\0"
	"Patient.link\0"
	"Patient.link.other\0"
	"Patient.link.type\0"
	"Patient.managingOrganization\0"
	"Patient.maritalStatus\0"
	"Patient.multipleBirth[x]\0"
	"Patient.name\0"
	"Patient.photo\0"
	"Patient.telecom\0"
	"PaymentNotice\0"
	"PaymentNotice.amount\0"
	"PaymentNotice.created\0"
	"PaymentNotice.identifier\0"
	"PaymentNotice.payee\0"
	"PaymentNotice.payment\0"
	"PaymentNotice.paymentDate\0"
	"PaymentNotice.paymentStatus\0"
	"PaymentNotice.provider\0"
	"PaymentNotice.recipient\0"
	"PaymentNotice.request\0"
	"PaymentNotice.response\0"
	"PaymentNotice.status\0"
	"PaymentReconciliation\0"
	"PaymentReconciliation.created\0"
	"PaymentReconciliation.detail\0"
	"PaymentReconciliation.detail.amount\0"
	"PaymentReconciliation.detail.date\0"
	"PaymentReconciliation.detail.identifier\0"
	"PaymentReconciliation.detail.payee\0"
	"PaymentReconciliation.detail.predecessor\0"
	"PaymentReconciliation.detail.request\0"
	"PaymentReconciliation.detail.response\0"
	"PaymentReconciliation.detail.responsible\0"
	"PaymentReconciliation.detail.submitter\0"
	"PaymentReconciliation.detail.type\0"
	"PaymentReconciliation.disposition\0"
	"PaymentReconciliation.formCode\0"
	"PaymentReconciliation.identifier\0"
	"PaymentReconciliation.outcome\0"
	"PaymentReconciliation.paymentAmount\0"
	"PaymentReconciliation.paymentDate\0"
	"PaymentReconciliation.paymentIdentifier\0"
	"PaymentReconciliation.paymentIssuer\0"
	"PaymentReconciliation.period\0"
	"PaymentReconciliation.processNote\0"
	"PaymentReconciliation.processNote.text\0"
	"PaymentReconciliation.processNote.type\0"
	"PaymentReconciliation.request\0"
	"PaymentReconciliation.requestor\0"
	"PaymentReconciliation.status\0"
	"Period.end\0"
	"Period.start\0"
	"Person.link\0"
	"Person.link.assurance\0"
	"Person.link.target\0"
	"Person.managingOrganization\0"
	"PlanDefinition\0"
	"PlanDefinition.action\0"
	"PlanDefinition.action.action\0"
	"PlanDefinition.action.cardinalityBehavior\0"
	"PlanDefinition.action.code\0"
	"PlanDefinition.action.condition\0"
	"PlanDefinition.action.condition.expression\0"
	"PlanDefinition.action.condition.kind\0"
	"PlanDefinition.action.definition[x]\0"
	"PlanDefinition.action.description\0"
	"PlanDefinition.action.documentation\0"
	"PlanDefinition.action.dynamicValue\0"
	"PlanDefinition.action.dynamicValue.expression\0"
	"PlanDefinition.action.dynamicValue.path\0"
	"PlanDefinition.action.goalId\0"
	"PlanDefinition.action.groupingBehavior\0"
	"PlanDefinition.action.input\0"
	"PlanDefinition.action.output\0"
	"PlanDefinition.action.participant\0"
	"PlanDefinition.action.participant.role\0"
	"PlanDefinition.action.participant.type\0"
	"PlanDefinition.action.precheckBehavior\0"
	"PlanDefinition.action.prefix\0"
	"PlanDefinition.action.priority\0"
	"PlanDefinition.action.reason\0"
	"PlanDefinition.action.relatedAction\0"
	"PlanDefinition.action.relatedAction.actionId\0"
	"PlanDefinition.action.relatedAction.offset[x]\0"
	"PlanDefinition.action.relatedAction.relationship\0"
	"PlanDefinition.action.requiredBehavior\0"
	"PlanDefinition.action.selectionBehavior\0"
	"PlanDefinition.action.subject[x]\0"
	"PlanDefinition.action.textEquivalent\0"
	"PlanDefinition.action.timing[x]\0"
	"PlanDefinition.action.title\0"
	"PlanDefinition.action.transform\0"
	"PlanDefinition.action.trigger\0"
	"PlanDefinition.action.type\0"
	"PlanDefinition.approvalDate\0"
	"PlanDefinition.author\0"
	"PlanDefinition.contact\0"
	"PlanDefinition.copyright\0"
	"PlanDefinition.date\0"
	"PlanDefinition.description\0"
	"PlanDefinition.editor\0"
	"PlanDefinition.effectivePeriod\0"
	"PlanDefinition.endorser\0"
	"PlanDefinition.experimental\0"
	"PlanDefinition.goal\0"
	"PlanDefinition.goal.addresses\0"
	"PlanDefinition.goal.category\0"
	"PlanDefinition.goal.description\0"
	"PlanDefinition.goal.documentation\0"
	"PlanDefinition.goal.priority\0"
	"PlanDefinition.goal.start\0"
	"PlanDefinition.goal.target\0"
	"PlanDefinition.goal.target.detail[x]\0"
	"PlanDefinition.goal.target.due\0"
	"PlanDefinition.goal.target.measure\0"
	"PlanDefinition.identifier\0"
	"PlanDefinition.jurisdiction\0"
	"PlanDefinition.lastReviewDate\0"
	"PlanDefinition.library\0"
	"PlanDefinition.name\0"
	"PlanDefinition.publisher\0"
	"PlanDefinition.purpose\0"
	"PlanDefinition.relatedArtifact\0"
	"PlanDefinition.reviewer\0"
	"PlanDefinition.status\0"
	"PlanDefinition.subject[x]\0"
	"PlanDefinition.subtitle\0"
	"PlanDefinition.title\0"
	"PlanDefinition.topic\0"
	"PlanDefinition.type\0"
	"PlanDefinition.url\0"
	"PlanDefinition.usage\0"
	"PlanDefinition.useContext\0"
	"PlanDefinition.version\0"
	"Population\0"
	"Population.age[x]\0"
	"Population.gender\0"
	"Population.physiologicalCondition\0"
	"Population.race\0"
	"Practitioner.active\0"
	"Practitioner.address\0"
	"Practitioner.birthDate\0"
	"Practitioner.communication\0"
	"Practitioner.gender\0"
	"Practitioner.identifier\0"
	"Practitioner.name\0"
	"Practitioner.photo\0"
	"Practitioner.qualification\0"
	"Practitioner.qualification.code\0"
	"Practitioner.qualification.identifier\0"
	"Practitioner.qualification.issuer\0"
	"Practitioner.qualification.period\0"
	"Practitioner.telecom\0"
	"PractitionerRole\0"
	"PractitionerRole.active\0"
	"PractitionerRole.availabilityExceptions\0"
	"PractitionerRole.availableTime\0"
	"PractitionerRole.availableTime.allDay\0"
	"PractitionerRole.availableTime.availableEndTime\0"
	"PractitionerRole.availableTime.availableStartTime\0"
	"PractitionerRole.availableTime.daysOfWeek\0"
	"PractitionerRole.code\0"
	"PractitionerRole.endpoint\0"
	"PractitionerRole.healthcareService\0"
	"PractitionerRole.identifier\0"
	"PractitionerRole.location\0"
	"PractitionerRole.notAvailable\0"
	"PractitionerRole.notAvailable.description\0"
	"PractitionerRole.notAvailable.during\0"
	"PractitionerRole.organization\0"
	"PractitionerRole.period\0"
	"PractitionerRole.practitioner\0"
	"PractitionerRole.specialty\0"
	"PractitionerRole.telecom\0"
	"Procedure.asserter\0"
	"Procedure.basedOn\0"
	"Procedure.bodySite\0"
	"Procedure.category\0"
	"Procedure.code\0"
	"Procedure.complication\0"
	"Procedure.complicationDetail\0"
	"Procedure.encounter\0"
	"Procedure.focalDevice\0"
	"Procedure.focalDevice.action\0"
	"Procedure.focalDevice.manipulated\0"
	"Procedure.followUp\0"
	"Procedure.identifier\0"
	"Procedure.instantiatesCanonical\0"
	"Procedure.instantiatesUri\0"
	"Procedure.location\0"
	"Procedure.note\0"
	"Procedure.outcome\0"
	"Procedure.partOf\0"
	"Procedure.performed[x]\0"
	"Procedure.performer\0"
	"Procedure.performer.actor\0"
	"Procedure.performer.function\0"
	"Procedure.performer.onBehalfOf\0"
	"Procedure.reasonCode\0"
	"Procedure.reasonReference\0"
	"Procedure.recorder\0"
	"Procedure.report\0"
	"Procedure.status\0"
	"Procedure.statusReason\0"
	"Procedure.subject\0"
	"Procedure.usedCode\0"
	"Procedure.usedReference\0"
	"ProdCharacteristic\0"
	"ProdCharacteristic.color\0"
	"ProdCharacteristic.depth\0"
	"ProdCharacteristic.externalDiameter\0"
	"ProdCharacteristic.height\0"
	"ProdCharacteristic.image\0"
	"ProdCharacteristic.imprint\0"
	"ProdCharacteristic.nominalVolume\0"
	"ProdCharacteristic.scoring\0"
	"ProdCharacteristic.shape\0"
	"ProdCharacteristic.weight\0"
	"ProdCharacteristic.width\0"
	"ProductShelfLife\0"
	"ProductShelfLife.identifier\0"
	"ProductShelfLife.period\0"
	"ProductShelfLife.specialPrecautionsForStorage\0"
	"ProductShelfLife.type\0"
	"Provenance\0"
	"Provenance.activity\0"
	"Provenance.agent\0"
	"Provenance.agent.onBehalfOf\0"
	"Provenance.agent.role\0"
	"Provenance.agent.type\0"
	"Provenance.agent.who\0"
	"Provenance.entity\0"
	"Provenance.entity.agent\0"
	"Provenance.entity.role\0"
	"Provenance.entity.what\0"
	"Provenance.location\0"
	"Provenance.occurred[x]\0"
	"Provenance.policy\0"
	"Provenance.reason\0"
	"Provenance.recorded\0"
	"Provenance.signature\0"
	"Provenance.target\0"
	"Quantity.code\0"
	"Quantity.comparator\0"
	"Quantity.system\0"
	"Quantity.unit\0"
	"Quantity.value\0"
	"Questionnaire\0"
	"Questionnaire.approvalDate\0"
	"Questionnaire.code\0"
	"Questionnaire.contact\0"
	"Questionnaire.copyright\0"
	"Questionnaire.date\0"
	"Questionnaire.derivedFrom\0"
	"Questionnaire.description\0"
	"Questionnaire.effectivePeriod\0"
	"Questionnaire.experimental\0"
	"Questionnaire.identifier\0"
	"Questionnaire.item\0"
	"Questionnaire.item.answerOption\0"
	"Questionnaire.item.answerOption.initialSelected\0"
	"Questionnaire.item.answerOption.value[x]\0"
	"Questionnaire.item.answerValueSet\0"
	"Questionnaire.item.code\0"
	"Questionnaire.item.definition\0"
	"Questionnaire.item.enableBehavior\0"
	"Questionnaire.item.enableWhen\0"
	"Questionnaire.item.enableWhen.answer[x]\0"
	"Questionnaire.item.enableWhen.operator\0"
	"Questionnaire.item.enableWhen.question\0"
	"Questionnaire.item.initial\0"
	"Questionnaire.item.initial.value[x]\0"
	"Questionnaire.item.item\0"
	"Questionnaire.item.linkId\0"
	"Questionnaire.item.maxLength\0"
	"Questionnaire.item.prefix\0"
	"Questionnaire.item.readOnly\0"
	"Questionnaire.item.repeats\0"
	"Questionnaire.item.required\0"
	"Questionnaire.item.text\0"
	"Questionnaire.item.type\0"
	"Questionnaire.jurisdiction\0"
	"Questionnaire.lastReviewDate\0"
	"Questionnaire.name\0"
	"Questionnaire.publisher\0"
	"Questionnaire.purpose\0"
	"Questionnaire.status\0"
	"Questionnaire.subjectType\0"
	"Questionnaire.title\0"
	"Questionnaire.url\0"
	"Questionnaire.useContext\0"
	"Questionnaire.version\0"
	"QuestionnaireResponse\0"
	"QuestionnaireResponse.author\0"
	"QuestionnaireResponse.authored\0"
	"QuestionnaireResponse.basedOn\0"
	"QuestionnaireResponse.encounter\0"
	"QuestionnaireResponse.identifier\0"
	"QuestionnaireResponse.item\0"
	"QuestionnaireResponse.item.answer\0"
	"QuestionnaireResponse.item.answer.item\0"
	"QuestionnaireResponse.item.answer.value[x]\0"
	"QuestionnaireResponse.item.definition\0"
	"QuestionnaireResponse.item.item\0"
	"QuestionnaireResponse.item.linkId\0"
	"QuestionnaireResponse.item.text\0"
	"QuestionnaireResponse.partOf\0"
	"QuestionnaireResponse.questionnaire\0"
	"QuestionnaireResponse.source\0"
	"QuestionnaireResponse.status\0"
	"QuestionnaireResponse.subject\0"
	"Ratio\0"
	"Ratio.denominator\0"
	"Ratio.numerator\0"
	"RatioRange\0"
	"RatioRange.denominator\0"
	"RatioRange.highNumerator\0"
	"RatioRange.lowNumerator\0"
	"Reference.display\0"
	"RegulatedAuthorization\0"
	"RegulatedAuthorization.basis\0"
	"RegulatedAuthorization.case\0"
	"RegulatedAuthorization.case.application\0"
	"RegulatedAuthorization.case.date[x]\0"
	"RegulatedAuthorization.case.identifier\0"
	"RegulatedAuthorization.case.status\0"
	"RegulatedAuthorization.case.type\0"
	"RegulatedAuthorization.description\0"
	"RegulatedAuthorization.holder\0"
	"RegulatedAuthorization.identifier\0"
	"RegulatedAuthorization.indication\0"
	"RegulatedAuthorization.intendedUse\0"
	"RegulatedAuthorization.region\0"
	"RegulatedAuthorization.regulator\0"
	"RegulatedAuthorization.status\0"
	"RegulatedAuthorization.statusDate\0"
	"RegulatedAuthorization.subject\0"
	"RegulatedAuthorization.type\0"
	"RegulatedAuthorization.validityPeriod\0"
	"RelatedArtifact\0"
	"RelatedArtifact.citation\0"
	"RelatedArtifact.display\0"
	"RelatedArtifact.document\0"
	"RelatedArtifact.label\0"
	"RelatedArtifact.resource\0"
	"RelatedArtifact.type\0"
	"RelatedArtifact.url\0"
	"RelatedPerson\0"
	"RelatedPerson.active\0"
	"RelatedPerson.address\0"
	"RelatedPerson.birthDate\0"
	"RelatedPerson.communication\0"
	"RelatedPerson.communication.language\0"
	"RelatedPerson.communication.preferred\0"
	"RelatedPerson.gender\0"
	"RelatedPerson.identifier\0"
	"RelatedPerson.name\0"
	"RelatedPerson.patient\0"
	"RelatedPerson.period\0"
	"RelatedPerson.photo\0"
	"RelatedPerson.relationship\0"
	"RelatedPerson.telecom\0"
	"RequestGroup\0"
	"RequestGroup.action\0"
	"RequestGroup.action.action\0"
	"RequestGroup.action.cardinalityBehavior\0"
	"RequestGroup.action.code\0"
	"RequestGroup.action.condition\0"
	"RequestGroup.action.condition.expression\0"
	"RequestGroup.action.condition.kind\0"
	"RequestGroup.action.description\0"
	"RequestGroup.action.documentation\0"
	"RequestGroup.action.groupingBehavior\0"
	"RequestGroup.action.participant\0"
	"RequestGroup.action.precheckBehavior\0"
	"RequestGroup.action.prefix\0"
	"RequestGroup.action.priority\0"
	"RequestGroup.action.relatedAction\0"
	"RequestGroup.action.relatedAction.actionId\0"
	"RequestGroup.action.relatedAction.offset[x]\0"
	"RequestGroup.action.relatedAction.relationship\0"
	"RequestGroup.action.requiredBehavior\0"
	"RequestGroup.action.resource\0"
	"RequestGroup.action.selectionBehavior\0"
	"RequestGroup.action.textEquivalent\0"
	"RequestGroup.action.timing[x]\0"
	"RequestGroup.action.title\0"
	"RequestGroup.action.type\0"
	"RequestGroup.author\0"
	"RequestGroup.authoredOn\0"
	"RequestGroup.basedOn\0"
	"RequestGroup.code\0"
	"RequestGroup.encounter\0"
	"RequestGroup.groupIdentifier\0"
	"RequestGroup.identifier\0"
	"RequestGroup.instantiatesCanonical\0"
	"RequestGroup.instantiatesUri\0"
	"RequestGroup.intent\0"
	"RequestGroup.note\0"
	"RequestGroup.priority\0"
	"RequestGroup.reasonCode\0"
	"RequestGroup.reasonReference\0"
	"RequestGroup.replaces\0"
	"RequestGroup.status\0"
	"RequestGroup.subject\0"
	"ResearchDefinition\0"
	"ResearchDefinition.approvalDate\0"
	"ResearchDefinition.author\0"
	"ResearchDefinition.comment\0"
	"ResearchDefinition.contact\0"
	"ResearchDefinition.copyright\0"
	"ResearchDefinition.date\0"
	"ResearchDefinition.description\0"
	"ResearchDefinition.editor\0"
	"ResearchDefinition.effectivePeriod\0"
	"ResearchDefinition.endorser\0"
	"ResearchDefinition.experimental\0"
	"ResearchDefinition.exposure\0"
	"ResearchDefinition.exposureAlternative\0"
	"ResearchDefinition.identifier\0"
	"ResearchDefinition.jurisdiction\0"
	"ResearchDefinition.lastReviewDate\0"
	"ResearchDefinition.library\0"
	"ResearchDefinition.name\0"
	"ResearchDefinition.outcome\0"
	"ResearchDefinition.population\0"
	"ResearchDefinition.publisher\0"
	"ResearchDefinition.purpose\0"
	"ResearchDefinition.relatedArtifact\0"
	"ResearchDefinition.reviewer\0"
	"ResearchDefinition.shortTitle\0"
	"ResearchDefinition.status\0"
	"ResearchDefinition.subject[x]\0"
	"ResearchDefinition.subtitle\0"
	"ResearchDefinition.title\0"
	"ResearchDefinition.topic\0"
	"ResearchDefinition.url\0"
	"ResearchDefinition.usage\0"
	"ResearchDefinition.useContext\0"
	"ResearchDefinition.version\0"
	"ResearchElementDefinition\0"
	"ResearchElementDefinition.approvalDate\0"
	"ResearchElementDefinition.author\0"
	"ResearchElementDefinition.characteristic\0"
	"ResearchElementDefinition.characteristic.definition[x]\0"
	"ResearchElementDefinition.characteristic.exclude\0"
	"ResearchElementDefinition.characteristic.participantEffectiveDescription\0"
	"ResearchElementDefinition.characteristic.participantEffectiveGroupMeasure\0"
	"ResearchElementDefinition.characteristic.participantEffectiveTimeFromStart\0"
	"ResearchElementDefinition.characteristic.participantEffective[x]\0"
	"ResearchElementDefinition.characteristic.studyEffectiveDescription\0"
	"ResearchElementDefinition.characteristic.studyEffectiveGroupMeasure\0"
	"ResearchElementDefinition.characteristic.studyEffectiveTimeFromStart\0"
	"ResearchElementDefinition.characteristic.studyEffective[x]\0"
	"ResearchElementDefinition.characteristic.unitOfMeasure\0"
	"ResearchElementDefinition.characteristic.usageContext\0"
	"ResearchElementDefinition.comment\0"
	"ResearchElementDefinition.contact\0"
	"ResearchElementDefinition.copyright\0"
	"ResearchElementDefinition.date\0"
	"ResearchElementDefinition.description\0"
	"ResearchElementDefinition.editor\0"
	"ResearchElementDefinition.effectivePeriod\0"
	"ResearchElementDefinition.endorser\0"
	"ResearchElementDefinition.experimental\0"
	"ResearchElementDefinition.identifier\0"
	"ResearchElementDefinition.jurisdiction\0"
	"ResearchElementDefinition.lastReviewDate\0"
	"ResearchElementDefinition.library\0"
	"ResearchElementDefinition.name\0"
	"ResearchElementDefinition.publisher\0"
	"ResearchElementDefinition.purpose\0"
	"ResearchElementDefinition.relatedArtifact\0"
	"ResearchElementDefinition.reviewer\0"
	"ResearchElementDefinition.shortTitle\0"
	"ResearchElementDefinition.status\0"
	"ResearchElementDefinition.subject[x]\0"
	"ResearchElementDefinition.subtitle\0"
	"ResearchElementDefinition.title\0"
	"ResearchElementDefinition.topic\0"
	"ResearchElementDefinition.type\0"
	"ResearchElementDefinition.url\0"
	"ResearchElementDefinition.usage\0"
	"ResearchElementDefinition.useContext\0"
	"ResearchElementDefinition.variableType\0"
	"ResearchElementDefinition.version\0"
	"ResearchStudy\0"
	"ResearchStudy.arm\0"
	"ResearchStudy.arm.description\0"
	"ResearchStudy.arm.name\0"
	"ResearchStudy.arm.type\0"
	"ResearchStudy.category\0"
	"ResearchStudy.condition\0"
	"ResearchStudy.contact\0"
	"ResearchStudy.description\0"
	"ResearchStudy.enrollment\0"
	"ResearchStudy.focus\0"
	"ResearchStudy.identifier\0"
	"ResearchStudy.keyword\0"
	"ResearchStudy.location\0"
	"ResearchStudy.note\0"
	"ResearchStudy.objective\0"
	"ResearchStudy.objective.name\0"
	"ResearchStudy.objective.type\0"
	"ResearchStudy.partOf\0"
	"ResearchStudy.period\0"
	"ResearchStudy.phase\0"
	"ResearchStudy.primaryPurposeType\0"
	"ResearchStudy.principalInvestigator\0"
	"ResearchStudy.protocol\0"
	"ResearchStudy.reasonStopped\0"
	"ResearchStudy.relatedArtifact\0"
	"ResearchStudy.site\0"
	"ResearchStudy.sponsor\0"
	"ResearchStudy.status\0"
	"ResearchStudy.title\0"
	"ResearchSubject\0"
	"ResearchSubject.actualArm\0"
	"ResearchSubject.assignedArm\0"
	"ResearchSubject.consent\0"
	"ResearchSubject.identifier\0"
	"ResearchSubject.individual\0"
	"ResearchSubject.period\0"
	"ResearchSubject.status\0"
	"ResearchSubject.study\0"
	"Resource.id\0"
	"Resource.implicitRules\0"
	"Resource.language\0"
	"Resource.meta\0"
	"RiskAssessment\0"
	"RiskAssessment.basedOn\0"
	"RiskAssessment.basis\0"
	"RiskAssessment.code\0"
	"RiskAssessment.condition\0"
	"RiskAssessment.encounter\0"
	"RiskAssessment.identifier\0"
	"RiskAssessment.method\0"
	"RiskAssessment.mitigation\0"
	"RiskAssessment.note\0"
	"RiskAssessment.occurrence[x]\0"
	"RiskAssessment.parent\0"
	"RiskAssessment.performer\0"
	"RiskAssessment.prediction\0"
	"RiskAssessment.prediction.outcome\0"
	"RiskAssessment.prediction.probability[x]\0"
	"RiskAssessment.prediction.qualitativeRisk\0"
	"RiskAssessment.prediction.rationale\0"
	"RiskAssessment.prediction.relativeRisk\0"
	"RiskAssessment.prediction.when[x]\0"
	"RiskAssessment.reasonCode\0"
	"RiskAssessment.reasonReference\0"
	"RiskAssessment.status\0"
	"RiskAssessment.subject\0"
	"SampledData\0"
	"SampledData.data\0"
	"SampledData.dimensions\0"
	"SampledData.factor\0"
	"SampledData.lowerLimit\0"
	"SampledData.origin\0"
	"SampledData.period\0"
	"SampledData.upperLimit\0"
	"Schedule\0"
	"Schedule.active\0"
	"Schedule.actor\0"
	"Schedule.comment\0"
	"Schedule.identifier\0"
	"Schedule.planningHorizon\0"
	"Schedule.serviceCategory\0"
	"Schedule.serviceType\0"
	"Schedule.specialty\0"
	"SearchParameter\0"
	"SearchParameter.base\0"
	"SearchParameter.chain\0"
	"SearchParameter.code\0"
	"SearchParameter.comparator\0"
	"SearchParameter.component\0"
	"SearchParameter.component.definition\0"
	"SearchParameter.component.expression\0"
	"SearchParameter.contact\0"
	"SearchParameter.date\0"
	"SearchParameter.derivedFrom\0"
	"SearchParameter.description\0"
	"SearchParameter.experimental\0"
	"SearchParameter.expression\0"
	"SearchParameter.jurisdiction\0"
	"SearchParameter.modifier\0"
	"SearchParameter.multipleAnd\0"
	"SearchParameter.multipleOr\0"
	"SearchParameter.name\0"
	"SearchParameter.publisher\0"
	"SearchParameter.purpose\0"
	"SearchParameter.status\0"
	"SearchParameter.target\0"
	"SearchParameter.type\0"
	"SearchParameter.url\0"
	"SearchParameter.useContext\0"
	"SearchParameter.version\0"
	"SearchParameter.xpath\0"
	"SearchParameter.xpathUsage\0"
	"ServiceRequest\0"
	"ServiceRequest.asNeeded[x]\0"
	"ServiceRequest.authoredOn\0"
	"ServiceRequest.basedOn\0"
	"ServiceRequest.bodySite\0"
	"ServiceRequest.category\0"
	"ServiceRequest.code\0"
	"ServiceRequest.doNotPerform\0"
	"ServiceRequest.encounter\0"
	"ServiceRequest.identifier\0"
	"ServiceRequest.instantiatesCanonical\0"
	"ServiceRequest.instantiatesUri\0"
	"ServiceRequest.insurance\0"
	"ServiceRequest.intent\0"
	"ServiceRequest.locationCode\0"
	"ServiceRequest.locationReference\0"
	"ServiceRequest.note\0"
	"ServiceRequest.occurrence[x]\0"
	"ServiceRequest.orderDetail\0"
	"ServiceRequest.patientInstruction\0"
	"ServiceRequest.performer\0"
	"ServiceRequest.performerType\0"
	"ServiceRequest.priority\0"
	"ServiceRequest.quantity[x]\0"
	"ServiceRequest.reasonCode\0"
	"ServiceRequest.reasonReference\0"
	"ServiceRequest.relevantHistory\0"
	"ServiceRequest.replaces\0"
	"ServiceRequest.requester\0"
	"ServiceRequest.requisition\0"
	"ServiceRequest.specimen\0"
	"ServiceRequest.status\0"
	"ServiceRequest.subject\0"
	"ServiceRequest.supportingInfo\0"
	"Signature.data\0"
	"Signature.onBehalfOf\0"
	"Signature.sigFormat\0"
	"Signature.targetFormat\0"
	"Signature.type\0"
	"Signature.when\0"
	"Signature.who\0"
	"SimpleQuantity\0"
	"Slot\0"
	"Slot.appointmentType\0"
	"Slot.comment\0"
	"Slot.end\0"
	"Slot.identifier\0"
	"Slot.overbooked\0"
	"Slot.schedule\0"
	"Slot.serviceCategory\0"
	"Slot.serviceType\0"
	"Slot.specialty\0"
	"Slot.start\0"
	"Slot.status\0"
	"Specimen\0"
	"Specimen.accessionIdentifier\0"
	"Specimen.collection\0"
	"Specimen.collection.bodySite\0"
	"Specimen.collection.collected[x]\0"
	"Specimen.collection.collector\0"
	"Specimen.collection.duration\0"
	"Specimen.collection.fastingStatus[x]\0"
	"Specimen.collection.method\0"
	"Specimen.collection.quantity\0"
	"Specimen.condition\0"
	"Specimen.container\0"
	"Specimen.container.additive[x]\0"
	"Specimen.container.capacity\0"
	"Specimen.container.description\0"
	"Specimen.container.identifier\0"
	"Specimen.container.specimenQuantity\0"
	"Specimen.container.type\0"
	"Specimen.identifier\0"
	"Specimen.note\0"
	"Specimen.parent\0"
	"Specimen.processing\0"
	"Specimen.processing.additive\0"
	"Specimen.processing.description\0"
	"Specimen.processing.procedure\0"
	"Specimen.processing.time[x]\0"
	"Specimen.receivedTime\0"
	"Specimen.request\0"
	"Specimen.status\0"
	"Specimen.subject\0"
	"Specimen.type\0"
	"SpecimenDefinition\0"
	"SpecimenDefinition.collection\0"
	"SpecimenDefinition.identifier\0"
	"SpecimenDefinition.patientPreparation\0"
	"SpecimenDefinition.timeAspect\0"
	"SpecimenDefinition.typeCollected\0"
	"SpecimenDefinition.typeTested\0"
	"SpecimenDefinition.typeTested.container\0"
	"SpecimenDefinition.typeTested.container.additive\0"
	"SpecimenDefinition.typeTested.container.additive.additive[x]\0"
	"SpecimenDefinition.typeTested.container.cap\0"
	"SpecimenDefinition.typeTested.container.capacity\0"
	"SpecimenDefinition.typeTested.container.description\0"
	"SpecimenDefinition.typeTested.container.material\0"
	"SpecimenDefinition.typeTested.container.minimumVolume[x]\0"
	"SpecimenDefinition.typeTested.container.preparation\0"
	"SpecimenDefinition.typeTested.container.type\0"
	"SpecimenDefinition.typeTested.handling\0"
	"SpecimenDefinition.typeTested.handling.instruction\0"
	"SpecimenDefinition.typeTested.handling.maxDuration\0"
	"SpecimenDefinition.typeTested.handling.temperatureQualifier\0"
	"SpecimenDefinition.typeTested.handling.temperatureRange\0"
	"SpecimenDefinition.typeTested.isDerived\0"
	"SpecimenDefinition.typeTested.preference\0"
	"SpecimenDefinition.typeTested.rejectionCriterion\0"
	"SpecimenDefinition.typeTested.requirement\0"
	"SpecimenDefinition.typeTested.retentionTime\0"
	"SpecimenDefinition.typeTested.type\0"
	"StructureDefinition\0"
	"StructureDefinition.abstract\0"
	"StructureDefinition.baseDefinition\0"
	"StructureDefinition.contact\0"
	"StructureDefinition.context\0"
	"StructureDefinition.context.expression\0"
	"StructureDefinition.context.type\0"
	"StructureDefinition.contextInvariant\0"
	"StructureDefinition.copyright\0"
	"StructureDefinition.date\0"
	"StructureDefinition.derivation\0"
	"StructureDefinition.description\0"
	"StructureDefinition.differential\0"
	"StructureDefinition.differential.element\0"
	"StructureDefinition.experimental\0"
	"StructureDefinition.fhirVersion\0"
	"StructureDefinition.identifier\0"
	"StructureDefinition.jurisdiction\0"
	"StructureDefinition.keyword\0"
	"StructureDefinition.kind\0"
	"StructureDefinition.mapping\0"
	"StructureDefinition.mapping.comment\0"
	"StructureDefinition.mapping.identity\0"
	"StructureDefinition.mapping.name\0"
	"StructureDefinition.mapping.uri\0"
	"StructureDefinition.name\0"
	"StructureDefinition.publisher\0"
	"StructureDefinition.purpose\0"
	"StructureDefinition.snapshot\0"
	"StructureDefinition.snapshot.element\0"
	"StructureDefinition.status\0"
	"StructureDefinition.title\0"
	"StructureDefinition.type\0"
	"StructureDefinition.url\0"
	"StructureDefinition.useContext\0"
	"StructureDefinition.version\0"
	"StructureMap\0"
	"StructureMap.contact\0"
	"StructureMap.copyright\0"
	"StructureMap.date\0"
	"StructureMap.description\0"
	"StructureMap.experimental\0"
	"StructureMap.group\0"
	"StructureMap.group.documentation\0"
	"StructureMap.group.extends\0"
	"StructureMap.group.input\0"
	"StructureMap.group.input.documentation\0"
	"StructureMap.group.input.mode\0"
	"StructureMap.group.input.name\0"
	"StructureMap.group.input.type\0"
	"StructureMap.group.name\0"
	"StructureMap.group.rule\0"
	"StructureMap.group.rule.dependent\0"
	"StructureMap.group.rule.dependent.name\0"
	"StructureMap.group.rule.dependent.variable\0"
	"StructureMap.group.rule.documentation\0"
	"StructureMap.group.rule.name\0"
	"StructureMap.group.rule.rule\0"
	"StructureMap.group.rule.source\0"
	"StructureMap.group.rule.source.check\0"
	"StructureMap.group.rule.source.condition\0"
	"StructureMap.group.rule.source.context\0"
	"StructureMap.group.rule.source.defaultValue[x]\0"
	"StructureMap.group.rule.source.element\0"
	"StructureMap.group.rule.source.listMode\0"
	"StructureMap.group.rule.source.logMessage\0"
	"StructureMap.group.rule.source.max\0"
	"StructureMap.group.rule.source.min\0"
	"StructureMap.group.rule.source.type\0"
	"StructureMap.group.rule.source.variable\0"
	"StructureMap.group.rule.target\0"
	"StructureMap.group.rule.target.context\0"
	"StructureMap.group.rule.target.contextType\0"
	"StructureMap.group.rule.target.element\0"
	"StructureMap.group.rule.target.listMode\0"
	"StructureMap.group.rule.target.listRuleId\0"
	"StructureMap.group.rule.target.parameter\0"
	"StructureMap.group.rule.target.parameter.value[x]\0"
	"StructureMap.group.rule.target.transform\0"
	"StructureMap.group.rule.target.variable\0"
	"StructureMap.group.typeMode\0"
	"StructureMap.identifier\0"
	"StructureMap.import\0"
	"StructureMap.jurisdiction\0"
	"StructureMap.name\0"
	"StructureMap.publisher\0"
	"StructureMap.purpose\0"
	"StructureMap.status\0"
	"StructureMap.structure\0"
	"StructureMap.structure.alias\0"
	"StructureMap.structure.documentation\0"
	"StructureMap.structure.mode\0"
	"StructureMap.structure.url\0"
	"StructureMap.title\0"
	"StructureMap.url\0"
	"StructureMap.useContext\0"
	"StructureMap.version\0"
	"Subscription\0"
	"Subscription.channel\0"
	"Subscription.channel.endpoint\0"
	"Subscription.channel.header\0"
	"Subscription.channel.payload\0"
	"Subscription.channel.type\0"
	"Subscription.contact\0"
	"Subscription.criteria\0"
	"Subscription.end\0"
	"Subscription.error\0"
	"Subscription.reason\0"
	"Subscription.status\0"
	"SubscriptionStatus\0"
	"SubscriptionStatus.error\0"
	"SubscriptionStatus.eventsSinceSubscriptionStart\0"
	"SubscriptionStatus.notificationEvent\0"
	"SubscriptionStatus.notificationEvent.additionalContext\0"
	"SubscriptionStatus.notificationEvent.eventNumber\0"
	"SubscriptionStatus.notificationEvent.focus\0"
	"SubscriptionStatus.notificationEvent.timestamp\0"
	"SubscriptionStatus.status\0"
	"SubscriptionStatus.subscription\0"
	"SubscriptionStatus.topic\0"
	"SubscriptionStatus.type\0"
	"SubscriptionTopic\0"
	"SubscriptionTopic.approvalDate\0"
	"SubscriptionTopic.canFilterBy\0"
	"SubscriptionTopic.canFilterBy.description\0"
	"SubscriptionTopic.canFilterBy.filterDefinition\0"
	"SubscriptionTopic.canFilterBy.filterParameter\0"
	"SubscriptionTopic.canFilterBy.modifier\0"
	"SubscriptionTopic.canFilterBy.resource\0"
	"SubscriptionTopic.contact\0"
	"SubscriptionTopic.copyright\0"
	"SubscriptionTopic.date\0"
	"SubscriptionTopic.derivedFrom\0"
	"SubscriptionTopic.description\0"
	"SubscriptionTopic.effectivePeriod\0"
	"SubscriptionTopic.eventTrigger\0"
	"SubscriptionTopic.eventTrigger.description\0"
	"SubscriptionTopic.eventTrigger.event\0"
	"SubscriptionTopic.eventTrigger.resource\0"
	"SubscriptionTopic.experimental\0"
	"SubscriptionTopic.identifier\0"
	"SubscriptionTopic.jurisdiction\0"
	"SubscriptionTopic.lastReviewDate\0"
	"SubscriptionTopic.notificationShape\0"
	"SubscriptionTopic.notificationShape.include\0"
	"SubscriptionTopic.notificationShape.resource\0"
	"SubscriptionTopic.notificationShape.revInclude\0"
	"SubscriptionTopic.publisher\0"
	"SubscriptionTopic.purpose\0"
	"SubscriptionTopic.resourceTrigger\0"
	"SubscriptionTopic.resourceTrigger.description\0"
	"SubscriptionTopic.resourceTrigger.fhirPathCriteria\0"
	"SubscriptionTopic.resourceTrigger.queryCriteria\0"
	"SubscriptionTopic.resourceTrigger.queryCriteria.current\0"
	"SubscriptionTopic.resourceTrigger.queryCriteria.previous\0"
	"SubscriptionTopic.resourceTrigger.queryCriteria.requireBoth\0"
	"SubscriptionTopic.resourceTrigger.queryCriteria.resultForCreate\0"
	"SubscriptionTopic.resourceTrigger.queryCriteria.resultForDelete\0"
	"SubscriptionTopic.resourceTrigger.resource\0"
	"SubscriptionTopic.resourceTrigger.supportedInteraction\0"
	"SubscriptionTopic.status\0"
	"SubscriptionTopic.title\0"
	"SubscriptionTopic.url\0"
	"SubscriptionTopic.useContext\0"
	"SubscriptionTopic.version\0"
	"Substance\0"
	"Substance.category\0"
	"Substance.code\0"
	"Substance.description\0"
	"Substance.identifier\0"
	"Substance.ingredient\0"
	"Substance.ingredient.quantity\0"
	"Substance.ingredient.substance[x]\0"
	"Substance.instance\0"
	"Substance.instance.expiry\0"
	"Substance.instance.identifier\0"
	"Substance.instance.quantity\0"
	"Substance.status\0"
	"SubstanceDefinition\0"
	"SubstanceDefinition.classification\0"
	"SubstanceDefinition.code\0"
	"SubstanceDefinition.code.code\0"
	"SubstanceDefinition.code.note\0"
	"SubstanceDefinition.code.source\0"
	"SubstanceDefinition.code.status\0"
	"SubstanceDefinition.code.statusDate\0"
	"SubstanceDefinition.description\0"
	"SubstanceDefinition.domain\0"
	"SubstanceDefinition.grade\0"
	"SubstanceDefinition.identifier\0"
	"SubstanceDefinition.informationSource\0"
	"SubstanceDefinition.manufacturer\0"
	"SubstanceDefinition.moiety\0"
	"SubstanceDefinition.moiety.amount[x]\0"
	"SubstanceDefinition.moiety.identifier\0"
	"SubstanceDefinition.moiety.measurementType\0"
	"SubstanceDefinition.moiety.molecularFormula\0"
	"SubstanceDefinition.moiety.name\0"
	"SubstanceDefinition.moiety.opticalActivity\0"
	"SubstanceDefinition.moiety.role\0"
	"SubstanceDefinition.moiety.stereochemistry\0"
	"SubstanceDefinition.molecularWeight\0"
	"SubstanceDefinition.molecularWeight.amount\0"
	"SubstanceDefinition.molecularWeight.method\0"
	"SubstanceDefinition.molecularWeight.type\0"
	"SubstanceDefinition.name\0"
	"SubstanceDefinition.name.domain\0"
	"SubstanceDefinition.name.jurisdiction\0"
	"SubstanceDefinition.name.language\0"
	"SubstanceDefinition.name.name\0"
	"SubstanceDefinition.name.official\0"
	"SubstanceDefinition.name.official.authority\0"
	"SubstanceDefinition.name.official.date\0"
	"SubstanceDefinition.name.official.status\0"
	"SubstanceDefinition.name.preferred\0"
	"SubstanceDefinition.name.source\0"
	"SubstanceDefinition.name.status\0"
	"SubstanceDefinition.name.synonym\0"
	"SubstanceDefinition.name.translation\0"
	"SubstanceDefinition.name.type\0"
	"SubstanceDefinition.note\0"
	"SubstanceDefinition.property\0"
	"SubstanceDefinition.property.type\0"
	"SubstanceDefinition.property.value[x]\0"
	"SubstanceDefinition.relationship\0"
	"SubstanceDefinition.relationship.amount[x]\0"
	"SubstanceDefinition.relationship.comparator\0"
	"SubstanceDefinition.relationship.isDefining\0"
	"SubstanceDefinition.relationship.ratioHighLimitAmount\0"
	"SubstanceDefinition.relationship.source\0"
	"SubstanceDefinition.relationship.substanceDefinition[x]\0"
	"SubstanceDefinition.relationship.type\0"
	"SubstanceDefinition.sourceMaterial\0"
	"SubstanceDefinition.sourceMaterial.countryOfOrigin\0"
	"SubstanceDefinition.sourceMaterial.genus\0"
	"SubstanceDefinition.sourceMaterial.part\0"
	"SubstanceDefinition.sourceMaterial.species\0"
	"SubstanceDefinition.sourceMaterial.type\0"
	"SubstanceDefinition.status\0"
	"SubstanceDefinition.structure\0"
	"SubstanceDefinition.structure.molecularFormula\0"
	"SubstanceDefinition.structure.molecularFormulaByMoiety\0"
	"SubstanceDefinition.structure.molecularWeight\0"
	"SubstanceDefinition.structure.opticalActivity\0"
	"SubstanceDefinition.structure.representation\0"
	"SubstanceDefinition.structure.representation.document\0"
	"SubstanceDefinition.structure.representation.format\0"
	"SubstanceDefinition.structure.representation.representation\0"
	"SubstanceDefinition.structure.representation.type\0"
	"SubstanceDefinition.structure.sourceDocument\0"
	"SubstanceDefinition.structure.stereochemistry\0"
	"SubstanceDefinition.structure.technique\0"
	"SubstanceDefinition.supplier\0"
	"SubstanceDefinition.version\0"
	"SupplyDelivery\0"
	"SupplyDelivery.basedOn\0"
	"SupplyDelivery.destination\0"
	"SupplyDelivery.identifier\0"
	"SupplyDelivery.occurrence[x]\0"
	"SupplyDelivery.partOf\0"
	"SupplyDelivery.patient\0"
	"SupplyDelivery.receiver\0"
	"SupplyDelivery.status\0"
	"SupplyDelivery.suppliedItem\0"
	"SupplyDelivery.suppliedItem.item[x]\0"
	"SupplyDelivery.suppliedItem.quantity\0"
	"SupplyDelivery.supplier\0"
	"SupplyDelivery.type\0"
	"SupplyRequest\0"
	"SupplyRequest.authoredOn\0"
	"SupplyRequest.category\0"
	"SupplyRequest.deliverFrom\0"
	"SupplyRequest.deliverTo\0"
	"SupplyRequest.identifier\0"
	"SupplyRequest.item[x]\0"
	"SupplyRequest.occurrence[x]\0"
	"SupplyRequest.parameter\0"
	"SupplyRequest.parameter.code\0"
	"SupplyRequest.parameter.value[x]\0"
	"SupplyRequest.priority\0"
	"SupplyRequest.quantity\0"
	"SupplyRequest.reasonCode\0"
	"SupplyRequest.reasonReference\0"
	"SupplyRequest.requester\0"
	"SupplyRequest.status\0"
	"SupplyRequest.supplier\0"
	"Task\0"
	"Task.authoredOn\0"
	"Task.basedOn\0"
	"Task.businessStatus\0"
	"Task.code\0"
	"Task.description\0"
	"Task.encounter\0"
	"Task.executionPeriod\0"
	"Task.focus\0"
	"Task.for\0"
	"Task.groupIdentifier\0"
	"Task.identifier\0"
	"Task.input\0"
	"Task.input.type\0"
	"Task.input.value[x]\0"
	"Task.instantiatesCanonical\0"
	"Task.instantiatesUri\0"
	"Task.insurance\0"
	"Task.intent\0"
	"Task.lastModified\0"
	"Task.location\0"
	"Task.note\0"
	"Task.output\0"
	"Task.output.type\0"
	"Task.output.value[x]\0"
	"Task.owner\0"
	"Task.partOf\0"
	"Task.performerType\0"
	"Task.priority\0"
	"Task.reasonCode\0"
	"Task.reasonReference\0"
	"Task.relevantHistory\0"
	"Task.requester\0"
	"Task.restriction\0"
	"Task.restriction.period\0"
	"Task.restriction.recipient\0"
	"Task.restriction.repetitions\0"
	"Task.status\0"
	"Task.statusReason\0"
	"TerminologyCapabilities\0"
	"TerminologyCapabilities.closure\0"
	"TerminologyCapabilities.closure.translation\0"
	"TerminologyCapabilities.codeSearch\0"
	"TerminologyCapabilities.codeSystem\0"
	"TerminologyCapabilities.codeSystem.subsumption\0"
	"TerminologyCapabilities.codeSystem.uri\0"
	"TerminologyCapabilities.codeSystem.version\0"
	"TerminologyCapabilities.codeSystem.version.code\0"
	"TerminologyCapabilities.codeSystem.version.compositional\0"
	"TerminologyCapabilities.codeSystem.version.filter\0"
	"TerminologyCapabilities.codeSystem.version.filter.code\0"
	"TerminologyCapabilities.codeSystem.version.filter.op\0"
	"TerminologyCapabilities.codeSystem.version.isDefault\0"
	"TerminologyCapabilities.codeSystem.version.language\0"
	"TerminologyCapabilities.codeSystem.version.property\0"
	"TerminologyCapabilities.contact\0"
	"TerminologyCapabilities.copyright\0"
	"TerminologyCapabilities.date\0"
	"TerminologyCapabilities.description\0"
	"TerminologyCapabilities.expansion\0"
	"TerminologyCapabilities.expansion.hierarchical\0"
	"TerminologyCapabilities.expansion.incomplete\0"
	"TerminologyCapabilities.expansion.paging\0"
	"TerminologyCapabilities.expansion.parameter\0"
	"TerminologyCapabilities.expansion.parameter.documentation\0"
	"TerminologyCapabilities.expansion.parameter.name\0"
	"TerminologyCapabilities.expansion.textFilter\0"
	"TerminologyCapabilities.experimental\0"
	"TerminologyCapabilities.implementation\0"
	"TerminologyCapabilities.implementation.description\0"
	"TerminologyCapabilities.implementation.url\0"
	"TerminologyCapabilities.jurisdiction\0"
	"TerminologyCapabilities.kind\0"
	"TerminologyCapabilities.lockedDate\0"
	"TerminologyCapabilities.name\0"
	"TerminologyCapabilities.publisher\0"
	"TerminologyCapabilities.purpose\0"
	"TerminologyCapabilities.software\0"
	"TerminologyCapabilities.software.name\0"
	"TerminologyCapabilities.software.version\0"
	"TerminologyCapabilities.status\0"
	"TerminologyCapabilities.title\0"
	"TerminologyCapabilities.translation\0"
	"TerminologyCapabilities.translation.needsMap\0"
	"TerminologyCapabilities.url\0"
	"TerminologyCapabilities.useContext\0"
	"TerminologyCapabilities.validateCode\0"
	"TerminologyCapabilities.validateCode.translations\0"
	"TerminologyCapabilities.version\0"
	"TestReport\0"
	"TestReport.identifier\0"
	"TestReport.issued\0"
	"TestReport.name\0"
	"TestReport.participant\0"
	"TestReport.participant.display\0"
	"TestReport.participant.type\0"
	"TestReport.participant.uri\0"
	"TestReport.result\0"
	"TestReport.score\0"
	"TestReport.setup\0"
	"TestReport.setup.action\0"
	"TestReport.setup.action.assert\0"
	"TestReport.setup.action.assert.detail\0"
	"TestReport.setup.action.assert.message\0"
	"TestReport.setup.action.assert.result\0"
	"TestReport.setup.action.operation\0"
	"TestReport.setup.action.operation.detail\0"
	"TestReport.setup.action.operation.message\0"
	"TestReport.setup.action.operation.result\0"
	"TestReport.status\0"
	"TestReport.teardown\0"
	"TestReport.teardown.action\0"
	"TestReport.teardown.action.operation\0"
	"TestReport.test\0"
	"TestReport.test.action\0"
	"TestReport.test.action.assert\0"
	"TestReport.test.action.operation\0"
	"TestReport.test.description\0"
	"TestReport.test.name\0"
	"TestReport.testScript\0"
	"TestReport.tester\0"
	"TestScript\0"
	"TestScript.contact\0"
	"TestScript.copyright\0"
	"TestScript.date\0"
	"TestScript.description\0"
	"TestScript.destination\0"
	"TestScript.destination.index\0"
	"TestScript.destination.profile\0"
	"TestScript.experimental\0"
	"TestScript.fixture\0"
	"TestScript.fixture.autocreate\0"
	"TestScript.fixture.autodelete\0"
	"TestScript.fixture.resource\0"
	"TestScript.identifier\0"
	"TestScript.jurisdiction\0"
	"TestScript.metadata\0"
	"TestScript.metadata.capability\0"
	"TestScript.metadata.capability.capabilities\0"
	"TestScript.metadata.capability.description\0"
	"TestScript.metadata.capability.destination\0"
	"TestScript.metadata.capability.link\0"
	"TestScript.metadata.capability.origin\0"
	"TestScript.metadata.capability.required\0"
	"TestScript.metadata.capability.validated\0"
	"TestScript.metadata.link\0"
	"TestScript.metadata.link.description\0"
	"TestScript.metadata.link.url\0"
	"TestScript.name\0"
	"TestScript.origin\0"
	"TestScript.origin.index\0"
	"TestScript.origin.profile\0"
	"TestScript.profile\0"
	"TestScript.publisher\0"
	"TestScript.purpose\0"
	"TestScript.setup\0"
	"TestScript.setup.action\0"
	"TestScript.setup.action.assert\0"
	"TestScript.setup.action.assert.compareToSourceExpression\0"
	"TestScript.setup.action.assert.compareToSourceId\0"
	"TestScript.setup.action.assert.compareToSourcePath\0"
	"TestScript.setup.action.assert.contentType\0"
	"TestScript.setup.action.assert.description\0"
	"TestScript.setup.action.assert.direction\0"
	"TestScript.setup.action.assert.expression\0"
	"TestScript.setup.action.assert.headerField\0"
	"TestScript.setup.action.assert.label\0"
	"TestScript.setup.action.assert.minimumId\0"
	"TestScript.setup.action.assert.navigationLinks\0"
	"TestScript.setup.action.assert.operator\0"
	"TestScript.setup.action.assert.path\0"
	"TestScript.setup.action.assert.requestMethod\0"
	"TestScript.setup.action.assert.requestURL\0"
	"TestScript.setup.action.assert.resource\0"
	"TestScript.setup.action.assert.response\0"
	"TestScript.setup.action.assert.responseCode\0"
	"TestScript.setup.action.assert.sourceId\0"
	"TestScript.setup.action.assert.validateProfileId\0"
	"TestScript.setup.action.assert.value\0"
	"TestScript.setup.action.assert.warningOnly\0"
	"TestScript.setup.action.operation\0"
	"TestScript.setup.action.operation.accept\0"
	"TestScript.setup.action.operation.contentType\0"
	"TestScript.setup.action.operation.description\0"
	"TestScript.setup.action.operation.destination\0"
	"TestScript.setup.action.operation.encodeRequestUrl\0"
	"TestScript.setup.action.operation.label\0"
	"TestScript.setup.action.operation.method\0"
	"TestScript.setup.action.operation.origin\0"
	"TestScript.setup.action.operation.params\0"
	"TestScript.setup.action.operation.requestHeader\0"
	"TestScript.setup.action.operation.requestHeader.field\0"
	"TestScript.setup.action.operation.requestHeader.value\0"
	"TestScript.setup.action.operation.requestId\0"
	"TestScript.setup.action.operation.resource\0"
	"TestScript.setup.action.operation.responseId\0"
	"TestScript.setup.action.operation.sourceId\0"
	"TestScript.setup.action.operation.targetId\0"
	"TestScript.setup.action.operation.type\0"
	"TestScript.setup.action.operation.url\0"
	"TestScript.status\0"
	"TestScript.teardown\0"
	"TestScript.teardown.action\0"
	"TestScript.teardown.action.operation\0"
	"TestScript.test\0"
	"TestScript.test.action\0"
	"TestScript.test.action.assert\0"
	"TestScript.test.action.operation\0"
	"TestScript.test.description\0"
	"TestScript.test.name\0"
	"TestScript.title\0"
	"TestScript.url\0"
	"TestScript.useContext\0"
	"TestScript.variable\0"
	"TestScript.variable.defaultValue\0"
	"TestScript.variable.description\0"
	"TestScript.variable.expression\0"
	"TestScript.variable.headerField\0"
	"TestScript.variable.hint\0"
	"TestScript.variable.name\0"
	"TestScript.variable.path\0"
	"TestScript.variable.sourceId\0"
	"TestScript.version\0"
	"Timing\0"
	"Timing.code\0"
	"Timing.event\0"
	"Timing.repeat\0"
	"Timing.repeat.bounds[x]\0"
	"Timing.repeat.count\0"
	"Timing.repeat.countMax\0"
	"Timing.repeat.dayOfWeek\0"
	"Timing.repeat.duration\0"
	"Timing.repeat.durationMax\0"
	"Timing.repeat.durationUnit\0"
	"Timing.repeat.frequency\0"
	"Timing.repeat.frequencyMax\0"
	"Timing.repeat.offset\0"
	"Timing.repeat.period\0"
	"Timing.repeat.periodMax\0"
	"Timing.repeat.periodUnit\0"
	"Timing.repeat.timeOfDay\0"
	"Timing.repeat.when\0"
	"TriggerDefinition\0"
	"TriggerDefinition.condition\0"
	"TriggerDefinition.data\0"
	"TriggerDefinition.name\0"
	"TriggerDefinition.timing[x]\0"
	"TriggerDefinition.type\0"
	"UsageContext\0"
	"UsageContext.code\0"
	"UsageContext.value[x]\0"
	"ValueSet.compose\0"
	"ValueSet.compose.exclude\0"
	"ValueSet.compose.inactive\0"
	"ValueSet.compose.include\0"
	"ValueSet.compose.include.concept\0"
	"ValueSet.compose.include.concept.code\0"
	"ValueSet.compose.include.concept.designation\0"
	"ValueSet.compose.include.concept.designation.language\0"
	"ValueSet.compose.include.concept.designation.use\0"
	"ValueSet.compose.include.concept.designation.value\0"
	"ValueSet.compose.include.concept.display\0"
	"ValueSet.compose.include.filter\0"
	"ValueSet.compose.include.filter.op\0"
	"ValueSet.compose.include.filter.property\0"
	"ValueSet.compose.include.filter.value\0"
	"ValueSet.compose.include.system\0"
	"ValueSet.compose.include.valueSet\0"
	"ValueSet.compose.include.version\0"
	"ValueSet.compose.lockedDate\0"
	"ValueSet.contact\0"
	"ValueSet.copyright\0"
	"ValueSet.date\0"
	"ValueSet.description\0"
	"ValueSet.expansion\0"
	"ValueSet.expansion.contains\0"
	"ValueSet.expansion.contains.abstract\0"
	"ValueSet.expansion.contains.code\0"
	"ValueSet.expansion.contains.contains\0"
	"ValueSet.expansion.contains.designation\0"
	"ValueSet.expansion.contains.display\0"
	"ValueSet.expansion.contains.inactive\0"
	"ValueSet.expansion.contains.system\0"
	"ValueSet.expansion.contains.version\0"
	"ValueSet.expansion.identifier\0"
	"ValueSet.expansion.offset\0"
	"ValueSet.expansion.parameter\0"
	"ValueSet.expansion.parameter.name\0"
	"ValueSet.expansion.parameter.value[x]\0"
	"ValueSet.expansion.timestamp\0"
	"ValueSet.expansion.total\0"
	"ValueSet.experimental\0"
	"ValueSet.identifier\0"
	"ValueSet.immutable\0"
	"ValueSet.jurisdiction\0"
	"ValueSet.name\0"
	"ValueSet.publisher\0"
	"ValueSet.purpose\0"
	"ValueSet.status\0"
	"ValueSet.title\0"
	"ValueSet.url\0"
	"ValueSet.useContext\0"
	"ValueSet.version\0"
	"VerificationResult\0"
	"VerificationResult.attestation\0"
	"VerificationResult.attestation.communicationMethod\0"
	"VerificationResult.attestation.date\0"
	"VerificationResult.attestation.onBehalfOf\0"
	"VerificationResult.attestation.proxyIdentityCertificate\0"
	"VerificationResult.attestation.proxySignature\0"
	"VerificationResult.attestation.sourceIdentityCertificate\0"
	"VerificationResult.attestation.sourceSignature\0"
	"VerificationResult.attestation.who\0"
	"VerificationResult.failureAction\0"
	"VerificationResult.frequency\0"
	"VerificationResult.lastPerformed\0"
	"VerificationResult.need\0"
	"VerificationResult.nextScheduled\0"
	"VerificationResult.primarySource\0"
	"VerificationResult.primarySource.canPushUpdates\0"
	"VerificationResult.primarySource.communicationMethod\0"
	"VerificationResult.primarySource.pushTypeAvailable\0"
	"VerificationResult.primarySource.type\0"
	"VerificationResult.primarySource.validationDate\0"
	"VerificationResult.primarySource.validationStatus\0"
	"VerificationResult.primarySource.who\0"
	"VerificationResult.status\0"
	"VerificationResult.statusDate\0"
	"VerificationResult.target\0"
	"VerificationResult.targetLocation\0"
	"VerificationResult.validationProcess\0"
	"VerificationResult.validationType\0"
	"VerificationResult.validator\0"
	"VerificationResult.validator.attestationSignature\0"
	"VerificationResult.validator.identityCertificate\0"
	"VerificationResult.validator.organization\0"
	"VisionPrescription\0"
	"VisionPrescription.created\0"
	"VisionPrescription.dateWritten\0"
	"VisionPrescription.encounter\0"
	"VisionPrescription.identifier\0"
	"VisionPrescription.lensSpecification\0"
	"VisionPrescription.lensSpecification.add\0"
	"VisionPrescription.lensSpecification.axis\0"
	"VisionPrescription.lensSpecification.backCurve\0"
	"VisionPrescription.lensSpecification.brand\0"
	"VisionPrescription.lensSpecification.color\0"
	"VisionPrescription.lensSpecification.cylinder\0"
	"VisionPrescription.lensSpecification.diameter\0"
	"VisionPrescription.lensSpecification.duration\0"
	"VisionPrescription.lensSpecification.eye\0"
	"VisionPrescription.lensSpecification.note\0"
	"VisionPrescription.lensSpecification.power\0"
	"VisionPrescription.lensSpecification.prism\0"
	"VisionPrescription.lensSpecification.prism.amount\0"
	"VisionPrescription.lensSpecification.prism.base\0"
	"VisionPrescription.lensSpecification.product\0"
	"VisionPrescription.lensSpecification.sphere\0"
	"VisionPrescription.patient\0"
	"VisionPrescription.prescriber\0"
	"VisionPrescription.status\0"
	"abatement\0"
	"asNeeded\0"
	"base64Binary\0"
	"base64Binary.value\0"
	"boolean\0"
	"boolean.value\0"
	"born\0"
	"bounds\0"
	"canonical\0"
	"canonical.value\0"
	"chargeItem\0"
	"citeAs\0"
	"code.value\0"
	"collected\0"
	"concentration\0"
	"date.value\0"
	"dateTime.value\0"
	"deceased\0"
	"decimal\0"
	"decimal.value\0"
	"doseNumber\0"
	"effective\0"
	"fastingStatus\0"
	"fixed\0"
	"http://dicom.nema.org/medical/dicom/current/output/chtml/part04/sect_B.5.html#table_B.5-1\0"
	"http://dicom.nema.org/medical/dicom/current/output/chtml/part16/sect_CID_29.html\0"
	"http://hl7.org/fhir/ValueSet/FHIR-version|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/account-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/account-type\0"
	"http://hl7.org/fhir/ValueSet/action-cardinality-behavior|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/action-code\0"
	"http://hl7.org/fhir/ValueSet/action-condition-kind|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/action-grouping-behavior|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/action-participant-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/action-precheck-behavior|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/action-reason-code\0"
	"http://hl7.org/fhir/ValueSet/action-relationship-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/action-required-behavior|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/action-selection-behavior|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/action-type\0"
	"http://hl7.org/fhir/ValueSet/additional-instruction-codes\0"
	"http://hl7.org/fhir/ValueSet/address-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/address-use|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/adjudication\0"
	"http://hl7.org/fhir/ValueSet/adjudication-error\0"
	"http://hl7.org/fhir/ValueSet/adjudication-reason\0"
	"http://hl7.org/fhir/ValueSet/administrable-dose-form\0"
	"http://hl7.org/fhir/ValueSet/administration-method-codes\0"
	"http://hl7.org/fhir/ValueSet/administrative-gender\0"
	"http://hl7.org/fhir/ValueSet/administrative-gender|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-actuality|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-category\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-causality-assess\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-causality-method\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-outcome|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-seriousness\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-severity|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-type\0"
	"http://hl7.org/fhir/ValueSet/all-types|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/allergen-class\0"
	"http://hl7.org/fhir/ValueSet/allergy-intolerance-category|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/allergy-intolerance-criticality|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/allergy-intolerance-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/allergyintolerance-clinical|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/allergyintolerance-code\0"
	"http://hl7.org/fhir/ValueSet/allergyintolerance-verification|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/animal-tissue-type\0"
	"http://hl7.org/fhir/ValueSet/appointment-cancellation-reason\0"
	"http://hl7.org/fhir/ValueSet/appointmentstatus|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/approach-site-codes\0"
	"http://hl7.org/fhir/ValueSet/article-url-type\0"
	"http://hl7.org/fhir/ValueSet/artifact-contribution-instance-type\0"
	"http://hl7.org/fhir/ValueSet/artifact-contribution-type\0"
	"http://hl7.org/fhir/ValueSet/artifact-relationship-type\0"
	"http://hl7.org/fhir/ValueSet/assert-direction-codes|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/assert-operator-codes|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/assert-response-code-types|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/asset-availability\0"
	"http://hl7.org/fhir/ValueSet/attribute-estimate-type\0"
	"http://hl7.org/fhir/ValueSet/audit-entity-type\0"
	"http://hl7.org/fhir/ValueSet/audit-event-action|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/audit-event-outcome|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/audit-event-sub-type\0"
	"http://hl7.org/fhir/ValueSet/audit-event-type\0"
	"http://hl7.org/fhir/ValueSet/audit-source-type\0"
	"http://hl7.org/fhir/ValueSet/basic-resource-type\0"
	"http://hl7.org/fhir/ValueSet/benefit-network\0"
	"http://hl7.org/fhir/ValueSet/benefit-term\0"
	"http://hl7.org/fhir/ValueSet/benefit-type\0"
	"http://hl7.org/fhir/ValueSet/benefit-unit\0"
	"http://hl7.org/fhir/ValueSet/binding-strength|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/body-site\0"
	"http://hl7.org/fhir/ValueSet/bodysite-laterality\0"
	"http://hl7.org/fhir/ValueSet/bodystructure-code\0"
	"http://hl7.org/fhir/ValueSet/bodystructure-relative-location\0"
	"http://hl7.org/fhir/ValueSet/bundle-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/c80-facilitycodes\0"
	"http://hl7.org/fhir/ValueSet/c80-practice-codes\0"
	"http://hl7.org/fhir/ValueSet/capability-statement-kind|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/care-plan-activity-kind|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/care-plan-activity-outcome\0"
	"http://hl7.org/fhir/ValueSet/care-plan-activity-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/care-plan-category\0"
	"http://hl7.org/fhir/ValueSet/care-plan-intent|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/care-team-category\0"
	"http://hl7.org/fhir/ValueSet/care-team-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/careteam-participant-role\0"
	"http://hl7.org/fhir/ValueSet/certainty-rating\0"
	"http://hl7.org/fhir/ValueSet/certainty-type\0"
	"http://hl7.org/fhir/ValueSet/characteristic-combination|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/characteristic-method\0"
	"http://hl7.org/fhir/ValueSet/chargeitem-billingcodes\0"
	"http://hl7.org/fhir/ValueSet/chargeitem-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/chromosome-human\0"
	"http://hl7.org/fhir/ValueSet/citation-artifact-classifier\0"
	"http://hl7.org/fhir/ValueSet/citation-classification-type\0"
	"http://hl7.org/fhir/ValueSet/citation-status-type\0"
	"http://hl7.org/fhir/ValueSet/citation-summary-style\0"
	"http://hl7.org/fhir/ValueSet/cited-artifact-abstract-type\0"
	"http://hl7.org/fhir/ValueSet/cited-artifact-classification-type\0"
	"http://hl7.org/fhir/ValueSet/cited-artifact-part-type\0"
	"http://hl7.org/fhir/ValueSet/cited-artifact-status-type\0"
	"http://hl7.org/fhir/ValueSet/cited-medium\0"
	"http://hl7.org/fhir/ValueSet/claim-careteamrole\0"
	"http://hl7.org/fhir/ValueSet/claim-exception\0"
	"http://hl7.org/fhir/ValueSet/claim-informationcategory\0"
	"http://hl7.org/fhir/ValueSet/claim-modifiers\0"
	"http://hl7.org/fhir/ValueSet/claim-subtype\0"
	"http://hl7.org/fhir/ValueSet/claim-type\0"
	"http://hl7.org/fhir/ValueSet/claim-use|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/clinical-findings\0"
	"http://hl7.org/fhir/ValueSet/clinical-use-definition-category\0"
	"http://hl7.org/fhir/ValueSet/clinical-use-definition-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/clinicalimpression-prognosis\0"
	"http://hl7.org/fhir/ValueSet/clinicalimpression-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/code-search-support|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/codesystem-content-mode|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/codesystem-hierarchy-meaning|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/combined-dose-form\0"
	"http://hl7.org/fhir/ValueSet/common-tags\0"
	"http://hl7.org/fhir/ValueSet/communication-category\0"
	"http://hl7.org/fhir/ValueSet/communication-not-done-reason\0"
	"http://hl7.org/fhir/ValueSet/communication-topic\0"
	"http://hl7.org/fhir/ValueSet/compartment-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/composite-measure-scoring\0"
	"http://hl7.org/fhir/ValueSet/composition-attestation-mode|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/composition-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/concept-map-equivalence|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/concept-property-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/conceptmap-unmapped-mode|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/condition-category\0"
	"http://hl7.org/fhir/ValueSet/condition-clinical|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/condition-code\0"
	"http://hl7.org/fhir/ValueSet/condition-outcome\0"
	"http://hl7.org/fhir/ValueSet/condition-severity\0"
	"http://hl7.org/fhir/ValueSet/condition-stage\0"
	"http://hl7.org/fhir/ValueSet/condition-stage-type\0"
	"http://hl7.org/fhir/ValueSet/condition-ver-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/conditional-delete-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/conditional-read-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/consent-action\0"
	"http://hl7.org/fhir/ValueSet/consent-category\0"
	"http://hl7.org/fhir/ValueSet/consent-content-class\0"
	"http://hl7.org/fhir/ValueSet/consent-content-code\0"
	"http://hl7.org/fhir/ValueSet/consent-data-meaning|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/consent-policy\0"
	"http://hl7.org/fhir/ValueSet/consent-provision-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/consent-scope\0"
	"http://hl7.org/fhir/ValueSet/consent-state-codes|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/consistency-type\0"
	"http://hl7.org/fhir/ValueSet/constraint-severity|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/contact-point-system|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/contact-point-use|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/contactentity-type\0"
	"http://hl7.org/fhir/ValueSet/container-cap\0"
	"http://hl7.org/fhir/ValueSet/container-material\0"
	"http://hl7.org/fhir/ValueSet/contract-action\0"
	"http://hl7.org/fhir/ValueSet/contract-actionstatus\0"
	"http://hl7.org/fhir/ValueSet/contract-actorrole\0"
	"http://hl7.org/fhir/ValueSet/contract-assetcontext\0"
	"http://hl7.org/fhir/ValueSet/contract-assetscope\0"
	"http://hl7.org/fhir/ValueSet/contract-assetsubtype\0"
	"http://hl7.org/fhir/ValueSet/contract-assettype\0"
	"http://hl7.org/fhir/ValueSet/contract-content-derivative\0"
	"http://hl7.org/fhir/ValueSet/contract-decision-mode\0"
	"http://hl7.org/fhir/ValueSet/contract-definition-subtype\0"
	"http://hl7.org/fhir/ValueSet/contract-definition-type\0"
	"http://hl7.org/fhir/ValueSet/contract-expiration-type\0"
	"http://hl7.org/fhir/ValueSet/contract-legalstate\0"
	"http://hl7.org/fhir/ValueSet/contract-party-role\0"
	"http://hl7.org/fhir/ValueSet/contract-publicationstatus|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/contract-scope\0"
	"http://hl7.org/fhir/ValueSet/contract-security-category\0"
	"http://hl7.org/fhir/ValueSet/contract-security-classification\0"
	"http://hl7.org/fhir/ValueSet/contract-security-control\0"
	"http://hl7.org/fhir/ValueSet/contract-signer-type\0"
	"http://hl7.org/fhir/ValueSet/contract-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/contract-subtype\0"
	"http://hl7.org/fhir/ValueSet/contract-term-subtype\0"
	"http://hl7.org/fhir/ValueSet/contract-term-type\0"
	"http://hl7.org/fhir/ValueSet/contract-type\0"
	"http://hl7.org/fhir/ValueSet/contributor-role\0"
	"http://hl7.org/fhir/ValueSet/contributor-summary-source\0"
	"http://hl7.org/fhir/ValueSet/contributor-summary-style\0"
	"http://hl7.org/fhir/ValueSet/contributor-summary-type\0"
	"http://hl7.org/fhir/ValueSet/contributor-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/country\0"
	"http://hl7.org/fhir/ValueSet/country|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/coverage-class\0"
	"http://hl7.org/fhir/ValueSet/coverage-copay-type\0"
	"http://hl7.org/fhir/ValueSet/coverage-financial-exception\0"
	"http://hl7.org/fhir/ValueSet/coverage-type\0"
	"http://hl7.org/fhir/ValueSet/coverageeligibilityresponse-ex-auth-support\0"
	"http://hl7.org/fhir/ValueSet/currencies|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/data-absent-reason\0"
	"http://hl7.org/fhir/ValueSet/days-of-week|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/defined-types\0"
	"http://hl7.org/fhir/ValueSet/defined-types|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/definition-topic\0"
	"http://hl7.org/fhir/ValueSet/definition-use\0"
	"http://hl7.org/fhir/ValueSet/designation-use\0"
	"http://hl7.org/fhir/ValueSet/detectedissue-category\0"
	"http://hl7.org/fhir/ValueSet/detectedissue-mitigation-action\0"
	"http://hl7.org/fhir/ValueSet/detectedissue-severity|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/device-action\0"
	"http://hl7.org/fhir/ValueSet/device-kind\0"
	"http://hl7.org/fhir/ValueSet/device-nametype|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/device-safety\0"
	"http://hl7.org/fhir/ValueSet/device-statement-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/device-status-reason\0"
	"http://hl7.org/fhir/ValueSet/device-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/device-type\0"
	"http://hl7.org/fhir/ValueSet/devicemetric-type\0"
	"http://hl7.org/fhir/ValueSet/diagnosis-role\0"
	"http://hl7.org/fhir/ValueSet/diagnostic-report-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/diagnostic-service-sections\0"
	"http://hl7.org/fhir/ValueSet/dicm-405-mediatype\0"
	"http://hl7.org/fhir/ValueSet/diet-type\0"
	"http://hl7.org/fhir/ValueSet/directness\0"
	"http://hl7.org/fhir/ValueSet/discriminator-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/disease-status\0"
	"http://hl7.org/fhir/ValueSet/disease-symptom-procedure\0"
	"http://hl7.org/fhir/ValueSet/doc-classcodes\0"
	"http://hl7.org/fhir/ValueSet/doc-section-codes\0"
	"http://hl7.org/fhir/ValueSet/doc-typecodes\0"
	"http://hl7.org/fhir/ValueSet/document-mode|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/document-reference-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/document-relationship-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/dose-rate-type\0"
	"http://hl7.org/fhir/ValueSet/edible-substance-type\0"
	"http://hl7.org/fhir/ValueSet/eligibilityrequest-purpose|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/eligibilityresponse-purpose|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/encounter-admit-source\0"
	"http://hl7.org/fhir/ValueSet/encounter-diet\0"
	"http://hl7.org/fhir/ValueSet/encounter-discharge-disposition\0"
	"http://hl7.org/fhir/ValueSet/encounter-location-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/encounter-participant-type\0"
	"http://hl7.org/fhir/ValueSet/encounter-reason\0"
	"http://hl7.org/fhir/ValueSet/encounter-special-arrangements\0"
	"http://hl7.org/fhir/ValueSet/encounter-special-courtesy\0"
	"http://hl7.org/fhir/ValueSet/encounter-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/encounter-type\0"
	"http://hl7.org/fhir/ValueSet/endpoint-connection-type\0"
	"http://hl7.org/fhir/ValueSet/endpoint-payload-type\0"
	"http://hl7.org/fhir/ValueSet/endpoint-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/enteral-route\0"
	"http://hl7.org/fhir/ValueSet/entformula-additive\0"
	"http://hl7.org/fhir/ValueSet/entformula-type\0"
	"http://hl7.org/fhir/ValueSet/episode-of-care-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/episodeofcare-type\0"
	"http://hl7.org/fhir/ValueSet/event-capability-mode|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/event-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/event-timing|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/evidence-classifier-code\0"
	"http://hl7.org/fhir/ValueSet/evidence-report-section\0"
	"http://hl7.org/fhir/ValueSet/evidence-report-type\0"
	"http://hl7.org/fhir/ValueSet/ex-benefitcategory\0"
	"http://hl7.org/fhir/ValueSet/ex-diagnosis-on-admission\0"
	"http://hl7.org/fhir/ValueSet/ex-diagnosisrelatedgroup\0"
	"http://hl7.org/fhir/ValueSet/ex-diagnosistype\0"
	"http://hl7.org/fhir/ValueSet/ex-paymenttype\0"
	"http://hl7.org/fhir/ValueSet/ex-procedure-type\0"
	"http://hl7.org/fhir/ValueSet/ex-program-code\0"
	"http://hl7.org/fhir/ValueSet/ex-revenue-center\0"
	"http://hl7.org/fhir/ValueSet/examplescenario-actor-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/explanationofbenefit-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/expression-language\0"
	"http://hl7.org/fhir/ValueSet/extension-context-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/fhir-element-types\0"
	"http://hl7.org/fhir/ValueSet/filter-operator|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/flag-category\0"
	"http://hl7.org/fhir/ValueSet/flag-code\0"
	"http://hl7.org/fhir/ValueSet/flag-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/fm-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/focus-characteristic-code\0"
	"http://hl7.org/fhir/ValueSet/food-type\0"
	"http://hl7.org/fhir/ValueSet/formatcodes\0"
	"http://hl7.org/fhir/ValueSet/forms\0"
	"http://hl7.org/fhir/ValueSet/fundsreserve\0"
	"http://hl7.org/fhir/ValueSet/goal-achievement\0"
	"http://hl7.org/fhir/ValueSet/goal-category\0"
	"http://hl7.org/fhir/ValueSet/goal-priority\0"
	"http://hl7.org/fhir/ValueSet/goal-start-event\0"
	"http://hl7.org/fhir/ValueSet/goal-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/graph-compartment-rule|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/graph-compartment-use|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/group-measure|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/group-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/guidance-response-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/guide-page-generation|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/guide-parameter-code|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/handling-condition\0"
	"http://hl7.org/fhir/ValueSet/history-absent-reason\0"
	"http://hl7.org/fhir/ValueSet/history-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/http-operations|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/http-verb|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/icd-10\0"
	"http://hl7.org/fhir/ValueSet/icd-10-procedures\0"
	"http://hl7.org/fhir/ValueSet/identifier-type\0"
	"http://hl7.org/fhir/ValueSet/identifier-use|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/identity-assuranceLevel|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/imagingstudy-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/immunization-evaluation-dose-status\0"
	"http://hl7.org/fhir/ValueSet/immunization-evaluation-dose-status-reason\0"
	"http://hl7.org/fhir/ValueSet/immunization-evaluation-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/immunization-evaluation-target-disease\0"
	"http://hl7.org/fhir/ValueSet/immunization-function\0"
	"http://hl7.org/fhir/ValueSet/immunization-funding-source\0"
	"http://hl7.org/fhir/ValueSet/immunization-origin\0"
	"http://hl7.org/fhir/ValueSet/immunization-program-eligibility\0"
	"http://hl7.org/fhir/ValueSet/immunization-reason\0"
	"http://hl7.org/fhir/ValueSet/immunization-recommendation-date-criterion\0"
	"http://hl7.org/fhir/ValueSet/immunization-recommendation-reason\0"
	"http://hl7.org/fhir/ValueSet/immunization-recommendation-status\0"
	"http://hl7.org/fhir/ValueSet/immunization-recommendation-target-disease\0"
	"http://hl7.org/fhir/ValueSet/immunization-route\0"
	"http://hl7.org/fhir/ValueSet/immunization-site\0"
	"http://hl7.org/fhir/ValueSet/immunization-status-reason\0"
	"http://hl7.org/fhir/ValueSet/immunization-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/immunization-subpotent-reason\0"
	"http://hl7.org/fhir/ValueSet/immunization-target-disease\0"
	"http://hl7.org/fhir/ValueSet/ingredient-function\0"
	"http://hl7.org/fhir/ValueSet/ingredient-manufacturer-role|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/ingredient-role\0"
	"http://hl7.org/fhir/ValueSet/insuranceplan-applicability|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/insuranceplan-type\0"
	"http://hl7.org/fhir/ValueSet/interactant\0"
	"http://hl7.org/fhir/ValueSet/interaction-effect\0"
	"http://hl7.org/fhir/ValueSet/interaction-incidence\0"
	"http://hl7.org/fhir/ValueSet/interaction-management\0"
	"http://hl7.org/fhir/ValueSet/interaction-trigger|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/interaction-type\0"
	"http://hl7.org/fhir/ValueSet/investigation-sets\0"
	"http://hl7.org/fhir/ValueSet/invoice-priceComponentType|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/invoice-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/issue-severity|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/issue-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/item-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/jurisdiction\0"
	"http://hl7.org/fhir/ValueSet/languages\0"
	"http://hl7.org/fhir/ValueSet/legal-status-of-supply\0"
	"http://hl7.org/fhir/ValueSet/library-type\0"
	"http://hl7.org/fhir/ValueSet/link-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/linkage-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/list-empty-reason\0"
	"http://hl7.org/fhir/ValueSet/list-example-codes\0"
	"http://hl7.org/fhir/ValueSet/list-item-flag\0"
	"http://hl7.org/fhir/ValueSet/list-mode|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/list-order\0"
	"http://hl7.org/fhir/ValueSet/list-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/location-mode|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/location-physical-type\0"
	"http://hl7.org/fhir/ValueSet/location-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/manifestation-or-symptom\0"
	"http://hl7.org/fhir/ValueSet/manufactured-dose-form\0"
	"http://hl7.org/fhir/ValueSet/map-context-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/map-group-type-mode|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/map-input-mode|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/map-model-mode|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/map-source-list-mode|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/map-target-list-mode|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/map-transform|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/marital-status\0"
	"http://hl7.org/fhir/ValueSet/measure-data-usage\0"
	"http://hl7.org/fhir/ValueSet/measure-group-example\0"
	"http://hl7.org/fhir/ValueSet/measure-improvement-notation|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/measure-population\0"
	"http://hl7.org/fhir/ValueSet/measure-report-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/measure-report-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/measure-scoring\0"
	"http://hl7.org/fhir/ValueSet/measure-stratifier-example\0"
	"http://hl7.org/fhir/ValueSet/measure-supplemental-data-example\0"
	"http://hl7.org/fhir/ValueSet/measure-type\0"
	"http://hl7.org/fhir/ValueSet/measurement-property\0"
	"http://hl7.org/fhir/ValueSet/measurereport-stratifier-value-example\0"
	"http://hl7.org/fhir/ValueSet/med-admin-perform-function\0"
	"http://hl7.org/fhir/ValueSet/media-modality\0"
	"http://hl7.org/fhir/ValueSet/media-type\0"
	"http://hl7.org/fhir/ValueSet/media-view\0"
	"http://hl7.org/fhir/ValueSet/medication-admin-category\0"
	"http://hl7.org/fhir/ValueSet/medication-admin-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/medication-as-needed-reason\0"
	"http://hl7.org/fhir/ValueSet/medication-codes\0"
	"http://hl7.org/fhir/ValueSet/medication-form-codes\0"
	"http://hl7.org/fhir/ValueSet/medication-statement-category\0"
	"http://hl7.org/fhir/ValueSet/medication-statement-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/medication-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/medicationdispense-category\0"
	"http://hl7.org/fhir/ValueSet/medicationdispense-performer-function\0"
	"http://hl7.org/fhir/ValueSet/medicationdispense-status-reason\0"
	"http://hl7.org/fhir/ValueSet/medicationdispense-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/medicationknowledge-characteristic\0"
	"http://hl7.org/fhir/ValueSet/medicationknowledge-package-type\0"
	"http://hl7.org/fhir/ValueSet/medicationknowledge-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/medicationrequest-category\0"
	"http://hl7.org/fhir/ValueSet/medicationrequest-course-of-therapy\0"
	"http://hl7.org/fhir/ValueSet/medicationrequest-intent|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/medicationrequest-status-reason\0"
	"http://hl7.org/fhir/ValueSet/medicationrequest-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/medicinal-product-additional-monitoring\0"
	"http://hl7.org/fhir/ValueSet/medicinal-product-confidentiality\0"
	"http://hl7.org/fhir/ValueSet/medicinal-product-contact-type\0"
	"http://hl7.org/fhir/ValueSet/medicinal-product-cross-reference-type\0"
	"http://hl7.org/fhir/ValueSet/medicinal-product-domain\0"
	"http://hl7.org/fhir/ValueSet/medicinal-product-name-part-type\0"
	"http://hl7.org/fhir/ValueSet/medicinal-product-name-type\0"
	"http://hl7.org/fhir/ValueSet/medicinal-product-package-type\0"
	"http://hl7.org/fhir/ValueSet/medicinal-product-pediatric-use\0"
	"http://hl7.org/fhir/ValueSet/medicinal-product-special-measures\0"
	"http://hl7.org/fhir/ValueSet/medicinal-product-type\0"
	"http://hl7.org/fhir/ValueSet/message-events\0"
	"http://hl7.org/fhir/ValueSet/message-reason-encounter\0"
	"http://hl7.org/fhir/ValueSet/message-significance-category|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/message-transport\0"
	"http://hl7.org/fhir/ValueSet/messageheader-response-request|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/metric-calibration-state|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/metric-calibration-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/metric-category|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/metric-color|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/metric-operational-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/mimetypes|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/missing-tooth-reason\0"
	"http://hl7.org/fhir/ValueSet/modified-foodtype\0"
	"http://hl7.org/fhir/ValueSet/name-use|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/namingsystem-identifier-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/namingsystem-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/narrative-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/network-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/note-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/nutrient-code\0"
	"http://hl7.org/fhir/ValueSet/nutrition-product-category\0"
	"http://hl7.org/fhir/ValueSet/nutrition-product-nutrient\0"
	"http://hl7.org/fhir/ValueSet/nutritionproduct-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/object-lifecycle-events\0"
	"http://hl7.org/fhir/ValueSet/object-role\0"
	"http://hl7.org/fhir/ValueSet/observation-category\0"
	"http://hl7.org/fhir/ValueSet/observation-codes\0"
	"http://hl7.org/fhir/ValueSet/observation-interpretation\0"
	"http://hl7.org/fhir/ValueSet/observation-methods\0"
	"http://hl7.org/fhir/ValueSet/observation-range-category|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/observation-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/operation-kind|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/operation-outcome\0"
	"http://hl7.org/fhir/ValueSet/operation-parameter-use|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/organization-role\0"
	"http://hl7.org/fhir/ValueSet/organization-type\0"
	"http://hl7.org/fhir/ValueSet/orientation-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/package-characteristic\0"
	"http://hl7.org/fhir/ValueSet/package-material\0"
	"http://hl7.org/fhir/ValueSet/package-type\0"
	"http://hl7.org/fhir/ValueSet/packaging-type\0"
	"http://hl7.org/fhir/ValueSet/participant-role\0"
	"http://hl7.org/fhir/ValueSet/participantrequired|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/participation-role-type\0"
	"http://hl7.org/fhir/ValueSet/participationstatus|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/patient-contactrelationship\0"
	"http://hl7.org/fhir/ValueSet/payeetype\0"
	"http://hl7.org/fhir/ValueSet/payment-adjustment-reason\0"
	"http://hl7.org/fhir/ValueSet/payment-status\0"
	"http://hl7.org/fhir/ValueSet/payment-type\0"
	"http://hl7.org/fhir/ValueSet/performer-role\0"
	"http://hl7.org/fhir/ValueSet/permitted-data-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/plan-definition-type\0"
	"http://hl7.org/fhir/ValueSet/practitioner-role\0"
	"http://hl7.org/fhir/ValueSet/prepare-patient-prior-specimen-collection\0"
	"http://hl7.org/fhir/ValueSet/procedure-category\0"
	"http://hl7.org/fhir/ValueSet/procedure-code\0"
	"http://hl7.org/fhir/ValueSet/procedure-followup\0"
	"http://hl7.org/fhir/ValueSet/procedure-not-performed-reason\0"
	"http://hl7.org/fhir/ValueSet/procedure-outcome\0"
	"http://hl7.org/fhir/ValueSet/procedure-reason\0"
	"http://hl7.org/fhir/ValueSet/process-priority\0"
	"http://hl7.org/fhir/ValueSet/product-category|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/product-characteristic-codes\0"
	"http://hl7.org/fhir/ValueSet/product-classification-codes\0"
	"http://hl7.org/fhir/ValueSet/product-intended-use\0"
	"http://hl7.org/fhir/ValueSet/product-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/product-storage-scale|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/program\0"
	"http://hl7.org/fhir/ValueSet/property-representation|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/provenance-activity-type\0"
	"http://hl7.org/fhir/ValueSet/provenance-agent-type\0"
	"http://hl7.org/fhir/ValueSet/provenance-entity-role|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/provenance-participant-role\0"
	"http://hl7.org/fhir/ValueSet/provenance-participant-type\0"
	"http://hl7.org/fhir/ValueSet/provider-qualification\0"
	"http://hl7.org/fhir/ValueSet/publication-status\0"
	"http://hl7.org/fhir/ValueSet/publication-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/published-in-type\0"
	"http://hl7.org/fhir/ValueSet/quality-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/quantity-comparator|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/questionnaire-answers\0"
	"http://hl7.org/fhir/ValueSet/questionnaire-answers-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/questionnaire-enable-behavior|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/questionnaire-enable-operator|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/questionnaire-questions\0"
	"http://hl7.org/fhir/ValueSet/reaction-event-severity|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/reason-medication-given-codes\0"
	"http://hl7.org/fhir/ValueSet/reason-medication-not-given-codes\0"
	"http://hl7.org/fhir/ValueSet/reason-medication-status-codes\0"
	"http://hl7.org/fhir/ValueSet/reference-handling-policy|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/reference-version-rules|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/referencerange-appliesto\0"
	"http://hl7.org/fhir/ValueSet/referencerange-meaning\0"
	"http://hl7.org/fhir/ValueSet/regulated-authorization-basis\0"
	"http://hl7.org/fhir/ValueSet/regulated-authorization-case-type\0"
	"http://hl7.org/fhir/ValueSet/regulated-authorization-type\0"
	"http://hl7.org/fhir/ValueSet/rejection-criteria\0"
	"http://hl7.org/fhir/ValueSet/related-artifact-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/related-claim-relationship\0"
	"http://hl7.org/fhir/ValueSet/relatedperson-relationshiptype\0"
	"http://hl7.org/fhir/ValueSet/relation-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/remittance-outcome|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/report-action-result-codes|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/report-codes\0"
	"http://hl7.org/fhir/ValueSet/report-participant-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/report-relation-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/report-result-codes|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/report-status-codes|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/repository-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/request-intent|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/request-priority|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/request-resource-types|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/request-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/research-element-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/research-study-objective-type\0"
	"http://hl7.org/fhir/ValueSet/research-study-phase\0"
	"http://hl7.org/fhir/ValueSet/research-study-prim-purp-type\0"
	"http://hl7.org/fhir/ValueSet/research-study-reason-stopped\0"
	"http://hl7.org/fhir/ValueSet/research-study-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/research-subject-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/resource-aggregation-mode|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/resource-slicing-rules|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/resource-types\0"
	"http://hl7.org/fhir/ValueSet/resource-types|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/response-code|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/restful-capability-mode|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/restful-security-service\0"
	"http://hl7.org/fhir/ValueSet/risk-probability\0"
	"http://hl7.org/fhir/ValueSet/route-codes\0"
	"http://hl7.org/fhir/ValueSet/search-comparator|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/search-entry-mode|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/search-modifier-code|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/search-param-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/search-xpath-usage|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/security-labels\0"
	"http://hl7.org/fhir/ValueSet/security-role-type\0"
	"http://hl7.org/fhir/ValueSet/sequence-quality-method\0"
	"http://hl7.org/fhir/ValueSet/sequence-quality-standardSequence\0"
	"http://hl7.org/fhir/ValueSet/sequence-referenceSeq\0"
	"http://hl7.org/fhir/ValueSet/sequence-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/series-performer-function\0"
	"http://hl7.org/fhir/ValueSet/service-category\0"
	"http://hl7.org/fhir/ValueSet/service-place\0"
	"http://hl7.org/fhir/ValueSet/service-provision-conditions\0"
	"http://hl7.org/fhir/ValueSet/service-referral-method\0"
	"http://hl7.org/fhir/ValueSet/service-type\0"
	"http://hl7.org/fhir/ValueSet/service-uscls\0"
	"http://hl7.org/fhir/ValueSet/servicerequest-category\0"
	"http://hl7.org/fhir/ValueSet/servicerequest-orderdetail\0"
	"http://hl7.org/fhir/ValueSet/signature-type\0"
	"http://hl7.org/fhir/ValueSet/slotstatus|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/sort-direction|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/spdx-license|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/specimen-collection\0"
	"http://hl7.org/fhir/ValueSet/specimen-collection-method\0"
	"http://hl7.org/fhir/ValueSet/specimen-contained-preference|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/specimen-container-type\0"
	"http://hl7.org/fhir/ValueSet/specimen-processing-procedure\0"
	"http://hl7.org/fhir/ValueSet/specimen-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/statistic-model-code\0"
	"http://hl7.org/fhir/ValueSet/statistic-type\0"
	"http://hl7.org/fhir/ValueSet/strand-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/structure-definition-kind|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/study-type\0"
	"http://hl7.org/fhir/ValueSet/subject-type\0"
	"http://hl7.org/fhir/ValueSet/subscriber-relationship\0"
	"http://hl7.org/fhir/ValueSet/subscription-channel-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/subscription-error\0"
	"http://hl7.org/fhir/ValueSet/subscription-notification-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/subscription-search-modifier|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/subscription-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/subscriptiontopic-cr-behavior|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/substance-amount-type\0"
	"http://hl7.org/fhir/ValueSet/substance-category\0"
	"http://hl7.org/fhir/ValueSet/substance-code\0"
	"http://hl7.org/fhir/ValueSet/substance-codes\0"
	"http://hl7.org/fhir/ValueSet/substance-grade\0"
	"http://hl7.org/fhir/ValueSet/substance-name-authority\0"
	"http://hl7.org/fhir/ValueSet/substance-name-domain\0"
	"http://hl7.org/fhir/ValueSet/substance-name-type\0"
	"http://hl7.org/fhir/ValueSet/substance-optical-activity\0"
	"http://hl7.org/fhir/ValueSet/substance-relationship-type\0"
	"http://hl7.org/fhir/ValueSet/substance-representation-format\0"
	"http://hl7.org/fhir/ValueSet/substance-representation-type\0"
	"http://hl7.org/fhir/ValueSet/substance-source-material-genus\0"
	"http://hl7.org/fhir/ValueSet/substance-source-material-part\0"
	"http://hl7.org/fhir/ValueSet/substance-source-material-species\0"
	"http://hl7.org/fhir/ValueSet/substance-source-material-type\0"
	"http://hl7.org/fhir/ValueSet/substance-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/substance-stereochemistry\0"
	"http://hl7.org/fhir/ValueSet/substance-structure-technique\0"
	"http://hl7.org/fhir/ValueSet/substance-weight-method\0"
	"http://hl7.org/fhir/ValueSet/substance-weight-type\0"
	"http://hl7.org/fhir/ValueSet/supplement-type\0"
	"http://hl7.org/fhir/ValueSet/supply-item\0"
	"http://hl7.org/fhir/ValueSet/supplydelivery-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/supplydelivery-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/supplyrequest-kind\0"
	"http://hl7.org/fhir/ValueSet/supplyrequest-reason\0"
	"http://hl7.org/fhir/ValueSet/supplyrequest-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/surface\0"
	"http://hl7.org/fhir/ValueSet/synthesis-type\0"
	"http://hl7.org/fhir/ValueSet/system-restful-interaction|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/target-species\0"
	"http://hl7.org/fhir/ValueSet/task-code\0"
	"http://hl7.org/fhir/ValueSet/task-intent|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/task-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/testscript-operation-codes\0"
	"http://hl7.org/fhir/ValueSet/testscript-profile-destination-types\0"
	"http://hl7.org/fhir/ValueSet/testscript-profile-origin-types\0"
	"http://hl7.org/fhir/ValueSet/texture-code\0"
	"http://hl7.org/fhir/ValueSet/therapy\0"
	"http://hl7.org/fhir/ValueSet/therapy-relationship-type\0"
	"http://hl7.org/fhir/ValueSet/timing-abbreviation\0"
	"http://hl7.org/fhir/ValueSet/title-type\0"
	"http://hl7.org/fhir/ValueSet/tooth\0"
	"http://hl7.org/fhir/ValueSet/trigger-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/type-derivation-rule|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/type-restful-interaction|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/ucum-units\0"
	"http://hl7.org/fhir/ValueSet/ucum-units|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/udi-entry-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/undesirable-effect-classification\0"
	"http://hl7.org/fhir/ValueSet/undesirable-effect-frequency\0"
	"http://hl7.org/fhir/ValueSet/undesirable-effect-symptom\0"
	"http://hl7.org/fhir/ValueSet/unit-of-presentation\0"
	"http://hl7.org/fhir/ValueSet/units-of-time|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/usage-context-type\0"
	"http://hl7.org/fhir/ValueSet/use-context\0"
	"http://hl7.org/fhir/ValueSet/vaccine-code\0"
	"http://hl7.org/fhir/ValueSet/variable-handling|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/variable-role\0"
	"http://hl7.org/fhir/ValueSet/variable-type|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-can-push-updates\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-communication-method\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-failure-action\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-need\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-primary-source-type\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-push-type-available\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-status|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-validation-process\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-validation-status\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-validation-type\0"
	"http://hl7.org/fhir/ValueSet/versioning-policy|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/vision-base-codes|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/vision-eye-codes|4.3.0\0"
	"http://hl7.org/fhir/ValueSet/vision-product\0"
	"http://hl7.org/fhir/ValueSet/warning-type\0"
	"http://loinc.org/vs/LL379-9|4.3.0\0"
	"http://terminology.hl7.org/ValueSet/action-participant-role\0"
	"http://terminology.hl7.org/ValueSet/v2-0003\0"
	"http://terminology.hl7.org/ValueSet/v2-0092\0"
	"http://terminology.hl7.org/ValueSet/v2-0116\0"
	"http://terminology.hl7.org/ValueSet/v2-0276\0"
	"http://terminology.hl7.org/ValueSet/v2-0371\0"
	"http://terminology.hl7.org/ValueSet/v2-0487\0"
	"http://terminology.hl7.org/ValueSet/v2-0493\0"
	"http://terminology.hl7.org/ValueSet/v2-0916\0"
	"http://terminology.hl7.org/ValueSet/v2-2.7-0360\0"
	"http://terminology.hl7.org/ValueSet/v3-ActCode\0"
	"http://terminology.hl7.org/ValueSet/v3-ActConsentDirective\0"
	"http://terminology.hl7.org/ValueSet/v3-ActEncounterCode\0"
	"http://terminology.hl7.org/ValueSet/v3-ActIncidentCode\0"
	"http://terminology.hl7.org/ValueSet/v3-ActPharmacySupplyType\0"
	"http://terminology.hl7.org/ValueSet/v3-ActPriority\0"
	"http://terminology.hl7.org/ValueSet/v3-ActReason\0"
	"http://terminology.hl7.org/ValueSet/v3-ActSubstanceAdminSubstitutionCode\0"
	"http://terminology.hl7.org/ValueSet/v3-Confidentiality|2.0.0\0"
	"http://terminology.hl7.org/ValueSet/v3-FamilyMember\0"
	"http://terminology.hl7.org/ValueSet/v3-LoincDocumentOntologyInternational\0"
	"http://terminology.hl7.org/ValueSet/v3-ParticipationMode\0"
	"http://terminology.hl7.org/ValueSet/v3-PurposeOfUse\0"
	"http://terminology.hl7.org/ValueSet/v3-ServiceDeliveryLocationRoleType\0"
	"http://terminology.hl7.org/ValueSet/v3-SubstanceAdminSubstitutionReason\0"
	"http://www.rsna.org/RadLex_Playbook.aspx\0"
	"identified\0"
	"instant\0"
	"instant.value\0"
	"integer\0"
	"integer.value\0"
	"legallyBinding\0"
	"markdown\0"
	"markdown.value\0"
	"maxValue\0"
	"medication\0"
	"minValue\0"
	"minimumVolume\0"
	"module\0"
	"multipleBirth\0"
	"occurred\0"
	"occurrence\0"
	"oid\0"
	"oid.value\0"
	"participantEffective\0"
	"pattern\0"
	"performed\0"
	"positiveInt\0"
	"positiveInt.value\0"
	"rate\0"
	"scheduled\0"
	"seriesDoses\0"
	"serviced\0"
	"string\0"
	"string.value\0"
	"studyEffective\0"
	"substanceDefinition\0"
	"time.value\0"
	"unsignedInt\0"
	"unsignedInt.value\0"
	"uri.value\0"
	"url.value\0"
	"used\0"
	"uuid\0"
	"uuid.value\0"
	"xhtml\0"
	"xhtml.extension\0"
	"xhtml.value"
;

static const fp_type_id fp_ids_r4b[1553] = {
	2,698,3,331,544,487,1,507,688,499,209,519,521,381,326,487,
	138,187,697,686,499,548,487,689,167,695,690,237,5,687,376,477,
	6,544,138,401,605,357,581,532,547,576,138,544,687,322,665,690,
	16,507,541,239,586,701,668,311,215,432,384,9,10,138,532,689,
	686,23,542,11,12,519,521,209,250,499,519,521,548,232,158,557,
	499,322,519,548,158,474,17,313,336,524,400,232,14,15,336,524,
	605,401,404,431,209,499,548,519,521,19,690,16,507,541,698,18,
	519,521,499,548,544,698,519,499,548,487,568,693,21,700,158,524,
	474,342,571,561,499,519,521,548,209,326,381,20,685,702,25,27,
	29,140,26,521,519,487,209,499,548,28,698,685,312,519,521,499,
	548,487,34,35,33,36,694,37,690,507,499,487,691,40,44,569,
	41,42,43,46,47,345,45,48,51,58,49,50,440,145,52,55,
	53,56,57,54,480,566,60,499,519,521,209,548,487,62,59,316,
	510,533,387,4,480,61,20,143,224,427,462,623,568,682,550,510,
	4,533,387,480,519,521,487,548,499,62,326,209,158,474,227,232,
	665,507,698,63,168,519,521,548,499,487,62,401,209,487,519,521,
	326,4,510,576,477,32,65,64,250,260,68,519,521,487,499,209,
	548,690,507,665,66,67,457,209,401,605,227,332,336,404,407,474,
	524,619,519,521,487,62,499,209,548,69,401,605,209,70,71,73,
	92,93,94,95,74,75,77,82,83,87,88,89,90,91,76,508,
	519,78,81,7,79,80,330,72,84,86,85,701,331,544,23,97,
	98,99,100,101,224,427,682,104,105,106,107,7,544,108,102,138,
	7,544,689,507,103,519,521,487,499,548,96,686,698,532,23,544,
	109,115,112,113,114,118,119,120,110,111,116,117,122,123,121,158,
	17,562,158,474,400,474,538,313,227,562,332,400,125,127,128,432,
	401,4,510,209,215,605,130,131,139,124,126,432,401,605,608,4,
	129,432,401,605,477,133,136,137,132,669,134,135,688,140,698,694,
	686,690,691,141,510,4,387,480,533,142,209,487,499,519,521,548,
	322,62,326,209,487,499,519,521,548,326,698,23,544,144,519,521,
	487,499,548,209,146,148,519,521,209,499,548,487,149,150,151,499,
	548,519,521,487,147,461,153,701,687,154,157,155,156,152,159,160,
	121,227,474,487,499,519,548,521,162,163,161,232,169,538,166,164,
	165,209,322,62,487,499,519,548,521,499,519,521,487,170,171,172,
	147,232,538,169,529,173,174,175,176,178,181,184,548,499,519,521,
	62,209,605,487,381,158,474,227,232,533,538,499,548,519,521,209,
	322,487,177,182,179,180,183,686,691,694,689,690,699,698,701,23,
	140,532,544,188,189,190,532,457,192,193,195,194,381,487,197,198,
	191,199,200,700,698,457,202,203,204,690,507,239,207,208,210,211,
	212,213,214,216,217,698,544,218,527,219,528,220,221,223,187,108,
	225,519,521,487,62,326,499,209,548,209,519,521,487,499,322,381,
	209,138,532,541,686,568,524,96,474,538,232,158,474,227,232,400,
	665,507,690,59,342,427,462,568,228,572,499,322,209,381,487,524,
	519,401,605,519,521,487,209,499,548,499,519,521,548,487,231,499,
	519,322,209,233,234,235,686,138,238,541,532,542,541,532,692,242,
	243,244,685,686,687,688,689,690,691,692,693,694,695,696,697,698,
	699,700,701,702,703,7,16,19,23,138,139,140,168,186,229,239,
	330,331,457,507,532,541,542,543,544,564,569,665,167,185,201,311,
	496,547,667,668,237,245,246,689,690,693,699,691,694,697,700,532,
	247,249,248,581,345,251,252,253,254,255,256,258,261,262,265,544,
	695,266,271,267,268,270,269,322,277,273,274,275,272,508,209,322,
	487,276,544,138,686,532,541,278,279,544,687,138,311,322,277,561,
	209,222,280,282,283,286,281,284,285,287,288,289,291,292,301,295,
	297,298,299,300,304,305,306,307,308,309,310,293,294,296,700,457,
	302,303,16,541,698,507,689,698,314,686,16,541,689,698,510,533,
	4,387,480,158,474,17,538,227,232,16,541,507,698,499,381,322,
	487,519,510,401,524,158,474,431,462,568,562,689,138,499,322,487,
	317,532,541,138,698,686,694,542,689,239,319,320,321,323,487,548,
	519,521,324,138,686,532,541,544,499,548,519,521,209,401,605,322,
	485,701,687,138,497,59,550,327,328,257,329,59,568,20,22,623,
	158,474,400,227,232,333,499,209,322,334,335,337,690,698,338,339,
	340,343,344,336,341,346,352,353,354,347,348,349,350,351,702,544,
	355,356,432,8,384,358,359,360,361,363,364,367,365,366,368,369,
	370,371,373,375,374,519,487,499,521,209,548,378,380,519,521,499,
	209,382,383,385,388,392,389,390,391,394,519,521,381,487,499,519,
	521,381,209,548,322,395,396,379,397,398,399,568,59,499,519,521,
	322,209,572,381,402,403,405,404,524,406,542,532,519,521,499,548,
	209,206,408,409,411,414,415,416,417,418,419,420,421,422,426,412,
	413,138,698,532,685,423,424,425,410,59,427,568,342,428,519,521,
	487,499,209,548,62,686,544,430,429,427,59,568,404,407,431,524,
	474,433,434,435,386,436,439,487,521,437,438,441,140,701,442,318,
	444,445,446,448,449,451,452,453,456,450,454,455,460,704,463,465,
	468,464,532,542,466,467,470,471,472,473,469,138,698,532,685,23,
	686,59,224,342,427,462,568,475,232,332,400,538,474,448,690,507,
	665,693,474,538,448,404,407,431,524,336,332,519,521,487,62,499,
	548,476,532,138,698,686,694,541,542,564,699,690,507,478,479,481,
	482,483,484,486,488,491,492,493,494,495,384,215,490,33,469,239,
	698,498,685,686,687,688,689,690,691,692,693,694,695,696,697,698,
	699,700,701,702,703,7,16,19,23,138,140,168,186,229,239,330,
	331,457,507,532,541,542,544,564,569,665,167,185,201,311,496,547,
	667,668,237,447,500,501,502,504,505,506,509,499,519,548,508,511,
	516,322,432,608,8,384,490,512,687,701,4,510,533,513,514,515,
	690,16,507,239,541,665,517,520,522,523,525,524,474,404,690,507,
	698,16,541,526,158,474,524,227,232,227,232,147,530,531,519,521,
	548,499,209,487,534,535,536,537,694,689,699,698,140,544,686,691,
	694,689,690,699,698,140,532,544,209,519,521,499,548,487,539,540,
	546,432,33,469,490,608,215,557,4,510,477,519,487,381,549,551,
	552,553,555,556,138,687,311,201,690,507,239,665,558,559,563,691,
	541,567,59,568,427,532,542,541,565,573,574,575,499,322,209,605,
	381,138,239,577,578,580,579,532,698,582,583,584,585,241,587,594,
	588,589,590,591,592,593,692,698,686,694,691,596,598,595,599,600,
	601,602,603,604,606,607,609,610,611,612,614,615,616,617,613,532,
	542,698,618,621,619,169,620,487,381,499,622,487,326,624,625,626,
	499,519,521,548,322,487,628,629,632,634,635,636,637,630,631,633,
	639,640,644,646,648,641,642,643,645,647,649,650,651,654,655,660,
	662,664,652,653,656,657,658,659,661,663,666,239,541,507,665,544,
	689,690,138,532,541,544,510,557,362,326,322,381,487,670,675,671,
	672,674,673,676,677,698,686,694,691,701,688,690,679,680,681,683,
	684,
};

static const fp_element fp_elements_r4b[4835] = {
	/* Account */
	E(26380,8,1,0,65535,0,1,0,0,0,0,0,0,1),
	E(86504,77,1,0,1,0,1,1,0,0,0,0,0,1),
	E(105,97,1,0,65535,0,1,2,0,0,0,0,0,0),
	E(87875,189,1,0,65535,0,1,3,0,0,0,0,0,1),
	E(73876,208,1,0,1,0,1,1,0,0,0,0,0,1),
	E(45432,221,1,0,1,0,1,4,1,5,0,0,0,1),
	E(87946,235,1,0,1,0,1,4,1,6,0,0,0,0),
	E(258,250,1,0,1,0,1,7,0,0,0,0,0,1),
	E(162686,272,1,1,1,0,1,8,0,0,1,151616,1,1),
	E(87989,287,1,0,65535,0,1,4,7,9,0,0,0,1),
	E(170750,303,1,0,1,0,1,16,0,0,4,151666,0,1),
	/* Account.coverage */
	E(26380,25,2,1,1,0,1,4,1,17,0,0,0,1),
	E(165741,51,2,0,1,0,1,18,0,0,0,0,0,1),
	/* Account.guarantor */
	E(133,115,3,0,1,0,1,19,0,0,0,0,0,0),
	E(23965,140,3,1,1,0,1,4,3,20,0,0,0,0),
	E(126444,164,3,0,1,0,1,7,0,0,0,0,0,0),
	/* ActivityDefinition */
	E(134276,335,4,0,1,0,1,23,0,0,0,0,0,0),
	E(7173,367,4,0,65535,0,1,24,0,0,0,0,0,0),
	E(87742,393,4,0,65535,0,1,16,0,0,4,155023,0,0),
	E(165456,421,4,0,1,0,1,16,0,0,4,175521,0,1),
	E(134550,445,4,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,472,4,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,501,4,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,525,4,0,1,0,1,25,0,0,0,0,0,1),
	E(12713,556,4,0,1,0,1,19,0,0,0,0,1,1),
	E(90501,588,4,0,65535,0,1,27,0,0,0,0,0,0),
	E(112575,614,4,0,65535,0,1,28,0,0,0,0,0,0),
	E(56405,726,4,0,65535,0,1,24,0,0,0,0,0,0),
	E(134687,752,4,0,1,0,1,7,0,0,0,0,0,1),
	E(56421,787,4,0,65535,0,1,24,0,0,0,0,0,0),
	E(134872,815,4,0,1,0,1,19,0,0,0,0,0,1),
	E(87875,847,4,0,65535,0,1,3,0,0,0,0,0,1),
	E(140160,877,4,0,1,0,1,8,0,0,1,178463,0,0),
	E(134932,903,4,0,65535,0,1,16,0,0,2,168759,0,1),
	E(161962,935,4,0,1,0,1,8,0,0,1,178565,0,1),
	E(134963,959,4,0,1,0,1,23,0,0,0,0,0,0),
	E(86162,993,4,0,65535,0,1,29,1,30,0,0,0,0),
	E(155211,1020,4,0,1,0,1,4,1,13,0,0,0,0),
	E(73876,1048,4,0,1,0,1,1,0,0,0,0,0,1),
	E(1091,1072,4,0,65535,0,1,4,1,31,0,0,0,0),
	E(1133,1114,4,0,65535,0,1,4,1,31,0,0,0,0),
	E(83111,1162,4,0,65535,0,1,32,0,0,0,0,0,0),
	E(165741,1265,4,0,1,0,1,8,0,0,1,178513,0,0),
	E(185716,1293,4,0,1,1,2,33,3,35,4,170966,0,0),
	E(98541,1323,4,0,1,0,1,29,1,38,0,0,0,0),
	E(135168,1350,4,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,1379,4,0,1,0,1,25,0,0,0,0,0,0),
	E(57636,1406,4,0,1,0,1,39,0,0,0,0,0,0),
	E(56516,1434,4,0,65535,0,1,40,0,0,0,0,0,0),
	E(56541,1469,4,0,65535,0,1,24,0,0,0,0,0,0),
	E(1516,1497,4,0,65535,0,1,4,1,41,0,0,0,0),
	E(162686,1536,4,1,1,0,1,8,0,0,1,176610,1,1),
	E(87989,1562,4,0,1,1,3,42,1,45,2,181325,0,0),
	E(60591,1592,4,0,1,0,1,1,0,0,0,0,0,0),
	E(50955,1620,4,0,1,1,6,46,0,0,0,0,0,0),
	E(135825,1649,4,0,1,0,1,1,0,0,0,0,0,1),
	E(157735,1674,4,0,65535,0,1,16,0,0,4,161577,0,0),
	E(113446,1699,4,0,1,0,1,29,1,52,0,0,0,0),
	E(135849,1728,4,0,1,0,1,53,0,0,0,0,0,1),
	E(170010,1751,4,0,1,0,1,1,0,0,0,0,0,0),
	E(135871,1776,4,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,1806,4,0,1,0,1,1,0,0,0,0,0,1),
	/* ActivityDefinition.dynamicValue */
	E(146611,646,5,1,1,0,1,55,0,0,0,0,0,0),
	E(146724,689,5,1,1,0,1,1,0,0,0,0,0,0),
	/* ActivityDefinition.participant */
	E(184824,1193,6,0,1,0,1,16,0,0,4,185800,0,0),
	E(170750,1229,6,1,1,0,1,8,0,0,1,151929,0,0),
	/* Address */
	E(1849,1841,7,0,1,0,1,1,0,0,0,0,0,1),
	E(96114,1854,7,0,1,0,1,1,0,0,0,0,0,1),
	E(1878,1870,7,0,1,0,1,1,0,0,0,0,0,1),
	E(1895,1887,7,0,65535,0,1,1,0,0,0,0,0,1),
	E(126444,1900,7,0,1,0,1,7,0,0,0,0,0,1),
	E(1923,1915,7,0,1,0,1,1,0,0,0,0,0,1),
	E(47331,1934,7,0,1,0,1,1,0,0,0,0,0,1),
	E(50616,1948,7,0,1,0,1,1,0,0,0,0,0,1),
	E(170750,1961,7,0,1,0,1,8,0,0,1,152376,0,1),
	E(172525,1974,7,0,1,0,1,8,0,0,1,152424,1,1),
	/* AdministrableProductDefinition */
	E(2048,2017,8,0,1,0,1,16,0,0,4,152610,0,1),
	E(87788,2070,8,0,1,0,1,4,1,56,0,0,0,1),
	E(2139,2108,8,0,65535,0,1,4,1,57,0,0,0,1),
	E(87875,2146,8,0,65535,0,1,3,0,0,0,0,0,1),
	E(136005,2188,8,0,65535,0,1,16,0,0,4,181922,0,1),
	E(2261,2230,8,0,65535,0,1,4,1,58,0,0,0,1),
	E(170538,2274,8,0,65535,0,1,59,0,0,0,0,0,1),
	E(2486,2455,8,1,65535,0,1,60,0,0,0,0,0,1),
	E(162686,3424,8,1,1,0,1,8,0,0,1,176610,1,1),
	E(85121,3462,8,0,1,0,1,16,0,0,4,184503,0,1),
	/* AdministrableProductDefinition.property */
	E(162686,2314,9,0,1,0,1,16,0,0,1,176610,0,1),
	E(170750,2361,9,1,1,0,1,16,0,0,4,175864,0,1),
	E(57164,2406,9,0,1,1,5,61,0,0,0,0,0,1),
	/* AdministrableProductDefinition.routeOfAdministration */
	E(165456,2508,10,1,1,0,1,16,0,0,4,179494,0,1),
	E(2619,2566,10,0,1,0,1,39,0,0,0,0,0,1),
	E(2682,2629,10,0,1,0,1,39,0,0,0,0,0,1),
	E(2749,2696,10,0,1,0,1,66,0,0,0,0,0,1),
	E(2828,2775,10,0,1,0,1,39,0,0,0,0,0,1),
	E(2895,2842,10,0,1,0,1,51,0,0,0,0,0,1),
	E(2967,2914,10,0,65535,0,1,67,0,0,0,0,0,1),
	/* AdministrableProductDefinition.routeOfAdministration.targetSpecies */
	E(165456,2981,11,1,1,0,1,16,0,0,4,183408,0,1),
	E(3120,3053,11,0,65535,0,1,68,0,0,0,0,0,1),
	/* AdministrableProductDefinition.routeOfAdministration.targetSpecies.withdrawalPeriod */
	E(3221,3137,12,0,1,0,1,1,0,0,0,0,0,1),
	E(3327,3243,12,1,1,0,1,16,0,0,4,153740,0,1),
	E(57164,3334,12,1,1,0,1,39,0,0,0,0,0,1),
	/* AdverseEvent */
	E(3538,3525,13,1,1,0,1,8,0,0,1,152828,1,1),
	E(180205,3548,13,0,65535,0,1,16,0,0,2,152887,0,1),
	E(13426,3570,13,0,65535,0,1,4,3,69,0,0,0,1),
	E(134604,3595,13,0,1,0,1,26,0,0,0,0,0,1),
	E(3626,3613,13,0,1,0,1,26,0,0,0,0,0,1),
	E(172733,3635,13,0,1,0,1,4,1,72,0,0,0,1),
	E(165790,3658,13,0,1,0,1,16,0,0,4,153229,0,1),
	E(87875,3677,13,0,1,0,1,3,0,0,0,0,0,1),
	E(155211,3701,13,0,1,0,1,4,1,13,0,0,0,1),
	E(175712,3723,13,0,1,0,1,16,0,0,1,153059,0,1),
	E(4918,3744,13,0,1,0,1,26,0,0,0,0,0,1),
	E(4950,3770,13,0,1,0,1,4,4,73,0,0,0,1),
	E(3805,3792,13,0,65535,0,1,4,1,77,0,0,0,1),
	E(3836,3823,13,0,65535,0,1,4,1,78,0,0,0,1),
	E(153159,3855,13,0,1,0,1,16,0,0,4,153116,0,1),
	E(158374,3880,13,0,1,0,1,16,0,0,1,153171,0,1),
	E(125593,3902,13,0,65535,0,1,4,1,79,0,0,0,1),
	E(87989,3921,13,1,1,0,1,4,4,80,0,0,0,1),
	E(3955,3942,13,0,65535,0,1,4,8,84,0,0,0,1),
	E(3990,3977,13,0,65535,0,1,92,0,0,0,0,0,1),
	/* AdverseEvent.suspectEntity */
	E(4031,4004,14,0,65535,0,1,93,0,0,0,0,0,1),
	E(136090,4233,14,1,1,0,1,4,7,94,0,0,0,1),
	/* AdverseEvent.suspectEntity.causality */
	E(35758,4041,15,0,1,0,1,16,0,0,4,152939,0,1),
	E(7173,4089,15,0,1,0,1,4,2,11,0,0,0,1),
	E(156050,4133,15,0,1,0,1,16,0,0,4,152999,0,1),
	E(4214,4177,15,0,1,0,1,1,0,0,0,0,0,1),
	/* AllergyIntolerance */
	E(4307,4288,17,0,1,0,1,4,4,101,0,0,0,1),
	E(180205,4316,17,0,65535,0,1,8,0,0,1,153366,0,1),
	E(4363,4344,17,0,1,0,1,16,0,0,1,153557,1,1),
	E(165456,4378,17,0,1,0,1,16,0,0,4,153620,0,1),
	E(4421,4402,17,0,1,0,1,8,0,0,1,153430,0,1),
	E(172733,4433,17,0,1,0,1,4,1,72,0,0,0,0),
	E(87875,4462,17,0,65535,0,1,3,0,0,0,0,0,1),
	E(4511,4492,17,0,1,0,1,26,0,0,0,0,0,0),
	E(87920,4526,17,0,65535,0,1,105,0,0,0,0,0,0),
	E(4818,4550,17,0,1,1,5,106,0,0,0,0,0,0),
	E(45477,4578,17,1,1,0,1,4,1,9,0,0,0,1),
	E(4624,4605,17,0,65535,0,1,111,0,0,0,0,0,0),
	E(4918,4899,17,0,1,0,1,26,0,0,0,0,0,0),
	E(4950,4931,17,0,1,0,1,4,4,112,0,0,0,0),
	E(170750,4959,17,0,1,0,1,8,0,0,1,153497,0,1),
	E(5002,4983,17,0,1,0,1,16,0,0,1,153673,1,1),
	/* AllergyIntolerance.reaction */
	E(86504,4633,18,0,1,0,1,1,0,0,0,0,0,0),
	E(4701,4673,18,0,1,0,1,16,0,0,4,179494,0,0),
	E(4743,4715,18,1,65535,0,1,16,0,0,4,157022,0,0),
	E(87920,4757,18,0,65535,0,1,105,0,0,0,0,0,0),
	E(4818,4790,18,0,1,0,1,26,0,0,0,0,0,0),
	E(158374,4824,18,0,1,0,1,8,0,0,1,177112,0,0),
	E(81183,4861,18,0,1,0,1,16,0,0,4,181878,0,0),
	/* Annotation */
	E(7173,5032,19,0,1,1,2,116,4,118,0,0,0,1),
	E(50616,5053,19,1,1,0,1,25,0,0,0,0,0,1),
	E(17801,5069,19,0,1,0,1,26,0,0,0,0,0,1),
	/* Appointment */
	E(5109,5097,20,0,1,0,1,16,0,0,3,185992,0,1),
	E(87728,5125,20,0,65535,0,1,4,1,122,0,0,0,0),
	E(5157,5145,20,0,1,0,1,16,0,0,4,153788,0,1),
	E(49012,5175,20,0,1,0,1,1,0,0,0,0,0,0),
	E(7197,5195,20,0,1,0,1,26,0,0,0,0,0,0),
	E(86504,5215,20,0,1,0,1,1,0,0,0,0,0,0),
	E(112102,5239,20,0,1,0,1,123,0,0,0,0,0,1),
	E(87875,5255,20,0,65535,0,1,3,0,0,0,0,0,1),
	E(5290,5278,20,0,1,0,1,18,0,0,0,0,0,0),
	E(83111,5306,20,1,65535,0,1,124,0,0,0,0,0,0),
	E(50876,5484,20,0,1,0,1,1,0,0,0,0,0,0),
	E(165741,5515,20,0,1,0,1,125,0,0,0,0,0,0),
	E(87959,5536,20,0,65535,0,1,16,0,0,3,163548,0,1),
	E(116247,5559,20,0,65535,0,1,4,4,126,0,0,0,0),
	E(5599,5587,20,0,65535,0,1,7,0,0,0,0,0,0),
	E(126585,5615,20,0,65535,0,1,16,0,0,4,180168,0,1),
	E(126610,5643,20,0,65535,0,1,16,0,0,4,180368,0,1),
	E(5679,5667,20,0,65535,0,1,4,1,130,0,0,0,0),
	E(74162,5684,20,0,65535,0,1,16,0,0,3,155314,0,1),
	E(112113,5706,20,0,1,0,1,123,0,0,0,0,0,1),
	E(162686,5724,20,1,1,0,1,8,0,0,1,153849,1,1),
	E(3221,5743,20,0,65535,0,1,4,1,131,0,0,0,0),
	/* Appointment.participant */
	E(126508,5330,21,0,1,0,1,4,7,132,0,0,0,1),
	E(126444,5360,21,0,1,0,1,7,0,0,0,0,0,0),
	E(118213,5391,21,0,1,0,1,8,0,0,1,174806,0,1),
	E(162686,5424,21,1,1,0,1,8,0,0,1,174914,0,1),
	E(170750,5455,21,0,65535,0,1,16,0,0,2,163492,0,1),
	/* AppointmentResponse */
	E(126508,5797,22,0,1,0,1,4,7,132,0,0,0,1),
	E(5843,5823,22,1,1,0,1,4,1,139,0,0,0,1),
	E(49012,5855,22,0,1,0,1,1,0,0,0,0,0,0),
	E(112102,5883,22,0,1,0,1,123,0,0,0,0,0,0),
	E(87875,5907,22,0,65535,0,1,3,0,0,0,0,0,1),
	E(5958,5938,22,1,1,0,1,8,0,0,1,174914,1,1),
	E(5996,5976,22,0,65535,0,1,16,0,0,2,163492,0,1),
	E(112113,6012,22,0,1,0,1,123,0,0,0,0,0,0),
	/* Attachment */
	E(145430,6049,23,0,1,0,1,8,0,0,1,173200,0,1),
	E(6083,6072,23,0,1,0,1,26,0,0,0,0,0,1),
	E(126343,6092,23,0,1,0,1,140,0,0,0,0,0,0),
	E(6119,6108,23,0,1,0,1,140,0,0,0,0,0,1),
	E(165066,6124,23,0,1,0,1,8,0,0,3,168801,0,1),
	E(6155,6144,23,0,1,0,1,125,0,0,0,0,0,1),
	E(135825,6160,23,0,1,0,1,1,0,0,0,0,0,1),
	E(135849,6177,23,0,1,0,1,141,0,0,0,0,0,1),
	/* AuditEvent */
	E(161919,6203,24,0,1,0,1,8,0,0,1,154499,0,1),
	E(116898,6221,24,1,65535,0,1,142,0,0,0,0,0,0),
	E(117008,6566,24,0,65535,0,1,143,0,0,0,0,0,0),
	E(175712,6879,24,0,1,0,1,8,0,0,1,154553,0,1),
	E(6909,6898,24,0,1,0,1,1,0,0,0,0,0,1),
	E(126444,6921,24,0,1,0,1,7,0,0,0,0,0,0),
	E(6950,6939,24,0,65535,0,1,16,0,0,2,186955,0,1),
	E(117175,6965,24,1,1,0,1,123,0,0,0,0,0,1),
	E(167135,6985,24,1,1,0,1,144,0,0,0,0,0,0),
	E(156929,7076,24,0,65535,0,1,145,0,0,2,154608,0,1),
	E(170750,7095,24,1,1,0,1,145,0,0,2,154658,0,1),
	/* AuditEvent.agent */
	E(6255,6238,25,0,1,0,1,1,0,0,0,0,0,0),
	E(155211,6261,25,0,1,0,1,4,1,13,0,0,0,0),
	E(6304,6287,25,0,1,0,1,145,0,0,2,162468,0,0),
	E(73876,6310,25,0,1,0,1,1,0,0,0,0,0,0),
	E(154837,6332,25,0,1,0,1,146,0,0,0,0,0,0),
	E(158938,6420,25,0,65535,0,1,53,0,0,0,0,0,0),
	E(6461,6444,25,0,65535,0,1,16,0,0,2,186955,0,0),
	E(27596,6474,25,1,1,0,1,19,0,0,0,0,0,1),
	E(184824,6501,25,0,65535,0,1,16,0,0,4,179849,0,0),
	E(170750,6523,25,0,1,0,1,16,0,0,2,174861,0,0),
	E(149808,6545,25,0,1,0,1,4,6,147,0,0,0,1),
	/* AuditEvent.agent.network */
	E(6382,6357,26,0,1,0,1,1,0,0,0,0,0,0),
	E(170750,6390,26,0,1,0,1,8,0,0,1,173555,0,0),
	/* AuditEvent.entity */
	E(86504,6584,27,0,1,0,1,1,0,0,0,0,0,0),
	E(44861,6614,27,0,65535,0,1,153,0,0,0,0,0,0),
	E(6721,6703,27,0,1,0,1,145,0,0,2,173862,0,0),
	E(73876,6731,27,0,1,0,1,1,0,0,0,0,0,1),
	E(6772,6754,27,0,1,0,1,140,0,0,0,0,0,1),
	E(184824,6778,27,0,1,0,1,145,0,0,2,173915,0,0),
	E(50415,6801,27,0,65535,0,1,145,0,0,2,179804,0,0),
	E(170750,6833,27,0,1,0,1,145,0,0,2,154452,0,0),
	E(117080,6856,27,0,1,0,1,4,1,131,0,0,0,1),
	/* AuditEvent.entity.detail */
	E(170750,6639,28,1,1,0,1,1,0,0,0,0,0,0),
	E(57164,6669,28,1,1,1,2,154,0,0,0,0,0,0),
	/* AuditEvent.source */
	E(7021,7003,29,1,1,0,1,4,6,147,0,0,0,1),
	E(167664,7030,29,0,1,0,1,1,0,0,0,0,0,0),
	E(170750,7053,29,0,65535,0,1,145,0,0,2,154704,0,0),
	/* BackboneElement */
	E(50583,7127,30,0,65535,0,1,156,0,0,0,0,1,1),
	/* Basic */
	E(7173,7167,31,0,1,0,1,4,5,157,0,0,0,1),
	E(165456,7180,31,1,1,0,1,16,0,0,4,154751,1,1),
	E(7197,7191,31,0,1,0,1,23,0,0,0,0,0,1),
	E(87875,7205,31,0,65535,0,1,3,0,0,0,0,0,1),
	E(87989,7222,31,0,1,0,1,4,1,131,0,0,0,1),
	/* Binary */
	E(145430,7236,32,1,1,0,1,8,0,0,1,173200,0,1),
	E(126343,7255,32,0,1,0,1,140,0,0,0,0,0,0),
	E(7274,7267,32,0,1,0,1,4,1,131,0,0,0,1),
	/* BiologicallyDerivedProduct */
	E(175462,7317,33,0,1,0,1,162,0,0,0,0,0,0),
	E(87875,7499,33,0,65535,0,1,3,0,0,0,0,0,1),
	E(7564,7537,33,0,1,0,1,163,0,0,0,0,0,0),
	E(47537,7677,33,0,65535,0,1,4,1,164,0,0,0,0),
	E(129121,7711,33,0,65535,0,1,165,0,0,0,0,0,0),
	E(7967,7940,33,0,1,0,1,8,0,0,1,175812,0,0),
	E(8010,7983,33,0,1,0,1,16,0,0,4,0,0,0),
	E(57636,8022,33,0,1,0,1,166,0,0,0,0,0,0),
	E(111081,8058,33,0,65535,0,1,4,1,122,0,0,0,0),
	E(162686,8093,33,0,1,0,1,8,0,0,1,176030,0,0),
	E(8154,8127,33,0,65535,0,1,167,0,0,0,0,0,0),
	/* BiologicallyDerivedProduct.collection */
	E(151275,7355,34,0,1,1,2,168,0,0,0,0,0,0),
	E(128712,7406,34,0,1,0,1,4,2,11,0,0,0,0),
	E(167135,7454,34,0,1,0,1,4,2,170,0,0,0,0),
	/* BiologicallyDerivedProduct.manipulation */
	E(86504,7577,35,0,1,0,1,1,0,0,0,0,0,0),
	E(17801,7629,35,0,1,1,2,168,0,0,0,0,0,0),
	/* BiologicallyDerivedProduct.processing */
	E(164045,7749,36,0,1,0,1,4,1,36,0,0,0,0),
	E(86504,7796,36,0,1,0,1,1,0,0,0,0,0,0),
	E(181022,7846,36,0,1,0,1,16,0,0,4,175521,0,0),
	E(17801,7894,36,0,1,1,2,168,0,0,0,0,0,0),
	/* BiologicallyDerivedProduct.storage */
	E(86504,8162,37,0,1,0,1,1,0,0,0,0,0,0),
	E(87818,8209,37,0,1,0,1,7,0,0,0,0,0,0),
	E(8288,8253,37,0,1,0,1,8,0,0,1,176080,0,0),
	E(8329,8294,37,0,1,0,1,172,0,0,0,0,0,0),
	/* BodyStructure */
	E(73192,8355,38,0,1,0,1,19,0,0,0,0,1,1),
	E(86504,8376,38,0,1,0,1,1,0,0,0,0,0,1),
	E(87875,8402,38,0,65535,0,1,3,0,0,0,0,0,1),
	E(116550,8427,38,0,65535,0,1,65,0,0,0,0,0,0),
	E(155211,8447,38,0,1,0,1,16,0,0,4,155023,0,1),
	E(8484,8470,38,0,65535,0,1,16,0,0,4,155159,0,0),
	E(8516,8502,38,0,1,0,1,16,0,0,4,155111,0,1),
	E(45477,8527,38,1,1,0,1,4,1,9,0,0,0,1),
	/* Bundle */
	E(8563,8556,39,0,65535,0,1,173,0,0,0,0,0,1),
	E(87875,9081,39,0,1,0,1,3,0,0,0,0,0,1),
	E(49043,9099,39,0,65535,0,1,174,0,0,0,0,0,1),
	E(117195,9148,39,0,1,0,1,175,0,0,0,0,0,1),
	E(9172,9165,39,0,1,0,1,123,0,0,0,0,0,1),
	E(9189,9182,39,0,1,0,1,125,0,0,0,0,0,1),
	E(170750,9195,39,1,1,0,1,8,0,0,1,155220,0,1),
	/* Bundle.entry */
	E(8582,8569,40,0,1,0,1,53,0,0,0,0,0,1),
	E(49043,8590,40,0,65535,0,1,174,0,0,0,0,0,1),
	E(111081,8608,40,0,1,0,1,176,0,0,0,0,0,1),
	E(135094,8814,40,0,1,0,1,131,0,0,0,0,0,1),
	E(111103,8836,40,0,1,0,1,177,0,0,0,0,0,1),
	E(33287,9010,40,0,1,0,1,178,0,0,0,0,0,1),
	/* Bundle.entry.request */
	E(8650,8629,41,0,1,0,1,1,0,0,0,0,0,1),
	E(8679,8658,41,0,1,0,1,123,0,0,0,0,0,1),
	E(8716,8695,41,0,1,0,1,1,0,0,0,0,0,1),
	E(8749,8728,41,0,1,0,1,1,0,0,0,0,0,1),
	E(156050,8761,41,1,1,0,1,8,0,0,1,166426,0,1),
	E(135849,8789,41,1,1,0,1,53,0,0,0,0,0,1),
	/* Bundle.entry.response */
	E(8880,8858,42,0,1,0,1,1,0,0,0,0,0,1),
	E(8907,8885,42,0,1,0,1,123,0,0,0,0,0,1),
	E(155211,8920,42,0,1,0,1,53,0,0,0,0,0,1),
	E(175712,8951,42,0,1,0,1,131,0,0,0,0,0,1),
	E(162686,8981,42,1,1,0,1,1,0,0,0,0,0,1),
	/* Bundle.entry.search */
	E(159897,9030,43,0,1,0,1,8,0,0,1,179588,0,1),
	E(99353,9055,43,0,1,0,1,172,0,0,0,0,0,1),
	/* Bundle.link */
	E(9123,9111,44,1,1,0,1,1,0,0,0,0,0,1),
	E(135849,9132,44,1,1,0,1,53,0,0,0,0,0,1),
	/* CapabilityStatement */
	E(134550,9227,45,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,9255,45,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,9285,45,1,1,0,1,26,0,0,0,0,0,1),
	E(86504,9310,45,0,1,0,1,25,0,0,0,0,0,0),
	E(138714,9342,45,0,65535,0,1,179,0,0,0,0,0,1),
	E(134872,9485,45,0,1,0,1,19,0,0,0,0,0,1),
	E(78999,9518,45,1,1,0,1,8,0,0,1,151568,0,1),
	E(182333,9550,45,1,65535,0,1,8,0,0,1,173200,0,1),
	E(141789,9577,45,0,1,0,1,180,0,0,0,0,0,1),
	E(9763,9743,45,0,65535,0,1,29,1,181,0,0,0,1),
	E(9803,9783,45,0,65535,0,1,29,1,182,0,0,0,1),
	E(88856,9811,45,0,65535,0,1,29,1,182,0,0,0,1),
	E(134932,9844,45,0,65535,0,1,16,0,0,2,168759,0,1),
	E(161962,9877,45,1,1,0,1,8,0,0,1,155362,0,1),
	E(9922,9902,45,0,65535,0,1,183,0,0,0,0,0,1),
	E(73876,10311,45,0,1,0,1,1,0,0,0,0,0,1),
	E(10356,10336,45,0,65535,0,1,8,0,0,1,173200,0,1),
	E(135168,10368,45,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,10398,45,0,1,0,1,25,0,0,0,0,0,0),
	E(10446,10426,45,0,65535,0,1,184,0,0,0,0,0,1),
	E(98476,12255,45,0,1,0,1,185,0,0,0,0,0,1),
	E(162686,12396,45,1,1,0,1,8,0,0,1,176610,1,1),
	E(135825,12423,45,0,1,0,1,1,0,0,0,0,0,1),
	E(135849,12449,45,0,1,0,1,53,0,0,0,0,0,1),
	E(135871,12473,45,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,12504,45,0,1,0,1,1,0,0,0,0,0,1),
	/* CapabilityStatement.document */
	E(33214,9371,46,0,1,0,1,25,0,0,0,0,0,0),
	E(159897,9414,46,1,1,0,1,8,0,0,1,162882,0,1),
	E(98541,9448,46,1,1,0,1,29,1,38,0,0,0,1),
	/* CapabilityStatement.implementation */
	E(50146,9612,47,0,1,0,1,4,1,5,0,0,0,1),
	E(86504,9657,47,1,1,0,1,1,0,0,0,0,0,1),
	E(135849,9704,47,0,1,0,1,141,0,0,0,0,0,1),
	/* CapabilityStatement.messaging */
	E(33214,9932,48,0,1,0,1,25,0,0,0,0,0,0),
	E(73762,9976,48,0,65535,0,1,186,0,0,0,0,0,0),
	E(10140,10110,48,0,1,0,1,125,0,0,0,0,0,0),
	E(10184,10154,48,0,65535,0,1,187,0,0,0,0,0,1),
	/* CapabilityStatement.messaging.endpoint */
	E(6382,10015,49,1,1,0,1,141,0,0,0,0,0,0),
	E(28416,10062,49,1,1,0,1,145,0,0,2,172808,0,0),
	/* CapabilityStatement.messaging.supportedMessage */
	E(45177,10201,50,1,1,0,1,29,1,188,0,0,0,1),
	E(159897,10259,50,1,1,0,1,8,0,0,1,164205,0,1),
	/* CapabilityStatement.rest */
	E(71811,10451,51,0,65535,0,1,29,1,189,0,0,0,0),
	E(33214,10488,51,0,1,0,1,25,0,0,0,0,0,0),
	E(11044,10527,51,0,65535,0,1,190,0,0,0,0,0,0),
	E(159897,10657,51,1,1,0,1,8,0,0,1,179335,0,1),
	E(11201,10687,51,0,65535,0,1,191,0,0,0,0,0,1),
	E(135094,10722,51,0,65535,0,1,192,0,0,0,0,0,1),
	E(11593,12057,51,0,65535,0,1,193,0,0,0,0,0,0),
	E(98554,12094,51,0,1,0,1,194,0,0,0,0,0,1),
	/* CapabilityStatement.rest.interaction */
	E(165456,10564,52,1,1,0,1,8,0,0,1,183346,0,0),
	E(33214,10606,52,0,1,0,1,25,0,0,0,0,0,0),
	/* CapabilityStatement.rest.resource */
	E(10790,10756,53,0,1,0,1,19,0,0,0,0,0,0),
	E(10842,10808,53,0,1,0,1,8,0,0,1,158534,0,0),
	E(10894,10860,53,0,1,0,1,8,0,0,1,158595,0,0),
	E(10944,10910,53,0,1,0,1,19,0,0,0,0,0,0),
	E(33214,10962,53,0,1,0,1,25,0,0,0,0,0,0),
	E(11044,11010,53,0,65535,0,1,195,0,0,0,0,0,0),
	E(11201,11167,53,0,65535,0,1,191,0,0,0,0,0,1),
	E(98541,11373,53,0,1,0,1,29,1,38,0,0,0,1),
	E(11449,11415,53,0,1,0,1,19,0,0,0,0,0,0),
	E(11495,11461,53,0,65535,0,1,8,0,0,1,177353,0,0),
	E(11545,11511,53,0,65535,0,1,1,0,0,0,0,0,0),
	E(11593,11559,53,0,65535,0,1,193,0,0,0,0,0,0),
	E(11858,11824,53,0,65535,0,1,1,0,0,0,0,0,0),
	E(11909,11875,53,0,65535,0,1,29,1,38,0,0,0,1),
	E(170750,11926,53,1,1,0,1,8,0,0,1,179236,0,1),
	E(11999,11965,53,0,1,0,1,19,0,0,0,0,0,0),
	E(12046,12012,53,0,1,0,1,8,0,0,1,185522,0,0),
	/* CapabilityStatement.rest.resource.interaction */
	E(165456,11056,54,1,1,0,1,8,0,0,1,184130,0,0),
	E(33214,11107,54,0,1,0,1,25,0,0,0,0,0,0),
	/* CapabilityStatement.rest.resource.operation */
	E(45177,11211,55,1,1,0,1,29,1,196,0,0,0,1),
	E(33214,11266,55,0,1,0,1,25,0,0,0,0,0,0),
	E(73876,11324,55,1,1,0,1,1,0,0,0,0,0,1),
	/* CapabilityStatement.rest.resource.searchParam */
	E(45177,11605,56,0,1,0,1,29,1,197,0,0,0,0),
	E(33214,11662,56,0,1,0,1,25,0,0,0,0,0,0),
	E(73876,11722,56,1,1,0,1,1,0,0,0,0,0,0),
	E(170750,11773,56,1,1,0,1,8,0,0,1,179697,0,0),
	/* CapabilityStatement.rest.security */
	E(12162,12128,57,0,1,0,1,19,0,0,0,0,0,1),
	E(86504,12167,57,0,1,0,1,25,0,0,0,0,0,0),
	E(179440,12213,57,0,65535,0,1,16,0,0,2,179394,0,1),
	/* CapabilityStatement.software */
	E(73876,12284,58,1,1,0,1,1,0,0,0,0,0,1),
	E(12347,12318,58,0,1,0,1,26,0,0,0,0,0,1),
	E(135900,12359,58,0,1,0,1,1,0,0,0,0,0,1),
	/* CarePlan */
	E(182213,12541,59,0,65535,0,1,198,0,0,0,0,0,0),
	E(71155,13329,59,0,65535,0,1,4,1,78,0,0,0,1),
	E(7173,13348,59,0,1,0,1,4,7,199,0,0,0,1),
	E(87728,13364,59,0,65535,0,1,4,1,206,0,0,0,1),
	E(22118,13381,59,0,65535,0,1,4,1,205,0,0,0,0),
	E(180205,13399,59,0,65535,0,1,16,0,0,4,155599,0,1),
	E(13426,13417,59,0,65535,0,1,4,7,199,0,0,0,0),
	E(7197,13438,59,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,13455,59,0,1,0,1,1,0,0,0,0,0,1),
	E(172733,13476,59,0,1,0,1,4,1,72,0,0,0,1),
	E(12751,13495,59,0,65535,0,1,4,1,207,0,0,0,0),
	E(87875,13509,59,0,65535,0,1,3,0,0,0,0,0,1),
	E(115970,13529,59,0,65535,0,1,29,5,208,0,0,0,1),
	E(116002,13560,59,0,65535,0,1,53,0,0,0,0,0,1),
	E(140160,13585,59,1,1,0,1,8,0,0,1,155647,1,1),
	E(87920,13601,59,0,65535,0,1,105,0,0,0,0,0,0),
	E(87946,13615,59,0,65535,0,1,4,1,206,0,0,0,1),
	E(126444,13631,59,0,1,0,1,7,0,0,0,0,0,1),
	E(13656,13647,59,0,65535,0,1,4,1,206,0,0,0,1),
	E(162686,13665,59,1,1,0,1,8,0,0,1,178623,1,1),
	E(87989,13681,59,1,1,0,1,4,2,80,0,0,0,1),
	E(24302,13698,59,0,65535,0,1,4,1,131,0,0,0,0),
	E(135825,13722,59,0,1,0,1,1,0,0,0,0,0,1),
	/* CarePlan.activity */
	E(44861,12559,60,0,1,0,1,213,0,0,0,0,0,0),
	E(13216,13198,60,0,65535,0,1,16,0,0,4,155482,0,0),
	E(71282,13239,60,0,65535,0,1,4,1,131,0,0,0,0),
	E(13292,13274,60,0,65535,0,1,105,0,0,0,0,0,0),
	E(36309,13301,60,0,1,0,1,4,9,214,0,0,0,0),
	/* CarePlan.activity.detail */
	E(165456,12584,61,0,1,0,1,16,0,0,4,175521,0,0),
	E(12639,12614,61,0,1,0,1,39,0,0,0,0,0,0),
	E(86504,12651,61,0,1,0,1,1,0,0,0,0,0,0),
	E(12713,12688,61,0,1,0,1,19,0,0,0,0,1,0),
	E(12751,12726,61,0,65535,0,1,4,1,207,0,0,0,0),
	E(115970,12756,61,0,65535,0,1,29,5,223,0,0,0,0),
	E(116002,12803,61,0,65535,0,1,53,0,0,0,0,0,0),
	E(161962,12844,61,0,1,0,1,8,0,0,1,155423,0,0),
	E(155211,12874,61,0,1,0,1,4,1,13,0,0,0,0),
	E(98780,12908,61,0,65535,0,1,4,8,228,0,0,0,0),
	E(185716,12943,61,0,1,1,2,42,2,35,4,170966,0,0),
	E(57636,12979,61,0,1,0,1,39,0,0,0,0,0,0),
	E(87959,13013,61,0,65535,0,1,16,0,0,4,157022,0,0),
	E(116247,13049,61,0,65535,0,1,4,4,236,0,0,0,0),
	E(187457,13090,61,0,1,1,3,240,0,0,0,0,0,0),
	E(162686,13128,61,1,1,0,1,8,0,0,1,155538,1,0),
	E(45718,13160,61,0,1,0,1,16,0,0,0,0,0,0),
	/* CareTeam */
	E(180205,13746,62,0,65535,0,1,16,0,0,4,155699,0,1),
	E(172733,13764,62,0,1,0,1,4,1,72,0,0,0,1),
	E(87875,13783,62,0,65535,0,1,3,0,0,0,0,0,1),
	E(55100,13803,62,0,65535,0,1,4,1,5,0,0,0,1),
	E(73876,13833,62,0,1,0,1,1,0,0,0,0,0,1),
	E(87920,13847,62,0,65535,0,1,105,0,0,0,0,0,0),
	E(83111,13861,62,0,65535,0,1,243,0,0,0,0,0,0),
	E(126444,13996,62,0,1,0,1,7,0,0,0,0,0,1),
	E(87959,14012,62,0,65535,0,1,16,0,0,4,157022,0,0),
	E(116247,14032,62,0,65535,0,1,4,1,78,0,0,0,0),
	E(162686,14057,62,0,1,0,1,8,0,0,1,155747,1,1),
	E(87989,14073,62,0,1,0,1,4,2,80,0,0,0,1),
	E(74190,14090,62,0,65535,0,1,244,0,0,0,0,0,0),
	/* CareTeam.participant */
	E(72595,13882,63,0,1,0,1,4,6,245,0,0,0,1),
	E(128289,13910,63,0,1,0,1,4,1,5,0,0,0,1),
	E(126444,13942,63,0,1,0,1,7,0,0,0,0,0,0),
	E(184824,13970,63,0,65535,0,1,16,0,0,4,155799,0,1),
	/* CatalogEntry */
	E(14133,14120,64,0,65535,0,1,16,0,0,0,0,0,0),
	E(14171,14158,64,0,65535,0,1,16,0,0,0,0,0,0),
	E(14209,14196,64,0,65535,0,1,3,0,0,0,0,0,0),
	E(184374,14230,64,0,65535,0,1,16,0,0,0,0,0,0),
	E(87875,14258,64,0,65535,0,1,3,0,0,0,0,0,1),
	E(98524,14282,64,0,1,0,1,26,0,0,0,0,0,0),
	E(14320,14307,64,1,1,0,1,19,0,0,0,0,0,1),
	E(14343,14330,64,1,1,0,1,4,11,251,0,0,0,1),
	E(14371,14358,64,0,65535,0,1,262,0,0,0,0,0,0),
	E(162686,14454,64,0,1,0,1,8,0,0,1,176610,0,0),
	E(170750,14474,64,0,1,0,1,16,0,0,0,0,0,0),
	E(14505,14492,64,0,1,0,1,26,0,0,0,0,0,0),
	E(119913,14513,64,0,1,0,1,7,0,0,0,0,0,0),
	/* CatalogEntry.relatedEntry */
	E(182994,14384,65,1,1,0,1,4,1,263,0,0,0,0),
	E(14441,14415,65,1,1,0,1,8,0,0,1,177980,0,0),
	/* ChargeItem */
	E(82753,14552,66,0,65535,0,1,4,1,6,0,0,0,1),
	E(14582,14571,66,0,65535,0,1,16,0,0,4,155023,0,1),
	E(165456,14591,66,1,1,0,1,16,0,0,4,156057,0,1),
	E(184683,14607,66,0,1,0,1,4,2,264,0,0,0,1),
	E(14637,14626,66,0,1,0,1,4,1,5,0,0,0,0),
	E(14659,14648,66,0,65535,0,1,29,1,266,0,0,0,0),
	E(14690,14679,66,0,65535,0,1,53,0,0,0,0,0,0),
	E(14715,14704,66,0,1,0,1,26,0,0,0,0,0,1),
	E(14738,14727,66,0,1,0,1,4,6,267,0,0,0,1),
	E(14757,14746,66,0,1,0,1,172,0,0,0,0,0,0),
	E(87875,14772,66,0,65535,0,1,3,0,0,0,0,0,1),
	E(87920,14794,66,0,65535,0,1,105,0,0,0,0,0,0),
	E(187358,14810,66,0,1,1,3,273,0,0,0,0,0,1),
	E(14846,14835,66,0,1,0,1,1,0,0,0,0,0,0),
	E(87946,14861,66,0,65535,0,1,4,1,276,0,0,0,0),
	E(98780,14879,66,0,65535,0,1,277,0,0,0,0,0,0),
	E(14968,14957,66,0,1,0,1,4,1,5,0,0,0,0),
	E(15002,14991,66,0,1,0,1,278,0,0,0,0,0,0),
	E(185716,15016,66,0,1,1,2,33,3,279,4,161926,0,0),
	E(57636,15038,66,0,1,0,1,39,0,0,0,0,0,1),
	E(170959,15058,66,0,65535,0,1,16,0,0,4,166471,0,0),
	E(15087,15076,66,0,1,0,1,4,1,5,0,0,0,0),
	E(179440,15110,66,0,65535,0,1,4,8,282,0,0,0,0),
	E(162686,15129,66,1,1,0,1,8,0,0,1,156110,1,1),
	E(87989,15147,66,1,1,0,1,4,2,80,0,0,0,1),
	E(3221,15166,66,0,65535,0,1,4,1,131,0,0,0,0),
	/* ChargeItem.performer */
	E(126508,14900,67,1,1,0,1,4,7,290,0,0,0,0),
	E(170662,14927,67,0,1,0,1,16,0,0,4,175206,0,0),
	/* ChargeItemDefinition */
	E(15241,15220,68,0,65535,0,1,297,0,0,0,0,0,0),
	E(134276,15392,68,0,1,0,1,23,0,0,0,0,0,0),
	E(165456,15426,68,0,1,0,1,16,0,0,4,156057,0,1),
	E(134550,15452,68,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,15481,68,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,15512,68,0,1,0,1,26,0,0,0,0,0,1),
	E(15559,15538,68,0,65535,0,1,53,0,0,0,0,0,1),
	E(86504,15574,68,0,1,0,1,25,0,0,0,0,0,1),
	E(134687,15607,68,0,1,0,1,7,0,0,0,0,0,1),
	E(134872,15644,68,0,1,0,1,19,0,0,0,0,0,1),
	E(87875,15678,68,0,65535,0,1,3,0,0,0,0,0,1),
	E(136090,15710,68,0,65535,0,1,4,3,298,0,0,0,0),
	E(134932,15740,68,0,65535,0,1,16,0,0,2,168759,0,1),
	E(134963,15774,68,0,1,0,1,23,0,0,0,0,0,0),
	E(87946,15810,68,0,65535,0,1,29,1,266,0,0,0,1),
	E(15859,15838,68,0,65535,0,1,301,0,0,0,0,0,0),
	E(135168,16196,68,0,1,0,1,1,0,0,0,0,0,1),
	E(13656,16227,68,0,65535,0,1,29,1,266,0,0,0,1),
	E(162686,16257,68,1,1,0,1,8,0,0,1,176610,1,1),
	E(135825,16285,68,0,1,0,1,1,0,0,0,0,0,1),
	E(135849,16312,68,1,1,0,1,53,0,0,0,0,0,1),
	E(135871,16337,68,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,16369,68,0,1,0,1,1,0,0,0,0,0,1),
	/* ChargeItemDefinition.applicability */
	E(86504,15255,69,0,1,0,1,1,0,0,0,0,0,0),
	E(146611,15302,69,0,1,0,1,1,0,0,0,0,0,0),
	E(165066,15348,69,0,1,0,1,1,0,0,0,0,0,0),
	/* ChargeItemDefinition.propertyGroup */
	E(15241,15873,70,0,65535,0,1,297,0,0,0,0,0,0),
	E(82897,15922,70,0,65535,0,1,302,0,0,0,0,0,0),
	/* ChargeItemDefinition.propertyGroup.priceComponent */
	E(110870,15972,71,0,1,0,1,278,0,0,0,0,0,0),
	E(165456,16029,71,0,1,0,1,16,0,0,0,0,0,0),
	E(126383,16084,71,0,1,0,1,172,0,0,0,0,0,0),
	E(170750,16141,71,1,1,0,1,8,0,0,1,168506,0,0),
	/* Citation */
	E(134276,16398,72,0,1,0,1,23,0,0,0,0,0,0),
	E(7173,16420,72,0,65535,0,1,24,0,0,0,0,0,0),
	E(16445,16436,72,0,1,0,1,303,0,0,0,0,0,0),
	E(184374,21227,72,0,65535,0,1,304,0,0,0,0,0,0),
	E(134550,21315,72,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,21332,72,0,1,0,1,25,0,0,0,0,0,0),
	E(21360,21351,72,0,65535,0,1,16,0,0,4,156325,0,0),
	E(134604,21373,72,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,21387,72,0,1,0,1,25,0,0,0,0,0,0),
	E(56405,21408,72,0,65535,0,1,24,0,0,0,0,0,0),
	E(134687,21424,72,0,1,0,1,7,0,0,0,0,0,1),
	E(56421,21449,72,0,65535,0,1,24,0,0,0,0,0,0),
	E(134872,21467,72,0,1,0,1,19,0,0,0,0,0,1),
	E(87875,21489,72,0,65535,0,1,3,0,0,0,0,0,1),
	E(134932,21509,72,0,65535,0,1,16,0,0,2,168759,0,1),
	E(134963,21531,72,0,1,0,1,23,0,0,0,0,0,0),
	E(73876,21555,72,0,1,0,1,1,0,0,0,0,0,1),
	E(87920,21569,72,0,65535,0,1,105,0,0,0,0,0,0),
	E(135168,21583,72,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,21602,72,0,1,0,1,25,0,0,0,0,0,0),
	E(50319,21619,72,0,65535,0,1,305,0,0,0,0,0,0),
	E(56541,21739,72,0,65535,0,1,24,0,0,0,0,0,0),
	E(162686,21757,72,1,1,0,1,8,0,0,1,176610,1,1),
	E(136429,21773,72,0,65535,0,1,306,0,0,0,0,0,0),
	E(35785,21876,72,0,65535,0,1,307,0,0,0,0,0,0),
	E(135825,21938,72,0,1,0,1,1,0,0,0,0,0,1),
	E(135849,21953,72,0,1,0,1,53,0,0,0,0,0,1),
	E(135871,21966,72,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,21986,72,0,1,0,1,1,0,0,0,0,0,1),
	/* Citation.citedArtifact */
	E(130593,16459,73,0,65535,0,1,308,0,0,0,0,0,0),
	E(184374,16648,73,0,65535,0,1,309,0,0,0,0,0,0),
	E(17175,17152,73,0,1,0,1,310,0,0,0,0,0,0),
	E(21360,18582,73,0,65535,0,1,16,0,0,2,156603,0,0),
	E(18641,18618,73,0,1,0,1,26,0,0,0,0,0,1),
	E(87875,18654,73,0,65535,0,1,3,0,0,0,0,0,1),
	E(87920,18688,73,0,65535,0,1,105,0,0,0,0,0,0),
	E(182515,18716,73,0,1,0,1,311,0,0,0,0,0,0),
	E(18875,18852,73,0,65535,0,1,312,0,0,0,0,0,0),
	E(20513,20490,73,0,65535,0,1,3,0,0,0,0,0,1),
	E(50319,20531,73,0,65535,0,1,313,0,0,0,0,0,0),
	E(136429,20707,73,0,65535,0,1,314,0,0,0,0,0,0),
	E(135825,20866,73,0,65535,0,1,315,0,0,0,0,0,0),
	E(135900,21001,73,0,1,0,1,316,0,0,0,0,0,0),
	E(21136,21113,73,0,65535,0,1,317,0,0,0,0,0,0),
	/* Citation.citedArtifact.abstract */
	E(134576,16491,74,0,1,0,1,25,0,0,0,0,0,0),
	E(165066,16533,74,0,1,0,1,16,0,0,3,168801,0,0),
	E(50616,16574,74,1,1,0,1,25,0,0,0,0,0,0),
	E(170750,16611,74,0,1,0,1,16,0,0,2,156427,0,0),
	/* Citation.citedArtifact.classification */
	E(156256,16686,75,0,65535,0,1,16,0,0,4,156209,0,0),
	E(170750,16735,75,0,1,0,1,16,0,0,2,156485,0,0),
	E(16816,16778,75,0,1,0,1,318,0,0,0,0,0,0),
	/* Citation.citedArtifact.classification.whoClassified */
	E(16882,16830,76,0,1,0,1,1,0,0,0,0,0,0),
	E(16954,16902,76,0,1,0,1,19,0,0,0,0,0,0),
	E(17018,16966,76,0,1,0,1,4,1,5,0,0,0,0),
	E(17083,17031,76,0,1,0,1,4,2,319,0,0,0,0),
	E(135168,17090,76,0,1,0,1,4,1,5,0,0,0,0),
	/* Citation.citedArtifact.contributorship */
	E(17230,17191,77,0,1,0,1,19,0,0,0,0,0,0),
	E(8563,17239,77,0,65535,0,1,321,0,0,0,0,0,0),
	E(35785,18323,77,0,65535,0,1,322,0,0,0,0,0,0),
	/* Citation.citedArtifact.contributorship.entry */
	E(6382,17284,78,0,65535,0,1,323,0,0,0,0,0,0),
	E(17382,17337,78,0,65535,0,1,324,0,0,0,0,0,0),
	E(17654,17609,78,0,1,0,1,1,0,0,0,0,0,0),
	E(17714,17669,78,0,65535,0,1,325,0,0,0,0,0,0),
	E(17922,17877,78,0,65535,0,1,16,0,0,2,154062,0,0),
	E(17984,17939,78,0,1,0,1,19,0,0,0,0,0,0),
	E(87875,18005,78,0,65535,0,1,3,0,0,0,0,0,0),
	E(18106,18061,78,0,1,0,1,1,0,0,0,0,0,0),
	E(18160,18115,78,0,1,0,1,18,0,0,0,0,0,0),
	E(73876,18170,78,0,1,0,1,326,0,0,0,0,0,0),
	E(184824,18220,78,0,1,0,1,16,0,0,2,160733,0,0),
	E(74190,18270,78,0,65535,0,1,244,0,0,0,0,0,0),
	/* Citation.citedArtifact.contributorship.entry.affiliationInfo */
	E(17459,17398,79,0,1,0,1,1,0,0,0,0,0,0),
	E(87875,17471,79,0,65535,0,1,3,0,0,0,0,0,0),
	E(184824,17543,79,0,1,0,1,1,0,0,0,0,0,0),
	/* Citation.citedArtifact.contributorship.entry.contributionInstance */
	E(17801,17735,80,0,1,0,1,26,0,0,0,0,0,0),
	E(170750,17806,80,1,1,0,1,16,0,0,2,153997,0,0),
	/* Citation.citedArtifact.contributorship.summary */
	E(167135,18370,81,0,1,0,1,16,0,0,2,160779,0,0),
	E(156421,18424,81,0,1,0,1,16,0,0,2,160835,0,0),
	E(170750,18477,81,0,1,0,1,16,0,0,2,160890,0,0),
	E(57164,18529,81,1,1,0,1,25,0,0,0,0,0,0),
	/* Citation.citedArtifact.part */
	E(21063,18744,82,0,1,0,1,4,1,327,0,0,0,0),
	E(170750,18785,82,0,1,0,1,16,0,0,2,156549,0,0),
	E(57164,18818,82,0,1,0,1,1,0,0,0,0,0,0),
	/* Citation.citedArtifact.publicationForm */
	E(18930,18891,83,0,1,0,1,1,0,0,0,0,0,0),
	E(18985,18946,83,0,1,0,1,26,0,0,0,0,0,0),
	E(134576,18997,83,0,1,0,1,25,0,0,0,0,0,0),
	E(19085,19046,83,0,1,0,1,1,0,0,0,0,0,0),
	E(165066,19095,83,0,65535,0,1,16,0,0,3,168801,0,0),
	E(19182,19143,83,0,1,0,1,1,0,0,0,0,0,0),
	E(19230,19191,83,0,1,0,1,26,0,0,0,0,0,0),
	E(19286,19247,83,0,1,0,1,1,0,0,0,0,0,0),
	E(19335,19296,83,0,1,0,1,1,0,0,0,0,0,0),
	E(19385,19346,83,0,1,0,1,328,0,0,0,0,0,0),
	E(20173,20134,83,0,1,0,1,329,0,0,0,0,0,0),
	/* Citation.citedArtifact.publicationForm.periodicRelease */
	E(19456,19401,84,0,1,0,1,16,0,0,2,156659,0,0),
	E(19523,19468,84,0,1,0,1,330,0,0,0,0,0,0),
	E(107431,20011,84,0,1,0,1,1,0,0,0,0,0,0),
	E(20127,20072,84,0,1,0,1,1,0,0,0,0,0,0),
	/* Citation.citedArtifact.publicationForm.periodicRelease.dateOfPublication */
	E(134604,19541,85,0,1,0,1,23,0,0,0,0,0,0),
	E(19692,19619,85,0,1,0,1,1,0,0,0,0,0,0),
	E(19769,19696,85,0,1,0,1,1,0,0,0,0,0,0),
	E(19848,19775,85,0,1,0,1,1,0,0,0,0,0,0),
	E(50616,19855,85,0,1,0,1,1,0,0,0,0,0,0),
	E(20006,19933,85,0,1,0,1,1,0,0,0,0,0,0),
	/* Citation.citedArtifact.publicationForm.publishedIn */
	E(87875,20185,86,0,65535,0,1,3,0,0,0,0,0,0),
	E(135168,20247,86,0,1,0,1,4,1,5,0,0,0,0),
	E(20359,20308,86,0,1,0,1,1,0,0,0,0,0,0),
	E(135825,20377,86,0,1,0,1,1,0,0,0,0,0,0),
	E(170750,20434,86,0,1,0,1,16,0,0,2,176664,0,0),
	/* Citation.citedArtifact.relatesTo */
	E(21657,20564,87,1,1,0,1,16,0,0,2,154118,0,0),
	E(117216,20664,87,1,1,1,4,331,1,131,0,0,0,0),
	E(21693,20614,87,0,65535,0,1,16,0,0,4,156209,0,0),
	/* Citation.citedArtifact.statusDate */
	E(182213,20741,88,1,1,0,1,16,0,0,2,156603,0,0),
	E(59499,20784,88,0,1,0,1,19,0,0,0,0,0,0),
	E(126444,20825,88,1,1,0,1,7,0,0,0,0,0,0),
	/* Citation.citedArtifact.title */
	E(165066,20895,89,0,1,0,1,16,0,0,3,168801,0,0),
	E(50616,20933,89,1,1,0,1,25,0,0,0,0,0,0),
	E(170750,20967,89,0,65535,0,1,16,0,0,2,183951,0,0),
	/* Citation.citedArtifact.version */
	E(21063,21032,90,0,1,0,1,4,1,327,0,0,0,0),
	E(57164,21076,90,1,1,0,1,1,0,0,0,0,0,0),
	/* Citation.citedArtifact.webLocation */
	E(170750,21148,91,0,1,0,1,16,0,0,2,153951,0,0),
	E(135849,21188,91,0,1,0,1,53,0,0,0,0,0,0),
	/* Citation.classification */
	E(156256,21251,92,0,65535,0,1,16,0,0,4,156209,0,0),
	E(170750,21286,92,0,1,0,1,16,0,0,2,156267,0,0),
	/* Citation.relatesTo */
	E(21657,21638,93,1,1,0,1,16,0,0,2,154118,0,0),
	E(117216,21710,93,1,1,1,4,331,1,131,0,0,0,0),
	E(21693,21674,93,0,65535,0,1,16,0,0,4,156209,0,0),
	/* Citation.statusDate */
	E(182213,21793,94,1,1,0,1,16,0,0,4,156325,0,0),
	E(59499,21822,94,0,1,0,1,19,0,0,0,0,0,0),
	E(126444,21849,94,1,1,0,1,7,0,0,0,0,0,0),
	/* Citation.summary */
	E(156421,21893,95,0,1,0,1,16,0,0,2,156375,0,0),
	E(50616,21916,95,1,1,0,1,25,0,0,0,0,0,1),
	/* Claim */
	E(22015,22009,96,0,1,0,1,335,0,0,0,0,0,0),
	E(22097,22091,96,0,1,0,1,7,0,0,0,0,0,1),
	E(22118,22112,96,0,65535,0,1,336,0,0,0,0,0,0),
	E(7197,22251,96,1,1,0,1,26,0,0,0,0,0,1),
	E(54959,22265,96,0,65535,0,1,337,0,0,0,0,0,0),
	E(14738,22412,96,0,1,0,1,4,2,11,0,0,0,0),
	E(41756,22426,96,0,1,0,1,4,1,13,0,0,0,0),
	E(26212,22441,96,0,1,0,1,16,0,0,4,165576,0,0),
	E(87875,22460,96,0,65535,0,1,3,0,0,0,0,0,0),
	E(26264,22477,96,1,65535,0,1,338,0,0,0,0,0,1),
	E(26466,22685,96,0,1,0,1,4,1,5,0,0,0,1),
	E(182994,22699,96,0,65535,0,1,339,0,0,0,0,0,0),
	E(23906,23900,96,0,1,0,1,4,3,340,0,0,0,0),
	E(45477,23927,96,1,1,0,1,4,1,9,0,0,0,1),
	E(110938,23941,96,0,1,0,1,343,0,0,0,0,0,0),
	E(23994,23988,96,0,1,0,1,4,3,340,0,0,0,0),
	E(165741,24007,96,1,1,0,1,16,0,0,4,175766,0,1),
	E(181022,24022,96,0,65535,0,1,344,0,0,0,0,0,0),
	E(111034,24154,96,1,1,0,1,4,3,228,0,0,0,1),
	E(24175,24169,96,0,1,0,1,4,1,122,0,0,0,0),
	E(24190,24184,96,0,65535,0,1,345,0,0,0,0,0,0),
	E(162686,24269,96,1,1,0,1,8,0,0,1,165361,1,1),
	E(27641,24282,96,0,1,0,1,16,0,0,4,156894,0,0),
	E(24302,24296,96,0,65535,0,1,346,0,0,0,0,0,0),
	E(9189,24492,96,0,1,0,1,278,0,0,0,0,0,0),
	E(170750,24504,96,1,1,0,1,16,0,0,2,156937,0,1),
	E(172525,24515,96,1,1,0,1,8,0,0,1,156977,0,1),
	/* Claim.accident */
	E(134604,22024,97,1,1,0,1,23,0,0,0,0,0,0),
	E(155211,22044,97,0,1,1,2,347,1,13,0,0,0,0),
	E(170750,22071,97,0,1,0,1,16,0,0,2,186422,0,0),
	/* Claim.careTeam */
	E(111034,22127,98,1,1,0,1,4,3,228,0,0,0,0),
	E(176548,22151,98,0,1,0,1,16,0,0,4,176510,0,0),
	E(111504,22180,98,0,1,0,1,19,0,0,0,0,0,0),
	E(184824,22207,98,0,1,0,1,16,0,0,4,156701,0,0),
	E(26443,22227,98,1,1,0,1,18,0,0,0,0,0,0),
	/* Claim.diagnosis */
	E(54959,22281,99,1,1,1,2,42,1,78,4,166471,0,0),
	E(22326,22310,99,0,1,0,1,16,0,0,4,164563,0,0),
	E(22354,22338,99,0,1,0,1,16,0,0,4,164618,0,0),
	E(26443,22366,99,1,1,0,1,18,0,0,0,0,0,0),
	E(170750,22391,99,0,65535,0,1,16,0,0,4,164672,0,0),
	/* Claim.insurance */
	E(26298,22493,100,0,1,0,1,1,0,0,0,0,0,0),
	E(26342,22529,100,0,1,0,1,4,1,349,0,0,0,0),
	E(26380,22559,100,1,1,0,1,4,1,17,0,0,0,1),
	E(26413,22584,100,1,1,0,1,19,0,0,0,0,0,1),
	E(87875,22606,100,0,1,0,1,3,0,0,0,0,0,0),
	E(22649,22633,100,0,65535,0,1,1,0,0,0,0,0,0),
	E(26443,22660,100,1,1,0,1,18,0,0,0,0,0,1),
	/* Claim.item */
	E(87742,22710,101,0,1,0,1,16,0,0,4,183991,0,0),
	E(22741,22730,101,0,65535,0,1,18,0,0,0,0,0,0),
	E(180205,22758,101,0,1,0,1,16,0,0,4,164515,0,0),
	E(44861,22778,101,0,65535,0,1,350,0,0,0,0,0,0),
	E(23537,23526,101,0,65535,0,1,18,0,0,0,0,0,0),
	E(172733,23555,101,0,65535,0,1,4,1,72,0,0,0,0),
	E(126383,23576,101,0,1,0,1,172,0,0,0,0,0,0),
	E(23605,23594,101,0,65535,0,1,18,0,0,0,0,0,0),
	E(155211,23625,101,0,1,1,3,351,1,13,4,180214,0,0),
	E(102915,23648,101,0,65535,0,1,16,0,0,4,156849,0,0),
	E(25153,23668,101,0,1,0,1,278,0,0,0,0,0,0),
	E(23694,23683,101,0,65535,0,1,18,0,0,0,0,0,0),
	E(25246,23712,101,1,1,0,1,16,0,0,4,180410,0,0),
	E(23284,23740,101,0,65535,0,1,16,0,0,4,164809,0,0),
	E(57636,23763,101,0,1,0,1,39,0,0,0,0,0,0),
	E(23361,23783,101,0,1,0,1,16,0,0,4,164854,0,0),
	E(26443,23802,101,1,1,0,1,18,0,0,0,0,0,0),
	E(187479,23822,101,0,1,1,2,354,0,0,0,0,0,0),
	E(25815,23845,101,0,65535,0,1,16,0,0,4,183265,0,0),
	E(24150,23864,101,0,65535,0,1,4,1,10,0,0,0,0),
	E(25350,23879,101,0,1,0,1,278,0,0,0,0,0,0),
	/* Claim.item.detail */
	E(180205,22796,102,0,1,0,1,16,0,0,4,164515,0,0),
	E(126383,22823,102,0,1,0,1,172,0,0,0,0,0,0),
	E(102915,22848,102,0,65535,0,1,16,0,0,4,156849,0,0),
	E(25153,22875,102,0,1,0,1,278,0,0,0,0,0,0),
	E(25246,22897,102,1,1,0,1,16,0,0,4,180410,0,0),
	E(23284,22932,102,0,65535,0,1,16,0,0,4,164809,0,0),
	E(57636,22962,102,0,1,0,1,39,0,0,0,0,0,0),
	E(23361,22989,102,0,1,0,1,16,0,0,4,164854,0,0),
	E(26443,23015,102,1,1,0,1,18,0,0,0,0,0,0),
	E(24958,23042,102,0,65535,0,1,356,0,0,0,0,0,0),
	E(24150,23476,102,0,65535,0,1,4,1,10,0,0,0,0),
	E(25350,23498,102,0,1,0,1,278,0,0,0,0,0,0),
	/* Claim.item.detail.subDetail */
	E(180205,23070,103,0,1,0,1,16,0,0,4,164515,0,0),
	E(126383,23107,103,0,1,0,1,172,0,0,0,0,0,0),
	E(102915,23142,103,0,65535,0,1,16,0,0,4,156849,0,0),
	E(25153,23179,103,0,1,0,1,278,0,0,0,0,0,0),
	E(25246,23211,103,1,1,0,1,16,0,0,4,180410,0,0),
	E(23284,23256,103,0,65535,0,1,16,0,0,4,164809,0,0),
	E(57636,23296,103,0,1,0,1,39,0,0,0,0,0,0),
	E(23361,23333,103,0,1,0,1,16,0,0,4,164854,0,0),
	E(26443,23369,103,1,1,0,1,18,0,0,0,0,0,0),
	E(24150,23406,103,0,65535,0,1,4,1,10,0,0,0,0),
	E(25350,23438,103,0,1,0,1,278,0,0,0,0,0,0),
	/* Claim.payee */
	E(23965,23953,104,0,1,0,1,4,5,357,0,0,0,0),
	E(170750,23971,104,1,1,0,1,16,0,0,4,175026,0,0),
	/* Claim.procedure */
	E(134604,24038,105,0,1,0,1,26,0,0,0,0,0,0),
	E(181022,24059,105,1,1,1,2,42,1,89,4,166507,0,0),
	E(26443,24088,105,1,1,0,1,18,0,0,0,0,0,0),
	E(170750,24113,105,0,65535,0,1,16,0,0,4,164762,0,0),
	E(24150,24134,105,0,65535,0,1,4,1,10,0,0,0,0),
	/* Claim.related */
	E(24212,24198,106,0,1,0,1,4,1,362,0,0,0,0),
	E(36309,24218,106,0,1,0,1,3,0,0,0,0,0,0),
	E(177907,24242,106,0,1,0,1,16,0,0,4,177864,0,0),
	/* Claim.supportingInfo */
	E(180205,24317,107,1,1,0,1,16,0,0,4,156794,0,0),
	E(165456,24347,107,0,1,0,1,16,0,0,4,156749,0,0),
	E(170959,24373,107,0,1,0,1,16,0,0,4,173245,0,0),
	E(26443,24401,107,1,1,0,1,18,0,0,0,0,0,0),
	E(50955,24431,107,0,1,1,2,354,0,0,0,0,0,0),
	E(57164,24462,107,0,1,1,5,363,1,131,0,0,0,0),
	/* ClaimResponse */
	E(24553,24539,108,0,65535,0,1,368,0,0,0,0,0,0),
	E(25909,25895,108,0,65535,0,1,369,0,0,0,0,0,0),
	E(25936,25922,108,0,65535,0,1,4,1,215,0,0,0,0),
	E(7197,25957,108,1,1,0,1,26,0,0,0,0,0,1),
	E(163419,25979,108,0,1,0,1,1,0,0,0,0,0,0),
	E(152555,26005,108,0,65535,0,1,370,0,0,0,0,0,0),
	E(157535,26156,108,0,1,0,1,65,0,0,0,0,0,0),
	E(26189,26175,108,0,1,0,1,16,0,0,4,165541,0,0),
	E(26212,26198,108,0,1,0,1,16,0,0,4,165576,0,0),
	E(87875,26225,108,0,65535,0,1,3,0,0,0,0,0,0),
	E(26264,26250,108,0,65535,0,1,371,0,0,0,0,0,0),
	E(26466,26452,108,1,1,0,1,4,1,5,0,0,0,1),
	E(182994,26474,108,0,65535,0,1,372,0,0,0,0,0,0),
	E(175712,27073,108,1,1,0,1,8,0,0,1,178029,0,1),
	E(45477,27095,108,1,1,0,1,4,1,9,0,0,0,1),
	E(27131,27117,108,0,1,0,1,16,0,0,4,175026,0,0),
	E(110958,27141,108,0,1,0,1,373,0,0,0,0,0,0),
	E(27365,27351,108,0,1,0,1,7,0,0,0,0,0,0),
	E(22649,27379,108,0,1,0,1,1,0,0,0,0,0,0),
	E(27418,27404,108,0,65535,0,1,374,0,0,0,0,0,0),
	E(111081,27560,108,0,1,0,1,4,1,362,0,0,0,1),
	E(27596,27582,108,0,1,0,1,4,3,228,0,0,0,0),
	E(162686,27606,108,1,1,0,1,8,0,0,1,165361,1,1),
	E(27641,27627,108,0,1,0,1,16,0,0,4,156894,0,0),
	E(9189,27649,108,0,65535,0,1,375,0,0,0,0,0,1),
	E(170750,27725,108,1,1,0,1,16,0,0,2,156937,0,1),
	E(172525,27744,108,1,1,0,1,8,0,0,1,156977,0,1),
	/* ClaimResponse.addItem */
	E(25909,24561,109,1,65535,0,1,369,0,0,0,0,0,0),
	E(87742,24596,109,0,1,0,1,16,0,0,4,183991,0,0),
	E(44861,24627,109,0,65535,0,1,376,0,0,0,0,0,0),
	E(26773,25399,109,0,65535,0,1,18,0,0,0,0,0,0),
	E(126383,25436,109,0,1,0,1,172,0,0,0,0,0,0),
	E(25487,25465,109,0,65535,0,1,18,0,0,0,0,0,0),
	E(155211,25500,109,0,1,1,3,351,1,13,4,180214,0,0),
	E(102915,25534,109,0,65535,0,1,16,0,0,4,156849,0,0),
	E(25153,25565,109,0,1,0,1,278,0,0,0,0,0,0),
	E(25196,25591,109,0,65535,0,1,18,0,0,0,0,0,0),
	E(25246,25624,109,1,1,0,1,16,0,0,4,180410,0,0),
	E(23284,25663,109,0,65535,0,1,16,0,0,4,164809,0,0),
	E(111034,25697,109,0,65535,0,1,4,3,228,0,0,0,0),
	E(57636,25728,109,0,1,0,1,39,0,0,0,0,0,0),
	E(187479,25759,109,0,1,1,2,354,0,0,0,0,0,0),
	E(25815,25793,109,0,65535,0,1,16,0,0,4,183265,0,0),
	E(25845,25823,109,0,65535,0,1,18,0,0,0,0,0,0),
	E(25350,25863,109,0,1,0,1,278,0,0,0,0,0,0),
	/* ClaimResponse.addItem.detail */
	E(25909,24656,110,1,65535,0,1,369,0,0,0,0,0,0),
	E(126383,24698,110,0,1,0,1,172,0,0,0,0,0,0),
	E(102915,24734,110,0,65535,0,1,16,0,0,4,156849,0,0),
	E(25153,24772,110,0,1,0,1,278,0,0,0,0,0,0),
	E(25196,24805,110,0,65535,0,1,18,0,0,0,0,0,0),
	E(25246,24845,110,1,1,0,1,16,0,0,4,180410,0,0),
	E(57636,24891,110,0,1,0,1,39,0,0,0,0,0,0),
	E(24958,24929,110,0,65535,0,1,377,0,0,0,0,0,0),
	E(25350,25360,110,0,1,0,1,278,0,0,0,0,0,0),
	/* ClaimResponse.addItem.detail.subDetail */
	E(25909,24968,111,1,65535,0,1,369,0,0,0,0,0,0),
	E(126383,25020,111,0,1,0,1,172,0,0,0,0,0,0),
	E(102915,25066,111,0,65535,0,1,16,0,0,4,156849,0,0),
	E(25153,25114,111,0,1,0,1,278,0,0,0,0,0,0),
	E(25196,25157,111,0,65535,0,1,18,0,0,0,0,0,0),
	E(25246,25207,111,1,1,0,1,16,0,0,4,180410,0,0),
	E(57636,25263,111,0,1,0,1,39,0,0,0,0,0,0),
	E(25350,25311,111,0,1,0,1,278,0,0,0,0,0,0),
	/* ClaimResponse.error */
	E(165456,26025,112,1,1,0,1,16,0,0,4,152513,0,0),
	E(26773,26050,112,0,1,0,1,18,0,0,0,0,0,0),
	E(25487,26085,112,0,1,0,1,18,0,0,0,0,0,0),
	E(26993,26118,112,0,1,0,1,18,0,0,0,0,0,0),
	/* ClaimResponse.insurance */
	E(26298,26274,113,0,1,0,1,1,0,0,0,0,0,0),
	E(26342,26318,113,0,1,0,1,4,1,349,0,0,0,0),
	E(26380,26356,113,1,1,0,1,4,1,17,0,0,0,0),
	E(26413,26389,113,1,1,0,1,19,0,0,0,0,0,0),
	E(26443,26419,113,1,1,0,1,18,0,0,0,0,0,0),
	/* ClaimResponse.item */
	E(25909,26493,114,1,65535,0,1,369,0,0,0,0,0,0),
	E(44861,26682,114,0,65535,0,1,378,0,0,0,0,0,0),
	E(25487,27011,114,1,1,0,1,18,0,0,0,0,0,0),
	E(25196,27043,114,0,65535,0,1,18,0,0,0,0,0,0),
	/* ClaimResponse.item.adjudication */
	E(110870,26525,115,0,1,0,1,278,0,0,0,0,0,0),
	E(180205,26564,115,1,1,0,1,16,0,0,4,152471,0,0),
	E(170959,26605,115,0,1,0,1,16,0,0,4,152561,0,0),
	E(57164,26644,115,0,1,0,1,172,0,0,0,0,0,0),
	/* ClaimResponse.item.detail */
	E(25909,26708,116,1,65535,0,1,369,0,0,0,0,0,0),
	E(26773,26747,116,1,1,0,1,18,0,0,0,0,0,0),
	E(25196,26788,116,0,65535,0,1,18,0,0,0,0,0,0),
	E(24958,26825,116,0,65535,0,1,379,0,0,0,0,0,0),
	/* ClaimResponse.item.detail.subDetail */
	E(25909,26861,117,0,65535,0,1,369,0,0,0,0,0,0),
	E(25196,26910,117,0,65535,0,1,18,0,0,0,0,0,0),
	E(26993,26957,117,1,1,0,1,18,0,0,0,0,0,0),
	/* ClaimResponse.payment */
	E(27185,27163,118,0,1,0,1,278,0,0,0,0,0,0),
	E(27218,27196,118,0,1,0,1,16,0,0,4,175065,0,0),
	E(110870,27235,118,1,1,0,1,278,0,0,0,0,0,0),
	E(134604,27264,118,0,1,0,1,23,0,0,0,0,0,0),
	E(87875,27291,118,0,1,0,1,3,0,0,0,0,0,0),
	E(170750,27324,118,1,1,0,1,16,0,0,4,164718,0,0),
	/* ClaimResponse.processNote */
	E(165066,27430,119,0,1,0,1,16,0,0,3,168801,0,0),
	E(75024,27465,119,0,1,0,1,18,0,0,0,0,0,0),
	E(50616,27498,119,1,1,0,1,1,0,0,0,0,0,0),
	E(170750,27529,119,0,1,0,1,8,0,0,1,173603,0,0),
	/* ClaimResponse.total */
	E(110870,27669,120,1,1,0,1,278,0,0,0,0,0,1),
	E(180205,27696,120,1,1,0,1,16,0,0,4,152471,0,1),
	/* ClinicalImpression */
	E(27800,27781,121,0,1,0,1,4,2,11,0,0,0,1),
	E(165456,27809,121,0,1,0,1,16,0,0,4,0,0,1),
	E(134604,27833,121,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,27857,121,0,1,0,1,1,0,0,0,0,0,1),
	E(151367,27888,121,0,1,1,2,168,0,0,0,0,0,1),
	E(172733,27920,121,0,1,0,1,4,1,72,0,0,0,1),
	E(27968,27949,121,0,65535,0,1,380,0,0,0,0,0,0),
	E(87875,28097,121,0,65535,0,1,3,0,0,0,0,0,1),
	E(28146,28127,121,0,65535,0,1,381,0,0,0,0,0,0),
	E(87920,28236,121,0,65535,0,1,105,0,0,0,0,0,0),
	E(135487,28260,121,0,1,0,1,4,1,382,0,0,0,0),
	E(28307,28288,121,0,65535,0,1,4,2,383,0,0,0,1),
	E(28334,28315,121,0,65535,0,1,16,0,0,4,157195,0,0),
	E(28378,28359,121,0,65535,0,1,4,1,385,0,0,0,0),
	E(28416,28397,121,0,65535,0,1,53,0,0,0,0,0,0),
	E(162686,28425,121,1,1,0,1,8,0,0,1,157253,1,1),
	E(45718,28451,121,0,1,0,1,16,0,0,4,0,0,0),
	E(87989,28483,121,1,1,0,1,4,2,80,0,0,0,1),
	E(35785,28510,121,0,1,0,1,1,0,0,0,0,0,0),
	E(24302,28537,121,0,65535,0,1,4,1,131,0,0,0,0),
	/* ClinicalImpression.finding */
	E(177632,27976,122,0,1,0,1,1,0,0,0,0,0,0),
	E(28036,28009,122,0,1,0,1,16,0,0,4,158244,0,0),
	E(28083,28056,122,0,1,0,1,4,3,386,0,0,0,0),
	/* ClinicalImpression.investigation */
	E(165456,28160,123,1,1,0,1,16,0,0,4,168458,0,0),
	E(182994,28198,123,0,65535,0,1,4,7,389,0,0,0,0),
	/* ClinicalUseDefinition */
	E(180205,28593,124,0,65535,0,1,16,0,0,3,157069,0,1),
	E(90965,28624,124,0,1,0,1,396,0,0,0,0,0,1),
	E(87875,29061,124,0,65535,0,1,3,0,0,0,0,0,1),
	E(28869,29094,124,0,1,0,1,397,0,0,0,0,0,1),
	E(11044,29466,124,0,1,0,1,398,0,0,0,0,0,1),
	E(170168,29769,124,0,65535,0,1,4,1,45,0,0,0,1),
	E(162686,29802,124,0,1,0,1,16,0,0,3,176562,0,1),
	E(87989,29831,124,0,65535,0,1,4,7,399,0,0,0,1),
	E(170750,29861,124,1,1,0,1,8,0,0,1,157131,0,1),
	E(29448,29888,124,0,1,0,1,406,0,0,0,0,0,1),
	E(30130,30108,124,0,1,0,1,407,0,0,0,0,0,1),
	/* ClinicalUseDefinition.contraindication */
	E(29160,28663,125,0,65535,0,1,408,1,31,4,162693,0,1),
	E(29205,28714,125,0,1,0,1,408,1,31,4,162649,0,1),
	E(29252,28767,125,0,1,0,1,408,1,31,4,162693,0,1),
	E(28869,28830,125,0,65535,0,1,4,1,409,0,0,0,1),
	E(29402,28880,125,0,65535,0,1,410,0,0,0,0,0,1),
	/* ClinicalUseDefinition.contraindication.otherTherapy */
	E(21657,28932,126,1,1,0,1,16,0,0,3,183847,0,1),
	E(171786,29001,126,1,1,0,1,408,5,411,4,183810,0,1),
	/* ClinicalUseDefinition.indication */
	E(29160,29127,127,0,65535,0,1,408,1,31,4,162693,0,1),
	E(29205,29172,127,0,1,0,1,408,1,31,4,162649,0,1),
	E(29252,29219,127,0,1,0,1,408,1,31,4,162693,0,1),
	E(87818,29276,127,0,1,1,2,109,0,0,0,0,0,1),
	E(29354,29321,127,0,1,0,1,408,1,31,3,175980,0,1),
	E(29402,29369,127,0,65535,0,1,410,0,0,0,0,0,1),
	E(29448,29415,127,0,65535,0,1,4,1,409,0,0,0,1),
	/* ClinicalUseDefinition.interaction */
	E(168247,29500,128,0,1,0,1,408,1,31,4,168206,0,1),
	E(168295,29541,128,0,1,0,1,16,0,0,4,168254,0,1),
	E(29619,29585,128,0,65535,0,1,416,0,0,0,0,0,1),
	E(168346,29685,128,0,65535,0,1,16,0,0,4,168305,0,1),
	E(170750,29730,128,0,1,0,1,16,0,0,4,168412,0,1),
	/* ClinicalUseDefinition.interaction.interactant */
	E(182994,29631,129,1,1,1,2,33,4,417,4,168165,0,1),
	/* ClinicalUseDefinition.undesirableEffect */
	E(184374,29928,130,0,1,0,1,16,0,0,4,184326,0,1),
	E(30023,29983,130,0,1,0,1,16,0,0,4,184389,0,1),
	E(30085,30045,130,0,1,0,1,408,1,31,4,184447,0,1),
	/* ClinicalUseDefinition.warning */
	E(165456,30138,131,0,1,0,1,16,0,0,4,185724,0,1),
	E(86504,30173,131,0,1,0,1,25,0,0,0,0,0,1),
	/* CodeSystem */
	E(30237,30226,132,0,1,0,1,19,0,0,0,0,0,1),
	E(30262,30251,132,0,1,0,1,19,0,0,0,0,0,1),
	E(31400,30276,132,0,65535,0,1,421,0,0,0,0,0,0),
	E(134550,30644,132,0,65535,0,1,24,0,0,0,0,0,1),
	E(87757,30663,132,1,1,0,1,8,0,0,1,157369,0,1),
	E(134576,30682,132,0,1,0,1,25,0,0,0,0,0,0),
	E(30714,30703,132,0,1,0,1,125,0,0,0,0,0,1),
	E(134604,30720,132,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,30736,132,0,1,0,1,25,0,0,0,0,0,0),
	E(134872,30759,132,0,1,0,1,19,0,0,0,0,0,1),
	E(147800,30783,132,0,65535,0,1,422,0,0,0,0,0,1),
	E(30916,30905,132,0,1,0,1,8,0,0,1,157428,0,1),
	E(87875,30933,132,0,65535,0,1,3,0,0,0,0,0,1),
	E(134932,30955,132,0,65535,0,1,16,0,0,2,168759,0,1),
	E(73876,30979,132,0,1,0,1,1,0,0,0,0,0,1),
	E(170538,30995,132,0,65535,0,1,423,0,0,0,0,0,1),
	E(135168,31121,132,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,31142,132,0,1,0,1,25,0,0,0,0,0,0),
	E(162686,31161,132,1,1,0,1,8,0,0,1,176610,1,1),
	E(31190,31179,132,0,1,0,1,29,1,424,0,0,0,1),
	E(135825,31202,132,0,1,0,1,1,0,0,0,0,0,1),
	E(135849,31219,132,0,1,0,1,53,0,0,0,0,0,1),
	E(135871,31234,132,0,65535,0,1,54,0,0,0,0,0,1),
	E(147978,31256,132,0,1,0,1,29,1,425,0,0,0,1),
	E(135900,31276,132,0,1,0,1,1,0,0,0,0,0,1),
	E(31306,31295,132,0,1,0,1,19,0,0,0,0,0,1),
	/* CodeSystem.concept */
	E(165456,30295,133,1,1,0,1,8,0,0,0,0,0,0),
	E(31400,30319,133,0,65535,0,1,421,0,0,0,0,0,0),
	E(45177,30346,133,0,1,0,1,1,0,0,0,0,0,0),
	E(148301,30376,133,0,65535,0,1,426,0,0,0,0,0,0),
	E(35097,30519,133,0,1,0,1,1,0,0,0,0,0,0),
	E(170538,30546,133,0,65535,0,1,427,0,0,0,0,0,0),
	/* CodeSystem.concept.designation */
	E(165066,30407,134,0,1,0,1,8,0,0,3,168801,0,0),
	E(172525,30447,134,0,1,0,1,145,0,0,2,161667,0,0),
	E(57164,30482,134,1,1,0,1,1,0,0,0,0,0,0),
	/* CodeSystem.concept.property */
	E(165456,30574,135,1,1,0,1,8,0,0,0,0,0,0),
	E(57164,30607,135,1,1,1,7,428,0,0,0,0,0,0),
	/* CodeSystem.filter */
	E(165456,30801,136,1,1,0,1,8,0,0,0,0,0,1),
	E(86504,30824,136,0,1,0,1,1,0,0,0,0,0,1),
	E(87931,30854,136,1,65535,0,1,8,0,0,1,165181,0,1),
	E(57164,30881,136,1,1,0,1,1,0,0,0,0,0,1),
	/* CodeSystem.property */
	E(165456,31015,137,1,1,0,1,8,0,0,0,0,0,1),
	E(86504,31040,137,0,1,0,1,1,0,0,0,0,0,1),
	E(170750,31072,137,1,1,0,1,8,0,0,1,158025,0,1),
	E(131338,31097,137,0,1,0,1,53,0,0,0,0,0,1),
	/* CodeableConcept */
	E(31336,31320,138,0,65535,0,1,145,0,0,0,0,0,1),
	E(50616,31343,138,0,1,0,1,1,0,0,0,0,0,1),
	/* CodeableReference */
	E(31400,31382,139,0,1,0,1,16,0,0,0,0,0,1),
	E(36309,31408,139,0,1,0,1,4,0,0,0,0,0,1),
	/* Coding */
	E(165456,31443,140,0,1,0,1,8,0,0,0,0,0,1),
	E(35097,31455,140,0,1,0,1,1,0,0,0,0,0,1),
	E(147946,31470,140,0,1,0,1,53,0,0,0,0,0,1),
	E(31491,31484,140,0,1,0,1,19,0,0,0,0,0,1),
	E(135900,31504,140,0,1,0,1,1,0,0,0,0,0,1),
	/* Communication */
	E(31547,31533,141,0,65535,0,1,4,1,131,0,0,0,0),
	E(87728,31553,141,0,65535,0,1,4,1,131,0,0,0,1),
	E(180205,31575,141,0,65535,0,1,16,0,0,4,157581,0,0),
	E(172733,31598,141,0,1,0,1,4,1,72,0,0,0,1),
	E(87875,31622,141,0,65535,0,1,3,0,0,0,0,0,1),
	E(31661,31647,141,0,65535,0,1,4,1,435,0,0,0,0),
	E(115970,31674,141,0,65535,0,1,29,5,436,0,0,0,1),
	E(116002,31710,141,0,65535,0,1,53,0,0,0,0,0,1),
	E(156694,31740,141,0,65535,0,1,16,0,0,4,186898,0,0),
	E(87920,31761,141,0,65535,0,1,105,0,0,0,0,0,0),
	E(87946,31780,141,0,65535,0,1,4,1,131,0,0,0,1),
	E(133657,31801,141,0,65535,0,1,441,0,0,0,0,0,0),
	E(165741,31856,141,0,1,0,1,8,0,0,1,178513,0,1),
	E(87959,31879,141,0,65535,0,1,16,0,0,4,157022,0,1),
	E(116247,31904,141,0,65535,0,1,4,4,236,0,0,0,1),
	E(31948,31934,141,0,1,0,1,26,0,0,0,0,0,0),
	E(83203,31957,141,0,65535,0,1,4,9,442,0,0,0,0),
	E(31995,31981,141,0,1,0,1,4,7,451,0,0,0,0),
	E(32016,32002,141,0,1,0,1,26,0,0,0,0,0,0),
	E(162686,32021,141,1,1,0,1,8,0,0,1,164262,1,1),
	E(45718,32042,141,0,1,0,1,16,0,0,4,157633,0,1),
	E(87989,32069,141,0,1,0,1,4,2,80,0,0,0,1),
	E(157735,32091,141,0,1,0,1,16,0,0,4,157692,0,0),
	/* Communication.payload */
	E(87757,31823,142,1,1,1,3,458,1,131,0,0,0,0),
	/* CommunicationRequest */
	E(31547,32132,143,0,65535,0,1,4,1,131,0,0,0,0),
	E(139881,32159,143,0,1,0,1,26,0,0,0,0,0,1),
	E(87728,32191,143,0,65535,0,1,4,1,131,0,0,0,1),
	E(180205,32220,143,0,65535,0,1,16,0,0,4,157581,0,0),
	E(12713,32250,143,0,1,0,1,19,0,0,0,0,1,1),
	E(172733,32284,143,0,1,0,1,4,1,72,0,0,0,1),
	E(140013,32315,143,0,1,0,1,3,0,0,0,0,0,1),
	E(87875,32352,143,0,65535,0,1,3,0,0,0,0,0,1),
	E(156694,32384,143,0,65535,0,1,16,0,0,4,186898,0,0),
	E(87920,32412,143,0,65535,0,1,105,0,0,0,0,0,0),
	E(187358,32438,143,0,1,1,2,168,0,0,0,0,0,1),
	E(133657,32473,143,0,65535,0,1,461,0,0,0,0,0,0),
	E(165741,32542,143,0,1,0,1,8,0,0,1,178513,0,1),
	E(87959,32572,143,0,65535,0,1,16,0,0,4,186589,0,1),
	E(116247,32604,143,0,65535,0,1,4,4,236,0,0,0,1),
	E(83203,32641,143,0,65535,0,1,4,9,442,0,0,0,0),
	E(13656,32672,143,0,65535,0,1,4,1,215,0,0,0,1),
	E(140378,32702,143,0,1,0,1,4,6,462,0,0,0,1),
	E(31995,32733,143,0,1,0,1,4,7,451,0,0,0,1),
	E(162686,32761,143,1,1,0,1,8,0,0,1,178623,1,1),
	E(45718,32789,143,0,1,0,1,16,0,0,4,0,0,0),
	E(87989,32823,143,0,1,0,1,4,2,80,0,0,0,0),
	/* CommunicationRequest.payload */
	E(87757,32502,144,1,1,1,3,458,1,131,0,0,0,0),
	/* CompartmentDefinition */
	E(165456,32874,145,1,1,0,1,8,0,0,1,157741,0,1),
	E(134550,32901,145,0,65535,0,1,24,0,0,0,0,0,1),
	E(134604,32931,145,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,32958,145,0,1,0,1,25,0,0,0,0,0,0),
	E(134872,32992,145,0,1,0,1,19,0,0,0,0,0,1),
	E(73876,33027,145,1,1,0,1,1,0,0,0,0,0,1),
	E(135168,33054,145,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,33086,145,0,1,0,1,25,0,0,0,0,0,0),
	E(135094,33116,145,0,65535,0,1,468,0,0,0,0,0,1),
	E(33287,33265,145,1,1,0,1,19,0,0,0,0,0,1),
	E(162686,33294,145,1,1,0,1,8,0,0,1,176610,1,1),
	E(135849,33323,145,1,1,0,1,53,0,0,0,0,0,1),
	E(135871,33349,145,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,33382,145,0,1,0,1,1,0,0,0,0,0,1),
	/* CompartmentDefinition.resource */
	E(165456,33147,146,1,1,0,1,8,0,0,1,179236,0,1),
	E(33214,33183,146,0,1,0,1,1,0,0,0,0,0,0),
	E(33259,33228,146,0,65535,0,1,1,0,0,0,0,0,1),
	/* Composition */
	E(33436,33424,147,0,65535,0,1,469,0,0,0,0,0,0),
	E(7173,33524,147,1,65535,0,1,4,6,470,0,0,0,1),
	E(180205,33543,147,0,65535,0,1,16,0,0,4,186824,0,1),
	E(172091,33564,147,0,1,0,1,8,0,0,1,186711,0,1),
	E(50146,33592,147,0,1,0,1,4,1,5,0,0,0,1),
	E(134604,33614,147,1,1,0,1,26,0,0,0,0,0,1),
	E(172733,33631,147,0,1,0,1,4,1,72,0,0,0,1),
	E(165790,33653,147,0,65535,0,1,476,0,0,0,0,0,1),
	E(87875,33744,147,0,1,0,1,3,0,0,0,0,0,1),
	E(50319,33767,147,0,65535,0,1,477,0,0,0,0,0,0),
	E(164457,33848,147,0,65535,0,1,478,0,0,0,0,0,0),
	E(162686,34138,147,1,1,0,1,8,0,0,1,157912,1,1),
	E(87989,34157,147,0,1,0,1,4,1,131,0,0,0,1),
	E(135825,34177,147,1,1,0,1,1,0,0,0,0,0,1),
	E(170750,34195,147,1,1,0,1,16,0,0,3,162839,0,1),
	/* Composition.attester */
	E(159897,33445,148,1,1,0,1,8,0,0,1,157848,0,0),
	E(23965,33471,148,0,1,0,1,4,5,479,0,0,0,0),
	E(17801,33498,148,0,1,0,1,26,0,0,0,0,0,0),
	/* Composition.event */
	E(165456,33671,149,0,65535,0,1,16,0,0,4,186260,0,1),
	E(44861,33694,149,0,65535,0,1,4,1,131,0,0,0,1),
	E(126444,33719,149,0,1,0,1,7,0,0,0,0,0,1),
	/* Composition.relatesTo */
	E(165456,33789,150,1,1,0,1,8,0,0,1,162992,0,0),
	E(117216,33816,150,1,1,1,2,332,1,484,0,0,0,0),
	/* Composition.section */
	E(7173,33868,151,0,65535,0,1,4,6,470,0,0,0,0),
	E(165456,33895,151,0,1,0,1,16,0,0,4,162792,0,0),
	E(33940,33920,151,0,1,0,1,16,0,0,3,169027,0,0),
	E(8563,33952,151,0,65535,0,1,4,1,131,0,0,0,0),
	E(139993,33978,151,0,1,0,1,4,1,131,0,0,0,0),
	E(159897,34004,151,0,1,0,1,8,0,0,1,169166,0,0),
	E(34049,34029,151,0,1,0,1,16,0,0,3,169211,0,0),
	E(164457,34059,151,0,65535,0,1,478,0,0,0,0,0,0),
	E(50616,34087,151,0,1,0,1,485,0,0,0,0,0,0),
	E(135825,34112,151,0,1,0,1,1,0,0,0,0,0,0),
	/* ConceptMap */
	E(134550,34223,152,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,34242,152,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,34263,152,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,34279,152,0,1,0,1,25,0,0,0,0,0,0),
	E(134872,34302,152,0,1,0,1,19,0,0,0,0,0,1),
	E(85577,34326,152,0,65535,0,1,486,0,0,0,0,0,0),
	E(87875,35166,152,0,1,0,1,3,0,0,0,0,0,1),
	E(134932,35188,152,0,65535,0,1,16,0,0,2,168759,0,1),
	E(73876,35212,152,0,1,0,1,1,0,0,0,0,0,1),
	E(135168,35228,152,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,35249,152,0,1,0,1,25,0,0,0,0,0,0),
	E(167135,35268,152,0,1,1,2,487,1,425,0,0,0,1),
	E(162686,35289,152,1,1,0,1,8,0,0,1,176610,1,1),
	E(117216,35307,152,0,1,1,2,487,1,425,0,0,0,1),
	E(135825,35328,152,0,1,0,1,1,0,0,0,0,0,1),
	E(135849,35345,152,0,1,0,1,53,0,0,0,0,0,1),
	E(135871,35360,152,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,35382,152,0,1,0,1,1,0,0,0,0,0,1),
	/* ConceptMap.group */
	E(132497,34343,153,1,65535,0,1,489,0,0,0,0,0,0),
	E(167135,34904,153,0,1,0,1,53,0,0,0,0,0,0),
	E(34945,34928,153,0,1,0,1,1,0,0,0,0,0,0),
	E(117216,34959,153,0,1,0,1,53,0,0,0,0,0,0),
	E(35000,34983,153,0,1,0,1,1,0,0,0,0,0,0),
	E(35031,35014,153,0,1,0,1,490,0,0,0,0,0,0),
	/* ConceptMap.group.element */
	E(165456,34368,154,0,1,0,1,8,0,0,0,0,0,0),
	E(35097,34398,154,0,1,0,1,1,0,0,0,0,0,0),
	E(117216,34431,154,0,65535,0,1,491,0,0,0,0,0,0),
	/* ConceptMap.group.element.target */
	E(165456,34463,155,0,1,0,1,8,0,0,0,0,0,0),
	E(49012,34500,155,0,1,0,1,1,0,0,0,0,0,0),
	E(79355,34540,155,0,65535,0,1,492,0,0,0,0,0,0),
	E(35097,34780,155,0,1,0,1,1,0,0,0,0,0,0),
	E(34852,34820,155,1,1,0,1,8,0,0,1,157966,1,0),
	E(185716,34864,155,0,65535,0,1,492,0,0,0,0,0,0),
	/* ConceptMap.group.element.target.dependsOn */
	E(35097,34582,156,0,1,0,1,1,0,0,0,0,0,0),
	E(170538,34632,156,1,1,0,1,53,0,0,0,0,0,0),
	E(147946,34683,156,0,1,0,1,29,1,424,0,0,0,0),
	E(57164,34732,156,1,1,0,1,1,0,0,0,0,0,0),
	/* ConceptMap.group.unmapped */
	E(165456,35040,157,0,1,0,1,8,0,0,0,0,0,0),
	E(35097,35071,157,0,1,0,1,1,0,0,0,0,0,0),
	E(159897,35105,157,1,1,0,1,8,0,0,1,158082,0,0),
	E(135849,35136,157,0,1,0,1,29,1,493,0,0,0,0),
	/* Condition */
	E(151135,35401,158,0,1,1,5,106,0,0,0,0,0,0),
	E(4307,35424,158,0,1,0,1,4,4,112,0,0,0,1),
	E(87742,35443,158,0,65535,0,1,16,0,0,4,155023,0,1),
	E(180205,35462,158,0,65535,0,1,16,0,0,2,158142,0,0),
	E(4363,35481,158,0,1,0,1,16,0,0,1,158190,1,1),
	E(165456,35506,158,0,1,0,1,16,0,0,4,158244,0,1),
	E(172733,35521,158,0,1,0,1,4,1,72,0,0,0,1),
	E(44801,35541,158,0,65535,0,1,494,0,0,0,0,0,0),
	E(87875,35610,158,0,65535,0,1,3,0,0,0,0,0,1),
	E(87920,35631,158,0,65535,0,1,105,0,0,0,0,0,0),
	E(4818,35646,158,0,1,1,5,106,0,0,0,0,0,1),
	E(4918,35665,158,0,1,0,1,26,0,0,0,0,0,1),
	E(4950,35688,158,0,1,0,1,4,4,112,0,0,0,1),
	E(158374,35707,158,0,1,0,1,16,0,0,3,158335,0,0),
	E(158422,35726,158,0,65535,0,1,495,0,0,0,0,0,0),
	E(87989,35814,158,1,1,0,1,4,2,80,0,0,0,1),
	E(5002,35832,158,0,1,0,1,16,0,0,1,158478,1,1),
	/* Condition.evidence */
	E(165456,35560,159,0,65535,0,1,16,0,0,4,169450,0,1),
	E(44861,35584,159,0,65535,0,1,4,1,131,0,0,0,1),
	/* Condition.stage */
	E(35758,35742,160,0,65535,0,1,4,3,496,0,0,0,0),
	E(35785,35769,160,0,1,0,1,16,0,0,4,158383,0,0),
	E(170750,35793,160,0,1,0,1,16,0,0,4,158428,0,0),
	/* Consent */
	E(180205,35869,161,1,65535,0,1,16,0,0,2,158698,0,1),
	E(101656,35886,161,0,1,0,1,26,0,0,0,0,0,1),
	E(87875,35903,161,0,65535,0,1,3,0,0,0,0,0,1),
	E(17018,35922,161,0,65535,0,1,4,1,5,0,0,0,1),
	E(45477,35943,161,0,1,0,1,4,1,9,0,0,0,1),
	E(98780,35959,161,0,65535,0,1,4,5,499,0,0,0,1),
	E(158938,35977,161,0,65535,0,1,504,0,0,0,0,0,0),
	E(36044,36036,161,0,1,0,1,16,0,0,2,158901,0,1),
	E(36391,36055,161,0,1,0,1,505,0,0,0,0,0,1),
	E(160265,36482,161,1,1,0,1,16,0,0,2,159003,1,1),
	E(167135,36496,161,0,1,1,2,366,4,506,0,0,0,1),
	E(162686,36514,161,1,1,0,1,8,0,0,1,159046,1,1),
	E(36537,36529,161,0,65535,0,1,510,0,0,0,0,0,1),
	/* Consent.policy */
	E(182056,35992,162,0,1,0,1,53,0,0,0,0,0,0),
	E(131338,36017,162,0,1,0,1,53,0,0,0,0,0,0),
	/* Consent.provision */
	E(161919,36073,163,0,65535,0,1,16,0,0,4,158654,0,1),
	E(126508,36098,163,0,65535,0,1,511,0,0,0,0,0,0),
	E(161114,36185,163,0,65535,0,1,145,0,0,2,158744,0,1),
	E(165456,36209,163,0,65535,0,1,16,0,0,4,158795,0,1),
	E(126343,36232,163,0,65535,0,1,512,0,0,0,0,0,1),
	E(36337,36319,163,0,1,0,1,7,0,0,0,0,0,1),
	E(126444,36348,163,0,1,0,1,7,0,0,0,0,0,1),
	E(36391,36373,163,0,65535,0,1,505,0,0,0,0,0,0),
	E(135196,36401,163,0,65535,0,1,145,0,0,2,186955,0,1),
	E(50415,36427,163,0,65535,0,1,145,0,0,2,179804,0,1),
	E(170750,36459,163,0,1,0,1,8,0,0,1,158945,0,1),
	/* Consent.provision.actor */
	E(36309,36122,164,1,1,0,1,4,8,513,0,0,0,0),
	E(184824,36156,164,1,1,0,1,16,0,0,2,179849,0,0),
	/* Consent.provision.data */
	E(177571,36255,165,1,1,0,1,8,0,0,1,158845,0,1),
	E(36309,36286,165,1,1,0,1,4,1,131,0,0,0,1),
	/* Consent.verification */
	E(36571,36550,166,0,1,0,1,26,0,0,0,0,0,0),
	E(36609,36588,166,1,1,0,1,19,0,0,0,0,0,1),
	E(36639,36618,166,0,1,0,1,4,2,20,0,0,0,0),
	/* ContactDetail */
	E(73876,36666,167,0,1,0,1,1,0,0,0,0,0,1),
	E(74190,36685,167,0,65535,0,1,244,0,0,0,0,0,1),
	/* ContactPoint */
	E(126444,36720,168,0,1,0,1,7,0,0,0,0,0,1),
	E(55027,36740,168,0,1,0,1,18,0,0,0,0,0,1),
	E(147946,36758,168,0,1,0,1,8,0,0,1,159202,0,1),
	E(172525,36778,168,0,1,0,1,8,0,0,1,159258,1,1),
	E(57164,36795,168,0,1,0,1,1,0,0,0,0,0,1),
	/* Contract */
	E(133365,36823,169,0,65535,0,1,1,0,0,0,0,0,0),
	E(38522,36838,169,0,1,0,1,7,0,0,0,0,0,1),
	E(7173,36855,169,0,1,0,1,4,4,521,0,0,0,0),
	E(182056,36871,169,0,65535,0,1,4,1,5,0,0,0,0),
	E(36899,36890,169,0,1,0,1,525,0,0,0,0,0,0),
	E(37155,37146,169,0,1,0,1,16,0,0,4,159793,0,0),
	E(182110,37173,169,0,65535,0,1,4,1,13,0,0,0,0),
	E(37198,37189,169,0,1,0,1,16,0,0,4,160013,0,0),
	E(37222,37213,169,0,65535,0,1,526,0,0,0,0,0,0),
	E(87875,37260,169,0,65535,0,1,3,0,0,0,0,0,1),
	E(115970,37280,169,0,1,0,1,4,1,508,0,0,0,0),
	E(116002,37311,169,0,1,0,1,53,0,0,0,0,0,0),
	E(87892,37336,169,0,1,0,1,26,0,0,0,0,0,1),
	E(37361,37352,169,0,65535,0,1,527,0,0,0,0,0,0),
	E(37402,37393,169,0,1,0,1,16,0,0,2,160067,0,0),
	E(187246,37413,169,0,1,1,2,366,4,528,0,0,0,0),
	E(73876,37440,169,0,1,0,1,1,0,0,0,0,0,1),
	E(140357,37454,169,0,65535,0,1,4,1,532,0,0,0,0),
	E(132266,37479,169,0,65535,0,1,533,0,0,0,0,0,0),
	E(160265,37518,169,0,1,0,1,16,0,0,4,160227,0,0),
	E(37542,37533,169,0,65535,0,1,534,0,0,0,0,0,0),
	E(167664,37618,169,0,65535,0,1,4,1,13,0,0,0,0),
	E(162686,37632,169,0,1,0,1,8,0,0,1,160494,1,1),
	E(27641,37648,169,0,65535,0,1,16,0,0,4,160545,0,1),
	E(87989,37665,169,0,65535,0,1,4,1,131,0,0,0,1),
	E(60591,37682,169,0,1,0,1,1,0,0,0,0,0,0),
	E(24302,37700,169,0,65535,0,1,4,1,131,0,0,0,0),
	E(154882,37724,169,0,65535,0,1,535,0,0,0,0,0,0),
	E(135825,40411,169,0,1,0,1,1,0,0,0,0,0,1),
	E(157735,40426,169,0,1,1,2,42,1,131,0,0,0,0),
	E(170750,40444,169,0,1,0,1,16,0,0,4,160690,0,1),
	E(135849,40458,169,0,1,0,1,53,0,0,0,0,0,0),
	E(135900,40471,169,0,1,0,1,1,0,0,0,0,0,1),
	/* Contract.contentDefinition */
	E(134576,36917,170,0,1,0,1,25,0,0,0,0,0,0),
	E(75658,36954,170,0,1,0,1,26,0,0,0,0,0,0),
	E(37024,36997,170,1,1,0,1,8,0,0,1,160165,0,0),
	E(135168,37042,170,0,1,0,1,4,3,228,0,0,0,0),
	E(27641,37079,170,0,1,0,1,16,0,0,4,159902,0,0),
	E(170750,37114,170,1,1,0,1,16,0,0,4,159959,0,0),
	/* Contract.friendly */
	E(87757,37231,171,1,1,1,2,366,3,528,0,0,0,0),
	/* Contract.legal */
	E(87757,37367,172,1,1,1,2,366,3,528,0,0,0,0),
	/* Contract.rule */
	E(87757,37493,173,1,1,1,2,366,1,77,0,0,0,0),
	/* Contract.signer */
	E(23965,37549,174,1,1,0,1,4,5,443,0,0,0,0),
	E(117195,37571,174,1,65535,0,1,175,0,0,0,0,0,0),
	E(170750,37597,174,1,1,0,1,145,0,0,3,160444,0,0),
	/* Contract.term */
	E(161919,37738,175,0,65535,0,1,536,0,0,0,0,0,0),
	E(38522,38508,175,0,1,0,1,7,0,0,0,0,0,1),
	E(38544,38530,175,0,65535,0,1,537,0,0,0,0,0,0),
	E(85577,39671,175,0,65535,0,1,535,0,0,0,0,0,0),
	E(87875,39691,175,0,1,0,1,3,0,0,0,0,0,1),
	E(87892,39716,175,0,1,0,1,26,0,0,0,0,0,1),
	E(39751,39737,175,1,1,0,1,538,0,0,0,0,0,0),
	E(50415,40149,175,0,65535,0,1,539,0,0,0,0,0,0),
	E(27641,40328,175,0,1,0,1,16,0,0,4,160591,0,0),
	E(50616,40350,175,0,1,0,1,1,0,0,0,0,0,1),
	E(157735,40369,175,0,1,1,2,42,1,131,0,0,0,0),
	E(170750,40392,175,0,1,0,1,16,0,0,4,160642,0,0),
	/* Contract.term.action */
	E(184683,37759,176,0,1,0,1,4,2,264,0,0,0,0),
	E(37809,37788,176,0,65535,0,1,1,0,0,0,0,0,0),
	E(12713,37823,176,0,1,0,1,19,0,0,0,0,1,0),
	E(140160,37857,176,1,1,0,1,16,0,0,4,186955,0,0),
	E(39293,37885,176,0,65535,0,1,1,0,0,0,0,0,0),
	E(87920,37913,176,0,65535,0,1,105,0,0,0,0,0,0),
	E(187358,37939,176,0,1,1,3,273,0,0,0,0,0,0),
	E(98780,37974,176,0,1,0,1,4,9,540,0,0,0,0),
	E(38026,38005,176,0,65535,0,1,1,0,0,0,0,0,0),
	E(38063,38042,176,0,1,0,1,16,0,0,4,176396,0,0),
	E(140287,38077,176,0,65535,0,1,16,0,0,4,176453,0,0),
	E(170959,38112,176,0,65535,0,1,1,0,0,0,0,0,0),
	E(87959,38140,176,0,65535,0,1,16,0,0,4,186955,0,0),
	E(38193,38172,176,0,65535,0,1,1,0,0,0,0,0,0),
	E(116247,38206,176,0,65535,0,1,4,6,549,0,0,0,0),
	E(140378,38243,176,0,65535,0,1,4,7,555,0,0,0,0),
	E(38295,38274,176,0,65535,0,1,1,0,0,0,0,0,0),
	E(39610,38311,176,0,65535,0,1,125,0,0,0,0,0,0),
	E(162686,38352,176,1,1,0,1,16,0,0,4,159495,0,0),
	E(87989,38380,176,0,65535,0,1,562,0,0,0,0,0,0),
	E(170750,38482,176,1,1,0,1,16,0,0,4,159450,0,0),
	/* Contract.term.action.subject */
	E(36309,38409,177,1,65535,0,1,4,7,555,0,0,0,0),
	E(184824,38448,177,0,1,0,1,16,0,0,4,159546,0,0),
	/* Contract.term.asset */
	E(118754,38550,178,0,65535,0,1,563,0,0,0,0,0,0),
	E(166264,38577,178,0,1,0,1,1,0,0,0,0,0,0),
	E(184683,38607,178,0,65535,0,1,564,0,0,0,0,0,0),
	E(39293,38739,178,0,65535,0,1,1,0,0,0,0,0,0),
	E(126444,38766,178,0,65535,0,1,7,0,0,0,0,0,0),
	E(38813,38793,178,0,65535,0,1,16,0,0,4,154351,0,0),
	E(177907,38824,178,0,1,0,1,145,0,0,2,158744,0,0),
	E(160265,38857,178,0,1,0,1,16,0,0,4,159645,0,0),
	E(39610,38883,178,0,65535,0,1,125,0,0,0,0,0,0),
	E(156929,38923,178,0,65535,0,1,16,0,0,4,159694,0,0),
	E(50616,38951,178,0,1,0,1,1,0,0,0,0,0,0),
	E(170750,38976,178,0,65535,0,1,16,0,0,4,159745,0,0),
	E(39021,39001,178,0,65535,0,1,4,1,131,0,0,0,0),
	E(39055,39035,178,0,65535,0,1,7,0,0,0,0,0,0),
	E(39085,39065,178,0,65535,0,1,565,0,0,0,0,0,0),
	/* Contract.term.asset.context */
	E(165456,38635,179,0,65535,0,1,16,0,0,4,159594,0,0),
	E(36309,38668,179,0,1,0,1,4,1,131,0,0,0,0),
	E(50616,38706,179,0,1,0,1,1,0,0,0,0,0,0),
	/* Contract.term.asset.valuedItem */
	E(39127,39096,180,0,1,0,1,26,0,0,0,0,0,0),
	E(117008,39141,180,0,1,1,2,42,1,131,0,0,0,0),
	E(126383,39182,180,0,1,0,1,172,0,0,0,0,0,0),
	E(87875,39220,180,0,1,0,1,3,0,0,0,0,0,0),
	E(39293,39262,180,0,65535,0,1,1,0,0,0,0,0,0),
	E(25153,39300,180,0,1,0,1,278,0,0,0,0,0,0),
	E(110958,39335,180,0,1,0,1,1,0,0,0,0,0,0),
	E(110980,39374,180,0,1,0,1,26,0,0,0,0,0,0),
	E(39448,39417,180,0,1,0,1,172,0,0,0,0,0,0),
	E(57636,39455,180,0,1,0,1,39,0,0,0,0,0,0),
	E(83203,39495,180,0,1,0,1,4,5,443,0,0,0,0),
	E(111504,39536,180,0,1,0,1,4,5,443,0,0,0,0),
	E(39610,39579,180,0,65535,0,1,125,0,0,0,0,0,0),
	E(25350,39630,180,0,1,0,1,278,0,0,0,0,0,0),
	/* Contract.term.offer */
	E(118754,39757,181,0,65535,0,1,563,0,0,0,0,0,0),
	E(39840,39820,181,0,1,0,1,16,0,0,2,186307,0,0),
	E(39869,39849,181,0,65535,0,1,16,0,0,4,159850,0,0),
	E(87875,39882,181,0,65535,0,1,3,0,0,0,0,0,0),
	E(39293,39913,181,0,65535,0,1,1,0,0,0,0,0,0),
	E(23965,39940,181,0,65535,0,1,566,0,0,0,0,0,0),
	E(39610,40033,181,0,65535,0,1,125,0,0,0,0,0,0),
	E(50616,40073,181,0,1,0,1,1,0,0,0,0,0,0),
	E(157735,40098,181,0,1,0,1,4,1,131,0,0,0,1),
	E(170750,40124,181,0,1,0,1,16,0,0,4,160642,0,0),
	/* Contract.term.offer.answer */
	E(57164,39784,182,1,1,1,12,567,1,131,0,0,0,0),
	/* Contract.term.offer.party */
	E(36309,39966,183,1,65535,0,1,4,7,555,0,0,0,0),
	E(184824,40002,183,1,1,0,1,16,0,0,4,160116,0,0),
	/* Contract.term.securityLabel */
	E(180205,40177,184,0,65535,0,1,145,0,0,4,160271,0,0),
	E(184374,40214,184,1,1,0,1,145,0,0,4,160327,0,0),
	E(160436,40257,184,0,65535,0,1,145,0,0,4,160389,0,0),
	E(75024,40293,184,0,65535,0,1,125,0,0,0,0,0,0),
	/* Contributor */
	E(134550,40500,185,0,65535,0,1,24,0,0,0,0,0,1),
	E(73876,40520,185,1,1,0,1,1,0,0,0,0,0,1),
	E(170750,40537,185,1,1,0,1,8,0,0,1,160944,0,1),
	/* Coverage */
	E(40563,40554,187,1,1,0,1,4,1,9,0,0,0,1),
	E(161114,40575,187,0,65535,0,1,579,0,0,0,0,0,0),
	E(40660,40651,187,0,65535,0,1,4,1,508,0,0,0,0),
	E(40678,40669,187,0,65535,0,1,580,0,0,0,0,0,0),
	E(40896,40887,187,0,1,0,1,1,0,0,0,0,0,1),
	E(87875,40906,187,0,65535,0,1,3,0,0,0,0,0,1),
	E(154837,40926,187,0,1,0,1,1,0,0,0,0,0,1),
	E(169245,40943,187,0,1,0,1,18,0,0,0,0,0,1),
	E(40967,40958,187,1,65535,0,1,4,3,359,0,0,0,1),
	E(126444,40973,187,0,1,0,1,7,0,0,0,0,0,1),
	E(40998,40989,187,0,1,0,1,4,3,20,0,0,0,1),
	E(177907,41011,187,0,1,0,1,16,0,0,2,181367,0,0),
	E(162686,41033,187,1,1,0,1,8,0,0,1,165361,1,1),
	E(41058,41049,187,0,1,0,1,19,0,0,0,0,0,0),
	E(41079,41070,187,0,1,0,1,4,2,20,0,0,0,1),
	E(41099,41090,187,0,1,0,1,1,0,0,0,0,0,1),
	E(170750,41112,187,0,1,0,1,16,0,0,3,161227,0,1),
	/* Coverage.class */
	E(73876,40590,188,0,1,0,1,1,0,0,0,0,0,1),
	E(170750,40610,188,1,1,0,1,16,0,0,2,161076,0,1),
	E(57164,40630,188,1,1,0,1,1,0,0,0,0,0,1),
	/* Coverage.costToBeneficiary */
	E(161217,40696,189,0,65535,0,1,581,0,0,0,0,0,0),
	E(170750,40819,189,0,1,0,1,16,0,0,2,161120,0,1),
	E(57164,40851,189,1,1,1,2,582,0,0,0,0,0,1),
	/* Coverage.costToBeneficiary.exception */
	E(126444,40733,190,0,1,0,1,7,0,0,0,0,0,1),
	E(170750,40777,190,1,1,0,1,16,0,0,4,161169,0,1),
	/* CoverageEligibilityRequest */
	E(7197,41153,191,1,1,0,1,26,0,0,0,0,0,1),
	E(14738,41188,191,0,1,0,1,4,2,11,0,0,0,0),
	E(41756,41223,191,0,1,0,1,4,1,13,0,0,0,0),
	E(87875,41259,191,0,65535,0,1,3,0,0,0,0,0,0),
	E(26264,41297,191,0,65535,0,1,584,0,0,0,0,0,0),
	E(26466,41480,191,1,1,0,1,4,1,5,0,0,0,1),
	E(182994,41515,191,0,65535,0,1,585,0,0,0,0,0,0),
	E(45477,42034,191,1,1,0,1,4,1,9,0,0,0,1),
	E(165741,42069,191,0,1,0,1,16,0,0,4,175766,0,0),
	E(111034,42105,191,0,1,0,1,4,3,228,0,0,0,0),
	E(135196,42141,191,1,65535,0,1,8,0,0,1,163149,0,1),
	E(187479,42176,191,0,1,1,2,354,0,0,0,0,0,0),
	E(162686,42215,191,1,1,0,1,8,0,0,1,165361,1,1),
	E(24302,42249,191,0,65535,0,1,586,0,0,0,0,0,0),
	/* CoverageEligibilityRequest.insurance */
	E(26298,41334,192,0,1,0,1,1,0,0,0,0,0,0),
	E(26380,41391,192,1,1,0,1,4,1,17,0,0,0,0),
	E(26413,41437,192,0,1,0,1,19,0,0,0,0,0,0),
	/* CoverageEligibilityRequest.item */
	E(180205,41547,193,0,1,0,1,16,0,0,4,164515,0,0),
	E(44861,41588,193,0,65535,0,1,4,1,131,0,0,0,0),
	E(54959,41627,193,0,65535,0,1,587,0,0,0,0,0,0),
	E(41756,41724,193,0,1,0,1,4,2,588,0,0,0,0),
	E(102915,41765,193,0,65535,0,1,16,0,0,4,156849,0,0),
	E(25246,41806,193,0,1,0,1,16,0,0,4,180410,0,0),
	E(111034,41855,193,0,1,0,1,4,2,11,0,0,0,0),
	E(57636,41896,193,0,1,0,1,39,0,0,0,0,0,0),
	E(41969,41937,193,0,65535,0,1,18,0,0,0,0,0,0),
	E(25350,41992,193,0,1,0,1,278,0,0,0,0,0,0),
	/* CoverageEligibilityRequest.item.diagnosis */
	E(54959,41669,194,0,1,1,2,42,1,78,4,166471,0,0),
	/* CoverageEligibilityRequest.supportingInfo */
	E(42333,42291,195,0,1,0,1,19,0,0,0,0,0,0),
	E(42388,42346,195,1,1,0,1,4,1,131,0,0,0,0),
	E(26443,42400,195,1,1,0,1,18,0,0,0,0,0,0),
	/* CoverageEligibilityResponse */
	E(7197,42479,196,1,1,0,1,26,0,0,0,0,0,1),
	E(163419,42515,196,0,1,0,1,1,0,0,0,0,0,0),
	E(152555,42555,196,0,65535,0,1,590,0,0,0,0,0,0),
	E(157535,42628,196,0,1,0,1,16,0,0,4,165541,0,0),
	E(87875,42661,196,0,65535,0,1,3,0,0,0,0,0,0),
	E(26264,42700,196,0,65535,0,1,591,0,0,0,0,0,0),
	E(26466,43864,196,1,1,0,1,4,1,5,0,0,0,1),
	E(175712,43900,196,1,1,0,1,8,0,0,1,178029,0,1),
	E(45477,43936,196,1,1,0,1,4,1,9,0,0,0,1),
	E(22649,43972,196,0,1,0,1,1,0,0,0,0,0,0),
	E(135196,44011,196,1,65535,0,1,8,0,0,1,163211,0,1),
	E(111081,44047,196,1,1,0,1,4,1,592,0,0,0,1),
	E(27596,44083,196,0,1,0,1,4,3,228,0,0,0,0),
	E(187479,44121,196,0,1,1,2,354,0,0,0,0,0,0),
	E(162686,44161,196,1,1,0,1,8,0,0,1,165361,1,1),
	/* CoverageEligibilityResponse.error */
	E(165456,42589,197,1,1,0,1,16,0,0,4,152513,0,0),
	/* CoverageEligibilityResponse.insurance */
	E(42776,42738,198,0,1,0,1,7,0,0,0,0,0,0),
	E(26380,42790,198,1,1,0,1,4,1,17,0,0,0,1),
	E(42875,42837,198,0,1,0,1,19,0,0,0,0,0,0),
	E(182994,42883,198,0,65535,0,1,593,0,0,0,0,0,0),
	/* CoverageEligibilityResponse.insurance.item */
	E(42969,42926,199,0,1,0,1,19,0,0,0,0,0,0),
	E(43034,42991,199,0,65535,0,1,16,0,0,4,161270,0,0),
	E(43101,43058,199,0,1,0,1,53,0,0,0,0,0,0),
	E(81536,43118,199,0,65535,0,1,594,0,0,0,0,0,0),
	E(180205,43346,199,0,1,0,1,16,0,0,4,164515,0,0),
	E(86504,43398,199,0,1,0,1,1,0,0,0,0,0,0),
	E(64586,43453,199,0,1,0,1,19,0,0,0,0,0,0),
	E(102915,43505,199,0,65535,0,1,16,0,0,4,156849,0,0),
	E(73876,43557,199,0,1,0,1,1,0,0,0,0,0,0),
	E(154837,43605,199,0,1,0,1,16,0,0,4,154800,0,0),
	E(25246,43656,199,0,1,0,1,16,0,0,4,180410,0,0),
	E(111034,43716,199,0,1,0,1,4,2,11,0,0,0,0),
	E(154882,43768,199,0,1,0,1,16,0,0,4,154845,0,0),
	E(154966,43816,199,0,1,0,1,16,0,0,4,154929,0,0),
	/* CoverageEligibilityResponse.insurance.item.benefit */
	E(92593,43169,200,0,1,1,3,595,0,0,0,0,0,0),
	E(170750,43231,200,1,1,0,1,16,0,0,4,154887,0,0),
	E(187604,43287,200,0,1,1,3,595,0,0,0,0,0,0),
	/* DataRequirement */
	E(44228,44212,201,0,65535,0,1,598,0,0,0,0,0,1),
	E(44394,44378,201,0,65535,0,1,599,0,0,0,0,0,1),
	E(81575,44512,201,0,1,0,1,18,0,0,0,0,0,1),
	E(52274,44534,201,0,65535,0,1,1,0,0,0,0,0,1),
	E(98541,44562,201,0,65535,0,1,29,1,38,0,0,0,1),
	E(44602,44586,201,0,65535,0,1,600,0,0,0,0,0,1),
	E(87989,44664,201,0,1,1,2,42,1,45,2,181325,0,1),
	E(170750,44691,201,1,1,0,1,8,0,0,1,153277,0,1),
	/* DataRequirement.codeFilter */
	E(165456,44239,202,0,65535,0,1,145,0,0,0,0,0,1),
	E(146724,44271,202,0,1,0,1,1,0,0,0,0,0,1),
	E(11593,44303,202,0,1,0,1,1,0,0,0,0,0,1),
	E(147978,44342,202,0,1,0,1,29,1,425,0,0,0,1),
	/* DataRequirement.dateFilter */
	E(146724,44405,203,0,1,0,1,1,0,0,0,0,0,1),
	E(11593,44437,203,0,1,0,1,1,0,0,0,0,0,1),
	E(57164,44476,203,0,1,1,3,601,0,0,0,0,0,1),
	/* DataRequirement.sort */
	E(144645,44607,204,1,1,0,1,8,0,0,1,180652,0,1),
	E(146724,44638,204,1,1,0,1,1,0,0,0,0,0,1),
	/* DetectedIssue */
	E(7173,44726,206,0,1,0,1,4,3,69,0,0,0,1),
	E(165456,44747,206,0,1,0,1,16,0,0,3,161712,0,1),
	E(44861,44766,206,0,1,0,1,1,0,0,0,0,0,0),
	E(44801,44787,206,0,65535,0,1,604,0,0,0,0,0,0),
	E(187191,44868,206,0,1,1,2,168,0,0,0,0,0,1),
	E(87875,44896,206,0,65535,0,1,3,0,0,0,0,0,1),
	E(44935,44921,206,0,65535,0,1,4,1,131,0,0,0,1),
	E(44960,44946,206,0,65535,0,1,605,0,0,0,0,0,0),
	E(45477,45065,206,0,1,0,1,4,1,9,0,0,0,1),
	E(36309,45087,206,0,1,0,1,53,0,0,0,0,0,0),
	E(158374,45111,206,0,1,0,1,8,0,0,1,161825,0,1),
	E(162686,45134,206,1,1,0,1,8,0,0,1,174220,1,1),
	/* DetectedIssue.evidence */
	E(165456,44810,207,0,65535,0,1,16,0,0,4,169450,0,0),
	E(44861,44838,207,0,65535,0,1,4,1,131,0,0,0,0),
	/* DetectedIssue.mitigation */
	E(161919,44971,208,1,1,0,1,16,0,0,3,161764,0,0),
	E(7173,45003,208,0,1,0,1,4,2,11,0,0,0,0),
	E(134604,45035,208,0,1,0,1,26,0,0,0,0,0,0),
	/* Device */
	E(134550,45155,209,0,65535,0,1,244,0,0,0,0,0,0),
	E(45177,45170,209,0,1,0,1,4,1,56,0,0,0,0),
	E(87801,45188,209,0,65535,0,1,606,0,0,0,0,0,0),
	E(45259,45252,209,0,1,0,1,1,0,0,0,0,0,0),
	E(45285,45278,209,0,1,0,1,26,0,0,0,0,0,0),
	E(87875,45300,209,0,65535,0,1,3,0,0,0,0,0,0),
	E(155211,45318,209,0,1,0,1,4,1,13,0,0,0,0),
	E(45341,45334,209,0,1,0,1,1,0,0,0,0,0,0),
	E(45358,45351,209,0,1,0,1,26,0,0,0,0,0,0),
	E(45381,45374,209,0,1,0,1,1,0,0,0,0,0,0),
	E(45401,45394,209,0,1,0,1,1,0,0,0,0,0,0),
	E(87920,45413,209,0,65535,0,1,105,0,0,0,0,0,0),
	E(45432,45425,209,0,1,0,1,4,1,5,0,0,0,0),
	E(47537,45438,209,0,1,0,1,4,1,10,0,0,0,0),
	E(45459,45452,209,0,1,0,1,1,0,0,0,0,0,0),
	E(45477,45470,209,0,1,0,1,4,1,9,0,0,0,0),
	E(170538,45485,209,0,65535,0,1,607,0,0,0,0,0,0),
	E(162054,45578,209,0,65535,0,1,16,0,0,0,0,0,1),
	E(45599,45592,209,0,1,0,1,1,0,0,0,0,0,0),
	E(45619,45612,209,0,65535,0,1,608,0,0,0,0,0,0),
	E(162686,45697,209,0,1,0,1,8,0,0,1,162170,1,1),
	E(45718,45711,209,0,65535,0,1,16,0,0,2,162120,0,0),
	E(170750,45731,209,0,1,0,1,16,0,0,4,162219,0,0),
	E(45750,45743,209,0,65535,0,1,609,0,0,0,0,0,1),
	E(135849,45939,209,0,1,0,1,53,0,0,0,0,0,0),
	E(135900,45950,209,0,65535,0,1,610,0,0,0,0,0,0),
	/* Device.deviceName */
	E(73876,45206,210,1,1,0,1,1,0,0,0,0,0,0),
	E(170750,45229,210,1,1,0,1,8,0,0,1,161967,0,0),
	/* Device.property */
	E(170750,45501,211,1,1,0,1,16,0,0,0,0,0,0),
	E(45538,45522,211,0,65535,0,1,16,0,0,0,0,0,0),
	E(57385,45548,211,0,65535,0,1,39,0,0,0,0,0,0),
	/* Device.specialization */
	E(45656,45634,212,1,1,0,1,16,0,0,0,0,0,0),
	E(135900,45667,212,0,1,0,1,1,0,0,0,0,0,0),
	/* Device.udiCarrier */
	E(45779,45761,213,0,1,0,1,140,0,0,0,0,0,1),
	E(45809,45791,213,0,1,0,1,1,0,0,0,0,0,1),
	E(47111,45820,213,0,1,0,1,1,0,0,0,0,0,1),
	E(45873,45855,213,0,1,0,1,8,0,0,1,184276,0,0),
	E(82825,45883,213,0,1,0,1,53,0,0,0,0,0,0),
	E(134932,45908,213,0,1,0,1,53,0,0,0,0,0,0),
	/* Device.version */
	E(87087,45965,214,0,1,0,1,3,0,0,0,0,0,0),
	E(170750,45990,214,0,1,0,1,16,0,0,0,0,0,0),
	E(57164,46010,214,1,1,0,1,1,0,0,0,0,0,0),
	/* DeviceDefinition */
	E(143769,46048,215,0,65535,0,1,611,0,0,0,0,0,0),
	E(134550,46149,215,0,65535,0,1,244,0,0,0,0,0,0),
	E(87801,46174,215,0,65535,0,1,612,0,0,0,0,0,0),
	E(87875,46268,215,0,65535,0,1,3,0,0,0,0,0,0),
	E(46313,46296,215,0,65535,0,1,16,0,0,0,0,0,0),
	E(45381,46326,215,0,1,1,2,613,1,5,0,0,0,0),
	E(174665,46359,215,0,65535,0,1,615,0,0,0,0,0,0),
	E(45401,46503,215,0,1,0,1,1,0,0,0,0,0,0),
	E(87920,46532,215,0,65535,0,1,105,0,0,0,0,0,0),
	E(46571,46554,215,0,1,0,1,53,0,0,0,0,0,0),
	E(45432,46589,215,0,1,0,1,4,1,5,0,0,0,0),
	E(46629,46612,215,0,1,0,1,4,1,56,0,0,0,1),
	E(46659,46642,215,0,1,0,1,616,0,0,0,0,0,0),
	E(170538,46683,215,0,65535,0,1,617,0,0,0,0,0,0),
	E(57636,46816,215,0,1,0,1,39,0,0,0,0,0,0),
	E(162054,46842,215,0,65535,0,1,16,0,0,4,162018,0,1),
	E(109532,46866,215,0,65535,0,1,618,0,0,0,0,0,0),
	E(45619,46900,215,0,65535,0,1,619,0,0,0,0,0,0),
	E(170750,47015,215,0,1,0,1,16,0,0,4,161926,0,0),
	E(47054,47037,215,0,65535,0,1,620,0,0,0,0,0,0),
	E(135849,47222,215,0,1,0,1,53,0,0,0,0,0,0),
	E(135900,47243,215,0,65535,0,1,1,0,0,0,0,0,0),
	/* DeviceDefinition.capability */
	E(86504,46076,216,0,65535,0,1,16,0,0,0,0,0,0),
	E(170750,46116,216,1,1,0,1,16,0,0,0,0,0,0),
	/* DeviceDefinition.deviceName */
	E(73876,46202,217,1,1,0,1,1,0,0,0,0,0,0),
	E(170750,46235,217,1,1,0,1,8,0,0,1,161967,0,0),
	/* DeviceDefinition.material */
	E(46411,46385,218,0,1,0,1,19,0,0,0,0,0,0),
	E(46457,46431,218,0,1,0,1,19,0,0,0,0,0,0),
	E(81183,46467,218,1,1,0,1,16,0,0,0,0,0,0),
	/* DeviceDefinition.property */
	E(170750,46709,219,1,1,0,1,16,0,0,0,0,0,0),
	E(45538,46740,219,0,65535,0,1,16,0,0,0,0,0,0),
	E(57385,46776,219,0,65535,0,1,39,0,0,0,0,0,0),
	/* DeviceDefinition.specialization */
	E(45656,46932,220,1,1,0,1,1,0,0,0,0,0,0),
	E(135900,46975,220,0,1,0,1,1,0,0,0,0,0,0),
	/* DeviceDefinition.udiDeviceIdentifier */
	E(47111,47074,221,1,1,0,1,1,0,0,0,0,0,0),
	E(82825,47128,221,1,1,0,1,53,0,0,0,0,0,0),
	E(134932,47172,221,1,1,0,1,53,0,0,0,0,0,0),
	/* DeviceMetric */
	E(47294,47281,222,0,65535,0,1,621,0,0,0,0,0,1),
	E(180205,47397,222,1,1,0,1,8,0,0,1,173040,0,1),
	E(47432,47419,222,0,1,0,1,8,0,0,1,173091,0,1),
	E(87875,47438,222,0,65535,0,1,3,0,0,0,0,0,1),
	E(47475,47462,222,0,1,0,1,46,0,0,0,0,0,1),
	E(47506,47493,222,0,1,0,1,8,0,0,1,173139,0,1),
	E(47537,47524,222,0,1,0,1,4,1,10,0,0,0,1),
	E(167135,47544,222,0,1,0,1,4,1,10,0,0,0,1),
	E(170750,47564,222,1,1,0,1,16,0,0,3,162260,0,1),
	E(154966,47582,222,0,1,0,1,16,0,0,3,162260,0,1),
	/* DeviceMetric.calibration */
	E(47331,47306,223,0,1,0,1,8,0,0,1,172921,0,1),
	E(17801,47337,223,0,1,0,1,123,0,0,0,0,0,1),
	E(170750,47367,223,0,1,0,1,8,0,0,1,172981,0,1),
	/* DeviceRequest */
	E(139881,47614,224,0,1,0,1,26,0,0,0,0,0,1),
	E(87728,47639,224,0,65535,0,1,4,1,131,0,0,0,1),
	E(165456,47661,224,1,1,1,2,33,1,10,4,161926,0,1),
	E(172733,47683,224,0,1,0,1,4,1,72,0,0,0,1),
	E(140013,47707,224,0,1,0,1,3,0,0,0,0,0,1),
	E(87875,47737,224,0,65535,0,1,3,0,0,0,0,0,1),
	E(115970,47762,224,0,65535,0,1,29,2,257,0,0,0,1),
	E(116002,47798,224,0,65535,0,1,53,0,0,0,0,0,1),
	E(26264,47828,224,0,65535,0,1,4,2,622,0,0,0,0),
	E(140160,47852,224,1,1,0,1,8,0,0,1,178463,1,1),
	E(87920,47873,224,0,65535,0,1,105,0,0,0,0,0,0),
	E(187358,47892,224,0,1,1,3,273,0,0,0,0,0,1),
	E(141566,47920,224,0,65535,0,1,624,0,0,0,0,0,0),
	E(98780,48006,224,0,1,0,1,4,8,625,0,0,0,1),
	E(140287,48030,224,0,1,0,1,16,0,0,4,174760,0,1),
	E(48072,48058,224,0,65535,0,1,4,1,131,0,0,0,1),
	E(165741,48085,224,0,1,0,1,8,0,0,1,178513,0,1),
	E(87959,48108,224,0,65535,0,1,16,0,0,4,158244,0,1),
	E(116247,48133,224,0,65535,0,1,4,4,236,0,0,0,1),
	E(140357,48163,224,0,65535,0,1,4,1,532,0,0,0,0),
	E(140378,48193,224,0,1,0,1,4,4,633,0,0,0,1),
	E(162686,48217,224,0,1,0,1,8,0,0,1,178623,1,1),
	E(87989,48238,224,1,1,0,1,4,4,637,0,0,0,1),
	E(24302,48260,224,0,65535,0,1,4,1,131,0,0,0,0),
	/* DeviceRequest.parameter */
	E(165456,47944,225,0,1,0,1,16,0,0,4,0,0,0),
	E(57164,47973,225,0,1,1,4,641,0,0,0,0,0,0),
	/* DeviceUseStatement */
	E(87728,48308,226,0,65535,0,1,4,1,122,0,0,0,1),
	E(87742,48335,226,0,1,0,1,16,0,0,4,155023,0,1),
	E(134627,48363,226,0,65535,0,1,4,6,645,0,0,0,1),
	E(87788,48394,226,1,1,0,1,4,1,10,0,0,0,1),
	E(87875,48420,226,0,65535,0,1,3,0,0,0,0,0,1),
	E(87920,48450,226,0,65535,0,1,105,0,0,0,0,0,0),
	E(87959,48474,226,0,65535,0,1,16,0,0,0,0,0,1),
	E(116247,48504,226,0,65535,0,1,4,5,651,0,0,0,1),
	E(48558,48539,226,0,1,0,1,26,0,0,0,0,0,1),
	E(167135,48569,226,0,1,0,1,4,4,73,0,0,0,1),
	E(162686,48595,226,1,1,0,1,8,0,0,1,162061,1,1),
	E(87989,48621,226,1,1,0,1,4,2,80,0,0,0,1),
	E(50955,48648,226,0,1,1,3,656,0,0,0,0,0,1),
	/* DiagnosticReport */
	E(87728,48694,227,0,65535,0,1,4,5,659,0,0,0,0),
	E(180205,48719,227,0,65535,0,1,16,0,0,4,162411,0,1),
	E(165456,48745,227,1,1,0,1,16,0,0,3,178145,0,1),
	E(48784,48767,227,0,1,0,1,1,0,0,0,0,0,0),
	E(48812,48795,227,0,65535,0,1,16,0,0,4,157022,0,0),
	E(151367,48827,227,0,1,1,2,168,0,0,0,0,0,1),
	E(172733,48857,227,0,1,0,1,4,1,72,0,0,0,1),
	E(87875,48884,227,0,65535,0,1,3,0,0,0,0,0,1),
	E(48929,48912,227,0,65535,0,1,4,1,283,0,0,0,0),
	E(87892,48942,227,0,1,0,1,123,0,0,0,0,0,1),
	E(6304,48966,227,0,65535,0,1,664,0,0,0,0,0,1),
	E(98780,49048,227,0,65535,0,1,4,4,290,0,0,0,1),
	E(49092,49075,227,0,65535,0,1,65,0,0,0,0,0,0),
	E(73100,49106,227,0,65535,0,1,4,1,85,0,0,0,0),
	E(49147,49130,227,0,65535,0,1,4,4,290,0,0,0,1),
	E(100361,49166,227,0,65535,0,1,4,1,665,0,0,0,0),
	E(162686,49192,227,1,1,0,1,8,0,0,1,162351,1,1),
	E(87989,49216,227,0,1,0,1,4,9,666,0,0,0,1),
	/* DiagnosticReport.media */
	E(49012,48989,228,0,1,0,1,1,0,0,0,0,0,0),
	E(49043,49020,228,1,1,0,1,4,1,90,0,0,0,1),
	/* DocumentManifest */
	E(7173,49267,230,0,65535,0,1,4,6,675,0,0,0,1),
	E(87757,49291,230,1,65535,0,1,4,1,131,0,0,0,1),
	E(7197,49316,230,0,1,0,1,26,0,0,0,0,0,0),
	E(86504,49341,230,0,1,0,1,1,0,0,0,0,0,1),
	E(87875,49370,230,0,65535,0,1,3,0,0,0,0,0,1),
	E(50284,49398,230,0,1,0,1,3,0,0,0,0,0,1),
	E(83203,49432,230,0,65535,0,1,4,5,681,0,0,0,0),
	E(24190,49459,230,0,65535,0,1,686,0,0,0,0,0,0),
	E(167135,49549,230,0,1,0,1,53,0,0,0,0,0,0),
	E(162686,49573,230,1,1,0,1,8,0,0,1,162931,1,1),
	E(87989,49597,230,0,1,0,1,4,4,687,0,0,0,1),
	E(170750,49622,230,0,1,0,1,16,0,0,4,186260,0,1),
	/* DocumentManifest.related */
	E(87875,49484,231,0,1,0,1,3,0,0,0,0,0,0),
	E(49545,49520,231,0,1,0,1,4,1,131,0,0,0,0),
	/* DocumentReference */
	E(49680,49662,232,0,1,0,1,4,3,228,0,0,0,0),
	E(7173,49694,232,0,65535,0,1,4,6,675,0,0,0,1),
	E(180205,49719,232,0,65535,0,1,16,0,0,4,162748,0,1),
	E(87757,49746,232,1,65535,0,1,691,0,0,0,0,0,1),
	E(184683,49842,232,0,1,0,1,692,0,0,0,0,0,1),
	E(50146,50128,232,0,1,0,1,4,1,5,0,0,0,0),
	E(134604,50156,232,0,1,0,1,123,0,0,0,0,0,1),
	E(86504,50179,232,0,1,0,1,1,0,0,0,0,0,1),
	E(50227,50209,232,0,1,0,1,8,0,0,1,157912,0,1),
	E(87875,50237,232,0,65535,0,1,3,0,0,0,0,0,1),
	E(50284,50266,232,0,1,0,1,3,0,0,0,0,0,1),
	E(50319,50301,232,0,65535,0,1,693,0,0,0,0,0,1),
	E(50415,50397,232,0,65535,0,1,16,0,0,2,179804,0,1),
	E(162686,50429,232,1,1,0,1,8,0,0,1,162931,1,1),
	E(87989,50454,232,0,1,0,1,4,4,687,0,0,0,1),
	E(170750,50480,232,0,1,0,1,16,0,0,3,162839,0,1),
	/* DocumentReference.content */
	E(49798,49772,233,1,1,0,1,65,0,0,0,0,0,1),
	E(182333,49809,233,0,1,0,1,145,0,0,3,165500,0,1),
	/* DocumentReference.context */
	E(172733,49868,234,0,65535,0,1,4,2,264,0,0,0,0),
	E(165790,49904,234,0,65535,0,1,16,0,0,4,186260,0,0),
	E(49962,49936,234,0,1,0,1,16,0,0,4,155267,0,0),
	E(126444,49975,234,0,1,0,1,7,0,0,0,0,0,1),
	E(50034,50008,234,0,1,0,1,16,0,0,4,155314,0,0),
	E(24190,50050,234,0,65535,0,1,4,1,131,0,0,0,0),
	E(50110,50084,234,0,1,0,1,4,1,9,0,0,0,0),
	/* DocumentReference.relatesTo */
	E(165456,50329,235,1,1,0,1,8,0,0,1,162992,0,1),
	E(117216,50362,235,1,1,0,1,4,1,77,0,0,0,1),
	/* DomainResource */
	E(50533,50518,236,0,65535,0,1,131,0,0,0,0,0,0),
	E(50558,50543,236,0,65535,0,1,156,0,0,0,0,0,0),
	E(50583,50568,236,0,65535,0,1,156,0,0,0,0,1,0),
	E(50616,50601,236,0,1,0,1,485,0,0,0,0,0,0),
	/* Dosage */
	E(50635,50628,237,0,65535,0,1,16,0,0,4,152318,0,1),
	E(151145,50657,237,0,1,1,2,694,0,0,4,170909,0,1),
	E(50683,50676,237,0,65535,0,1,696,0,0,0,0,0,1),
	E(50780,50773,237,0,1,0,1,39,0,0,0,0,0,1),
	E(50812,50805,237,0,1,0,1,39,0,0,0,0,0,1),
	E(50838,50831,237,0,1,0,1,66,0,0,0,0,0,1),
	E(156050,50855,237,0,1,0,1,16,0,0,4,152663,0,1),
	E(50876,50869,237,0,1,0,1,1,0,0,0,0,0,1),
	E(163999,50895,237,0,1,0,1,16,0,0,4,179494,0,1),
	E(26443,50908,237,0,1,0,1,166,0,0,0,0,0,1),
	E(167664,50924,237,0,1,0,1,16,0,0,4,153902,0,1),
	E(50616,50936,237,0,1,0,1,1,0,0,0,0,0,1),
	E(50955,50948,237,0,1,0,1,46,0,0,0,0,0,1),
	/* Dosage.doseAndRate */
	E(88523,50695,238,0,1,1,2,697,0,0,0,0,0,1),
	E(187452,50722,238,0,1,1,3,699,0,0,0,0,0,1),
	E(170750,50749,238,0,1,0,1,16,0,0,4,163054,0,1),
	/* Element */
	E(50558,50962,240,0,65535,0,1,156,0,0,0,0,0,0),
	E(125608,50980,240,0,1,0,1,702,0,0,0,0,0,0),
	/* ElementDefinition */
	E(133365,50991,241,0,65535,0,1,1,0,0,0,0,0,1),
	E(150958,51015,241,0,1,0,1,703,0,0,0,0,0,1),
	E(51138,51120,241,0,1,0,1,704,0,0,0,0,0,1),
	E(165456,51254,241,0,65535,0,1,145,0,0,4,174006,0,1),
	E(49012,123618,241,0,1,0,1,25,0,0,0,0,0,1),
	E(166264,51277,241,0,65535,0,1,702,0,0,0,0,0,1),
	E(51323,51305,241,0,65535,0,1,705,0,0,0,0,0,1),
	E(51611,51593,241,0,1,0,1,53,0,0,0,0,0,1),
	E(146546,51628,241,0,1,1,51,706,0,0,0,0,0,1),
	E(45177,51662,241,0,1,0,1,25,0,0,0,0,0,1),
	E(170447,51691,241,0,65535,0,1,757,0,0,0,0,0,1),
	E(151391,51784,241,0,1,1,51,706,0,0,0,0,0,1),
	E(51829,51811,241,0,1,0,1,19,0,0,0,0,0,1),
	E(51858,51840,241,0,1,0,1,1,0,0,0,0,0,1),
	E(51893,51875,241,0,1,0,1,19,0,0,0,0,0,1),
	E(51743,51903,241,0,1,0,1,1,0,0,0,0,0,1),
	E(131196,51927,241,0,65535,0,1,758,0,0,0,0,0,1),
	E(132618,52087,241,0,1,0,1,1,0,0,0,0,0,1),
	E(118103,52109,241,0,1,0,1,166,0,0,0,0,0,1),
	E(187285,52137,241,0,1,1,9,759,0,0,0,0,0,1),
	E(52185,52167,241,0,1,0,1,25,0,0,0,0,0,1),
	E(132653,52204,241,0,1,0,1,125,0,0,0,0,0,1),
	E(187305,52226,241,0,1,1,9,759,0,0,0,0,0,1),
	E(52274,52256,241,0,1,0,1,19,0,0,0,0,0,1),
	E(52304,52286,241,0,1,0,1,1,0,0,0,0,0,1),
	E(146724,52317,241,1,1,0,1,1,0,0,0,0,0,1),
	E(187404,52340,241,0,1,1,51,706,0,0,0,0,0,1),
	E(138654,52369,241,0,65535,0,1,8,0,0,1,176174,0,1),
	E(52420,52402,241,0,1,0,1,25,0,0,0,0,0,1),
	E(52451,52433,241,0,1,0,1,1,0,0,0,0,0,1),
	E(52475,52457,241,0,1,0,1,19,0,0,0,0,0,1),
	E(71745,52495,241,0,1,0,1,1,0,0,0,0,0,1),
	E(52541,52523,241,0,1,0,1,768,0,0,0,0,0,1),
	E(170750,124475,241,0,65535,0,1,769,0,0,0,0,0,1),
	/* ElementDefinition.base */
	E(132618,51038,242,1,1,0,1,1,0,0,0,0,0,1),
	E(132653,51065,242,1,1,0,1,125,0,0,0,0,0,1),
	E(146724,51092,242,1,1,0,1,1,0,0,0,0,0,1),
	/* ElementDefinition.binding */
	E(86504,51146,243,0,1,0,1,1,0,0,0,0,0,1),
	E(80719,51184,243,1,1,0,1,8,0,0,1,154971,0,1),
	E(147978,51219,243,0,1,0,1,29,1,425,0,0,0,1),
	/* ElementDefinition.constraint */
	E(146611,51334,244,0,1,0,1,1,0,0,0,0,0,1),
	E(156203,51374,244,1,1,0,1,1,0,0,0,0,0,1),
	E(51438,51409,244,1,1,0,1,702,0,0,0,0,0,1),
	E(52420,51442,244,0,1,0,1,1,0,0,0,0,0,1),
	E(158374,51484,244,1,1,0,1,8,0,0,1,159147,0,1),
	E(167135,51522,244,0,1,0,1,29,1,38,0,0,0,1),
	E(127339,51558,244,0,1,0,1,1,0,0,0,0,0,1),
	/* ElementDefinition.example */
	E(51743,51717,245,1,1,0,1,1,0,0,0,0,0,1),
	E(57164,51749,245,1,1,1,51,706,0,0,0,0,0,1),
	/* ElementDefinition.mapping */
	E(49012,51953,246,0,1,0,1,1,0,0,0,0,0,1),
	E(131268,51987,246,1,1,0,1,702,0,0,0,0,0,1),
	E(165066,52022,246,0,1,0,1,8,0,0,1,173200,0,1),
	E(52083,52057,246,1,1,0,1,1,0,0,0,0,0,1),
	/* ElementDefinition.slicing */
	E(86504,52549,247,0,1,0,1,1,0,0,0,0,0,1),
	E(52613,52587,247,0,65535,0,1,770,0,0,0,0,0,1),
	E(52743,52717,247,0,1,0,1,19,0,0,0,0,0,1),
	E(52777,52751,247,1,1,0,1,8,0,0,1,179134,0,1),
	/* ElementDefinition.slicing.discriminator */
	E(146724,52627,248,1,1,0,1,1,0,0,0,0,0,1),
	E(170750,52672,248,1,1,0,1,8,0,0,1,162595,0,1),
	/* ElementDefinition.type */
	E(52806,52783,249,0,65535,0,1,8,0,0,1,179073,0,1),
	E(165456,52818,249,1,1,0,1,53,0,0,2,165133,0,1),
	E(98541,52846,249,0,65535,0,1,29,2,771,0,0,0,1),
	E(52900,52877,249,0,65535,0,1,29,2,771,0,0,0,1),
	E(12046,52914,249,0,1,0,1,8,0,0,1,177414,0,1),
	/* Encounter */
	E(82753,52958,250,0,65535,0,1,4,1,6,0,0,0,0),
	E(5843,52976,250,0,65535,0,1,4,1,139,0,0,0,1),
	E(87728,52998,250,0,65535,0,1,4,1,122,0,0,0,0),
	E(161114,53016,250,1,1,0,1,145,0,0,2,186366,0,1),
	E(53042,53032,250,0,65535,0,1,773,0,0,0,0,0,0),
	E(54959,53114,250,0,65535,0,1,774,0,0,0,0,0,1),
	E(53223,53213,250,0,65535,0,1,4,1,265,0,0,0,1),
	E(53247,53237,250,0,1,0,1,775,0,0,0,0,0,0),
	E(87875,53634,250,0,65535,0,1,3,0,0,0,0,0,1),
	E(53665,53655,250,0,1,0,1,51,0,0,0,0,0,0),
	E(155211,53672,250,0,65535,0,1,776,0,0,0,0,0,0),
	E(87946,53803,250,0,1,0,1,4,1,72,0,0,0,0),
	E(83111,53820,250,0,65535,0,1,777,0,0,0,0,0,1),
	E(126444,53931,250,0,1,0,1,7,0,0,0,0,0,0),
	E(165741,53948,250,0,1,0,1,16,0,0,4,186538,0,0),
	E(87959,53967,250,0,65535,0,1,16,0,0,3,163548,0,1),
	E(116247,53988,250,0,65535,0,1,4,4,126,0,0,0,1),
	E(54024,54014,250,0,1,0,1,4,1,5,0,0,0,0),
	E(126610,54040,250,0,1,0,1,16,0,0,4,180368,0,1),
	E(162686,54062,250,1,1,0,1,8,0,0,1,163710,1,1),
	E(55229,54079,250,0,65535,0,1,778,0,0,0,0,0,0),
	E(87989,54165,250,0,1,0,1,4,2,80,0,0,0,1),
	E(170750,54183,250,0,65535,0,1,16,0,0,4,163762,0,1),
	/* Encounter.classHistory */
	E(161114,53055,251,1,1,0,1,145,0,0,2,186366,0,0),
	E(126444,53084,251,1,1,0,1,7,0,0,0,0,0,0),
	/* Encounter.diagnosis */
	E(166264,53134,252,1,1,0,1,4,2,126,0,0,0,1),
	E(55027,53164,252,0,1,0,1,18,0,0,0,0,0,0),
	E(172525,53189,252,0,1,0,1,16,0,0,3,162307,0,0),
	/* Encounter.hospitalization */
	E(53289,53263,253,0,1,0,1,16,0,0,3,163274,0,0),
	E(89516,53301,253,0,1,0,1,4,2,588,0,0,0,0),
	E(53365,53339,253,0,65535,0,1,16,0,0,4,163326,0,0),
	E(53406,53380,253,0,1,0,1,16,0,0,4,163370,0,0),
	E(167184,53427,253,0,1,0,1,4,2,588,0,0,0,0),
	E(53486,53460,253,0,1,0,1,3,0,0,0,0,0,0),
	E(53535,53509,253,0,1,0,1,16,0,0,4,185904,0,0),
	E(53573,53547,253,0,65535,0,1,16,0,0,3,163594,0,0),
	E(53618,53592,253,0,65535,0,1,16,0,0,3,163654,0,0),
	/* Encounter.location */
	E(155211,53691,254,1,1,0,1,4,1,13,0,0,0,0),
	E(126444,53719,254,0,1,0,1,7,0,0,0,0,0,0),
	E(84601,53745,254,0,1,0,1,16,0,0,4,169347,0,0),
	E(162686,53777,254,0,1,0,1,8,0,0,1,163431,0,0),
	/* Encounter.participant */
	E(125520,53842,255,0,1,0,1,4,3,74,0,0,0,1),
	E(126444,53875,255,0,1,0,1,7,0,0,0,0,0,0),
	E(170750,53904,255,0,65535,0,1,16,0,0,2,163492,0,1),
	/* Encounter.statusHistory */
	E(126444,54103,256,1,1,0,1,7,0,0,0,0,0,0),
	E(162686,54134,256,1,1,0,1,8,0,0,1,163710,0,0),
	/* Endpoint */
	E(6382,54207,257,1,1,0,1,141,0,0,0,0,0,1),
	E(54233,54224,257,1,1,0,1,145,0,0,2,163806,0,1),
	E(134550,54248,257,0,65535,0,1,244,0,0,0,0,0,0),
	E(133629,54265,257,0,65535,0,1,1,0,0,0,0,0,0),
	E(87875,54281,257,0,65535,0,1,3,0,0,0,0,0,1),
	E(55100,54301,257,0,1,0,1,4,1,5,0,0,0,1),
	E(73876,54331,257,0,1,0,1,1,0,0,0,0,0,1),
	E(54354,54345,257,0,65535,0,1,8,0,0,1,173200,0,1),
	E(54379,54370,257,1,65535,0,1,16,0,0,4,163860,0,1),
	E(126444,54391,257,0,1,0,1,7,0,0,0,0,0,1),
	E(162686,54407,257,1,1,0,1,8,0,0,1,163911,1,1),
	/* EnrollmentRequest */
	E(54459,54441,258,0,1,0,1,4,1,9,0,0,0,0),
	E(26380,54469,258,0,1,0,1,4,1,17,0,0,0,0),
	E(7197,54496,258,0,1,0,1,26,0,0,0,0,0,0),
	E(87875,54522,258,0,65535,0,1,3,0,0,0,0,0,0),
	E(26466,54551,258,0,1,0,1,4,1,5,0,0,0,0),
	E(111034,54577,258,0,1,0,1,4,3,228,0,0,0,0),
	E(162686,54604,258,0,1,0,1,8,0,0,1,165361,1,1),
	/* EnrollmentResponse */
	E(7197,54648,259,0,1,0,1,26,0,0,0,0,0,0),
	E(163419,54675,259,0,1,0,1,1,0,0,0,0,0,0),
	E(87875,54706,259,0,65535,0,1,3,0,0,0,0,0,0),
	E(17018,54736,259,0,1,0,1,4,1,5,0,0,0,0),
	E(175712,54768,259,0,1,0,1,8,0,0,1,178029,0,0),
	E(111081,54795,259,0,1,0,1,4,1,779,0,0,0,0),
	E(54841,54822,259,0,1,0,1,4,3,228,0,0,0,0),
	E(162686,54857,259,0,1,0,1,8,0,0,1,165361,1,1),
	/* EpisodeOfCare */
	E(82753,54897,260,0,65535,0,1,4,1,6,0,0,0,0),
	E(54933,54919,260,0,1,0,1,4,2,11,0,0,0,0),
	E(54959,54945,260,0,65535,0,1,780,0,0,0,0,0,1),
	E(87875,55061,260,0,65535,0,1,3,0,0,0,0,0,0),
	E(55100,55086,260,0,1,0,1,4,1,5,0,0,0,1),
	E(45477,55121,260,1,1,0,1,4,1,9,0,0,0,1),
	E(126444,55143,260,0,1,0,1,7,0,0,0,0,0,1),
	E(55178,55164,260,0,65535,0,1,4,1,122,0,0,0,0),
	E(162686,55194,260,1,1,0,1,8,0,0,1,164099,1,1),
	E(55229,55215,260,0,65535,0,1,781,0,0,0,0,0,0),
	E(55327,55313,260,0,65535,0,1,4,1,205,0,0,0,0),
	E(170750,55332,260,0,65535,0,1,16,0,0,4,164157,0,1),
	/* EpisodeOfCare.diagnosis */
	E(166264,54969,261,1,1,0,1,4,1,78,0,0,0,1),
	E(55027,55003,261,0,1,0,1,18,0,0,0,0,0,1),
	E(184824,55032,261,0,1,0,1,16,0,0,3,162307,0,1),
	/* EpisodeOfCare.statusHistory */
	E(126444,55243,262,1,1,0,1,7,0,0,0,0,0,0),
	E(162686,55278,262,1,1,0,1,8,0,0,1,164099,0,0),
	/* EventDefinition */
	E(134276,55367,263,0,1,0,1,23,0,0,0,0,0,1),
	E(7173,55396,263,0,65535,0,1,24,0,0,0,0,0,0),
	E(134550,55419,263,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,55443,263,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,55469,263,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,55490,263,0,1,0,1,25,0,0,0,0,0,0),
	E(56405,55518,263,0,65535,0,1,24,0,0,0,0,0,0),
	E(134687,55541,263,0,1,0,1,7,0,0,0,0,0,1),
	E(56421,55573,263,0,65535,0,1,24,0,0,0,0,0,0),
	E(134872,55598,263,0,1,0,1,19,0,0,0,0,0,1),
	E(87875,55627,263,0,65535,0,1,3,0,0,0,0,0,1),
	E(134932,55654,263,0,65535,0,1,16,0,0,2,168759,0,1),
	E(134963,55683,263,0,1,0,1,23,0,0,0,0,0,1),
	E(73876,55714,263,0,1,0,1,1,0,0,0,0,0,1),
	E(135168,55735,263,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,55761,263,0,1,0,1,25,0,0,0,0,0,0),
	E(56516,55785,263,0,65535,0,1,40,0,0,0,0,0,0),
	E(56541,55817,263,0,65535,0,1,24,0,0,0,0,0,0),
	E(162686,55842,263,1,1,0,1,8,0,0,1,176610,1,1),
	E(87989,55865,263,0,1,1,2,42,1,45,2,181325,0,0),
	E(60591,55892,263,0,1,0,1,1,0,0,0,0,0,0),
	E(135825,55917,263,0,1,0,1,1,0,0,0,0,0,1),
	E(157735,55939,263,0,65535,0,1,16,0,0,4,161577,0,0),
	E(113478,55961,263,1,65535,0,1,754,0,0,0,0,0,1),
	E(135849,55985,263,0,1,0,1,53,0,0,0,0,0,1),
	E(170010,56005,263,0,1,0,1,1,0,0,0,0,0,0),
	E(135871,56027,263,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,56054,263,0,1,0,1,1,0,0,0,0,0,1),
	/* Evidence */
	E(134276,56087,264,0,1,0,1,23,0,0,0,0,0,0),
	E(56118,56109,264,0,1,0,1,25,0,0,0,0,0,0),
	E(7173,56128,264,0,65535,0,1,24,0,0,0,0,0,1),
	E(56153,56144,264,0,65535,0,1,782,0,0,0,0,0,0),
	E(151257,56325,264,0,1,1,2,783,1,327,0,0,0,0),
	E(134550,56344,264,0,65535,0,1,24,0,0,0,0,0,1),
	E(134604,56361,264,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,56375,264,0,1,0,1,25,0,0,0,0,0,0),
	E(56405,56396,264,0,65535,0,1,24,0,0,0,0,0,0),
	E(56421,56412,264,0,65535,0,1,24,0,0,0,0,0,1),
	E(87875,56430,264,0,65535,0,1,3,0,0,0,0,0,1),
	E(134963,56450,264,0,1,0,1,23,0,0,0,0,0,0),
	E(87920,56474,264,0,65535,0,1,105,0,0,0,0,0,0),
	E(135168,56488,264,0,1,0,1,1,0,0,0,0,0,1),
	E(56516,56507,264,0,65535,0,1,40,0,0,0,0,0,0),
	E(56541,56532,264,0,65535,0,1,24,0,0,0,0,0,0),
	E(56559,56550,264,0,65535,0,1,785,0,0,0,0,0,0),
	E(162686,57927,264,1,1,0,1,8,0,0,1,176610,1,1),
	E(57952,57943,264,0,1,0,1,16,0,0,2,181285,0,0),
	E(57971,57962,264,0,1,0,1,16,0,0,2,183302,0,0),
	E(135825,57985,264,0,1,0,1,1,0,0,0,0,0,1),
	E(135849,58000,264,0,1,0,1,53,0,0,0,0,0,1),
	E(135871,58013,264,0,65535,0,1,54,0,0,0,0,0,1),
	E(58042,58033,264,1,65535,0,1,786,0,0,0,0,0,0),
	E(135900,58293,264,0,1,0,1,1,0,0,0,0,0,1),
	/* Evidence.certainty */
	E(86504,56163,265,0,1,0,1,1,0,0,0,0,0,0),
	E(87920,56194,265,0,65535,0,1,105,0,0,0,0,0,0),
	E(56237,56218,265,0,1,0,1,1,0,0,0,0,0,0),
	E(155893,56243,265,0,1,0,1,16,0,0,2,155854,0,0),
	E(56288,56269,265,0,65535,0,1,782,0,0,0,0,0,0),
	E(170750,56301,265,0,1,0,1,16,0,0,2,155900,0,0),
	/* Evidence.statistic */
	E(57063,56569,266,0,65535,0,1,787,0,0,0,0,0,0),
	E(180205,56926,266,0,1,0,1,16,0,0,0,0,0,0),
	E(86504,56954,266,0,1,0,1,1,0,0,0,0,0,0),
	E(57004,56985,266,0,65535,0,1,788,0,0,0,0,0,0),
	E(87920,57525,266,0,65535,0,1,105,0,0,0,0,0,0),
	E(57568,57549,266,0,1,0,1,125,0,0,0,0,0,0),
	E(57602,57583,266,0,1,0,1,125,0,0,0,0,0,0),
	E(57636,57617,266,0,1,0,1,39,0,0,0,0,0,0),
	E(57664,57645,266,0,1,0,1,789,0,0,0,0,0,0),
	E(57913,57894,266,0,1,0,1,16,0,0,2,181133,0,0),
	/* Evidence.statistic.attributeEstimate */
	E(57063,56606,267,0,65535,0,1,787,0,0,0,0,0,0),
	E(86504,56661,267,0,1,0,1,1,0,0,0,0,0,0),
	E(56747,56710,267,0,1,0,1,172,0,0,0,0,0,0),
	E(87920,56753,267,0,65535,0,1,105,0,0,0,0,0,0),
	E(57636,56795,267,0,1,0,1,39,0,0,0,0,0,0),
	E(56878,56841,267,0,1,0,1,50,0,0,0,0,0,0),
	E(170750,56884,267,0,1,0,1,16,0,0,2,154399,0,0),
	/* Evidence.statistic.modelCharacteristic */
	E(57063,57024,268,0,65535,0,1,787,0,0,0,0,0,0),
	E(165456,57081,268,1,1,0,1,16,0,0,2,181083,0,0),
	E(57164,57125,268,0,1,0,1,39,0,0,0,0,0,0),
	E(57209,57170,268,0,65535,0,1,790,0,0,0,0,0,0),
	/* Evidence.statistic.modelCharacteristic.variable */
	E(130075,57218,269,0,1,0,1,8,0,0,1,184733,0,0),
	E(57323,57275,269,0,65535,0,1,16,0,0,0,0,0,0),
	E(57385,57337,269,0,65535,0,1,39,0,0,0,0,0,0),
	E(57447,57399,269,0,65535,0,1,50,0,0,0,0,0,0),
	E(58042,57458,269,1,1,0,1,4,2,791,0,0,0,0),
	/* Evidence.statistic.sampleSize */
	E(86504,57675,270,0,1,0,1,1,0,0,0,0,0,0),
	E(57747,57717,270,0,1,0,1,125,0,0,0,0,0,0),
	E(87920,57762,270,0,65535,0,1,105,0,0,0,0,0,0),
	E(57827,57797,270,0,1,0,1,125,0,0,0,0,0,0),
	E(57878,57848,270,0,1,0,1,125,0,0,0,0,0,0),
	/* Evidence.variableDefinition */
	E(86504,58061,271,0,1,0,1,25,0,0,0,0,0,0),
	E(58129,58101,271,0,1,0,1,16,0,0,2,162555,0,0),
	E(58173,58145,271,0,1,0,1,4,2,791,0,0,0,0),
	E(87920,58182,271,0,65535,0,1,105,0,0,0,0,0,0),
	E(58243,58215,271,0,1,0,1,4,2,791,0,0,0,1),
	E(58280,58252,271,1,1,0,1,16,0,0,2,184786,0,1),
	/* EvidenceReport */
	E(7173,58325,272,0,65535,0,1,24,0,0,0,0,0,1),
	E(151257,58347,272,0,1,1,2,783,1,327,0,0,0,0),
	E(134550,58372,272,0,65535,0,1,24,0,0,0,0,0,1),
	E(56405,58395,272,0,65535,0,1,24,0,0,0,0,0,0),
	E(56421,58417,272,0,65535,0,1,24,0,0,0,0,0,1),
	E(87875,58441,272,0,65535,0,1,3,0,0,0,0,0,1),
	E(87920,58467,272,0,65535,0,1,105,0,0,0,0,0,0),
	E(135168,58487,272,0,1,0,1,1,0,0,0,0,0,1),
	E(56516,58512,272,0,65535,0,1,40,0,0,0,0,0,0),
	E(20513,58543,272,0,65535,0,1,3,0,0,0,0,0,1),
	E(50319,58576,272,0,65535,0,1,793,0,0,0,0,0,0),
	E(56541,58666,272,0,65535,0,1,24,0,0,0,0,0,0),
	E(164457,58690,272,0,65535,0,1,794,0,0,0,0,0,0),
	E(162686,59108,272,1,1,0,1,8,0,0,1,176610,1,1),
	E(87989,59130,272,1,1,0,1,795,0,0,0,0,0,1),
	E(170750,59400,272,0,1,0,1,16,0,0,4,164465,0,0),
	E(135849,59420,272,0,1,0,1,53,0,0,0,0,0,1),
	E(135871,59439,272,0,65535,0,1,54,0,0,0,0,0,1),
	/* EvidenceReport.relatesTo */
	E(165456,58601,273,1,1,0,1,8,0,0,1,178246,0,0),
	E(117216,58631,273,1,1,1,2,332,1,796,0,0,0,0),
	/* EvidenceReport.section */
	E(7173,58713,274,0,65535,0,1,4,4,797,0,0,0,0),
	E(33940,58743,274,0,1,0,1,16,0,0,3,169027,0,0),
	E(58801,58778,274,0,65535,0,1,16,0,0,2,164358,0,0),
	E(58840,58817,274,0,65535,0,1,39,0,0,0,0,0,0),
	E(58877,58854,274,0,65535,0,1,4,1,131,0,0,0,0),
	E(139993,58892,274,0,1,0,1,16,0,0,2,164412,0,0),
	E(58944,58921,274,0,1,0,1,4,1,131,0,0,0,0),
	E(159897,58959,274,0,1,0,1,8,0,0,1,169166,0,0),
	E(34049,58987,274,0,1,0,1,16,0,0,3,169211,0,0),
	E(164457,59020,274,0,65535,0,1,794,0,0,0,0,0,0),
	E(50616,59051,274,0,1,0,1,485,0,0,0,0,0,0),
	E(135825,59079,274,0,1,0,1,1,0,0,0,0,0,0),
	/* EvidenceReport.subject */
	E(174613,59153,275,0,65535,0,1,801,0,0,0,0,0,0),
	E(87920,59372,275,0,65535,0,1,105,0,0,0,0,0,0),
	/* EvidenceReport.subject.characteristic */
	E(165456,59191,276,1,1,0,1,16,0,0,2,165406,0,0),
	E(59815,59234,276,0,1,0,1,19,0,0,0,0,0,0),
	E(126444,59280,276,0,1,0,1,7,0,0,0,0,0,0),
	E(57164,59325,276,1,1,1,5,802,1,131,0,0,0,0),
	/* EvidenceVariable */
	E(59499,59482,277,0,1,0,1,19,0,0,0,0,0,0),
	E(7173,59506,277,0,65535,0,1,24,0,0,0,0,0,0),
	E(180205,59530,277,0,65535,0,1,807,0,0,0,0,0,0),
	E(174613,59622,277,0,65535,0,1,808,0,0,0,0,0,1),
	E(60186,60169,277,0,1,0,1,8,0,0,1,155944,0,0),
	E(134550,60212,277,0,65535,0,1,24,0,0,0,0,0,1),
	E(134604,60237,277,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,60259,277,0,1,0,1,25,0,0,0,0,0,1),
	E(56405,60288,277,0,65535,0,1,24,0,0,0,0,0,0),
	E(56421,60312,277,0,65535,0,1,24,0,0,0,0,0,0),
	E(130075,60338,277,0,1,0,1,8,0,0,1,184733,0,1),
	E(87875,60364,277,0,65535,0,1,3,0,0,0,0,0,1),
	E(73876,60392,277,0,1,0,1,1,0,0,0,0,0,1),
	E(87920,60414,277,0,65535,0,1,105,0,0,0,0,0,0),
	E(135168,60436,277,0,1,0,1,1,0,0,0,0,0,1),
	E(56516,60463,277,0,65535,0,1,40,0,0,0,0,0,0),
	E(56541,60496,277,0,65535,0,1,24,0,0,0,0,0,0),
	E(60539,60522,277,0,1,0,1,1,0,0,0,0,0,1),
	E(162686,60550,277,1,1,0,1,8,0,0,1,176610,1,1),
	E(60591,60574,277,0,1,0,1,1,0,0,0,0,0,0),
	E(135825,60600,277,0,1,0,1,1,0,0,0,0,0,1),
	E(135849,60623,277,0,1,0,1,53,0,0,0,0,0,1),
	E(135871,60644,277,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,60672,277,0,1,0,1,1,0,0,0,0,0,1),
	/* EvidenceVariable.category */
	E(73876,59556,278,0,1,0,1,1,0,0,0,0,0,0),
	E(57164,59587,278,0,1,1,3,641,0,0,0,0,0,0),
	/* EvidenceVariable.characteristic */
	E(45177,59654,279,1,1,1,4,809,3,813,0,0,0,1),
	E(86504,59700,279,0,1,0,1,1,0,0,0,0,0,0),
	E(87788,59744,279,0,1,0,1,4,2,816,0,0,0,0),
	E(59815,59783,279,0,1,0,1,19,0,0,0,0,0,0),
	E(59855,59823,279,0,1,0,1,8,0,0,1,165958,0,0),
	E(156050,59868,279,0,1,0,1,16,0,0,4,156006,0,0),
	E(59939,59907,279,0,1,0,1,818,0,0,0,0,0,0),
	/* EvidenceVariable.characteristic.timeFromStart */
	E(86504,59953,280,0,1,0,1,1,0,0,0,0,0,0),
	E(87920,60011,280,0,65535,0,1,105,0,0,0,0,0,0),
	E(57636,60062,280,0,1,0,1,39,0,0,0,0,0,0),
	E(56878,60117,280,0,1,0,1,50,0,0,0,0,0,0),
	/* ExampleScenario */
	E(126508,60713,281,0,65535,0,1,819,0,0,0,0,0,0),
	E(134550,60853,281,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,60877,281,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,60903,281,0,1,0,1,26,0,0,0,0,0,1),
	E(134872,60924,281,0,1,0,1,19,0,0,0,0,0,1),
	E(87875,60953,281,0,65535,0,1,3,0,0,0,0,0,1),
	E(136090,60980,281,0,65535,0,1,820,0,0,0,0,0,0),
	E(134932,61417,281,0,65535,0,1,16,0,0,2,168759,0,1),
	E(73876,61446,281,0,1,0,1,1,0,0,0,0,0,1),
	E(185384,61467,281,0,65535,0,1,821,0,0,0,0,0,0),
	E(135168,62447,281,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,62473,281,0,1,0,1,25,0,0,0,0,0,0),
	E(162686,62497,281,1,1,0,1,8,0,0,1,176610,1,1),
	E(135849,62520,281,0,1,0,1,53,0,0,0,0,0,1),
	E(135871,62540,281,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,62567,281,0,1,0,1,1,0,0,0,0,0,1),
	E(62607,62591,281,0,65535,0,1,29,1,822,0,0,0,0),
	/* ExampleScenario.actor */
	E(60757,60735,282,1,1,0,1,1,0,0,0,0,0,0),
	E(86504,60765,282,0,1,0,1,25,0,0,0,0,0,0),
	E(73876,60799,282,0,1,0,1,1,0,0,0,0,0,0),
	E(170750,60826,282,1,1,0,1,8,0,0,1,164901,0,0),
	/* ExampleScenario.instance */
	E(61030,61005,283,0,65535,0,1,823,0,0,0,0,0,0),
	E(86504,61155,283,0,1,0,1,25,0,0,0,0,0,0),
	E(73876,61192,283,0,1,0,1,1,0,0,0,0,0,0),
	E(61091,61222,283,1,1,0,1,1,0,0,0,0,0,0),
	E(61283,61258,283,1,1,0,1,8,0,0,1,179236,0,0),
	E(135900,61296,283,0,65535,0,1,824,0,0,0,0,0,0),
	/* ExampleScenario.instance.containedInstance */
	E(61091,61048,284,1,1,0,1,1,0,0,0,0,0,0),
	E(98589,61102,284,0,1,0,1,1,0,0,0,0,0,0),
	/* ExampleScenario.instance.version */
	E(86504,61329,285,1,1,0,1,25,0,0,0,0,0,0),
	E(98589,61374,285,1,1,0,1,1,0,0,0,0,0,0),
	/* ExampleScenario.process */
	E(86504,61491,286,0,1,0,1,25,0,0,0,0,0,0),
	E(61551,61527,286,0,1,0,1,25,0,0,0,0,0,0),
	E(61590,61566,286,0,1,0,1,25,0,0,0,0,0,0),
	E(61768,61604,286,0,65535,0,1,825,0,0,0,0,0,0),
	E(135825,62417,286,1,1,0,1,1,0,0,0,0,0,1),
	/* ExampleScenario.process.step */
	E(61662,61633,287,0,65535,0,1,826,0,0,0,0,0,0),
	E(11201,61820,287,0,1,0,1,827,0,0,0,0,0,0),
	E(62374,62345,287,0,1,0,1,19,0,0,0,0,0,0),
	E(185384,62380,287,0,65535,0,1,821,0,0,0,0,0,0),
	/* ExampleScenario.process.step.alternative */
	E(86504,61674,288,0,1,0,1,25,0,0,0,0,0,0),
	E(61768,61727,288,0,65535,0,1,825,0,0,0,0,0,0),
	E(135825,61773,288,1,1,0,1,1,0,0,0,0,0,0),
	/* ExampleScenario.process.step.operation */
	E(86504,61859,289,0,1,0,1,25,0,0,0,0,0,0),
	E(61949,61910,289,0,1,0,1,1,0,0,0,0,0,0),
	E(61998,61959,289,0,1,0,1,19,0,0,0,0,0,0),
	E(73876,62014,289,0,1,0,1,1,0,0,0,0,0,0),
	E(75024,62058,289,1,1,0,1,1,0,0,0,0,0,0),
	E(89920,62104,289,0,1,0,1,1,0,0,0,0,0,0),
	E(62191,62152,289,0,1,0,1,19,0,0,0,0,0,0),
	E(111081,62206,289,0,1,0,1,823,0,0,0,0,0,0),
	E(111103,62253,289,0,1,0,1,823,0,0,0,0,0,0),
	E(170750,62301,289,0,1,0,1,1,0,0,0,0,0,0),
	/* ExplanationOfBenefit */
	E(22015,62637,290,0,1,0,1,828,0,0,0,0,0,0),
	E(24553,62779,290,0,65535,0,1,829,0,0,0,0,0,0),
	E(25909,64387,290,0,65535,0,1,830,0,0,0,0,0,0),
	E(64442,64421,290,0,65535,0,1,831,0,0,0,0,0,0),
	E(42776,64970,290,0,1,0,1,7,0,0,0,0,0,0),
	E(22097,65005,290,0,1,0,1,7,0,0,0,0,0,1),
	E(22118,65041,290,0,65535,0,1,832,0,0,0,0,0,0),
	E(24212,65270,290,0,1,0,1,4,1,362,0,0,0,0),
	E(26342,65297,290,0,1,0,1,4,1,349,0,0,0,0),
	E(7197,65332,290,1,1,0,1,26,0,0,0,0,0,1),
	E(54959,65361,290,0,65535,0,1,833,0,0,0,0,0,0),
	E(163419,65598,290,0,1,0,1,1,0,0,0,0,0,0),
	E(14738,65631,290,0,1,0,1,4,2,11,0,0,0,0),
	E(41756,65660,290,0,1,0,1,4,1,13,0,0,0,0),
	E(157535,65690,290,0,1,0,1,65,0,0,0,0,0,0),
	E(26189,65716,290,0,1,0,1,16,0,0,4,165541,0,0),
	E(26212,65746,290,0,1,0,1,16,0,0,4,165576,0,0),
	E(65801,65780,290,0,1,0,1,16,0,0,4,165576,0,0),
	E(87875,65823,290,0,65535,0,1,3,0,0,0,0,0,0),
	E(26264,65855,290,1,65535,0,1,834,0,0,0,0,0,1),
	E(26466,66005,290,1,1,0,1,4,1,5,0,0,0,1),
	E(182994,66034,290,0,65535,0,1,835,0,0,0,0,0,0),
	E(23906,68371,290,0,1,0,1,4,1,217,0,0,0,0),
	E(175712,68413,290,1,1,0,1,8,0,0,1,178029,0,1),
	E(45477,68442,290,1,1,0,1,4,1,9,0,0,0,1),
	E(110938,68471,290,0,1,0,1,836,0,0,0,0,0,0),
	E(110958,68563,290,0,1,0,1,837,0,0,0,0,0,0),
	E(22649,68822,290,0,65535,0,1,1,0,0,0,0,0,0),
	E(68875,68854,290,0,65535,0,1,7,0,0,0,0,0,0),
	E(68913,68892,290,0,1,0,1,18,0,0,0,0,0,0),
	E(23994,68924,290,0,1,0,1,4,2,341,0,0,0,0),
	E(165741,68958,290,0,1,0,1,16,0,0,4,175766,0,0),
	E(181022,68988,290,0,65535,0,1,838,0,0,0,0,0,0),
	E(27418,69210,290,0,65535,0,1,839,0,0,0,0,0,0),
	E(111034,69401,290,1,1,0,1,4,3,228,0,0,0,1),
	E(24175,69431,290,0,1,0,1,4,1,122,0,0,0,0),
	E(24190,69461,290,0,65535,0,1,840,0,0,0,0,0,0),
	E(162686,69606,290,1,1,0,1,8,0,0,1,164963,1,1),
	E(27641,69634,290,0,1,0,1,16,0,0,4,156894,0,0),
	E(24302,69663,290,0,65535,0,1,841,0,0,0,0,0,0),
	E(9189,69964,290,0,65535,0,1,842,0,0,0,0,0,1),
	E(170750,70061,290,1,1,0,1,16,0,0,2,156937,0,1),
	E(172525,70087,290,1,1,0,1,8,0,0,1,156977,0,1),
	/* ExplanationOfBenefit.accident */
	E(134604,62667,291,0,1,0,1,23,0,0,0,0,0,0),
	E(155211,62702,291,0,1,1,2,347,1,13,0,0,0,0),
	E(170750,62744,291,0,1,0,1,16,0,0,2,186422,0,0),
	/* ExplanationOfBenefit.addItem */
	E(25909,62808,292,0,65535,0,1,830,0,0,0,0,0,0),
	E(87742,62850,292,0,1,0,1,16,0,0,4,183991,0,0),
	E(44861,62888,292,0,65535,0,1,843,0,0,0,0,0,0),
	E(26773,63786,292,0,65535,0,1,18,0,0,0,0,0,0),
	E(126383,63830,292,0,1,0,1,172,0,0,0,0,0,0),
	E(25487,63866,292,0,65535,0,1,18,0,0,0,0,0,0),
	E(155211,63908,292,0,1,1,3,351,1,13,4,180214,0,0),
	E(102915,63949,292,0,65535,0,1,16,0,0,4,156849,0,0),
	E(25153,63987,292,0,1,0,1,278,0,0,0,0,0,0),
	E(25196,64020,292,0,65535,0,1,18,0,0,0,0,0,0),
	E(25246,64060,292,1,1,0,1,16,0,0,4,180410,0,0),
	E(23284,64106,292,0,65535,0,1,16,0,0,4,164809,0,0),
	E(111034,64147,292,0,65535,0,1,4,3,228,0,0,0,0),
	E(57636,64185,292,0,1,0,1,39,0,0,0,0,0,0),
	E(187479,64223,292,0,1,1,2,354,0,0,0,0,0,0),
	E(26993,64264,292,0,65535,0,1,18,0,0,0,0,0,0),
	E(25815,64311,292,0,65535,0,1,16,0,0,4,183265,0,0),
	E(25350,64348,292,0,1,0,1,278,0,0,0,0,0,0),
	/* ExplanationOfBenefit.addItem.detail */
	E(25909,62924,293,0,65535,0,1,830,0,0,0,0,0,0),
	E(126383,62973,293,0,1,0,1,172,0,0,0,0,0,0),
	E(102915,63016,293,0,65535,0,1,16,0,0,4,156849,0,0),
	E(25153,63061,293,0,1,0,1,278,0,0,0,0,0,0),
	E(25196,63101,293,0,65535,0,1,18,0,0,0,0,0,0),
	E(25246,63148,293,1,1,0,1,16,0,0,4,180410,0,0),
	E(57636,63201,293,0,1,0,1,39,0,0,0,0,0,0),
	E(24958,63246,293,0,65535,0,1,844,0,0,0,0,0,0),
	E(25350,63740,293,0,1,0,1,278,0,0,0,0,0,0),
	/* ExplanationOfBenefit.addItem.detail.subDetail */
	E(25909,63292,294,0,65535,0,1,830,0,0,0,0,0,0),
	E(126383,63351,294,0,1,0,1,172,0,0,0,0,0,0),
	E(102915,63404,294,0,65535,0,1,16,0,0,4,156849,0,0),
	E(25153,63459,294,0,1,0,1,278,0,0,0,0,0,0),
	E(25196,63509,294,0,65535,0,1,18,0,0,0,0,0,0),
	E(25246,63566,294,1,1,0,1,16,0,0,4,180410,0,0),
	E(57636,63629,294,0,1,0,1,39,0,0,0,0,0,0),
	E(25350,63684,294,0,1,0,1,278,0,0,0,0,0,0),
	/* ExplanationOfBenefit.benefitBalance */
	E(180205,64457,295,1,1,0,1,16,0,0,4,164515,0,0),
	E(86504,64502,295,0,1,0,1,1,0,0,0,0,0,0),
	E(64586,64550,295,0,1,0,1,19,0,0,0,0,0,0),
	E(64631,64595,295,0,65535,0,1,845,0,0,0,0,0,0),
	E(73876,64803,295,0,1,0,1,1,0,0,0,0,0,0),
	E(154837,64844,295,0,1,0,1,16,0,0,4,154800,0,0),
	E(154882,64888,295,0,1,0,1,16,0,0,4,154845,0,0),
	E(154966,64929,295,0,1,0,1,16,0,0,4,154929,0,0),
	/* ExplanationOfBenefit.benefitBalance.financial */
	E(92593,64641,296,0,1,1,3,595,0,0,0,0,0,0),
	E(170750,64698,296,1,1,0,1,16,0,0,4,154887,0,0),
	E(187604,64749,296,0,1,1,2,846,0,0,0,0,0,0),
	/* ExplanationOfBenefit.careTeam */
	E(111034,65071,297,1,1,0,1,4,3,228,0,0,0,0),
	E(176548,65110,297,0,1,0,1,16,0,0,4,176510,0,0),
	E(111504,65154,297,0,1,0,1,19,0,0,0,0,0,0),
	E(184824,65196,297,0,1,0,1,16,0,0,4,156701,0,0),
	E(26443,65231,297,1,1,0,1,18,0,0,0,0,0,0),
	/* ExplanationOfBenefit.diagnosis */
	E(54959,65392,298,1,1,1,2,42,1,78,4,166471,0,0),
	E(22326,65436,298,0,1,0,1,16,0,0,4,164563,0,0),
	E(22354,65479,298,0,1,0,1,16,0,0,4,164618,0,0),
	E(26443,65522,298,1,1,0,1,18,0,0,0,0,0,0),
	E(170750,65562,298,0,65535,0,1,16,0,0,4,164672,0,0),
	/* ExplanationOfBenefit.insurance */
	E(26380,65886,299,1,1,0,1,4,1,17,0,0,0,1),
	E(26413,65926,299,1,1,0,1,19,0,0,0,0,0,1),
	E(22649,65963,299,0,65535,0,1,1,0,0,0,0,0,0),
	/* ExplanationOfBenefit.item */
	E(25909,66060,300,0,65535,0,1,830,0,0,0,0,0,0),
	E(87742,66284,300,0,1,0,1,16,0,0,4,183991,0,0),
	E(22741,66319,300,0,65535,0,1,18,0,0,0,0,0,0),
	E(180205,66362,300,0,1,0,1,16,0,0,4,164515,0,0),
	E(44861,66397,300,0,65535,0,1,848,0,0,0,0,0,0),
	E(23537,67705,300,0,65535,0,1,18,0,0,0,0,0,0),
	E(172733,67749,300,0,65535,0,1,4,1,72,0,0,0,0),
	E(126383,67785,300,0,1,0,1,172,0,0,0,0,0,0),
	E(23605,67818,300,0,65535,0,1,18,0,0,0,0,0,0),
	E(155211,67864,300,0,1,1,3,351,1,13,4,180214,0,0),
	E(102915,67902,300,0,65535,0,1,16,0,0,4,156849,0,0),
	E(25153,67937,300,0,1,0,1,278,0,0,0,0,0,0),
	E(25196,67967,300,0,65535,0,1,18,0,0,0,0,0,0),
	E(23694,68004,300,0,65535,0,1,18,0,0,0,0,0,0),
	E(25246,68048,300,1,1,0,1,16,0,0,4,180410,0,0),
	E(23284,68091,300,0,65535,0,1,16,0,0,4,164809,0,0),
	E(57636,68129,300,0,1,0,1,39,0,0,0,0,0,0),
	E(23361,68164,300,0,1,0,1,16,0,0,4,164854,0,0),
	E(26443,68198,300,1,1,0,1,18,0,0,0,0,0,0),
	E(187479,68233,300,0,1,1,2,354,0,0,0,0,0,0),
	E(25815,68271,300,0,65535,0,1,16,0,0,4,183265,0,0),
	E(24150,68305,300,0,65535,0,1,4,1,10,0,0,0,0),
	E(25350,68335,300,0,1,0,1,278,0,0,0,0,0,0),
	/* ExplanationOfBenefit.item.adjudication */
	E(110870,66099,301,0,1,0,1,278,0,0,0,0,0,0),
	E(180205,66145,301,1,1,0,1,16,0,0,4,152471,0,0),
	E(170959,66193,301,0,1,0,1,16,0,0,4,152561,0,0),
	E(57164,66239,301,0,1,0,1,172,0,0,0,0,0,0),
	/* ExplanationOfBenefit.item.detail */
	E(25909,66430,302,0,65535,0,1,830,0,0,0,0,0,0),
	E(180205,66476,302,0,1,0,1,16,0,0,4,164515,0,0),
	E(126383,66518,302,0,1,0,1,172,0,0,0,0,0,0),
	E(102915,66558,302,0,65535,0,1,16,0,0,4,156849,0,0),
	E(25153,66600,302,0,1,0,1,278,0,0,0,0,0,0),
	E(25196,66637,302,0,65535,0,1,18,0,0,0,0,0,0),
	E(25246,66681,302,1,1,0,1,16,0,0,4,180410,0,0),
	E(23284,66731,302,0,65535,0,1,16,0,0,4,164809,0,0),
	E(57636,66776,302,0,1,0,1,39,0,0,0,0,0,0),
	E(23361,66818,302,0,1,0,1,16,0,0,4,164854,0,0),
	E(26443,66859,302,1,1,0,1,18,0,0,0,0,0,0),
	E(24958,66901,302,0,65535,0,1,849,0,0,0,0,0,0),
	E(24150,67625,302,0,65535,0,1,4,1,10,0,0,0,0),
	E(25350,67662,302,0,1,0,1,278,0,0,0,0,0,0),
	/* ExplanationOfBenefit.item.detail.subDetail */
	E(25909,66944,303,0,65535,0,1,830,0,0,0,0,0,0),
	E(180205,67000,303,0,1,0,1,16,0,0,4,164515,0,0),
	E(126383,67052,303,0,1,0,1,172,0,0,0,0,0,0),
	E(102915,67102,303,0,65535,0,1,16,0,0,4,156849,0,0),
	E(25153,67154,303,0,1,0,1,278,0,0,0,0,0,0),
	E(25196,67201,303,0,65535,0,1,18,0,0,0,0,0,0),
	E(25246,67255,303,1,1,0,1,16,0,0,4,180410,0,0),
	E(23284,67315,303,0,65535,0,1,16,0,0,4,164809,0,0),
	E(57636,67370,303,0,1,0,1,39,0,0,0,0,0,0),
	E(23361,67422,303,0,1,0,1,16,0,0,4,164854,0,0),
	E(26443,67473,303,1,1,0,1,18,0,0,0,0,0,0),
	E(24150,67525,303,0,65535,0,1,4,1,10,0,0,0,0),
	E(25350,67572,303,0,1,0,1,278,0,0,0,0,0,0),
	/* ExplanationOfBenefit.payee */
	E(23965,68498,304,0,1,0,1,4,5,357,0,0,0,0),
	E(170750,68531,304,0,1,0,1,16,0,0,4,175026,0,0),
	/* ExplanationOfBenefit.payment */
	E(27185,68592,305,0,1,0,1,278,0,0,0,0,0,0),
	E(27218,68632,305,0,1,0,1,16,0,0,4,175065,0,0),
	E(110870,68678,305,0,1,0,1,278,0,0,0,0,0,0),
	E(134604,68714,305,0,1,0,1,23,0,0,0,0,0,0),
	E(87875,68748,305,0,1,0,1,3,0,0,0,0,0,0),
	E(170750,68788,305,0,1,0,1,16,0,0,4,164718,0,0),
	/* ExplanationOfBenefit.procedure */
	E(134604,69019,306,0,1,0,1,26,0,0,0,0,0,0),
	E(181022,69055,306,1,1,1,2,42,1,89,4,166507,0,0),
	E(26443,69099,306,1,1,0,1,18,0,0,0,0,0,0),
	E(170750,69139,306,0,65535,0,1,16,0,0,4,164762,0,0),
	E(24150,69175,306,0,65535,0,1,4,1,10,0,0,0,0),
	/* ExplanationOfBenefit.processNote */
	E(165066,69243,307,0,1,0,1,16,0,0,3,168801,0,0),
	E(75024,69285,307,0,1,0,1,18,0,0,0,0,0,0),
	E(50616,69325,307,0,1,0,1,1,0,0,0,0,0,0),
	E(170750,69363,307,0,1,0,1,8,0,0,1,173603,0,0),
	/* ExplanationOfBenefit.related */
	E(24212,69490,308,0,1,0,1,4,1,362,0,0,0,0),
	E(36309,69525,308,0,1,0,1,3,0,0,0,0,0,0),
	E(177907,69564,308,0,1,0,1,16,0,0,4,177864,0,0),
	/* ExplanationOfBenefit.supportingInfo */
	E(180205,69699,309,1,1,0,1,16,0,0,4,156794,0,0),
	E(165456,69744,309,0,1,0,1,16,0,0,4,156749,0,0),
	E(170959,69785,309,0,1,0,1,145,0,0,4,173245,0,0),
	E(26443,69828,309,1,1,0,1,18,0,0,0,0,0,0),
	E(50955,69873,309,0,1,1,2,354,0,0,0,0,0,0),
	E(57164,69919,309,0,1,1,5,363,1,131,0,0,0,0),
	/* ExplanationOfBenefit.total */
	E(110870,69991,310,1,1,0,1,278,0,0,0,0,0,1),
	E(180205,70025,310,1,1,0,1,16,0,0,4,152471,0,1),
	/* Expression */
	E(86504,70112,311,0,1,0,1,1,0,0,0,0,0,1),
	E(146611,70135,311,0,1,0,1,1,0,0,0,0,0,1),
	E(165066,70157,311,1,1,0,1,8,0,0,2,165026,0,1),
	E(73876,70177,311,0,1,0,1,702,0,0,0,0,0,1),
	E(36309,70193,311,0,1,0,1,53,0,0,0,0,0,1),
	/* Extension */
	E(135849,70214,312,1,1,0,1,53,0,0,0,0,0,0),
	E(57164,70228,312,0,1,1,51,706,0,0,0,0,0,0),
	/* FamilyMemberHistory */
	E(104555,70267,313,0,1,1,3,850,0,0,0,0,0,1),
	E(151208,70294,313,0,1,1,3,853,0,0,0,0,0,0),
	E(166264,70322,313,0,65535,0,1,856,0,0,0,0,0,0),
	E(104208,70548,313,0,1,0,1,16,0,0,4,166274,0,1),
	E(134604,70585,313,0,1,0,1,26,0,0,0,0,0,1),
	E(151325,70610,313,0,1,1,5,857,0,0,0,0,0,1),
	E(70662,70642,313,0,1,0,1,19,0,0,0,0,0,1),
	E(87875,70675,313,0,65535,0,1,3,0,0,0,0,0,1),
	E(115970,70706,313,0,65535,0,1,29,5,862,0,0,0,1),
	E(116002,70748,313,0,65535,0,1,53,0,0,0,0,0,1),
	E(73876,70784,313,0,1,0,1,1,0,0,0,0,0,1),
	E(87920,70809,313,0,65535,0,1,105,0,0,0,0,0,0),
	E(45477,70834,313,1,1,0,1,4,1,9,0,0,0,1),
	E(87959,70862,313,0,65535,0,1,16,0,0,4,157022,0,1),
	E(116247,70893,313,0,65535,0,1,4,6,867,0,0,0,1),
	E(177907,70929,313,1,1,0,1,16,0,0,4,186772,0,1),
	E(70982,70962,313,0,1,0,1,16,0,0,2,152720,0,1),
	E(162686,70986,313,1,1,0,1,8,0,0,1,166325,1,1),
	/* FamilyMemberHistory.condition */
	E(165456,70352,314,1,1,0,1,16,0,0,4,158244,0,0),
	E(70417,70387,314,0,1,0,1,19,0,0,0,0,0,0),
	E(87920,70436,314,0,65535,0,1,105,0,0,0,0,0,0),
	E(4818,70471,314,0,1,1,4,873,0,0,0,0,0,0),
	E(175712,70510,314,0,1,0,1,16,0,0,4,158288,0,0),
	/* Flag */
	E(7173,71018,315,0,1,0,1,4,5,442,0,0,0,1),
	E(180205,71030,315,0,65535,0,1,16,0,0,4,165232,0,1),
	E(165456,71044,315,1,1,0,1,16,0,0,4,165275,0,1),
	E(172733,71054,315,0,1,0,1,4,1,72,0,0,0,1),
	E(87875,71069,315,0,65535,0,1,3,0,0,0,0,0,1),
	E(126444,71085,315,0,1,0,1,7,0,0,0,0,0,1),
	E(162686,71097,315,1,1,0,1,8,0,0,1,165314,1,1),
	E(87989,71109,315,1,1,0,1,4,8,877,0,0,0,1),
	/* Goal */
	E(71132,71127,316,0,1,0,1,16,0,0,3,165618,0,1),
	E(71155,71150,316,0,65535,0,1,4,6,885,0,0,0,0),
	E(180205,71165,316,0,65535,0,1,16,0,0,4,165664,0,1),
	E(86504,71179,316,1,1,0,1,16,0,0,4,157022,0,1),
	E(71201,71196,316,0,1,0,1,4,4,73,0,0,0,1),
	E(87875,71213,316,0,65535,0,1,3,0,0,0,0,0,0),
	E(71234,71229,316,1,1,0,1,8,0,0,1,165796,1,1),
	E(87920,71250,316,0,65535,0,1,105,0,0,0,0,0,0),
	E(71265,71260,316,0,65535,0,1,16,0,0,4,157022,0,0),
	E(71282,71277,316,0,65535,0,1,4,1,85,0,0,0,0),
	E(165741,71299,316,0,1,0,1,16,0,0,3,165707,0,1),
	E(112113,71313,316,0,1,1,2,891,0,0,4,165750,0,1),
	E(136429,71327,316,0,1,0,1,23,0,0,0,0,0,1),
	E(45718,71343,316,0,1,0,1,1,0,0,0,0,0,0),
	E(87989,71361,316,1,1,0,1,4,3,893,0,0,0,1),
	E(117216,71374,316,0,65535,0,1,896,0,0,0,0,0,0),
	/* Goal.target */
	E(44861,71386,317,0,1,1,7,897,0,0,4,0,0,1),
	E(114054,71408,317,0,1,1,2,904,0,0,0,0,0,1),
	E(71439,71427,317,0,1,0,1,16,0,0,4,174006,0,1),
	/* GraphDefinition */
	E(134550,71463,318,0,65535,0,1,24,0,0,0,0,0,1),
	E(134604,71487,318,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,71508,318,0,1,0,1,25,0,0,0,0,0,0),
	E(134872,71536,318,0,1,0,1,19,0,0,0,0,0,1),
	E(134932,71565,318,0,65535,0,1,16,0,0,2,168759,0,1),
	E(49043,71594,318,0,65535,0,1,906,0,0,0,0,0,0),
	E(73876,72197,318,1,1,0,1,1,0,0,0,0,0,1),
	E(98541,72218,318,0,1,0,1,29,1,38,0,0,0,0),
	E(135168,72242,318,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,72268,318,0,1,0,1,25,0,0,0,0,0,0),
	E(112113,72292,318,1,1,0,1,8,0,0,1,179236,0,1),
	E(162686,72314,318,1,1,0,1,8,0,0,1,176610,1,1),
	E(135849,72337,318,0,1,0,1,53,0,0,0,0,0,1),
	E(135871,72357,318,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,72384,318,0,1,0,1,1,0,0,0,0,0,1),
	/* GraphDefinition.link */
	E(86504,71615,319,0,1,0,1,1,0,0,0,0,0,0),
	E(132618,71648,319,0,1,0,1,1,0,0,0,0,0,0),
	E(132653,71673,319,0,1,0,1,166,0,0,0,0,0,0),
	E(146724,71698,319,0,1,0,1,1,0,0,0,0,0,0),
	E(71745,71724,319,0,1,0,1,1,0,0,0,0,0,0),
	E(117216,71755,319,0,65535,0,1,907,0,0,0,0,0,0),
	/* GraphDefinition.link.target */
	E(71811,71783,320,0,65535,0,1,908,0,0,0,0,0,0),
	E(49043,72060,320,0,65535,0,1,906,0,0,0,0,0,0),
	E(145741,72093,320,0,1,0,1,1,0,0,0,0,0,0),
	E(98541,72128,320,0,1,0,1,29,1,38,0,0,0,0),
	E(170750,72164,320,1,1,0,1,8,0,0,1,179236,0,0),
	/* GraphDefinition.link.target.compartment */
	E(165456,71823,321,1,1,0,1,8,0,0,1,157741,0,0),
	E(86504,71868,321,0,1,0,1,1,0,0,0,0,0,0),
	E(146611,71920,321,0,1,0,1,1,0,0,0,0,0,0),
	E(132266,71971,321,1,1,0,1,8,0,0,1,165843,0,0),
	E(172525,72016,321,1,1,0,1,8,0,0,1,165901,0,0),
	/* Group */
	E(73192,72408,322,0,1,0,1,19,0,0,0,0,0,1),
	E(59499,72421,322,1,1,0,1,19,0,0,0,0,0,1),
	E(174613,72434,322,0,65535,0,1,909,0,0,0,0,0,0),
	E(165456,121386,322,0,1,0,1,16,0,0,4,0,0,1),
	E(87875,121456,322,0,65535,0,1,3,0,0,0,0,0,1),
	E(72574,72568,322,0,1,0,1,4,4,910,0,0,0,1),
	E(72595,72589,322,0,65535,0,1,914,0,0,0,0,0,0),
	E(73876,72664,322,0,1,0,1,1,0,0,0,0,0,1),
	E(57636,72675,322,0,1,0,1,125,0,0,0,0,0,1),
	E(170750,72690,322,1,1,0,1,8,0,0,1,166007,0,1),
	/* Group.characteristic */
	E(165456,72455,323,1,1,0,1,16,0,0,4,0,0,0),
	E(59815,72481,323,1,1,0,1,19,0,0,0,0,0,0),
	E(126444,72510,323,0,1,0,1,7,0,0,0,0,0,0),
	E(57164,72538,323,1,1,1,5,915,0,0,4,0,0,0),
	/* Group.member */
	E(117008,72602,324,1,1,0,1,4,8,920,0,0,0,0),
	E(147430,72622,324,0,1,0,1,19,0,0,0,0,0,0),
	E(126444,72644,324,0,1,0,1,7,0,0,0,0,0,0),
	/* GuidanceResponse */
	E(72735,72718,325,0,65535,0,1,750,0,0,0,0,0,0),
	E(172733,72751,325,0,1,0,1,4,1,72,0,0,0,0),
	E(72795,72778,325,0,65535,0,1,4,1,928,0,0,0,0),
	E(87875,72813,325,0,65535,0,1,3,0,0,0,0,0,1),
	E(187328,72841,325,1,1,1,3,929,0,0,0,0,0,1),
	E(87920,72868,325,0,65535,0,1,105,0,0,0,0,0,0),
	E(72907,72890,325,0,1,0,1,26,0,0,0,0,0,0),
	E(72943,72926,325,0,1,0,1,4,1,932,0,0,0,0),
	E(98780,72960,325,0,1,0,1,4,1,10,0,0,0,0),
	E(87959,72987,325,0,65535,0,1,16,0,0,0,0,0,0),
	E(116247,73015,325,0,65535,0,1,4,4,236,0,0,0,0),
	E(73065,73048,325,0,1,0,1,3,0,0,0,0,0,1),
	E(73100,73083,325,0,1,0,1,4,2,933,0,0,0,0),
	E(162686,73107,325,1,1,0,1,8,0,0,1,166053,1,1),
	E(87989,73131,325,0,1,0,1,4,2,80,0,0,0,0),
	/* HealthcareService */
	E(73192,73174,326,0,1,0,1,19,0,0,0,0,1,1),
	E(73217,73199,326,0,1,0,1,19,0,0,0,0,0,0),
	E(73255,73237,326,0,1,0,1,1,0,0,0,0,0,0),
	E(73296,73278,326,0,65535,0,1,935,0,0,0,0,0,0),
	E(180205,73492,326,0,65535,0,1,16,0,0,4,180168,0,1),
	E(174613,73519,326,0,65535,0,1,16,0,0,4,0,0,0),
	E(49012,73552,326,0,1,0,1,1,0,0,0,0,0,1),
	E(73596,73578,326,0,65535,0,1,16,0,0,3,168801,0,0),
	E(73628,73610,326,0,65535,0,1,4,1,13,0,0,0,0),
	E(167241,73641,326,0,65535,0,1,936,0,0,0,0,0,0),
	E(73762,73744,326,0,65535,0,1,4,1,937,0,0,0,0),
	E(73789,73771,326,0,1,0,1,25,0,0,0,0,0,0),
	E(87875,73802,326,0,65535,0,1,3,0,0,0,0,0,1),
	E(155211,73831,326,0,65535,0,1,4,1,13,0,0,0,1),
	E(73876,73858,326,0,1,0,1,1,0,0,0,0,0,1),
	E(73899,73881,326,0,65535,0,1,938,0,0,0,0,0,0),
	E(74011,73993,326,0,1,0,1,65,0,0,0,0,0,1),
	E(74035,74017,326,0,65535,0,1,16,0,0,4,176137,0,0),
	E(74061,74043,326,0,1,0,1,4,1,5,0,0,0,1),
	E(74090,74072,326,0,65535,0,1,16,0,0,4,180315,0,0),
	E(74123,74105,326,0,65535,0,1,16,0,0,4,180257,0,0),
	E(74162,74144,326,0,65535,0,1,16,0,0,3,155314,0,1),
	E(74190,74172,326,0,65535,0,1,244,0,0,0,0,0,0),
	E(170750,74198,326,0,65535,0,1,16,0,0,4,180368,0,1),
	/* HealthcareService.availableTime */
	E(73342,73310,327,0,1,0,1,19,0,0,0,0,0,0),
	E(73381,73349,327,0,1,0,1,572,0,0,0,0,0,0),
	E(73430,73398,327,0,1,0,1,572,0,0,0,0,0,0),
	E(73481,73449,327,0,65535,0,1,8,0,0,1,161437,0,0),
	/* HealthcareService.eligibility */
	E(165456,73671,328,0,1,0,1,16,0,0,4,0,0,0),
	E(49012,73706,328,0,1,0,1,25,0,0,0,0,0,0),
	/* HealthcareService.notAvailable */
	E(86504,73912,329,1,1,0,1,1,0,0,0,0,0,0),
	E(73986,73955,329,0,1,0,1,7,0,0,0,0,0,0),
	/* HumanName */
	E(74241,74231,330,0,1,0,1,1,0,0,0,0,0,1),
	E(74258,74248,330,0,65535,0,1,1,0,0,0,0,0,1),
	E(126444,74264,330,0,1,0,1,7,0,0,0,0,0,1),
	E(74291,74281,330,0,65535,0,1,1,0,0,0,0,0,1),
	E(74308,74298,330,0,65535,0,1,1,0,0,0,0,0,1),
	E(50616,74315,330,0,1,0,1,1,0,0,0,0,0,1),
	E(172525,74330,330,0,1,0,1,8,0,0,1,173342,1,1),
	/* Identifier */
	E(74355,74344,331,0,1,0,1,4,1,5,0,0,0,1),
	E(126444,74364,331,0,1,0,1,7,0,0,0,0,0,1),
	E(147946,74382,331,0,1,0,1,53,0,0,0,0,0,1),
	E(170750,74400,331,0,1,0,1,16,0,0,2,166554,0,1),
	E(172525,74416,331,0,1,0,1,8,0,0,1,166599,1,1),
	E(57164,74431,331,0,1,0,1,1,0,0,0,0,0,1),
	/* ImagingStudy */
	E(87728,74461,332,0,65535,0,1,4,5,939,0,0,0,1),
	E(86504,74482,332,0,1,0,1,1,0,0,0,0,0,1),
	E(172733,74507,332,0,1,0,1,4,1,72,0,0,0,1),
	E(73762,74530,332,0,65535,0,1,4,1,937,0,0,0,1),
	E(87875,74552,332,0,65535,0,1,3,0,0,0,0,0,1),
	E(74589,74576,332,0,65535,0,1,4,2,11,0,0,0,1),
	E(155211,74601,332,0,1,0,1,4,1,13,0,0,0,1),
	E(170706,74623,332,0,65535,0,1,145,0,0,2,151487,0,1),
	E(87920,74645,332,0,65535,0,1,105,0,0,0,0,0,1),
	E(75244,74663,332,0,1,0,1,125,0,0,0,0,0,1),
	E(74707,74694,332,0,1,0,1,125,0,0,0,0,0,1),
	E(74735,74722,332,0,65535,0,1,16,0,0,2,187150,0,1),
	E(74762,74749,332,0,1,0,1,4,1,89,0,0,0,1),
	E(87959,74781,332,0,65535,0,1,16,0,0,4,175720,0,1),
	E(116247,74805,332,0,65535,0,1,4,5,944,0,0,0,1),
	E(74847,74834,332,0,1,0,1,4,2,11,0,0,0,1),
	E(76254,74856,332,0,65535,0,1,949,0,0,0,0,0,1),
	E(75416,75448,332,0,1,0,1,26,0,0,0,0,0,1),
	E(162686,75469,332,1,1,0,1,8,0,0,1,166708,1,1),
	E(87989,75489,332,1,1,0,1,4,3,950,0,0,0,1),
	/* ImagingStudy.series */
	E(87742,74876,333,0,1,0,1,145,0,0,4,155023,0,1),
	E(86504,74905,333,0,1,0,1,1,0,0,0,0,0,1),
	E(73762,74937,333,0,65535,0,1,4,1,937,0,0,0,1),
	E(136090,74966,333,0,65535,0,1,953,0,0,0,0,0,0),
	E(155100,75137,333,0,1,0,1,145,0,0,4,155062,0,1),
	E(170706,75168,333,1,1,0,1,145,0,0,2,151487,0,1),
	E(75024,75197,333,0,1,0,1,125,0,0,0,0,0,1),
	E(75244,75224,333,0,1,0,1,125,0,0,0,0,0,1),
	E(98780,75262,333,0,65535,0,1,954,0,0,0,0,0,1),
	E(100361,75367,333,0,65535,0,1,4,1,665,0,0,0,1),
	E(75416,75396,333,0,1,0,1,26,0,0,0,0,0,1),
	E(75133,75424,333,1,1,0,1,702,0,0,0,0,0,1),
	/* ImagingStudy.series.instance */
	E(75024,74995,334,0,1,0,1,125,0,0,0,0,0,0),
	E(75060,75031,334,1,1,0,1,145,0,0,2,151397,0,0),
	E(135825,75069,334,0,1,0,1,1,0,0,0,0,0,0),
	E(75133,75104,334,1,1,0,1,702,0,0,0,0,0,0),
	/* ImagingStudy.series.performer */
	E(126508,75292,335,1,1,0,1,4,7,290,0,0,0,1),
	E(170662,75328,335,0,1,0,1,16,0,0,2,180113,0,1),
	/* Immunization */
	E(75523,75510,336,0,1,0,1,39,0,0,0,0,0,0),
	E(75549,75536,336,0,65535,0,1,955,0,0,0,0,0,0),
	E(172733,75707,336,0,1,0,1,4,1,72,0,0,0,0),
	E(45285,75730,336,0,1,0,1,23,0,0,0,0,0,0),
	E(75771,75758,336,0,1,0,1,16,0,0,4,167085,0,0),
	E(87875,75785,336,0,65535,0,1,3,0,0,0,0,0,0),
	E(75822,75809,336,0,1,0,1,19,0,0,0,0,1,1),
	E(155211,75834,336,0,1,0,1,4,1,13,0,0,0,0),
	E(45341,75856,336,0,1,0,1,1,0,0,0,0,0,0),
	E(45381,75879,336,0,1,0,1,4,1,5,0,0,0,0),
	E(87920,75905,336,0,65535,0,1,105,0,0,0,0,0,1),
	E(187358,75923,336,1,1,1,2,956,0,0,0,0,0,1),
	E(45477,75950,336,1,1,0,1,4,1,9,0,0,0,1),
	E(98780,75971,336,0,65535,0,1,958,0,0,0,0,0,1),
	E(76068,76055,336,0,1,0,1,19,0,0,0,0,0,1),
	E(76095,76082,336,0,65535,0,1,16,0,0,4,167191,0,0),
	E(76127,76114,336,0,65535,0,1,959,0,0,0,0,0,0),
	E(4624,76348,336,0,65535,0,1,960,0,0,0,0,0,0),
	E(87959,76457,336,0,65535,0,1,16,0,0,4,167253,0,0),
	E(116247,76481,336,0,65535,0,1,4,3,236,0,0,0,0),
	E(117175,76510,336,0,1,0,1,26,0,0,0,0,0,0),
	E(76545,76532,336,0,1,0,1,16,0,0,4,167142,0,0),
	E(163999,76558,336,0,1,0,1,16,0,0,4,167574,0,0),
	E(167664,76577,336,0,1,0,1,16,0,0,4,167622,0,0),
	E(162686,76595,336,1,1,0,1,8,0,0,1,167725,1,1),
	E(45718,76615,336,0,1,0,1,16,0,0,4,167669,0,0),
	E(76654,76641,336,0,65535,0,1,16,0,0,4,167780,0,0),
	E(78189,76670,336,1,1,0,1,16,0,0,4,184691,0,1),
	/* Immunization.education */
	E(75582,75559,337,0,1,0,1,1,0,0,0,0,0,0),
	E(75618,75595,337,0,1,0,1,26,0,0,0,0,0,0),
	E(75658,75635,337,0,1,0,1,26,0,0,0,0,0,0),
	E(36309,75674,337,0,1,0,1,53,0,0,0,0,0,0),
	/* Immunization.performer */
	E(126508,75994,338,1,1,0,1,4,3,228,0,0,0,1),
	E(170662,76023,338,0,1,0,1,16,0,0,2,167034,0,1),
	/* Immunization.protocolApplied */
	E(182056,76143,339,0,1,0,1,4,1,5,0,0,0,0),
	E(151356,76182,339,1,1,1,2,718,0,0,0,0,0,0),
	E(76254,76225,339,0,1,0,1,1,0,0,0,0,0,0),
	E(187467,76261,339,0,1,1,2,718,0,0,0,0,0,0),
	E(76334,76305,339,0,65535,0,1,16,0,0,4,167839,0,0),
	/* Immunization.reaction */
	E(134604,76370,340,0,1,0,1,26,0,0,0,0,0,0),
	E(44861,76397,340,0,1,0,1,4,1,85,0,0,0,0),
	E(76448,76426,340,0,1,0,1,19,0,0,0,0,0,0),
	/* ImmunizationEvaluation */
	E(182056,76718,341,0,1,0,1,4,1,5,0,0,0,0),
	E(134604,76751,341,0,1,0,1,26,0,0,0,0,0,0),
	E(86504,76779,341,0,1,0,1,1,0,0,0,0,0,0),
	E(151356,76814,341,0,1,1,2,718,0,0,0,0,0,0),
	E(76874,76851,341,1,1,0,1,16,0,0,4,166763,0,1),
	E(76908,76885,341,0,65535,0,1,16,0,0,4,166828,0,0),
	E(87875,76925,341,0,65535,0,1,3,0,0,0,0,0,0),
	E(76982,76959,341,1,1,0,1,4,1,88,0,0,0,1),
	E(45477,77000,341,1,1,0,1,4,1,9,0,0,0,1),
	E(76254,77031,341,0,1,0,1,1,0,0,0,0,0,0),
	E(187467,77061,341,0,1,1,2,718,0,0,0,0,0,0),
	E(162686,77099,341,1,1,0,1,8,0,0,1,166900,1,1),
	E(76334,77129,341,1,1,0,1,16,0,0,4,166966,0,1),
	/* ImmunizationRecommendation */
	E(182056,77193,342,0,1,0,1,4,1,5,0,0,0,0),
	E(134604,77230,342,1,1,0,1,26,0,0,0,0,0,1),
	E(87875,77262,342,0,65535,0,1,3,0,0,0,0,0,1),
	E(45477,77300,342,1,1,0,1,4,1,9,0,0,0,1),
	E(77362,77335,342,1,65535,0,1,961,0,0,0,0,0,1),
	/* ImmunizationRecommendation.recommendation */
	E(77419,77377,343,0,65535,0,1,16,0,0,4,184691,0,1),
	E(77488,77446,343,0,65535,0,1,962,0,0,0,0,0,0),
	E(86504,77625,343,0,1,0,1,1,0,0,0,0,0,0),
	E(151356,77679,343,0,1,1,2,718,0,0,0,0,0,1),
	E(77777,77735,343,0,65535,0,1,16,0,0,4,167374,0,1),
	E(77834,77792,343,1,1,0,1,16,0,0,4,167438,1,1),
	E(76254,77849,343,0,1,0,1,1,0,0,0,0,0,0),
	E(187467,77898,343,0,1,1,2,718,0,0,0,0,0,0),
	E(77997,77955,343,0,65535,0,1,4,2,963,0,0,0,0),
	E(78062,78020,343,0,65535,0,1,4,1,131,0,0,0,0),
	E(76334,78091,343,0,1,0,1,16,0,0,4,167502,0,1),
	E(78189,78147,343,0,65535,0,1,16,0,0,4,184691,0,1),
	/* ImmunizationRecommendation.recommendation.dateCriterion */
	E(165456,77502,344,1,1,0,1,16,0,0,4,167302,0,0),
	E(57164,77563,344,1,1,0,1,26,0,0,0,0,0,0),
	/* ImplementationGuide */
	E(134550,78221,345,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,78249,345,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,78279,345,0,1,0,1,26,0,0,0,0,0,1),
	E(45177,78304,345,0,1,0,1,965,0,0,0,0,0,0),
	E(79355,79335,345,0,65535,0,1,966,0,0,0,0,0,1),
	E(86504,79477,345,0,1,0,1,25,0,0,0,0,0,0),
	E(134872,79509,345,0,1,0,1,19,0,0,0,0,0,1),
	E(78999,79542,345,1,65535,0,1,8,0,0,1,151568,0,1),
	E(79594,79574,345,0,65535,0,1,967,0,0,0,0,0,1),
	E(134932,79668,345,0,65535,0,1,16,0,0,2,168759,0,1),
	E(79721,79701,345,0,1,0,1,8,0,0,1,180702,0,1),
	E(79749,79729,345,0,1,0,1,968,0,0,0,0,0,0),
	E(73876,80207,345,1,1,0,1,1,0,0,0,0,0,1),
	E(80252,80232,345,1,1,0,1,702,0,0,0,0,0,1),
	E(135168,80262,345,0,1,0,1,1,0,0,0,0,0,1),
	E(162686,80292,345,1,1,0,1,8,0,0,1,176610,1,1),
	E(135825,80319,345,0,1,0,1,1,0,0,0,0,0,1),
	E(135849,80345,345,1,1,0,1,53,0,0,0,0,0,1),
	E(135871,80369,345,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,80400,345,0,1,0,1,1,0,0,0,0,0,1),
	/* ImplementationGuide.definition */
	E(78366,78335,346,0,65535,0,1,969,0,0,0,0,0,0),
	E(78635,78472,346,0,1,0,1,970,0,0,0,0,0,0),
	E(141566,78682,346,0,65535,0,1,971,0,0,0,0,0,0),
	E(135094,78816,346,1,65535,0,1,972,0,0,0,0,0,0),
	E(79188,79157,346,0,65535,0,1,973,0,0,0,0,0,0),
	/* ImplementationGuide.definition.grouping */
	E(86504,78375,347,0,1,0,1,1,0,0,0,0,0,0),
	E(73876,78427,347,1,1,0,1,1,0,0,0,0,0,0),
	/* ImplementationGuide.definition.page */
	E(78544,78508,348,1,1,0,1,8,0,0,1,166113,0,0),
	E(73876,78555,348,1,1,1,2,974,1,261,0,0,0,0),
	E(78635,78599,348,0,65535,0,1,970,0,0,0,0,0,0),
	E(135825,78640,348,1,1,0,1,1,0,0,0,0,0,0),
	/* ImplementationGuide.definition.parameter */
	E(165456,78723,349,1,1,0,1,8,0,0,1,166170,0,0),
	E(57164,78769,349,1,1,0,1,1,0,0,0,0,0,0),
	/* ImplementationGuide.definition.resource */
	E(86504,78856,350,0,1,0,1,1,0,0,0,0,0,0),
	E(170447,78908,350,0,1,1,2,707,1,38,0,0,0,0),
	E(78999,78959,350,0,65535,0,1,8,0,0,1,151568,0,0),
	E(79051,79011,350,0,1,0,1,702,0,0,0,0,0,0),
	E(73876,79062,350,0,1,0,1,1,0,0,0,0,0,0),
	E(36309,79107,350,1,1,0,1,4,1,131,0,0,0,0),
	/* ImplementationGuide.definition.template */
	E(165456,79197,351,1,1,0,1,8,0,0,0,0,0,0),
	E(160265,79242,351,0,1,0,1,1,0,0,0,0,0,0),
	E(167135,79288,351,1,1,0,1,1,0,0,0,0,0,0),
	/* ImplementationGuide.dependsOn */
	E(80252,79365,352,0,1,0,1,702,0,0,0,0,0,1),
	E(131338,79405,352,1,1,0,1,29,1,181,0,0,0,1),
	E(135900,79439,352,0,1,0,1,1,0,0,0,0,0,1),
	/* ImplementationGuide.global */
	E(98541,79601,353,1,1,0,1,29,1,38,0,0,0,1),
	E(170750,79636,353,1,1,0,1,8,0,0,1,179236,0,1),
	/* ImplementationGuide.manifest */
	E(116550,79758,354,0,65535,0,1,1,0,0,0,0,0,0),
	E(110699,79793,354,0,65535,0,1,1,0,0,0,0,0,0),
	E(78635,79828,354,0,65535,0,1,976,0,0,0,0,0,0),
	E(80011,79982,354,0,1,0,1,141,0,0,0,0,0,1),
	E(135094,80021,354,1,65535,0,1,977,0,0,0,0,0,1),
	/* ImplementationGuide.manifest.page */
	E(79896,79862,355,0,65535,0,1,1,0,0,0,0,0,0),
	E(73876,79903,355,1,1,0,1,1,0,0,0,0,0,0),
	E(135825,79942,355,0,1,0,1,1,0,0,0,0,0,0),
	/* ImplementationGuide.manifest.resource */
	E(170447,80059,356,0,1,1,2,707,1,38,0,0,0,0),
	E(36309,80108,356,1,1,0,1,4,1,131,0,0,0,1),
	E(80194,80156,356,0,1,0,1,141,0,0,0,0,0,0),
	/* Ingredient */
	E(46411,80439,357,0,1,0,1,19,0,0,0,0,0,1),
	E(140004,80470,357,0,65535,0,1,4,3,978,0,0,0,1),
	E(170662,80485,357,0,65535,0,1,16,0,0,4,167896,0,1),
	E(87875,80505,357,0,1,0,1,3,0,0,0,0,0,1),
	E(45381,80527,357,0,65535,0,1,981,0,0,0,0,0,1),
	E(184824,80617,357,1,1,0,1,16,0,0,4,168009,0,1),
	E(162686,80633,357,1,1,0,1,8,0,0,1,176610,1,1),
	E(81183,80651,357,1,1,0,1,982,0,0,0,0,0,1),
	/* Ingredient.manufacturer */
	E(45381,80551,358,1,1,0,1,4,1,5,0,0,0,1),
	E(184824,80588,358,0,1,0,1,8,0,0,1,167945,0,1),
	/* Ingredient.substance */
	E(165456,80672,359,1,1,0,1,408,1,414,4,181922,0,1),
	E(80719,80698,359,0,65535,0,1,983,0,0,0,0,0,1),
	/* Ingredient.substance.strength */
	E(151285,80728,360,0,1,1,2,742,0,0,0,0,0,1),
	E(96114,80775,360,0,65535,0,1,16,0,0,4,160996,0,1),
	E(81058,80813,360,0,1,0,1,1,0,0,0,0,0,1),
	E(184540,80860,360,0,1,1,2,742,0,0,0,0,0,1),
	E(80936,80906,360,0,65535,0,1,984,0,0,0,0,0,1),
	E(81223,81193,360,0,1,0,1,1,0,0,0,0,0,1),
	E(81271,81241,360,0,1,0,1,1,0,0,0,0,0,1),
	/* Ingredient.substance.strength.referenceStrength */
	E(96114,80954,361,0,65535,0,1,16,0,0,4,160996,0,1),
	E(81058,81010,361,0,1,0,1,1,0,0,0,0,0,1),
	E(80719,81075,361,1,1,1,2,742,0,0,0,0,0,1),
	E(81183,81135,361,0,1,0,1,408,1,414,4,181922,0,1),
	/* InsurancePlan */
	E(81316,81302,362,0,1,0,1,4,1,5,0,0,0,1),
	E(133365,81331,362,0,65535,0,1,1,0,0,0,0,0,0),
	E(134550,81351,362,0,65535,0,1,985,0,0,0,0,0,0),
	E(26380,81490,362,0,65535,0,1,986,0,0,0,0,0,0),
	E(73628,81804,362,0,65535,0,1,4,1,13,0,0,0,1),
	E(73762,81831,362,0,65535,0,1,4,1,937,0,0,0,0),
	E(87875,81854,362,0,65535,0,1,3,0,0,0,0,0,1),
	E(73876,81879,362,0,1,0,1,1,0,0,0,0,0,1),
	E(154837,81898,362,0,65535,0,1,4,1,5,0,0,0,0),
	E(81934,81920,362,0,1,0,1,4,1,5,0,0,0,1),
	E(126444,81942,362,0,1,0,1,7,0,0,0,0,0,0),
	E(81977,81963,362,0,65535,0,1,987,0,0,0,0,0,0),
	E(162686,82697,362,0,1,0,1,8,0,0,1,176610,1,1),
	E(170750,82718,362,0,65535,0,1,16,0,0,4,168117,0,1),
	/* InsurancePlan.contact */
	E(6382,81373,363,0,1,0,1,323,0,0,0,0,0,0),
	E(73876,81403,363,0,1,0,1,326,0,0,0,0,0,0),
	E(135196,81430,363,0,1,0,1,16,0,0,2,159311,0,0),
	E(74190,81460,363,0,65535,0,1,244,0,0,0,0,0,0),
	/* InsurancePlan.coverage */
	E(81536,81513,364,1,65535,0,1,988,0,0,0,0,0,0),
	E(154837,81745,364,0,65535,0,1,4,1,5,0,0,0,0),
	E(170750,81776,364,1,1,0,1,16,0,0,0,0,0,0),
	/* InsurancePlan.coverage.benefit */
	E(81575,81544,365,0,65535,0,1,989,0,0,0,0,0,0),
	E(130462,81666,365,0,1,0,1,1,0,0,0,0,0,0),
	E(170750,81709,365,1,1,0,1,16,0,0,0,0,0,0),
	/* InsurancePlan.coverage.benefit.limit */
	E(165456,81581,366,0,1,0,1,16,0,0,0,0,0,0),
	E(57164,81623,366,0,1,0,1,39,0,0,0,0,0,0),
	/* InsurancePlan.plan */
	E(73628,81982,367,0,65535,0,1,4,1,13,0,0,0,1),
	E(82033,82014,367,0,65535,0,1,990,0,0,0,0,0,0),
	E(87875,82197,367,0,65535,0,1,3,0,0,0,0,0,1),
	E(154837,82227,367,0,65535,0,1,4,1,5,0,0,0,0),
	E(82273,82254,367,0,65535,0,1,991,0,0,0,0,0,0),
	E(170750,82673,367,0,1,0,1,16,0,0,0,0,0,0),
	/* InsurancePlan.plan.generalCost */
	E(49012,82045,368,0,1,0,1,1,0,0,0,0,0,0),
	E(91002,82084,368,0,1,0,1,278,0,0,0,0,0,0),
	E(82151,82120,368,0,1,0,1,18,0,0,0,0,0,0),
	E(170750,82161,368,0,1,0,1,16,0,0,0,0,0,0),
	/* InsurancePlan.plan.specificCost */
	E(81536,82286,369,0,65535,0,1,992,0,0,0,0,0,0),
	E(180205,82632,369,1,1,0,1,16,0,0,0,0,0,0),
	/* InsurancePlan.plan.specificCost.benefit */
	E(91002,82326,370,0,65535,0,1,993,0,0,0,0,0,0),
	E(170750,82587,370,1,1,0,1,16,0,0,0,0,0,0),
	/* InsurancePlan.plan.specificCost.benefit.cost */
	E(15241,82371,371,0,1,0,1,16,0,0,1,168054,0,0),
	E(82475,82430,371,0,65535,0,1,16,0,0,0,0,0,0),
	E(170750,82486,371,1,1,0,1,16,0,0,0,0,0,0),
	E(57164,82536,371,0,1,0,1,39,0,0,0,0,0,0),
	/* Invoice */
	E(82753,82745,372,0,1,0,1,4,1,6,0,0,0,0),
	E(82769,82761,372,0,1,0,1,1,0,0,0,0,0,0),
	E(134604,82785,372,0,1,0,1,26,0,0,0,0,0,1),
	E(87875,82798,372,0,65535,0,1,3,0,0,0,0,0,1),
	E(82825,82817,372,0,1,0,1,4,1,5,0,0,0,0),
	E(82840,82832,372,0,65535,0,1,994,0,0,0,0,0,0),
	E(87920,83090,372,0,65535,0,1,105,0,0,0,0,0,0),
	E(83111,83103,372,0,65535,0,1,995,0,0,0,0,0,0),
	E(83182,83174,372,0,1,0,1,25,0,0,0,0,0,0),
	E(83203,83195,372,0,1,0,1,4,3,359,0,0,0,1),
	E(162686,83213,372,1,1,0,1,8,0,0,1,168568,1,1),
	E(87989,83228,372,0,1,0,1,4,2,80,0,0,0,1),
	E(83252,83244,372,0,1,0,1,278,0,0,0,0,0,1),
	E(83271,83263,372,0,1,0,1,278,0,0,0,0,0,1),
	E(83288,83280,372,0,65535,0,1,996,0,0,0,0,0,0),
	E(170750,83308,372,0,1,0,1,16,0,0,0,0,0,1),
	/* Invoice.lineItem */
	E(151246,82849,373,1,1,1,2,33,1,276,0,0,0,0),
	E(82897,82880,373,0,65535,0,1,996,0,0,0,0,0,0),
	E(26443,83064,373,0,1,0,1,18,0,0,0,0,0,0),
	/* Invoice.lineItem.priceComponent */
	E(110870,82912,374,0,1,0,1,278,0,0,0,0,0,0),
	E(165456,82951,374,0,1,0,1,16,0,0,0,0,0,0),
	E(126383,82988,374,0,1,0,1,172,0,0,0,0,0,0),
	E(170750,83027,374,1,1,0,1,8,0,0,1,168506,0,0),
	/* Invoice.participant */
	E(126508,83123,375,1,1,0,1,4,6,997,0,0,0,0),
	E(184824,83149,375,0,1,0,1,16,0,0,0,0,0,0),
	/* Library */
	E(134276,83329,376,0,1,0,1,23,0,0,0,0,0,0),
	E(7173,83350,376,0,65535,0,1,24,0,0,0,0,0,0),
	E(134550,83365,376,0,65535,0,1,24,0,0,0,0,0,1),
	E(87757,83381,376,0,65535,0,1,65,0,0,0,0,0,1),
	E(134576,83397,376,0,1,0,1,25,0,0,0,0,0,0),
	E(72735,83415,376,0,65535,0,1,750,0,0,0,0,0,0),
	E(134604,83439,376,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,83452,376,0,1,0,1,25,0,0,0,0,0,1),
	E(56405,83472,376,0,65535,0,1,24,0,0,0,0,0,0),
	E(134687,83487,376,0,1,0,1,7,0,0,0,0,0,1),
	E(56421,83511,376,0,65535,0,1,24,0,0,0,0,0,0),
	E(134872,83528,376,0,1,0,1,19,0,0,0,0,0,1),
	E(87875,83549,376,0,65535,0,1,3,0,0,0,0,0,1),
	E(134932,83568,376,0,65535,0,1,16,0,0,2,168759,0,1),
	E(134963,83589,376,0,1,0,1,23,0,0,0,0,0,0),
	E(73876,83612,376,0,1,0,1,1,0,0,0,0,0,1),
	E(141566,83625,376,0,65535,0,1,752,0,0,0,0,0,0),
	E(135168,83643,376,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,83661,376,0,1,0,1,25,0,0,0,0,0,0),
	E(56516,83677,376,0,65535,0,1,40,0,0,0,0,0,0),
	E(56541,83701,376,0,65535,0,1,24,0,0,0,0,0,0),
	E(162686,83718,376,1,1,0,1,8,0,0,1,176610,1,1),
	E(87989,83733,376,0,1,1,2,42,1,45,2,181325,0,0),
	E(60591,83752,376,0,1,0,1,1,0,0,0,0,0,0),
	E(135825,83769,376,0,1,0,1,1,0,0,0,0,0,1),
	E(157735,83783,376,0,65535,0,1,16,0,0,4,161577,0,0),
	E(170750,83797,376,1,1,0,1,16,0,0,2,168892,0,1),
	E(135849,83810,376,0,1,0,1,53,0,0,0,0,0,1),
	E(170010,83822,376,0,1,0,1,1,0,0,0,0,0,0),
	E(135871,83836,376,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,83855,376,0,1,0,1,1,0,0,0,0,0,1),
	/* Linkage */
	E(73192,83879,377,0,1,0,1,19,0,0,0,0,0,1),
	E(7173,83894,377,0,1,0,1,4,3,228,0,0,0,1),
	E(182994,83909,377,1,65535,0,1,1003,0,0,0,0,0,1),
	/* Linkage.item */
	E(135094,83922,378,1,1,0,1,4,1,131,0,0,0,1),
	E(170750,83944,378,1,1,0,1,8,0,0,1,168979,0,1),
	/* List */
	E(165456,83967,379,0,1,0,1,16,0,0,4,169074,0,1),
	E(134604,83977,379,0,1,0,1,26,0,0,0,0,0,1),
	E(33940,83987,379,0,1,0,1,16,0,0,3,169027,0,0),
	E(172733,84004,379,0,1,0,1,4,1,72,0,0,0,0),
	E(8563,84019,379,0,65535,0,1,1004,0,0,0,0,0,0),
	E(87875,84097,379,0,65535,0,1,3,0,0,0,0,0,0),
	E(159897,84113,379,1,1,0,1,8,0,0,1,169166,1,1),
	E(87920,84123,379,0,65535,0,1,105,0,0,0,0,0,0),
	E(34049,84133,379,0,1,0,1,16,0,0,3,169211,0,0),
	E(167135,84148,379,0,1,0,1,4,4,1005,0,0,0,1),
	E(162686,84160,379,1,1,0,1,8,0,0,1,169251,1,1),
	E(87989,84172,379,0,1,0,1,4,4,666,0,0,0,1),
	E(135825,84185,379,0,1,0,1,1,0,0,0,0,0,1),
	/* List.entry */
	E(134604,84030,380,0,1,0,1,26,0,0,0,0,0,0),
	E(84057,84046,380,0,1,0,1,19,0,0,0,0,1,0),
	E(169161,84065,380,0,1,0,1,16,0,0,4,169122,0,0),
	E(182994,84081,380,1,1,0,1,4,1,131,0,0,0,0),
	/* Location */
	E(6382,84196,381,0,1,0,1,323,0,0,0,0,0,0),
	E(133365,84213,381,0,65535,0,1,1,0,0,0,0,0,0),
	E(73255,84228,381,0,1,0,1,1,0,0,0,0,0,0),
	E(86504,84260,381,0,1,0,1,1,0,0,0,0,0,1),
	E(73762,84281,381,0,65535,0,1,4,1,937,0,0,0,0),
	E(84308,84299,381,0,65535,0,1,1009,0,0,0,0,0,0),
	E(87875,84471,381,0,65535,0,1,3,0,0,0,0,0,1),
	E(55100,84491,381,0,1,0,1,4,1,5,0,0,0,1),
	E(159897,84521,381,0,1,0,1,8,0,0,1,169298,0,1),
	E(73876,84535,381,0,1,0,1,1,0,0,0,0,0,1),
	E(47506,84549,381,0,1,0,1,145,0,0,3,185948,0,1),
	E(87946,84576,381,0,1,0,1,4,1,13,0,0,0,0),
	E(84601,84592,381,0,1,0,1,16,0,0,4,169347,0,1),
	E(84623,84614,381,0,1,0,1,1010,0,0,0,0,0,0),
	E(162686,84714,381,0,1,0,1,8,0,0,1,169399,1,1),
	E(74190,84730,381,0,65535,0,1,244,0,0,0,0,0,0),
	E(170750,21174,381,0,65535,0,1,16,0,0,2,187007,0,1),
	/* Location.hoursOfOperation */
	E(73342,84325,382,0,1,0,1,19,0,0,0,0,0,0),
	E(84384,84358,382,0,1,0,1,572,0,0,0,0,0,0),
	E(73481,84396,382,0,65535,0,1,8,0,0,1,161437,0,0),
	E(84459,84433,382,0,1,0,1,572,0,0,0,0,0,0),
	/* Location.position */
	E(84650,84632,383,0,1,0,1,172,0,0,0,0,0,0),
	E(84677,84659,383,1,1,0,1,172,0,0,0,0,0,0),
	E(84704,84686,383,1,1,0,1,172,0,0,0,0,0,0),
	/* ManufacturedItemDefinition */
	E(87875,84774,384,0,65535,0,1,3,0,0,0,0,0,1),
	E(136005,84812,384,0,65535,0,1,16,0,0,4,181922,0,1),
	E(84877,84850,384,1,1,0,1,16,0,0,4,169504,0,1),
	E(45381,84898,384,0,65535,0,1,4,1,5,0,0,0,1),
	E(170538,84938,384,0,65535,0,1,1011,0,0,0,0,0,1),
	E(162686,85060,384,1,1,0,1,8,0,0,1,176610,1,1),
	E(85121,85094,384,0,1,0,1,16,0,0,4,184503,0,1),
	/* ManufacturedItemDefinition.property */
	E(170750,84974,385,1,1,0,1,16,0,0,4,175864,0,1),
	E(57164,85015,385,0,1,1,5,61,0,0,0,0,0,1),
	/* MarketingStatus */
	E(96114,85156,386,0,1,0,1,16,0,0,0,0,0,1),
	E(85196,85180,386,0,1,0,1,7,0,0,0,0,0,1),
	E(134932,85206,386,0,1,0,1,16,0,0,0,0,0,1),
	E(85251,85235,386,0,1,0,1,26,0,0,0,0,0,1),
	E(162686,85263,386,1,1,0,1,16,0,0,0,0,0,1),
	/* Measure */
	E(134276,85286,387,0,1,0,1,23,0,0,0,0,0,0),
	E(7173,85307,387,0,65535,0,1,24,0,0,0,0,0,0),
	E(85330,85322,387,0,1,0,1,25,0,0,0,0,0,1),
	E(85370,85362,387,0,1,0,1,16,0,0,2,157793,0,1),
	E(134550,85387,387,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,85403,387,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,85421,387,0,1,0,1,26,0,0,0,0,0,1),
	E(45177,85434,387,0,65535,0,1,25,0,0,0,0,0,1),
	E(86504,85453,387,0,1,0,1,25,0,0,0,0,0,1),
	E(85481,85473,387,0,1,0,1,25,0,0,0,0,0,1),
	E(56405,85492,387,0,65535,0,1,24,0,0,0,0,0,0),
	E(134687,85507,387,0,1,0,1,7,0,0,0,0,0,1),
	E(56421,85531,387,0,65535,0,1,24,0,0,0,0,0,0),
	E(134872,85548,387,0,1,0,1,19,0,0,0,0,0,1),
	E(85577,85569,387,0,65535,0,1,1012,0,0,0,0,0,0),
	E(86054,86046,387,0,1,0,1,25,0,0,0,0,0,1),
	E(87875,86063,387,0,65535,0,1,3,0,0,0,0,0,1),
	E(86090,86082,387,0,1,0,1,16,0,0,1,170067,0,1),
	E(134932,86110,387,0,65535,0,1,16,0,0,2,168759,0,1),
	E(134963,86131,387,0,1,0,1,23,0,0,0,0,0,0),
	E(86162,86154,387,0,65535,0,1,29,1,30,0,0,0,0),
	E(73876,86170,387,0,1,0,1,1,0,0,0,0,0,1),
	E(135168,86183,387,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,86201,387,0,1,0,1,25,0,0,0,0,0,0),
	E(86225,86217,387,0,1,0,1,1,0,0,0,0,0,1),
	E(86249,86241,387,0,1,0,1,25,0,0,0,0,0,1),
	E(56516,86259,387,0,65535,0,1,40,0,0,0,0,0,0),
	E(56541,86283,387,0,65535,0,1,24,0,0,0,0,0,0),
	E(86308,86300,387,0,1,0,1,1,0,0,0,0,0,1),
	E(157840,86323,387,0,1,0,1,16,0,0,2,170291,0,1),
	E(162686,86339,387,1,1,0,1,8,0,0,1,176610,1,1),
	E(87989,86354,387,0,1,1,2,42,1,45,2,181325,0,0),
	E(60591,86373,387,0,1,0,1,1,0,0,0,0,0,0),
	E(86398,86390,387,0,65535,0,1,1013,0,0,0,0,0,0),
	E(135825,86547,387,0,1,0,1,1,0,0,0,0,0,1),
	E(157735,86561,387,0,65535,0,1,16,0,0,4,161577,0,0),
	E(170750,86575,387,0,65535,0,1,16,0,0,2,170455,0,1),
	E(135849,86588,387,0,1,0,1,53,0,0,0,0,0,1),
	E(170010,86600,387,0,1,0,1,1,0,0,0,0,0,0),
	E(135871,86614,387,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,86633,387,0,1,0,1,1,0,0,0,0,0,1),
	/* Measure.group */
	E(165456,85583,388,0,1,0,1,16,0,0,4,170016,0,0),
	E(86504,85602,388,0,1,0,1,1,0,0,0,0,0,0),
	E(170168,85628,388,0,65535,0,1,1014,0,0,0,0,0,0),
	E(85768,85754,388,0,65535,0,1,1015,0,0,0,0,0,0),
	/* Measure.group.population */
	E(165456,85653,389,0,1,0,1,16,0,0,2,170131,0,0),
	E(177798,85683,389,1,1,0,1,55,0,0,0,0,0,0),
	E(86504,85717,389,0,1,0,1,1,0,0,0,0,0,0),
	/* Measure.group.stratifier */
	E(165456,85779,390,0,1,0,1,16,0,0,4,170336,0,0),
	E(87087,85809,390,0,65535,0,1,1016,0,0,0,0,0,0),
	E(177798,85975,390,0,1,0,1,55,0,0,0,0,0,0),
	E(86504,86009,390,0,1,0,1,1,0,0,0,0,0,0),
	/* Measure.group.stratifier.component */
	E(165456,85844,391,0,1,0,1,16,0,0,4,170336,0,0),
	E(177798,85884,391,1,1,0,1,55,0,0,0,0,0,0),
	E(86504,85928,391,0,1,0,1,1,0,0,0,0,0,0),
	/* Measure.supplementalData */
	E(165456,86415,392,0,1,0,1,16,0,0,4,170392,0,0),
	E(177798,86445,392,1,1,0,1,55,0,0,0,0,0,0),
	E(86504,86479,392,0,1,0,1,1,0,0,0,0,0,0),
	E(170010,86516,392,0,65535,0,1,16,0,0,2,169968,0,0),
	/* MeasureReport */
	E(134604,86663,393,0,1,0,1,26,0,0,0,0,0,1),
	E(86696,86682,393,0,65535,0,1,4,1,131,0,0,0,0),
	E(85577,86714,393,0,65535,0,1,1017,0,0,0,0,0,0),
	E(87875,87529,393,0,65535,0,1,3,0,0,0,0,0,1),
	E(86090,87554,393,0,1,0,1,16,0,0,1,170067,1,1),
	E(71439,87588,393,1,1,0,1,29,1,210,0,0,0,1),
	E(126444,87610,393,1,1,0,1,7,0,0,0,0,0,1),
	E(87645,87631,393,0,1,0,1,4,4,1018,0,0,0,1),
	E(162686,87654,393,1,1,0,1,8,0,0,1,170179,1,1),
	E(87989,87675,393,0,1,0,1,4,7,1022,0,0,0,1),
	E(170750,87697,393,1,1,0,1,8,0,0,1,170236,0,1),
	/* MeasureReport.group */
	E(165456,86734,394,0,1,0,1,16,0,0,4,170016,0,1),
	E(87245,86759,394,0,1,0,1,39,0,0,0,0,0,1),
	E(170168,86792,394,0,65535,0,1,1029,0,0,0,0,0,0),
	E(85768,86942,394,0,65535,0,1,1030,0,0,0,0,0,0),
	/* MeasureReport.group.population */
	E(165456,86823,395,0,1,0,1,16,0,0,2,170131,0,1),
	E(30714,86859,395,0,1,0,1,166,0,0,0,0,0,0),
	E(87469,86896,395,0,1,0,1,4,1,1031,0,0,0,0),
	/* MeasureReport.group.stratifier */
	E(165456,86973,396,0,65535,0,1,16,0,0,4,170336,0,0),
	E(87040,87009,396,0,65535,0,1,1032,0,0,0,0,0,0),
	/* MeasureReport.group.stratifier.stratum */
	E(87087,87048,397,0,65535,0,1,1033,0,0,0,0,0,0),
	E(87245,87206,397,0,1,0,1,39,0,0,0,0,0,0),
	E(170168,87258,397,0,65535,0,1,1034,0,0,0,0,0,0),
	E(57164,87484,397,0,1,0,1,16,0,0,4,170547,0,0),
	/* MeasureReport.group.stratifier.stratum.component */
	E(165456,87097,398,1,1,0,1,16,0,0,4,170336,0,0),
	E(57164,87151,398,1,1,0,1,16,0,0,4,170547,0,0),
	/* MeasureReport.group.stratifier.stratum.population */
	E(165456,87308,399,0,1,0,1,16,0,0,2,170131,0,0),
	E(30714,87363,399,0,1,0,1,166,0,0,0,0,0,0),
	E(87469,87419,399,0,1,0,1,4,1,1031,0,0,0,0),
	/* Media */
	E(87728,87722,400,0,65535,0,1,4,2,1035,0,0,0,1),
	E(87742,87736,400,0,1,0,1,16,0,0,4,155023,0,1),
	E(87757,87751,400,1,1,0,1,65,0,0,0,0,0,1),
	E(7197,87765,400,0,1,1,2,168,0,0,0,0,0,1),
	E(87788,87782,400,0,1,0,1,4,2,816,0,0,0,1),
	E(87801,87795,400,0,1,0,1,1,0,0,0,0,0,1),
	E(87818,87812,400,0,1,0,1,172,0,0,0,0,0,1),
	E(172733,87827,400,0,1,0,1,4,1,72,0,0,0,1),
	E(87849,87843,400,0,1,0,1,18,0,0,0,0,0,1),
	E(87862,87856,400,0,1,0,1,18,0,0,0,0,0,1),
	E(87875,87869,400,0,65535,0,1,3,0,0,0,0,0,1),
	E(87892,87886,400,0,1,0,1,123,0,0,0,0,0,1),
	E(170706,87899,400,0,1,0,1,16,0,0,4,170671,0,1),
	E(87920,87914,400,0,65535,0,1,105,0,0,0,0,0,0),
	E(87931,87925,400,0,1,0,1,4,7,290,0,0,0,1),
	E(87946,87940,400,0,65535,0,1,4,1,131,0,0,0,1),
	E(87959,87953,400,0,65535,0,1,16,0,0,4,175720,0,1),
	E(162686,87970,400,1,1,0,1,8,0,0,1,164262,1,1),
	E(87989,87983,400,0,1,0,1,4,7,1037,0,0,0,1),
	E(170750,87997,400,0,1,0,1,16,0,0,2,170715,0,1),
	E(170790,88008,400,0,1,0,1,16,0,0,4,170755,0,1),
	E(88025,88019,400,0,1,0,1,18,0,0,0,0,0,1),
	/* Medication */
	E(110870,88031,401,0,1,0,1,66,0,0,0,0,0,1),
	E(88060,88049,401,0,1,0,1,1044,0,0,0,0,0,0),
	E(165456,88125,401,0,1,0,1,16,0,0,4,170966,0,1),
	E(157535,88141,401,0,1,0,1,16,0,0,4,171012,0,0),
	E(87875,88157,401,0,65535,0,1,3,0,0,0,0,0,1),
	E(136005,88179,401,0,65535,0,1,1045,0,0,0,0,0,0),
	E(45381,88293,401,0,1,0,1,4,1,5,0,0,0,1),
	E(162686,88317,401,0,1,0,1,8,0,0,1,171185,1,1),
	/* Medication.batch */
	E(45285,88066,402,0,1,0,1,26,0,0,0,0,0,0),
	E(45341,88098,402,0,1,0,1,1,0,0,0,0,0,0),
	/* Medication.ingredient */
	E(91321,88201,403,0,1,0,1,19,0,0,0,0,0,0),
	E(182994,88232,403,1,1,1,2,42,2,96,0,0,0,0),
	E(80719,88262,403,0,1,0,1,66,0,0,0,0,0,0),
	/* MedicationAdministration */
	E(180205,88360,404,0,1,0,1,16,0,0,3,170795,0,0),
	E(184683,88394,404,0,1,0,1,4,2,264,0,0,0,0),
	E(87788,88427,404,0,65535,0,1,4,1,10,0,0,0,0),
	E(90501,88459,404,0,1,0,1,1046,0,0,0,0,0,0),
	E(151367,88719,404,1,1,1,2,168,0,0,0,0,0,1),
	E(89617,88757,404,0,65535,0,1,4,1,532,0,0,0,0),
	E(87875,88795,404,0,65535,0,1,3,0,0,0,0,0,0),
	E(88856,88831,404,0,65535,0,1,53,0,0,0,0,0,1),
	E(187294,88869,404,1,1,1,2,42,1,35,4,170966,0,1),
	E(87920,88908,404,0,65535,0,1,105,0,0,0,0,0,0),
	E(87946,88938,404,0,65535,0,1,4,2,1047,0,0,0,1),
	E(98780,88970,404,0,65535,0,1,1049,0,0,0,0,0,1),
	E(87959,89090,404,0,65535,0,1,16,0,0,4,177171,0,0),
	E(116247,89126,404,0,65535,0,1,4,3,236,0,0,0,0),
	E(111081,89167,404,0,1,0,1,4,1,217,0,0,0,0),
	E(162686,89200,404,1,1,0,1,8,0,0,1,170850,1,1),
	E(45718,89232,404,0,65535,0,1,16,0,0,4,177230,0,0),
	E(87989,89270,404,1,1,0,1,4,2,80,0,0,0,1),
	E(3221,89303,404,0,65535,0,1,4,1,131,0,0,0,0),
	/* MedicationAdministration.dosage */
	E(88523,88491,405,0,1,0,1,39,0,0,0,0,0,0),
	E(156050,88528,405,0,1,0,1,16,0,0,4,152663,0,0),
	E(187452,88567,405,0,1,1,2,1050,0,0,0,0,0,0),
	E(163999,88607,405,0,1,0,1,16,0,0,4,179494,0,0),
	E(167664,88645,405,0,1,0,1,16,0,0,4,153902,0,0),
	E(50616,88682,405,0,1,0,1,1,0,0,0,0,0,0),
	/* MedicationAdministration.performer */
	E(126508,89005,406,1,1,0,1,4,5,1052,0,0,0,1),
	E(170662,89046,406,0,1,0,1,16,0,0,4,170615,0,0),
	/* MedicationDispense */
	E(89388,89369,407,0,65535,0,1,4,1,217,0,0,0,0),
	E(180205,89412,407,0,1,0,1,16,0,0,3,171238,0,0),
	E(184683,89440,407,0,1,0,1,4,2,264,0,0,0,0),
	E(89486,89467,407,0,1,0,1,39,0,0,0,0,0,0),
	E(89516,89497,407,0,1,0,1,4,1,13,0,0,0,0),
	E(89547,89528,407,0,65535,0,1,4,1,1057,0,0,0,0),
	E(89580,89561,407,0,65535,0,1,27,0,0,0,0,0,0),
	E(89617,89598,407,0,65535,0,1,4,1,532,0,0,0,0),
	E(87875,89630,407,0,65535,0,1,3,0,0,0,0,0,0),
	E(155211,89660,407,0,1,0,1,4,1,13,0,0,0,0),
	E(187294,89688,407,1,1,1,2,42,1,35,4,170966,0,1),
	E(87920,89721,407,0,65535,0,1,105,0,0,0,0,0,0),
	E(87946,89745,407,0,65535,0,1,4,1,89,0,0,0,0),
	E(98780,89771,407,0,65535,0,1,1058,0,0,0,0,0,0),
	E(57636,89873,407,0,1,0,1,39,0,0,0,0,0,0),
	E(89920,89901,407,0,65535,0,1,4,2,73,0,0,0,0),
	E(162686,89929,407,1,1,0,1,8,0,0,1,171424,1,1),
	E(45718,89955,407,0,1,1,2,42,1,1057,4,171362,0,0),
	E(87989,89990,407,0,1,0,1,4,2,80,0,0,0,1),
	E(90036,90017,407,0,1,0,1,1059,0,0,0,0,0,0),
	E(3221,90221,407,0,65535,0,1,4,1,131,0,0,0,0),
	E(170750,90262,407,0,1,0,1,16,0,0,4,186477,0,0),
	E(90305,90286,407,0,1,0,1,26,0,0,0,0,0,0),
	E(90339,90320,407,0,1,0,1,26,0,0,0,0,0,1),
	/* MedicationDispense.performer */
	E(126508,89800,408,1,1,0,1,4,6,267,0,0,0,0),
	E(170662,89835,408,0,1,0,1,16,0,0,4,171295,0,0),
	/* MedicationDispense.substitution */
	E(170959,90049,409,0,65535,0,1,16,0,0,4,187078,0,0),
	E(90120,90088,409,0,65535,0,1,4,2,11,0,0,0,0),
	E(170750,90137,409,0,1,0,1,16,0,0,4,186638,0,0),
	E(90206,90174,409,1,1,0,1,19,0,0,0,0,0,0),
	/* MedicationKnowledge */
	E(90372,90352,410,0,65535,0,1,1060,0,0,0,0,0,0),
	E(110870,90852,410,0,1,0,1,39,0,0,0,0,0,1),
	E(90899,90879,410,0,65535,0,1,4,1,35,0,0,0,0),
	E(165456,90920,410,0,1,0,1,16,0,0,4,170966,0,1),
	E(90965,90945,410,0,65535,0,1,4,1,1057,0,0,0,0),
	E(91002,90982,410,0,65535,0,1,1061,0,0,0,0,0,0),
	E(91119,91099,410,0,1,0,1,16,0,0,4,171012,0,0),
	E(91148,91128,410,0,65535,0,1,1062,0,0,0,0,0,0),
	E(136005,91259,410,0,65535,0,1,1063,0,0,0,0,0,0),
	E(91429,91409,410,0,65535,0,1,16,0,0,4,179494,0,0),
	E(91463,91443,410,0,65535,0,1,1064,0,0,0,0,0,0),
	E(45381,91602,410,0,1,0,1,4,1,5,0,0,0,1),
	E(91655,91635,410,0,65535,0,1,1065,0,0,0,0,0,0),
	E(91804,91784,410,0,65535,0,1,1066,0,0,0,0,0,0),
	E(91928,91908,410,0,65535,0,1,1067,0,0,0,0,0,0),
	E(92030,92010,410,0,1,0,1,1068,0,0,0,0,0,0),
	E(92134,92114,410,0,1,0,1,25,0,0,0,0,0,0),
	E(92177,92157,410,0,65535,0,1,16,0,0,0,0,0,0),
	E(92209,92189,410,0,65535,0,1,1069,0,0,0,0,0,0),
	E(92670,92650,410,0,65535,0,1,1070,0,0,0,0,0,0),
	E(162686,92806,410,0,1,0,1,8,0,0,1,171611,1,1),
	E(92853,92833,410,0,65535,0,1,1,0,0,0,0,0,1),
	/* MedicationKnowledge.administrationGuidelines */
	E(90501,90397,411,0,65535,0,1,1071,0,0,0,0,0,0),
	E(28869,90565,411,0,1,1,2,42,1,31,0,0,0,0),
	E(90669,90624,411,0,65535,0,1,1072,0,0,0,0,0,0),
	/* MedicationKnowledge.administrationGuidelines.dosage */
	E(90501,90449,412,1,65535,0,1,27,0,0,0,0,0,0),
	E(170750,90508,412,1,1,0,1,16,0,0,0,0,0,0),
	/* MedicationKnowledge.administrationGuidelines.patientCharacteristics */
	E(174613,90692,413,1,1,1,2,61,0,0,0,0,0,0),
	E(57164,90778,413,0,65535,0,1,1,0,0,0,0,0,0),
	/* MedicationKnowledge.cost */
	E(91002,91007,414,1,1,0,1,278,0,0,0,0,0,0),
	E(167135,91037,414,0,1,0,1,1,0,0,0,0,0,0),
	E(170750,91069,414,1,1,0,1,16,0,0,0,0,0,0),
	/* MedicationKnowledge.drugCharacteristic */
	E(170750,91167,415,0,1,0,1,16,0,0,4,171485,0,0),
	E(57164,91211,415,0,1,1,4,1073,0,0,0,0,0,0),
	/* MedicationKnowledge.ingredient */
	E(91321,91290,416,0,1,0,1,19,0,0,0,0,0,0),
	E(182994,91330,416,1,1,1,2,42,1,36,0,0,0,0),
	E(80719,91369,416,0,1,0,1,66,0,0,0,0,0,0),
	/* MedicationKnowledge.kinetics */
	E(91501,91472,417,0,65535,0,1,39,0,0,0,0,0,0),
	E(91545,91516,417,0,1,0,1,51,0,0,0,0,0,0),
	E(91589,91560,417,0,65535,0,1,39,0,0,0,0,0,0),
	/* MedicationKnowledge.medicineClassification */
	E(184374,91678,418,0,65535,0,1,16,0,0,0,0,0,0),
	E(170750,91736,418,1,1,0,1,16,0,0,0,0,0,0),
	/* MedicationKnowledge.monitoringProgram */
	E(73876,91822,419,0,1,0,1,1,0,0,0,0,0,0),
	E(170750,91865,419,0,1,0,1,16,0,0,0,0,0,0),
	/* MedicationKnowledge.monograph */
	E(167135,91938,420,0,1,0,1,4,2,654,0,0,0,0),
	E(170750,91975,420,0,1,0,1,16,0,0,0,0,0,0),
	/* MedicationKnowledge.packaging */
	E(57636,92040,421,0,1,0,1,39,0,0,0,0,0,0),
	E(170750,92079,421,0,1,0,1,16,0,0,4,171549,0,0),
	/* MedicationKnowledge.regulatory */
	E(92251,92220,422,0,1,0,1,1077,0,0,0,0,0,0),
	E(92396,92365,422,1,1,0,1,4,1,5,0,0,0,0),
	E(92496,92416,422,0,65535,0,1,1078,0,0,0,0,0,0),
	E(90036,92505,422,0,65535,0,1,1079,0,0,0,0,0,0),
	/* MedicationKnowledge.regulatory.maxDispense */
	E(126444,92263,423,0,1,0,1,51,0,0,0,0,0,0),
	E(57636,92313,423,1,1,0,1,39,0,0,0,0,0,0),
	/* MedicationKnowledge.regulatory.schedule */
	E(92496,92456,424,1,1,0,1,16,0,0,0,0,0,0),
	/* MedicationKnowledge.regulatory.substitution */
	E(92593,92549,425,1,1,0,1,19,0,0,0,0,0,0),
	E(170750,92601,425,1,1,0,1,16,0,0,0,0,0,0),
	/* MedicationKnowledge.relatedMedicationKnowledge */
	E(36309,92697,426,1,65535,0,1,4,1,1080,0,0,0,0),
	E(170750,92754,426,1,1,0,1,16,0,0,0,0,0,0),
	/* MedicationRequest */
	E(139881,92879,427,0,1,0,1,26,0,0,0,0,0,1),
	E(87728,92908,427,0,65535,0,1,4,4,1081,0,0,0,1),
	E(180205,92934,427,0,65535,0,1,16,0,0,4,171673,0,0),
	E(92979,92961,427,0,1,0,1,16,0,0,4,171729,0,0),
	E(89547,92999,427,0,65535,0,1,4,1,1057,0,0,0,0),
	E(93049,93031,427,0,1,0,1,1085,0,0,0,0,0,0),
	E(12713,93522,427,0,1,0,1,19,0,0,0,0,1,1),
	E(89580,93553,427,0,65535,0,1,27,0,0,0,0,0,0),
	E(172733,93589,427,0,1,0,1,4,1,72,0,0,0,0),
	E(89617,93617,427,0,65535,0,1,4,1,532,0,0,0,0),
	E(140013,93648,427,0,1,0,1,3,0,0,0,0,0,1),
	E(87875,93682,427,0,65535,0,1,3,0,0,0,0,0,0),
	E(115970,93711,427,0,65535,0,1,29,0,0,0,0,0,1),
	E(116002,93751,427,0,65535,0,1,53,0,0,0,0,0,1),
	E(26264,93785,427,0,65535,0,1,4,2,622,0,0,0,0),
	E(140160,93813,427,1,1,0,1,8,0,0,1,171794,1,1),
	E(187294,93838,427,1,1,1,2,42,1,35,4,170966,0,1),
	E(87920,93870,427,0,65535,0,1,105,0,0,0,0,0,0),
	E(98780,93893,427,0,1,0,1,4,7,1086,0,0,0,0),
	E(140287,93921,427,0,1,0,1,16,0,0,4,175206,0,1),
	E(93971,93953,427,0,1,0,1,4,1,217,0,0,0,0),
	E(165741,93989,427,0,1,0,1,8,0,0,1,178513,0,1),
	E(87959,94016,427,0,65535,0,1,16,0,0,4,158244,0,0),
	E(116247,94045,427,0,65535,0,1,4,2,84,0,0,0,0),
	E(4950,94079,427,0,1,0,1,4,2,11,0,0,0,0),
	E(76448,94106,427,0,1,1,2,1093,5,681,0,0,0,1),
	E(140378,94136,427,0,1,0,1,4,6,462,0,0,0,1),
	E(162686,94164,427,1,1,0,1,8,0,0,1,171915,1,1),
	E(45718,94189,427,0,1,0,1,16,0,0,4,171854,0,0),
	E(87989,94220,427,1,1,0,1,4,2,80,0,0,0,1),
	E(90036,94246,427,0,1,0,1,1095,0,0,0,0,0,0),
	E(3221,94357,427,0,65535,0,1,4,1,131,0,0,0,0),
	/* MedicationRequest.dispenseRequest */
	E(93099,93065,428,0,1,0,1,51,0,0,0,0,0,0),
	E(93150,93116,428,0,1,0,1,51,0,0,0,0,0,0),
	E(93207,93173,428,0,1,0,1,1096,0,0,0,0,0,0),
	E(93363,93329,428,0,1,0,1,125,0,0,0,0,0,0),
	E(98780,93386,428,0,1,0,1,4,1,5,0,0,0,0),
	E(57636,93430,428,0,1,0,1,39,0,0,0,0,0,0),
	E(119913,93473,428,0,1,0,1,7,0,0,0,0,0,0),
	/* MedicationRequest.dispenseRequest.initialFill */
	E(87818,93219,429,0,1,0,1,51,0,0,0,0,0,0),
	E(57636,93274,429,0,1,0,1,39,0,0,0,0,0,0),
	/* MedicationRequest.substitution */
	E(92593,94277,430,1,1,1,2,694,0,0,4,186638,0,0),
	E(170959,94319,430,0,1,0,1,16,0,0,4,187078,0,0),
	/* MedicationStatement */
	E(87728,94417,431,0,65535,0,1,4,3,1097,0,0,0,1),
	E(180205,94445,431,0,1,0,1,16,0,0,3,171063,0,1),
	E(184683,94474,431,0,1,0,1,4,2,264,0,0,0,1),
	E(94522,94502,431,0,1,0,1,26,0,0,0,0,0,1),
	E(134627,94535,431,0,65535,0,1,4,1,131,0,0,0,0),
	E(90501,94567,431,0,65535,0,1,27,0,0,0,0,0,0),
	E(151367,94594,431,0,1,1,2,168,0,0,0,0,0,1),
	E(87875,94627,431,0,65535,0,1,3,0,0,0,0,0,1),
	E(136576,94658,431,0,1,0,1,4,5,681,0,0,0,0),
	E(187294,94696,431,1,1,1,2,42,1,35,4,170966,0,1),
	E(87920,94730,431,0,65535,0,1,105,0,0,0,0,0,0),
	E(87946,94755,431,0,65535,0,1,4,5,1100,0,0,0,1),
	E(87959,94782,431,0,65535,0,1,16,0,0,4,158244,0,0),
	E(116247,94813,431,0,65535,0,1,4,3,236,0,0,0,0),
	E(162686,94849,431,1,1,0,1,8,0,0,1,171122,1,1),
	E(45718,94876,431,0,65535,0,1,16,0,0,4,177293,0,0),
	E(87989,94909,431,1,1,0,1,4,2,80,0,0,0,1),
	/* MedicinalProductDefinition */
	E(94991,94964,432,0,1,0,1,16,0,0,4,171975,0,1),
	E(95048,95021,432,0,65535,0,1,4,1,77,0,0,0,1),
	E(174613,95065,432,0,65535,0,1,1105,0,0,0,0,0,1),
	E(184374,95205,432,0,65535,0,1,16,0,0,4,175922,0,1),
	E(95274,95247,432,0,65535,0,1,4,1,79,0,0,0,1),
	E(165456,95288,432,0,65535,0,1,145,0,0,4,170966,0,1),
	E(95347,95320,432,0,1,0,1,16,0,0,4,157492,0,1),
	E(134550,95378,432,0,65535,0,1,1106,0,0,0,0,0,1),
	E(95523,95496,432,0,65535,0,1,1107,0,0,0,0,0,1),
	E(86504,95635,432,0,1,0,1,25,0,0,0,0,0,1),
	E(182110,95674,432,0,1,0,1,16,0,0,4,172235,0,1),
	E(87875,95708,432,0,65535,0,1,3,0,0,0,0,0,1),
	E(95773,95746,432,0,65535,0,1,408,1,414,4,181922,0,1),
	E(28869,95782,432,0,1,0,1,25,0,0,0,0,0,1),
	E(136005,95820,432,0,65535,0,1,16,0,0,4,181922,0,1),
	E(108651,95858,432,0,1,0,1,16,0,0,4,168840,0,1),
	E(108846,95905,432,0,65535,0,1,1108,0,0,0,0,0,1),
	E(95975,95948,432,0,65535,0,1,4,1,77,0,0,0,1),
	E(73876,95986,432,1,65535,0,1,1109,0,0,0,0,0,1),
	E(11201,96454,432,0,65535,0,1,1110,0,0,0,0,0,1),
	E(96723,96696,432,0,65535,0,1,16,0,0,4,172408,0,1),
	E(96775,96748,432,0,1,0,1,16,0,0,4,172468,0,1),
	E(163999,96797,432,0,65535,0,1,16,0,0,4,179494,0,1),
	E(96857,96830,432,0,65535,0,1,16,0,0,4,172529,0,1),
	E(162686,96873,432,0,1,0,1,16,0,0,3,176562,1,1),
	E(136429,96907,432,0,1,0,1,26,0,0,0,0,0,1),
	E(170750,96945,432,0,1,0,1,16,0,0,4,172593,0,1),
	E(135900,96977,432,0,1,0,1,1,0,0,0,0,0,1),
	/* MedicinalProductDefinition.characteristic */
	E(170750,95107,433,1,1,0,1,16,0,0,4,175864,0,1),
	E(57164,95154,433,0,1,1,5,61,0,0,0,0,0,1),
	/* MedicinalProductDefinition.contact */
	E(134550,95413,434,1,1,0,1,4,2,1111,0,0,0,1),
	E(170750,95456,434,0,1,0,1,16,0,0,4,172107,0,1),
	/* MedicinalProductDefinition.crossReference */
	E(185716,95538,435,1,1,0,1,408,1,57,0,0,0,1),
	E(170750,95588,435,0,1,0,1,16,0,0,4,172167,0,1),
	/* MedicinalProductDefinition.name */
	E(96050,96018,436,0,65535,0,1,1113,0,0,0,0,0,1),
	E(96272,96240,436,0,65535,0,1,1114,0,0,0,0,0,1),
	E(96405,96373,436,1,1,0,1,1,0,0,0,0,0,1),
	E(170750,96417,436,0,1,0,1,16,0,0,4,172351,0,1),
	/* MedicinalProductDefinition.name.countryLanguage */
	E(96114,96066,437,1,1,0,1,16,0,0,4,160996,0,1),
	E(134932,96122,437,0,1,0,1,16,0,0,4,168759,0,1),
	E(165066,96183,437,1,1,0,1,16,0,0,3,168801,0,1),
	/* MedicinalProductDefinition.name.namePart */
	E(182515,96281,438,1,1,0,1,1,0,0,0,0,0,1),
	E(170750,96327,438,1,1,0,1,16,0,0,4,172289,0,1),
	/* MedicinalProductDefinition.operation */
	E(96528,96491,439,0,1,0,1,16,0,0,4,172044,0,1),
	E(96590,96553,439,0,1,0,1,7,0,0,0,0,0,1),
	E(17018,96604,439,0,65535,0,1,4,1,5,0,0,0,1),
	E(170750,96654,439,0,1,0,1,408,2,257,0,0,0,1),
	/* MessageDefinition */
	E(97048,97030,440,0,65535,0,1,1115,0,0,0,0,0,0),
	E(150958,97150,440,0,1,0,1,29,1,188,0,0,0,1),
	E(180205,97173,440,0,1,0,1,8,0,0,1,172743,0,1),
	E(134550,97200,440,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,97226,440,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,97254,440,1,1,0,1,26,0,0,0,0,0,1),
	E(86504,97277,440,0,1,0,1,25,0,0,0,0,0,1),
	E(165790,97307,440,1,1,1,2,1116,0,0,4,172645,0,1),
	E(134872,97334,440,0,1,0,1,19,0,0,0,0,0,1),
	E(139993,97365,440,0,65535,0,1,1118,0,0,0,0,0,1),
	E(97524,97506,440,0,65535,0,1,29,1,1119,0,0,0,0),
	E(87875,97530,440,0,65535,0,1,3,0,0,0,0,0,1),
	E(134932,97559,440,0,65535,0,1,16,0,0,2,168759,0,1),
	E(73876,97590,440,0,1,0,1,1,0,0,0,0,0,1),
	E(47537,97613,440,0,65535,0,1,29,2,257,0,0,0,1),
	E(135168,97638,440,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,97666,440,0,1,0,1,25,0,0,0,0,0,1),
	E(13656,97692,440,0,65535,0,1,29,1,188,0,0,0,1),
	E(97737,97719,440,0,1,0,1,8,0,0,1,172855,0,0),
	E(162686,97754,440,1,1,0,1,8,0,0,1,176610,1,1),
	E(135825,97779,440,0,1,0,1,1,0,0,0,0,0,1),
	E(135849,97803,440,0,1,0,1,53,0,0,0,0,0,1),
	E(135871,97825,440,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,97854,440,0,1,0,1,1,0,0,0,0,0,1),
	/* MessageDefinition.allowedResponse */
	E(97098,97064,441,1,1,0,1,29,1,188,0,0,0,0),
	E(97140,97106,441,0,1,0,1,25,0,0,0,0,0,0),
	/* MessageDefinition.focus */
	E(165456,97389,442,1,1,0,1,8,0,0,1,179236,0,1),
	E(132618,97418,442,0,1,0,1,1,0,0,0,0,0,0),
	E(132653,97446,442,1,1,0,1,125,0,0,0,0,0,1),
	E(98541,97474,442,0,1,0,1,29,1,38,0,0,0,0),
	/* MessageHeader */
	E(7173,97894,443,0,1,0,1,4,2,11,0,0,0,1),
	E(45177,97915,443,0,1,0,1,29,1,188,0,0,0,1),
	E(89516,97940,443,0,65535,0,1,1120,0,0,0,0,0,1),
	E(14738,98100,443,0,1,0,1,4,2,11,0,0,0,1),
	E(165790,98122,443,1,1,1,2,1116,0,0,4,172645,0,1),
	E(139993,98145,443,0,65535,0,1,4,1,131,0,0,0,1),
	E(170959,98165,443,0,1,0,1,16,0,0,4,172689,0,1),
	E(111103,98186,443,0,1,0,1,1121,0,0,0,0,0,1),
	E(111504,98302,443,0,1,0,1,4,3,228,0,0,0,1),
	E(31995,98328,443,0,1,0,1,4,3,228,0,0,0,1),
	E(167135,98349,443,1,1,0,1,1122,0,0,0,0,0,1),
	/* MessageHeader.destination */
	E(73762,97966,444,1,1,0,1,141,0,0,0,0,0,1),
	E(73876,98001,444,0,1,0,1,1,0,0,0,0,0,1),
	E(89920,98032,444,0,1,0,1,4,3,228,0,0,0,1),
	E(117216,98067,444,0,1,0,1,4,1,10,0,0,0,1),
	/* MessageHeader.response */
	E(165456,98209,445,1,1,0,1,8,0,0,1,179286,0,1),
	E(98260,98237,445,0,1,0,1,4,1,928,0,0,0,1),
	E(87875,98268,445,1,1,0,1,702,0,0,0,0,0,1),
	/* MessageHeader.source */
	E(134550,98370,446,0,1,0,1,244,0,0,0,0,0,1),
	E(73762,98399,446,1,1,0,1,141,0,0,0,0,0,1),
	E(73876,98429,446,0,1,0,1,1,0,0,0,0,0,1),
	E(98476,98455,446,0,1,0,1,1,0,0,0,0,0,1),
	E(135900,98485,446,0,1,0,1,1,0,0,0,0,0,1),
	/* Meta */
	E(98524,98519,447,0,1,0,1,123,0,0,0,0,0,1),
	E(98541,98536,447,0,65535,0,1,29,1,38,0,0,0,1),
	E(98554,98549,447,0,65535,0,1,145,0,0,2,179804,0,1),
	E(167135,98563,447,0,1,0,1,53,0,0,0,0,0,1),
	E(98580,98575,447,0,65535,0,1,145,0,0,4,157540,0,1),
	E(98589,98584,447,0,1,0,1,702,0,0,0,0,0,1),
	/* MolecularSequence */
	E(98635,98617,448,1,1,0,1,166,0,0,0,0,0,1),
	E(87788,98652,448,0,1,0,1,4,1,10,0,0,0,1),
	E(87875,98677,448,0,65535,0,1,3,0,0,0,0,0,1),
	E(98724,98706,448,0,1,0,1,1,0,0,0,0,0,1),
	E(45477,98736,448,0,1,0,1,4,1,9,0,0,0,1),
	E(98780,98762,448,0,1,0,1,4,1,5,0,0,0,1),
	E(98808,98790,448,0,65535,0,1,4,1,1123,0,0,0,1),
	E(98834,98816,448,0,65535,0,1,1124,0,0,0,0,0,1),
	E(57636,99607,448,0,1,0,1,39,0,0,0,0,0,1),
	E(99652,99634,448,0,1,0,1,166,0,0,0,0,0,1),
	E(180051,99665,448,0,1,0,1,1125,0,0,0,0,0,1),
	E(100111,100093,448,0,65535,0,1,1126,0,0,0,0,0,1),
	E(100361,100343,448,0,1,0,1,4,1,665,0,0,0,1),
	E(100388,100370,448,0,65535,0,1,1127,0,0,0,0,0,1),
	E(170750,100801,448,0,1,0,1,8,0,0,1,180064,0,1),
	E(100842,100824,448,0,65535,0,1,1128,0,0,0,0,0,1),
	/* MolecularSequence.quality */
	E(112102,98842,449,0,1,0,1,166,0,0,0,0,0,1),
	E(98898,98872,449,0,1,0,1,172,0,0,0,0,0,1),
	E(98931,98905,449,0,1,0,1,172,0,0,0,0,0,1),
	E(156050,98936,449,0,1,0,1,16,0,0,4,179897,0,1),
	E(99313,98969,449,0,1,0,1,172,0,0,0,0,0,1),
	E(99031,99005,449,0,1,0,1,172,0,0,0,0,0,1),
	E(99065,99039,449,0,1,0,1,172,0,0,0,0,0,1),
	E(99099,99073,449,0,1,0,1,172,0,0,0,0,0,1),
	E(99132,99106,449,0,1,0,1,1129,0,0,0,0,0,1),
	E(99353,99401,449,0,1,0,1,39,0,0,0,0,0,1),
	E(179996,99433,449,0,1,0,1,16,0,0,4,179950,0,1),
	E(112113,99476,449,0,1,0,1,166,0,0,0,0,0,1),
	E(99534,99508,449,0,1,0,1,172,0,0,0,0,0,1),
	E(99568,99542,449,0,1,0,1,172,0,0,0,0,0,1),
	E(170750,99576,449,1,1,0,1,8,0,0,1,176711,0,1),
	/* MolecularSequence.quality.roc */
	E(99166,99136,450,0,65535,0,1,172,0,0,0,0,0,1),
	E(99205,99175,450,0,65535,0,1,166,0,0,0,0,0,1),
	E(99241,99211,450,0,65535,0,1,166,0,0,0,0,0,1),
	E(99277,99247,450,0,65535,0,1,166,0,0,0,0,0,1),
	E(99313,99283,450,0,65535,0,1,172,0,0,0,0,0,1),
	E(99353,99323,450,0,65535,0,1,166,0,0,0,0,0,1),
	E(99389,99359,450,0,65535,0,1,172,0,0,0,0,0,1),
	/* MolecularSequence.referenceSeq */
	E(99727,99696,451,0,1,0,1,16,0,0,4,156163,0,1),
	E(99769,99738,451,0,1,0,1,1,0,0,0,0,0,1),
	E(99812,99781,451,0,1,0,1,8,0,0,1,174524,0,1),
	E(99855,99824,451,0,1,0,1,16,0,0,4,180013,0,1),
	E(99901,99870,451,0,1,0,1,4,1,1123,0,0,0,1),
	E(99952,99921,451,0,1,0,1,1,0,0,0,0,0,1),
	E(100002,99971,451,0,1,0,1,8,0,0,1,181177,0,1),
	E(100040,100009,451,0,1,0,1,166,0,0,0,0,0,1),
	E(100081,100050,451,0,1,0,1,166,0,0,0,0,0,1),
	/* MolecularSequence.repository */
	E(100151,100122,452,0,1,0,1,1,0,0,0,0,0,1),
	E(73876,100161,452,0,1,0,1,1,0,0,0,0,0,1),
	E(100224,100195,452,0,1,0,1,1,0,0,0,0,0,1),
	E(170750,100234,452,1,1,0,1,8,0,0,1,178412,0,1),
	E(135849,100268,452,0,1,0,1,53,0,0,0,0,0,1),
	E(100330,100301,452,0,1,0,1,1,0,0,0,0,0,1),
	/* MolecularSequence.structureVariant */
	E(100440,100405,453,0,1,0,1,19,0,0,0,0,0,1),
	E(100481,100446,453,0,1,0,1,1130,0,0,0,0,0,1),
	E(53665,100579,453,0,1,0,1,166,0,0,0,0,0,1),
	E(100656,100621,453,0,1,0,1,1131,0,0,0,0,0,1),
	E(100789,100754,453,0,1,0,1,16,0,0,1,185766,0,1),
	/* MolecularSequence.structureVariant.inner */
	E(112102,100487,454,0,1,0,1,166,0,0,0,0,0,1),
	E(112113,100532,454,0,1,0,1,166,0,0,0,0,0,1),
	/* MolecularSequence.structureVariant.outer */
	E(112102,100662,455,0,1,0,1,166,0,0,0,0,0,1),
	E(112113,100707,455,0,1,0,1,166,0,0,0,0,0,1),
	/* MolecularSequence.variant */
	E(100876,100850,456,0,1,0,1,1,0,0,0,0,0,1),
	E(112102,100882,456,0,1,0,1,166,0,0,0,0,0,1),
	E(100938,100912,456,0,1,0,1,1,0,0,0,0,0,1),
	E(100979,100953,456,0,1,0,1,1,0,0,0,0,0,1),
	E(112113,100995,456,0,1,0,1,166,0,0,0,0,0,1),
	E(101053,101027,456,0,1,0,1,4,1,85,0,0,0,1),
	/* Money */
	E(101080,101074,457,0,1,0,1,8,0,0,1,161343,0,1),
	E(57164,101089,457,0,1,0,1,172,0,0,0,0,0,1),
	/* NamingSystem */
	E(134550,101128,459,0,65535,0,1,24,0,0,0,0,0,1),
	E(134604,101149,459,1,1,0,1,26,0,0,0,0,0,1),
	E(86504,101167,459,0,1,0,1,25,0,0,0,0,0,0),
	E(134932,101192,459,0,65535,0,1,16,0,0,2,168759,0,1),
	E(161962,101218,459,1,1,0,1,8,0,0,1,173450,0,1),
	E(73876,101236,459,1,1,0,1,1,0,0,0,0,0,1),
	E(135168,101254,459,0,1,0,1,1,0,0,0,0,0,1),
	E(111504,101277,459,0,1,0,1,1,0,0,0,0,0,0),
	E(162686,101302,459,1,1,0,1,8,0,0,1,176610,1,1),
	E(170750,101322,459,0,1,0,1,16,0,0,2,166554,0,0),
	E(101353,101340,459,1,65535,0,1,1132,0,0,0,0,0,1),
	E(170010,101508,459,0,1,0,1,1,0,0,0,0,0,0),
	E(135871,101527,459,0,65535,0,1,54,0,0,0,0,0,1),
	/* NamingSystem.uniqueId */
	E(49012,101362,460,0,1,0,1,1,0,0,0,0,0,0),
	E(126444,101392,460,0,1,0,1,7,0,0,0,0,0,0),
	E(101443,101421,460,0,1,0,1,19,0,0,0,0,0,0),
	E(170750,101453,460,1,1,0,1,8,0,0,1,173386,0,1),
	E(57164,101480,460,1,1,0,1,1,0,0,0,0,0,1),
	/* Narrative */
	E(101571,101561,461,1,1,0,1,1133,0,0,0,0,0,0),
	E(162686,101575,461,1,1,0,1,8,0,0,1,173503,0,0),
	/* NutritionOrder */
	E(101622,101607,462,0,65535,0,1,4,1,86,0,0,0,0),
	E(101656,101641,462,1,1,0,1,26,0,0,0,0,0,1),
	E(172733,101665,462,0,1,0,1,4,1,72,0,0,0,0),
	E(101705,101690,462,0,1,0,1,1134,0,0,0,0,0,0),
	E(102335,102320,462,0,65535,0,1,16,0,0,4,165461,0,0),
	E(102370,102355,462,0,65535,0,1,16,0,0,4,163326,0,0),
	E(87875,102393,462,0,65535,0,1,3,0,0,0,0,0,0),
	E(88856,102419,462,0,65535,0,1,53,0,0,0,0,0,0),
	E(115970,102447,462,0,65535,0,1,29,2,257,0,0,0,1),
	E(116002,102484,462,0,65535,0,1,53,0,0,0,0,0,1),
	E(140160,102515,462,1,1,0,1,8,0,0,1,178463,1,1),
	E(87920,102537,462,0,65535,0,1,105,0,0,0,0,0,0),
	E(102572,102557,462,0,1,0,1,1135,0,0,0,0,0,0),
	E(102968,102953,462,0,1,0,1,4,2,11,0,0,0,1),
	E(45477,102976,462,1,1,0,1,4,1,9,0,0,0,1),
	E(162686,102999,462,1,1,0,1,8,0,0,1,178623,1,1),
	E(103036,103021,462,0,65535,0,1,1136,0,0,0,0,0,0),
	/* NutritionOrder.enteralFormula */
	E(101750,101720,463,0,1,0,1,1,0,0,0,0,0,0),
	E(101800,101770,463,0,1,0,1,16,0,0,4,164005,0,0),
	E(101843,101813,463,0,65535,0,1,1137,0,0,0,0,0,0),
	E(102049,102019,463,0,1,0,1,1,0,0,0,0,0,1),
	E(102105,102075,463,0,1,0,1,1,0,0,0,0,0,0),
	E(102158,102128,463,0,1,0,1,16,0,0,4,164054,0,1),
	E(102204,102174,463,0,1,0,1,39,0,0,0,0,0,0),
	E(102249,102219,463,0,1,0,1,39,0,0,0,0,0,0),
	E(102298,102268,463,0,1,0,1,16,0,0,2,163962,0,0),
	/* NutritionOrder.enteralFormula.administration */
	E(57636,101858,464,0,1,0,1,39,0,0,0,0,0,0),
	E(187452,101912,464,0,1,1,2,1138,0,0,0,0,0,0),
	E(92496,101965,464,0,1,0,1,46,0,0,0,0,0,0),
	/* NutritionOrder.oralDiet */
	E(102605,102581,465,0,65535,0,1,16,0,0,4,159101,0,0),
	E(130123,102626,465,0,1,0,1,1,0,0,0,0,0,1),
	E(173794,102662,465,0,65535,0,1,1140,0,0,0,0,0,0),
	E(92496,102777,465,0,65535,0,1,46,0,0,0,0,0,0),
	E(102834,102810,465,0,65535,0,1,1141,0,0,0,0,0,0),
	E(170750,102924,465,0,65535,0,1,16,0,0,4,162516,0,1),
	/* NutritionOrder.oralDiet.nutrient */
	E(110870,102695,466,0,1,0,1,39,0,0,0,0,0,0),
	E(102915,102735,466,0,1,0,1,16,0,0,4,173648,0,0),
	/* NutritionOrder.oralDiet.texture */
	E(102874,102842,467,0,1,0,1,16,0,0,4,173295,0,0),
	E(102915,102883,467,0,1,0,1,16,0,0,4,183768,0,0),
	/* NutritionOrder.supplement */
	E(130123,103047,468,0,1,0,1,1,0,0,0,0,0,1),
	E(96405,103085,468,0,1,0,1,1,0,0,0,0,0,0),
	E(57636,103123,468,0,1,0,1,39,0,0,0,0,0,0),
	E(92496,103158,468,0,65535,0,1,46,0,0,0,0,0,0),
	E(170750,103193,468,0,1,0,1,16,0,0,4,182913,0,1),
	/* NutritionProduct */
	E(180205,103241,469,0,65535,0,1,16,0,0,4,173691,0,1),
	E(165456,103267,469,0,1,0,1,16,0,0,4,163098,0,1),
	E(136005,103289,469,0,65535,0,1,1142,0,0,0,0,0,0),
	E(136090,103385,469,0,1,0,1,1143,0,0,0,0,0,0),
	E(103601,103584,469,0,65535,0,1,408,1,36,4,153322,0,0),
	E(45381,103615,469,0,65535,0,1,4,1,5,0,0,0,1),
	E(87920,103645,469,0,65535,0,1,105,0,0,0,0,0,0),
	E(173794,103667,469,0,65535,0,1,1144,0,0,0,0,0,1),
	E(103774,103757,469,0,65535,0,1,1145,0,0,0,0,0,0),
	E(162686,103888,469,1,1,0,1,8,0,0,1,173803,1,1),
	/* NutritionProduct.ingredient */
	E(110870,103317,470,0,65535,0,1,66,0,0,0,0,0,1),
	E(182994,103352,470,1,1,0,1,408,1,1146,0,0,0,1),
	/* NutritionProduct.instance */
	E(136118,103411,471,0,1,0,1,26,0,0,0,0,0,0),
	E(87875,103444,471,0,65535,0,1,3,0,0,0,0,0,0),
	E(45341,103481,471,0,1,0,1,1,0,0,0,0,0,0),
	E(57636,103517,471,0,1,0,1,39,0,0,0,0,0,0),
	E(103578,103552,471,0,1,0,1,26,0,0,0,0,0,0),
	/* NutritionProduct.nutrient */
	E(110870,103693,472,0,65535,0,1,66,0,0,0,0,0,0),
	E(182994,103726,472,0,1,0,1,408,1,36,4,173747,0,0),
	/* NutritionProduct.productCharacteristic */
	E(170750,103796,473,1,1,0,1,16,0,0,4,170497,0,0),
	E(57164,103840,473,1,1,1,6,1147,0,0,0,0,0,0),
	/* Observation */
	E(87728,103924,474,0,65535,0,1,4,6,1153,0,0,0,1),
	E(87742,103944,474,0,1,0,1,16,0,0,4,155023,0,0),
	E(180205,103965,474,0,65535,0,1,16,0,0,3,173956,0,0),
	E(165456,103986,474,1,1,0,1,16,0,0,4,174006,0,1),
	E(87087,104003,474,0,65535,0,1,1159,0,0,0,0,0,1),
	E(104208,104196,474,0,1,0,1,16,0,0,2,161389,0,0),
	E(134627,104225,474,0,65535,0,1,4,6,1160,0,0,0,1),
	E(87788,104249,474,0,1,0,1,4,2,816,0,0,0,0),
	E(151367,104268,474,0,1,1,4,1166,0,0,0,0,0,1),
	E(172733,104293,474,0,1,0,1,4,1,72,0,0,0,1),
	E(139993,104315,474,0,65535,0,1,4,1,131,0,0,0,1),
	E(104345,104333,474,0,65535,0,1,4,3,1170,0,0,0,1),
	E(87875,104355,474,0,65535,0,1,3,0,0,0,0,0,1),
	E(174094,104378,474,0,65535,0,1,16,0,0,2,174053,0,0),
	E(87892,104405,474,0,1,0,1,123,0,0,0,0,0,1),
	E(156050,104424,474,0,1,0,1,16,0,0,4,174109,0,0),
	E(87920,104443,474,0,65535,0,1,105,0,0,0,0,0,0),
	E(87946,104460,474,0,65535,0,1,4,6,1173,0,0,0,1),
	E(98780,104479,474,0,65535,0,1,4,6,1179,0,0,0,1),
	E(104513,104501,474,0,65535,0,1,1185,0,0,0,0,0,0),
	E(100361,104723,474,0,1,0,1,4,1,665,0,0,0,0),
	E(162686,104744,474,1,1,0,1,8,0,0,1,174220,1,1),
	E(87989,104763,474,0,1,0,1,4,9,666,0,0,0,1),
	E(57164,104783,474,0,1,1,11,1186,0,0,0,0,0,1),
	/* Observation.component */
	E(165456,104025,475,1,1,0,1,16,0,0,4,174006,0,1),
	E(104208,104052,475,0,1,0,1,16,0,0,2,161389,0,0),
	E(174094,104091,475,0,65535,0,1,16,0,0,2,174053,0,0),
	E(104513,104128,475,0,65535,0,1,1185,0,0,0,0,0,0),
	E(57164,104165,475,0,1,1,11,1186,0,0,0,0,0,1),
	/* Observation.referenceRange */
	E(104555,104528,476,0,1,0,1,50,0,0,0,0,0,0),
	E(104586,104559,476,0,65535,0,1,16,0,0,4,177473,0,0),
	E(104623,104596,476,0,1,0,1,39,0,0,0,0,0,0),
	E(104655,104628,476,0,1,0,1,39,0,0,0,0,0,0),
	E(50616,104659,476,0,1,0,1,1,0,0,0,0,0,0),
	E(170750,104691,476,0,1,0,1,16,0,0,3,177527,0,0),
	/* ObservationDefinition */
	E(104848,104826,477,0,1,0,1,4,1,425,0,0,0,0),
	E(180205,104870,477,0,65535,0,1,16,0,0,4,173956,0,1),
	E(165456,104901,477,1,1,0,1,16,0,0,4,174006,0,1),
	E(104950,104928,477,0,1,0,1,4,1,425,0,0,0,0),
	E(87875,104972,477,0,65535,0,1,3,0,0,0,0,0,1),
	E(156050,105005,477,0,1,0,1,16,0,0,4,174109,0,0),
	E(105056,105034,477,0,1,0,1,19,0,0,0,0,0,0),
	E(105101,105079,477,0,1,0,1,4,1,425,0,0,0,0),
	E(105143,105121,477,0,65535,0,1,8,0,0,1,175250,0,0),
	E(105183,105161,477,0,1,0,1,1,0,0,0,0,0,0),
	E(105225,105203,477,0,65535,0,1,1197,0,0,0,0,0,0),
	E(105654,105632,477,0,1,0,1,1198,0,0,0,0,0,0),
	E(105917,105895,477,0,1,0,1,4,1,425,0,0,0,0),
	/* ObservationDefinition.qualifiedInterval */
	E(104555,105243,478,0,1,0,1,50,0,0,0,0,0,0),
	E(104586,105287,478,0,65535,0,1,16,0,0,4,177473,0,0),
	E(180205,105337,478,0,1,0,1,8,0,0,1,174158,0,0),
	E(166264,105386,478,0,1,0,1,1,0,0,0,0,0,0),
	E(184683,105436,478,0,1,0,1,16,0,0,2,177527,0,0),
	E(152764,105484,478,0,1,0,1,8,0,0,1,152771,0,0),
	E(105571,105531,478,0,1,0,1,50,0,0,0,0,0,0),
	E(56878,105586,478,0,1,0,1,50,0,0,0,0,0,0),
	/* ObservationDefinition.quantitativeDetails */
	E(105716,105674,479,0,1,0,1,172,0,0,0,0,0,0),
	E(105775,105733,479,0,1,0,1,16,0,0,2,184190,0,0),
	E(105831,105789,479,0,1,0,1,166,0,0,0,0,0,0),
	E(154966,105848,479,0,1,0,1,16,0,0,2,184190,0,0),
	/* OperationDefinition */
	E(105976,105956,480,0,1,0,1,19,0,0,0,0,0,1),
	E(150958,105989,480,0,1,0,1,29,1,196,0,0,0,1),
	E(165456,106014,480,1,1,0,1,8,0,0,0,0,0,1),
	E(49012,106039,480,0,1,0,1,25,0,0,0,0,0,0),
	E(134550,106067,480,0,65535,0,1,24,0,0,0,0,0,1),
	E(134604,106095,480,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,106120,480,0,1,0,1,25,0,0,0,0,0,0),
	E(134872,106152,480,0,1,0,1,19,0,0,0,0,0,1),
	E(106205,106185,480,0,1,0,1,29,1,38,0,0,0,0),
	E(136090,106218,480,1,1,0,1,19,0,0,0,0,0,1),
	E(134932,106247,480,0,65535,0,1,16,0,0,2,168759,0,1),
	E(161962,106280,480,1,1,0,1,8,0,0,1,174274,0,1),
	E(73876,106305,480,1,1,0,1,1,0,0,0,0,0,1),
	E(106350,106330,480,0,1,0,1,29,1,38,0,0,0,0),
	E(106384,106364,480,0,65535,0,1,1199,0,0,0,0,0,0),
	E(141566,106473,480,0,65535,0,1,1200,0,0,0,0,0,0),
	E(135168,107122,480,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,107152,480,0,1,0,1,25,0,0,0,0,0,0),
	E(135094,107180,480,0,65535,0,1,8,0,0,1,179236,0,1),
	E(162686,107209,480,1,1,0,1,8,0,0,1,176610,1,1),
	E(147946,107236,480,1,1,0,1,19,0,0,0,0,0,1),
	E(135825,107263,480,0,1,0,1,1,0,0,0,0,0,1),
	E(170750,107289,480,1,1,0,1,19,0,0,0,0,0,1),
	E(135849,107314,480,0,1,0,1,53,0,0,0,0,0,1),
	E(135871,107338,480,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,107369,480,0,1,0,1,1,0,0,0,0,0,1),
	/* OperationDefinition.overload */
	E(49012,106393,481,0,1,0,1,1,0,0,0,0,0,0),
	E(106459,106430,481,0,65535,0,1,1,0,0,0,0,0,0),
	/* OperationDefinition.parameter */
	E(51138,106503,482,0,1,0,1,1201,0,0,0,0,0,0),
	E(33214,106635,482,0,1,0,1,1,0,0,0,0,0,0),
	E(132618,106679,482,1,1,0,1,1,0,0,0,0,0,0),
	E(132653,106713,482,1,1,0,1,166,0,0,0,0,0,0),
	E(73876,106747,482,1,1,0,1,8,0,0,0,0,0,0),
	E(182515,106782,482,0,65535,0,1,1200,0,0,0,0,0,0),
	E(106847,106817,482,0,65535,0,1,1202,0,0,0,0,0,0),
	E(106998,106968,482,0,1,0,1,8,0,0,1,179697,0,0),
	E(52900,107009,482,0,65535,0,1,29,1,38,0,0,0,0),
	E(170750,107053,482,0,1,0,1,8,0,0,1,153277,0,0),
	E(172525,107088,482,1,1,0,1,8,0,0,1,174371,0,0),
	/* OperationDefinition.parameter.binding */
	E(80719,106541,483,1,1,0,1,8,0,0,1,154971,0,0),
	E(147978,106588,483,1,1,0,1,29,1,425,0,0,0,0),
	/* OperationDefinition.parameter.referencedFrom */
	E(167135,106862,484,1,1,0,1,1,0,0,0,0,0,0),
	E(146749,106914,484,0,1,0,1,1,0,0,0,0,0,0),
	/* OperationOutcome */
	E(107431,107414,485,1,65535,0,1,1203,0,0,0,0,0,1),
	/* OperationOutcome.issue */
	E(165456,107437,486,1,1,0,1,8,0,0,1,168668,0,1),
	E(98260,107465,486,0,1,0,1,16,0,0,4,174324,0,1),
	E(107519,107496,486,0,1,0,1,1,0,0,0,0,0,1),
	E(146611,107531,486,0,65535,0,1,1,0,0,0,0,0,1),
	E(155211,107565,486,0,65535,0,1,1,0,0,0,0,0,1),
	E(158374,107597,486,1,1,0,1,8,0,0,1,168618,0,1),
	/* Organization */
	E(73192,107629,487,0,1,0,1,19,0,0,0,0,1,1),
	E(6382,107649,487,0,65535,0,1,323,0,0,0,0,0,0),
	E(133365,107670,487,0,65535,0,1,1,0,0,0,0,0,0),
	E(134550,107689,487,0,65535,0,1,1204,0,0,0,0,0,0),
	E(73762,107823,487,0,65535,0,1,4,1,937,0,0,0,0),
	E(87875,107845,487,0,65535,0,1,3,0,0,0,0,0,1),
	E(73876,107869,487,0,1,0,1,1,0,0,0,0,0,1),
	E(87946,107887,487,0,1,0,1,4,1,5,0,0,0,1),
	E(74190,107907,487,0,65535,0,1,244,0,0,0,0,0,0),
	E(170750,107928,487,0,65535,0,1,16,0,0,4,174477,0,1),
	/* Organization.contact */
	E(6382,107710,488,0,1,0,1,323,0,0,0,0,0,0),
	E(73876,107739,488,0,1,0,1,326,0,0,0,0,0,0),
	E(135196,107765,488,0,1,0,1,16,0,0,2,159311,0,0),
	E(74190,107794,488,0,65535,0,1,244,0,0,0,0,0,0),
	/* OrganizationAffiliation */
	E(73192,107970,489,0,1,0,1,19,0,0,0,0,0,1),
	E(165456,108001,489,0,65535,0,1,16,0,0,4,174430,0,1),
	E(73762,108030,489,0,65535,0,1,4,1,937,0,0,0,0),
	E(115356,108063,489,0,65535,0,1,4,1,14,0,0,0,0),
	E(87875,108105,489,0,65535,0,1,3,0,0,0,0,0,1),
	E(155211,108140,489,0,65535,0,1,4,1,13,0,0,0,1),
	E(154837,108173,489,0,65535,0,1,4,1,5,0,0,0,1),
	E(17018,108205,489,0,1,0,1,4,1,5,0,0,0,1),
	E(108266,108242,489,0,1,0,1,4,1,5,0,0,0,1),
	E(126444,108292,489,0,1,0,1,7,0,0,0,0,0,1),
	E(74162,108323,489,0,65535,0,1,16,0,0,3,155314,0,1),
	E(74190,108357,489,0,65535,0,1,244,0,0,0,0,0,1),
	/* PackagedProductDefinition */
	E(174613,108415,490,0,65535,0,1,16,0,0,4,174576,0,1),
	E(108482,108456,490,0,65535,0,1,39,0,0,0,0,0,1),
	E(108530,108504,490,0,1,0,1,19,0,0,0,0,0,1),
	E(86504,108550,490,0,1,0,1,25,0,0,0,0,0,1),
	E(87875,108588,490,0,65535,0,1,3,0,0,0,0,0,1),
	E(108651,108625,490,0,65535,0,1,1205,0,0,0,0,0,1),
	E(45381,108781,490,0,65535,0,1,4,1,5,0,0,0,1),
	E(108846,108820,490,0,65535,0,1,1108,0,0,0,0,0,1),
	E(73876,108862,490,0,1,0,1,1,0,0,0,0,0,1),
	E(109304,108893,490,0,1,0,1,1206,0,0,0,0,0,1),
	E(109811,109785,490,0,65535,0,1,4,1,57,0,0,0,1),
	E(162686,109822,490,0,1,0,1,16,0,0,3,176562,1,1),
	E(136429,109855,490,0,1,0,1,26,0,0,0,0,0,1),
	E(170750,109892,490,0,1,0,1,16,0,0,4,174674,0,1),
	/* PackagedProductDefinition.legalStatusOfSupply */
	E(165456,108671,491,0,1,0,1,16,0,0,4,168840,0,1),
	E(134932,108722,491,0,1,0,1,16,0,0,4,168759,0,1),
	/* PackagedProductDefinition.package */
	E(108961,108927,492,0,65535,0,1,16,0,0,4,174628,0,1),
	E(109013,108979,492,0,65535,0,1,1207,0,0,0,0,0,1),
	E(87875,109135,492,0,65535,0,1,3,0,0,0,0,0,1),
	E(45381,109180,492,0,65535,0,1,4,1,5,0,0,0,1),
	E(174665,109227,492,0,65535,0,1,16,0,0,4,174628,0,1),
	E(109304,109270,492,0,65535,0,1,1206,0,0,0,0,0,1),
	E(170538,109312,492,0,65535,0,1,1208,0,0,0,0,0,1),
	E(57636,109455,492,0,1,0,1,166,0,0,0,0,0,1),
	E(109532,109498,492,0,65535,0,1,1209,0,0,0,0,0,1),
	E(170750,109746,492,0,1,0,1,16,0,0,4,174716,0,1),
	/* PackagedProductDefinition.package.containedItem */
	E(110870,109027,493,0,1,0,1,39,0,0,0,0,0,1),
	E(182994,109082,493,1,1,0,1,408,5,1210,0,0,0,1),
	/* PackagedProductDefinition.package.property */
	E(170750,109355,494,1,1,0,1,16,0,0,4,175864,0,1),
	E(57164,109403,494,0,1,1,5,61,0,0,0,0,0,1),
	/* PackagedProductDefinition.package.shelfLifeStorage */
	E(126444,109549,495,0,1,1,2,1215,0,0,0,0,0,1),
	E(116805,109610,495,0,65535,0,1,16,0,0,0,0,0,1),
	E(170750,109690,495,0,1,0,1,16,0,0,0,0,0,1),
	/* ParameterDefinition */
	E(33214,109943,496,0,1,0,1,1,0,0,0,0,0,1),
	E(132618,109977,496,0,1,0,1,1,0,0,0,0,0,1),
	E(132653,110001,496,0,1,0,1,166,0,0,0,0,0,1),
	E(73876,110025,496,0,1,0,1,8,0,0,0,0,0,1),
	E(98541,110050,496,0,1,0,1,29,1,38,0,0,0,1),
	E(170750,110078,496,1,1,0,1,8,0,0,1,153277,0,1),
	E(172525,110103,496,1,1,0,1,8,0,0,1,174371,0,1),
	/* Parameters */
	E(141566,110127,497,0,65535,0,1,1217,0,0,0,0,0,1),
	/* Parameters.parameter */
	E(73876,110148,498,1,1,0,1,1,0,0,0,0,0,1),
	E(182515,110174,498,0,65535,0,1,1217,0,0,0,0,0,1),
	E(135094,110200,498,0,1,0,1,131,0,0,0,0,0,1),
	E(57164,110230,498,0,1,1,50,1218,0,0,0,0,0,1),
	/* Patient */
	E(73192,110268,499,0,1,0,1,19,0,0,0,0,1,1),
	E(6382,110283,499,0,65535,0,1,323,0,0,0,0,0,1),
	E(120177,110299,499,0,1,0,1,23,0,0,0,0,0,1),
	E(73596,110317,499,0,65535,0,1,1268,0,0,0,0,0,0),
	E(134550,110402,499,0,65535,0,1,1269,0,0,0,0,0,0),
	E(151325,110591,499,0,1,1,2,432,0,0,0,0,1,1),
	E(152764,110611,499,0,1,0,1,8,0,0,1,152771,0,1),
	E(110634,110626,499,0,65535,0,1,4,3,253,0,0,0,0),
	E(87875,110654,499,0,65535,0,1,3,0,0,0,0,0,1),
	E(49043,110673,499,0,65535,0,1,1270,0,0,0,0,1,1),
	E(55100,110723,499,0,1,0,1,4,1,5,0,0,0,1),
	E(110760,110752,499,0,1,0,1,16,0,0,2,169924,0,0),
	E(187335,110774,499,0,1,1,2,901,0,0,0,0,0,0),
	E(73876,110799,499,0,65535,0,1,326,0,0,0,0,0,1),
	E(74011,110812,499,0,65535,0,1,65,0,0,0,0,0,0),
	E(74190,110826,499,0,65535,0,1,244,0,0,0,0,0,1),
	/* Patient.communication */
	E(165066,110339,500,1,1,0,1,16,0,0,3,168801,0,0),
	E(101443,110370,500,0,1,0,1,19,0,0,0,0,0,0),
	/* Patient.contact */
	E(6382,110418,501,0,1,0,1,323,0,0,0,0,0,0),
	E(152764,110442,501,0,1,0,1,8,0,0,1,152771,0,0),
	E(73876,110465,501,0,1,0,1,326,0,0,0,0,0,0),
	E(17018,110486,501,0,1,0,1,4,1,5,0,0,0,0),
	E(126444,110515,501,0,1,0,1,7,0,0,0,0,0,0),
	E(177907,110538,501,0,65535,0,1,16,0,0,2,174969,0,0),
	E(74190,110567,501,0,65535,0,1,244,0,0,0,0,0,0),
	/* Patient.link */
	E(110699,110686,502,1,1,0,1,4,2,20,0,0,0,1),
	E(170750,110705,502,1,1,0,1,8,0,0,1,168934,0,1),
	/* PaymentNotice */
	E(110870,110856,503,1,1,0,1,278,0,0,0,0,0,1),
	E(7197,110877,503,1,1,0,1,26,0,0,0,0,0,1),
	E(87875,110899,503,0,65535,0,1,3,0,0,0,0,0,0),
	E(110938,110924,503,0,1,0,1,4,3,228,0,0,0,0),
	E(110958,110944,503,1,1,0,1,4,1,1271,0,0,0,1),
	E(110980,110966,503,0,1,0,1,23,0,0,0,0,0,0),
	E(111006,110992,503,0,1,0,1,16,0,0,4,175120,0,0),
	E(111034,111020,503,0,1,0,1,4,3,228,0,0,0,0),
	E(83203,111043,503,1,1,0,1,4,1,5,0,0,0,1),
	E(111081,111067,503,0,1,0,1,4,1,131,0,0,0,0),
	E(111103,111089,503,0,1,0,1,4,1,131,0,0,0,0),
	E(162686,111112,503,1,1,0,1,8,0,0,1,165361,1,1),
	/* PaymentReconciliation */
	E(7197,111155,504,1,1,0,1,26,0,0,0,0,0,1),
	E(44861,111185,504,0,65535,0,1,1272,0,0,0,0,0,0),
	E(163419,111589,504,0,1,0,1,1,0,0,0,0,0,0),
	E(26189,111623,504,0,1,0,1,16,0,0,4,165541,0,0),
	E(87875,111654,504,0,65535,0,1,3,0,0,0,0,0,0),
	E(175712,111687,504,0,1,0,1,8,0,0,1,178029,0,0),
	E(111739,111717,504,1,1,0,1,278,0,0,0,0,0,1),
	E(110980,111753,504,1,1,0,1,23,0,0,0,0,0,1),
	E(111809,111787,504,0,1,0,1,3,0,0,0,0,0,0),
	E(111849,111827,504,0,1,0,1,4,1,5,0,0,0,1),
	E(126444,111863,504,0,1,0,1,7,0,0,0,0,0,1),
	E(27418,111892,504,0,65535,0,1,1273,0,0,0,0,0,0),
	E(111081,112004,504,0,1,0,1,4,1,219,0,0,0,0),
	E(27596,112034,504,0,1,0,1,4,3,228,0,0,0,0),
	E(162686,112066,504,1,1,0,1,8,0,0,1,165361,1,1),
	/* PaymentReconciliation.detail */
	E(110870,111214,505,0,1,0,1,278,0,0,0,0,0,0),
	E(134604,111250,505,0,1,0,1,23,0,0,0,0,0,0),
	E(87875,111284,505,0,1,0,1,3,0,0,0,0,0,0),
	E(110938,111324,505,0,1,0,1,4,3,228,0,0,0,0),
	E(111388,111359,505,0,1,0,1,3,0,0,0,0,0,0),
	E(111081,111400,505,0,1,0,1,4,1,131,0,0,0,0),
	E(111103,111437,505,0,1,0,1,4,1,131,0,0,0,0),
	E(111504,111475,505,0,1,0,1,4,1,12,0,0,0,0),
	E(111545,111516,505,0,1,0,1,4,3,228,0,0,0,0),
	E(170750,111555,505,1,1,0,1,16,0,0,4,175164,0,0),
	/* PaymentReconciliation.processNote */
	E(50616,111926,506,0,1,0,1,1,0,0,0,0,0,0),
	E(170750,111965,506,0,1,0,1,8,0,0,1,173603,0,0),
	/* Period */
	E(112102,112095,507,0,1,0,1,26,0,0,0,0,0,1),
	E(112113,112106,507,0,1,0,1,26,0,0,0,0,0,1),
	/* Person */
	E(73192,120127,508,0,1,0,1,19,0,0,0,0,1,1),
	E(6382,120148,508,0,65535,0,1,323,0,0,0,0,0,0),
	E(120177,120170,508,0,1,0,1,23,0,0,0,0,0,1),
	E(152764,120297,508,0,1,0,1,8,0,0,1,152771,0,1),
	E(87875,120318,508,0,65535,0,1,3,0,0,0,0,0,0),
	E(49043,112119,508,0,65535,0,1,1274,0,0,0,0,0,0),
	E(55100,112172,508,0,1,0,1,4,1,5,0,0,0,1),
	E(73876,120343,508,0,65535,0,1,326,0,0,0,0,0,1),
	E(74011,120405,508,0,1,0,1,65,0,0,0,0,0,0),
	E(74190,120452,508,0,65535,0,1,244,0,0,0,0,0,1),
	/* Person.link */
	E(112143,112131,509,0,1,0,1,8,0,0,1,166649,0,0),
	E(117216,112153,509,1,1,0,1,4,4,1275,0,0,0,0),
	/* PlanDefinition */
	E(161919,112215,510,0,65535,0,1,1279,0,0,0,0,0,0),
	E(134276,113513,510,0,1,0,1,23,0,0,0,0,0,0),
	E(7173,113541,510,0,65535,0,1,24,0,0,0,0,0,0),
	E(134550,113563,510,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,113586,510,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,113611,510,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,113631,510,0,1,0,1,25,0,0,0,0,0,1),
	E(56405,113658,510,0,65535,0,1,24,0,0,0,0,0,0),
	E(134687,113680,510,0,1,0,1,7,0,0,0,0,0,1),
	E(56421,113711,510,0,65535,0,1,24,0,0,0,0,0,0),
	E(134872,113735,510,0,1,0,1,19,0,0,0,0,0,1),
	E(12751,113763,510,0,65535,0,1,1280,0,0,0,0,0,0),
	E(87875,114093,510,0,65535,0,1,3,0,0,0,0,0,1),
	E(134932,114119,510,0,65535,0,1,16,0,0,2,168759,0,1),
	E(134963,114147,510,0,1,0,1,23,0,0,0,0,0,0),
	E(86162,114177,510,0,65535,0,1,29,1,30,0,0,0,0),
	E(73876,114200,510,0,1,0,1,1,0,0,0,0,0,1),
	E(135168,114220,510,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,114245,510,0,1,0,1,25,0,0,0,0,0,0),
	E(56516,114268,510,0,65535,0,1,40,0,0,0,0,0,0),
	E(56541,114299,510,0,65535,0,1,24,0,0,0,0,0,0),
	E(162686,114323,510,1,1,0,1,8,0,0,1,176610,1,1),
	E(87989,114345,510,0,1,1,3,42,6,1281,2,181325,0,0),
	E(60591,114371,510,0,1,0,1,1,0,0,0,0,0,0),
	E(135825,114395,510,0,1,0,1,1,0,0,0,0,0,1),
	E(157735,114416,510,0,65535,0,1,16,0,0,4,161577,0,0),
	E(170750,114437,510,0,1,0,1,16,0,0,2,175305,0,1),
	E(135849,114457,510,0,1,0,1,53,0,0,0,0,0,1),
	E(170010,114476,510,0,1,0,1,1,0,0,0,0,0,0),
	E(135871,114497,510,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,114523,510,0,1,0,1,1,0,0,0,0,0,1),
	/* PlanDefinition.action */
	E(161919,112237,511,0,65535,0,1,1279,0,0,0,0,0,0),
	E(112288,112266,511,0,1,0,1,8,0,0,1,151708,0,0),
	E(165456,112308,511,0,65535,0,1,16,0,0,4,151771,0,0),
	E(166264,112335,511,0,65535,0,1,1287,0,0,0,0,0,0),
	E(45177,112447,511,0,1,1,2,1288,3,1290,0,0,0,0),
	E(86504,112483,511,0,1,0,1,1,0,0,0,0,0,0),
	E(33214,112517,511,0,65535,0,1,40,0,0,0,0,0,0),
	E(112575,112553,511,0,65535,0,1,1293,0,0,0,0,0,0),
	E(112696,112674,511,0,65535,0,1,702,0,0,0,0,0,0),
	E(112725,112703,511,0,1,0,1,8,0,0,1,151869,0,0),
	E(140050,112742,511,0,65535,0,1,750,0,0,0,0,0,0),
	E(140214,112770,511,0,65535,0,1,750,0,0,0,0,0,0),
	E(83111,112799,511,0,65535,0,1,1294,0,0,0,0,0,0),
	E(112933,112911,511,0,1,0,1,8,0,0,1,151988,0,0),
	E(74291,112950,511,0,1,0,1,1,0,0,0,0,0,0),
	E(165741,112979,511,0,1,0,1,8,0,0,1,178513,0,0),
	E(170959,113010,511,0,65535,0,1,16,0,0,4,152048,0,0),
	E(113061,113039,511,0,65535,0,1,1295,0,0,0,0,0,0),
	E(113237,113215,511,0,1,0,1,8,0,0,1,152156,0,0),
	E(113276,113254,511,0,1,0,1,8,0,0,1,152216,0,0),
	E(87989,113294,511,0,1,1,3,42,1,45,2,181325,0,0),
	E(113349,113327,511,0,1,0,1,1,0,0,0,0,0,0),
	E(50955,113364,511,0,1,1,6,1296,0,0,0,0,0,0),
	E(135825,113396,511,0,1,0,1,1,0,0,0,0,0,0),
	E(113446,113424,511,0,1,0,1,29,1,52,0,0,0,0),
	E(113478,113456,511,0,65535,0,1,754,0,0,0,0,0,0),
	E(170750,113486,511,0,1,0,1,16,0,0,2,152277,0,0),
	/* PlanDefinition.action.condition */
	E(146611,112367,512,0,1,0,1,55,0,0,0,0,0,0),
	E(161962,112410,512,1,1,0,1,8,0,0,1,151812,0,0),
	/* PlanDefinition.action.dynamicValue */
	E(146611,112588,513,0,1,0,1,55,0,0,0,0,0,0),
	E(146724,112634,513,0,1,0,1,1,0,0,0,0,0,0),
	/* PlanDefinition.action.participant */
	E(184824,112833,514,0,1,0,1,16,0,0,4,185800,0,0),
	E(170750,112872,514,1,1,0,1,8,0,0,1,151929,0,0),
	/* PlanDefinition.action.relatedAction */
	E(113111,113075,515,1,1,0,1,702,0,0,0,0,0,0),
	E(148506,113120,515,0,1,1,2,1299,0,0,0,0,0,0),
	E(177907,113166,515,1,1,0,1,8,0,0,1,152096,0,0),
	/* PlanDefinition.goal */
	E(71155,113783,516,0,65535,0,1,16,0,0,4,158244,0,0),
	E(180205,113813,516,0,1,0,1,16,0,0,4,165664,0,0),
	E(86504,113842,516,1,1,0,1,16,0,0,4,157022,0,0),
	E(33214,113874,516,0,65535,0,1,40,0,0,0,0,0,0),
	E(165741,113908,516,0,1,0,1,16,0,0,3,165707,0,0),
	E(112113,113937,516,0,1,0,1,16,0,0,4,165750,0,0),
	E(117216,113963,516,0,65535,0,1,1302,0,0,0,0,0,0),
	/* PlanDefinition.goal.target */
	E(44861,113990,517,0,1,1,3,897,0,0,0,0,0,0),
	E(114054,114027,517,0,1,0,1,51,0,0,0,0,0,0),
	E(71439,114058,517,0,1,0,1,16,0,0,4,174006,0,0),
	/* Population */
	E(104555,114557,518,0,1,1,2,898,0,0,0,0,0,1),
	E(152764,114575,518,0,1,0,1,16,0,0,0,0,0,1),
	E(114604,114593,518,0,1,0,1,16,0,0,0,0,0,1),
	E(114638,114627,518,0,1,0,1,16,0,0,0,0,0,1),
	/* Practitioner */
	E(73192,114643,519,0,1,0,1,19,0,0,0,0,0,1),
	E(6382,114663,519,0,65535,0,1,323,0,0,0,0,0,1),
	E(120177,114684,519,0,1,0,1,23,0,0,0,0,0,1),
	E(73596,114707,519,0,65535,0,1,16,0,0,3,168801,0,0),
	E(152764,114734,519,0,1,0,1,8,0,0,1,152771,0,1),
	E(87875,114754,519,0,65535,0,1,3,0,0,0,0,0,1),
	E(73876,114778,519,0,65535,0,1,326,0,0,0,0,0,1),
	E(74011,114796,519,0,65535,0,1,65,0,0,0,0,0,0),
	E(176548,114815,519,0,65535,0,1,1303,0,0,0,0,0,0),
	E(74190,114980,519,0,65535,0,1,244,0,0,0,0,0,1),
	/* Practitioner.qualification */
	E(165456,114842,520,1,1,0,1,16,0,0,4,186212,0,0),
	E(87875,114874,520,0,65535,0,1,3,0,0,0,0,0,0),
	E(82825,114912,520,0,1,0,1,4,1,5,0,0,0,0),
	E(126444,114946,520,0,1,0,1,7,0,0,0,0,0,0),
	/* PractitionerRole */
	E(73192,115018,521,0,1,0,1,19,0,0,0,0,0,1),
	E(73255,115042,521,0,1,0,1,1,0,0,0,0,0,0),
	E(73296,115082,521,0,65535,0,1,1304,0,0,0,0,0,0),
	E(165456,115291,521,0,65535,0,1,16,0,0,4,175355,0,1),
	E(73762,115313,521,0,65535,0,1,4,1,937,0,0,0,0),
	E(115356,115339,521,0,65535,0,1,4,1,14,0,0,0,0),
	E(87875,115374,521,0,65535,0,1,3,0,0,0,0,0,1),
	E(155211,115402,521,0,65535,0,1,4,1,13,0,0,0,1),
	E(73899,115428,521,0,65535,0,1,1305,0,0,0,0,0,0),
	E(17018,115537,521,0,1,0,1,4,1,5,0,0,0,1),
	E(126444,115567,521,0,1,0,1,7,0,0,0,0,0,1),
	E(115608,115591,521,0,1,0,1,4,1,11,0,0,0,1),
	E(74162,115621,521,0,65535,0,1,16,0,0,3,155314,0,1),
	E(74190,115648,521,0,65535,0,1,244,0,0,0,0,0,1),
	/* PractitionerRole.availableTime */
	E(73342,115113,522,0,1,0,1,19,0,0,0,0,0,0),
	E(73381,115151,522,0,1,0,1,572,0,0,0,0,0,0),
	E(73430,115199,522,0,1,0,1,572,0,0,0,0,0,0),
	E(73481,115249,522,0,65535,0,1,8,0,0,1,161437,0,0),
	/* PractitionerRole.notAvailable */
	E(86504,115458,523,1,1,0,1,1,0,0,0,0,0,0),
	E(73986,115500,523,0,1,0,1,7,0,0,0,0,0,0),
	/* Procedure */
	E(4307,115673,524,0,1,0,1,4,4,101,0,0,0,1),
	E(87728,115692,524,0,65535,0,1,4,2,939,0,0,0,1),
	E(87742,115710,524,0,65535,0,1,16,0,0,4,155023,0,1),
	E(180205,115729,524,0,1,0,1,16,0,0,4,175473,0,1),
	E(165456,115748,524,0,1,0,1,16,0,0,4,175521,0,1),
	E(115773,115763,524,0,65535,0,1,16,0,0,4,158244,0,0),
	E(115796,115786,524,0,65535,0,1,4,1,78,0,0,0,0),
	E(172733,115815,524,0,1,0,1,4,1,72,0,0,0,1),
	E(115845,115835,524,0,65535,0,1,1306,0,0,0,0,0,0),
	E(115930,115920,524,0,65535,0,1,16,0,0,4,175565,0,0),
	E(87875,115939,524,0,65535,0,1,3,0,0,0,0,0,1),
	E(115970,115960,524,0,65535,0,1,29,5,436,0,0,0,1),
	E(116002,115992,524,0,65535,0,1,53,0,0,0,0,0,1),
	E(155211,116018,524,0,1,0,1,4,1,13,0,0,0,1),
	E(87920,116037,524,0,65535,0,1,105,0,0,0,0,0,0),
	E(175712,116052,524,0,1,0,1,16,0,0,4,175673,0,1),
	E(87946,116070,524,0,65535,0,1,4,3,1307,0,0,0,1),
	E(187412,116087,524,0,1,1,5,1310,0,0,0,0,0,1),
	E(98780,116110,524,0,65535,0,1,1315,0,0,0,0,0,1),
	E(87959,116216,524,0,65535,0,1,16,0,0,4,175720,0,1),
	E(116247,116237,524,0,65535,0,1,4,5,1316,0,0,0,1),
	E(4950,116263,524,0,1,0,1,4,4,101,0,0,0,1),
	E(116292,116282,524,0,65535,0,1,4,3,1321,0,0,0,0),
	E(162686,116299,524,1,1,0,1,8,0,0,1,164262,1,1),
	E(45718,116316,524,0,1,0,1,16,0,0,4,175613,0,1),
	E(87989,116339,524,1,1,0,1,4,2,80,0,0,0,1),
	E(116367,116357,524,0,65535,0,1,16,0,0,4,161926,0,0),
	E(116386,116376,524,0,65535,0,1,4,3,279,0,0,0,0),
	/* Procedure.focalDevice */
	E(161919,115857,525,0,1,0,1,16,0,0,3,161883,0,0),
	E(115908,115886,525,1,1,0,1,4,1,10,0,0,0,0),
	/* Procedure.performer */
	E(126508,116130,526,1,1,0,1,4,6,462,0,0,0,1),
	E(170662,116156,526,0,1,0,1,16,0,0,4,175206,0,1),
	E(128289,116185,526,0,1,0,1,4,1,5,0,0,0,0),
	/* ProdCharacteristic */
	E(47432,116419,527,0,65535,0,1,1,0,0,0,0,0,1),
	E(116463,116444,527,0,1,0,1,39,0,0,0,0,0,1),
	E(116488,116469,527,0,1,0,1,39,0,0,0,0,0,1),
	E(87862,116505,527,0,1,0,1,39,0,0,0,0,0,1),
	E(116550,116531,527,0,65535,0,1,65,0,0,0,0,0,1),
	E(116575,116556,527,0,65535,0,1,1,0,0,0,0,0,1),
	E(116602,116583,527,0,1,0,1,39,0,0,0,0,0,1),
	E(157840,116616,527,0,1,0,1,16,0,0,0,0,0,1),
	E(116662,116643,527,0,1,0,1,1,0,0,0,0,0,1),
	E(116687,116668,527,0,1,0,1,39,0,0,0,0,0,1),
	E(88025,116694,527,0,1,0,1,39,0,0,0,0,0,1),
	/* ProductShelfLife */
	E(87875,116736,528,0,1,0,1,3,0,0,0,0,0,1),
	E(126444,116764,528,1,1,0,1,39,0,0,0,0,0,1),
	E(116805,116788,528,0,65535,0,1,16,0,0,0,0,0,1),
	E(170750,116834,528,1,1,0,1,16,0,0,0,0,0,1),
	/* Provenance */
	E(182213,116867,529,0,1,0,1,16,0,0,2,176233,0,0),
	E(116898,116887,529,1,65535,0,1,1324,0,0,0,0,0,0),
	E(117008,116997,529,0,65535,0,1,1325,0,0,0,0,0,0),
	E(155211,117085,529,0,1,0,1,4,1,13,0,0,0,0),
	E(187349,117105,529,0,1,1,2,657,0,0,0,0,0,0),
	E(158938,117128,529,0,65535,0,1,53,0,0,0,0,0,0),
	E(170959,117146,529,0,65535,0,1,16,0,0,2,186955,0,0),
	E(117175,117164,529,1,1,0,1,123,0,0,0,0,0,1),
	E(117195,117184,529,0,65535,0,1,175,0,0,0,0,0,0),
	E(117216,117205,529,1,65535,0,1,4,1,131,0,0,0,1),
	/* Provenance.agent */
	E(128289,116904,530,0,1,0,1,4,6,1326,0,0,0,0),
	E(184824,116932,530,0,65535,0,1,16,0,0,4,179849,0,0),
	E(170750,116954,530,0,1,0,1,16,0,0,2,176287,0,1),
	E(149808,116976,530,1,1,0,1,4,6,1326,0,0,0,1),
	/* Provenance.entity */
	E(116898,117015,531,0,65535,0,1,1324,0,0,0,0,0,0),
	E(184824,117039,531,1,1,0,1,8,0,0,1,176338,0,1),
	E(117080,117062,531,1,1,0,1,4,1,131,0,0,0,1),
	/* Quantity */
	E(165456,117223,532,0,1,0,1,8,0,0,0,0,0,1),
	E(137880,117237,532,0,1,0,1,8,0,0,1,176759,1,1),
	E(147946,117257,532,0,1,0,1,53,0,0,0,0,0,1),
	E(154966,117273,532,0,1,0,1,1,0,0,0,0,0,1),
	E(57164,117287,532,0,1,0,1,172,0,0,0,0,0,1),
	/* Questionnaire */
	E(134276,117316,533,0,1,0,1,23,0,0,0,0,0,0),
	E(165456,117343,533,0,65535,0,1,145,0,0,4,177059,0,1),
	E(134550,117362,533,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,117384,533,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,117408,533,0,1,0,1,26,0,0,0,0,0,1),
	E(134627,117427,533,0,65535,0,1,29,1,209,0,0,0,0),
	E(86504,117453,533,0,1,0,1,25,0,0,0,0,0,0),
	E(134687,117479,533,0,1,0,1,7,0,0,0,0,0,1),
	E(134872,117509,533,0,1,0,1,19,0,0,0,0,0,1),
	E(87875,117536,533,0,65535,0,1,3,0,0,0,0,0,1),
	E(182994,117561,533,0,65535,0,1,1332,0,0,0,0,0,0),
	E(134932,118270,533,0,65535,0,1,16,0,0,2,168759,0,1),
	E(134963,118297,533,0,1,0,1,23,0,0,0,0,0,0),
	E(73876,118326,533,0,1,0,1,1,0,0,0,0,0,1),
	E(135168,118345,533,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,118369,533,0,1,0,1,25,0,0,0,0,0,0),
	E(162686,118391,533,1,1,0,1,8,0,0,1,176610,1,1),
	E(118426,118412,533,0,65535,0,1,8,0,0,1,179236,0,1),
	E(135825,118438,533,0,1,0,1,1,0,0,0,0,0,1),
	E(135849,118458,533,0,1,0,1,53,0,0,0,0,0,1),
	E(135871,118476,533,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,118501,533,0,1,0,1,1,0,0,0,0,0,1),
	/* Questionnaire.item */
	E(117599,117580,534,0,65535,0,1,1333,0,0,0,0,0,0),
	E(117720,117701,534,0,1,0,1,29,1,425,0,0,0,0),
	E(165456,117735,534,0,65535,0,1,145,0,0,4,177059,0,0),
	E(45177,117759,534,0,1,0,1,53,0,0,0,0,0,0),
	E(117808,117789,534,0,1,0,1,8,0,0,1,176929,0,0),
	E(117842,117823,534,0,65535,0,1,1334,0,0,0,0,1,0),
	E(117990,117971,534,0,65535,0,1,1335,0,0,0,0,0,0),
	E(182994,118034,534,0,65535,0,1,1332,0,0,0,0,0,0),
	E(39293,118058,534,1,1,0,1,1,0,0,0,0,0,0),
	E(118103,118084,534,0,1,0,1,166,0,0,0,0,0,0),
	E(74291,118113,534,0,1,0,1,1,0,0,0,0,0,0),
	E(118158,118139,534,0,1,0,1,19,0,0,0,0,0,0),
	E(118186,118167,534,0,1,0,1,19,0,0,0,0,0,0),
	E(118213,118194,534,0,1,0,1,19,0,0,0,0,0,0),
	E(50616,118222,534,0,1,0,1,1,0,0,0,0,0,0),
	E(170750,118246,534,1,1,0,1,8,0,0,1,168714,0,0),
	/* Questionnaire.item.answerOption */
	E(117644,117612,535,0,1,0,1,19,0,0,0,0,0,0),
	E(57164,117660,535,1,1,1,6,1336,1,131,4,176814,0,0),
	/* Questionnaire.item.enableWhen */
	E(118754,117853,536,1,1,1,10,1342,1,131,4,176814,0,0),
	E(87931,117893,536,1,1,0,1,8,0,0,1,176994,0,0),
	E(117962,117932,536,1,1,0,1,1,0,0,0,0,0,0),
	/* Questionnaire.item.initial */
	E(57164,117998,537,1,1,1,12,567,1,131,4,176814,0,0),
	/* QuestionnaireResponse */
	E(7173,118545,538,0,1,0,1,4,6,1352,0,0,0,1),
	E(118596,118574,538,0,1,0,1,26,0,0,0,0,0,1),
	E(87728,118605,538,0,65535,0,1,4,2,939,0,0,0,1),
	E(172733,118635,538,0,1,0,1,4,1,72,0,0,0,1),
	E(87875,118667,538,0,1,0,1,3,0,0,0,0,0,1),
	E(182994,118700,538,0,65535,0,1,1358,0,0,0,0,0,0),
	E(87946,118979,538,0,65535,0,1,4,2,287,0,0,0,1),
	E(119030,119008,538,0,1,0,1,29,1,209,0,0,0,1),
	E(167135,119044,538,0,1,0,1,4,4,73,0,0,0,1),
	E(162686,119073,538,1,1,0,1,8,0,0,1,176865,1,1),
	E(87989,119102,538,0,1,0,1,4,1,131,0,0,0,1),
	/* QuestionnaireResponse.item */
	E(118754,118727,539,0,65535,0,1,1359,0,0,0,0,0,0),
	E(45177,118843,539,0,1,0,1,53,0,0,0,0,0,0),
	E(182994,118881,539,0,65535,0,1,1358,0,0,0,0,0,0),
	E(39293,118913,539,1,1,0,1,1,0,0,0,0,0,0),
	E(50616,118947,539,0,1,0,1,1,0,0,0,0,0,0),
	/* QuestionnaireResponse.item.answer */
	E(182994,118761,540,0,65535,0,1,1358,0,0,0,0,0,0),
	E(57164,118800,540,0,1,1,12,567,1,131,4,176814,0,0),
	/* Range */
	E(104623,104617,541,0,1,0,1,39,0,0,0,0,0,1),
	E(104655,104649,541,0,1,0,1,39,0,0,0,0,0,1),
	/* Ratio */
	E(119194,119138,542,0,1,0,1,39,0,0,0,0,0,1),
	E(119162,119156,542,0,1,0,1,39,0,0,0,0,0,1),
	/* RatioRange */
	E(119194,119183,543,0,1,0,1,39,0,0,0,0,0,1),
	E(119217,119206,543,0,1,0,1,39,0,0,0,0,0,1),
	E(119242,119231,543,0,1,0,1,39,0,0,0,0,0,1),
	/* Reference */
	E(35097,119255,544,0,1,0,1,1,0,0,0,0,0,1),
	E(87875,50245,544,0,1,0,1,3,0,0,0,0,0,1),
	E(36309,31416,544,0,1,0,1,1,0,0,0,0,0,1),
	E(170750,95620,544,0,1,0,1,53,0,0,2,179192,0,1),
	/* RegulatedAuthorization */
	E(177632,119296,545,0,65535,0,1,16,0,0,4,177579,0,1),
	E(119348,119325,545,0,1,0,1,1360,0,0,0,0,0,1),
	E(86504,119536,545,0,1,0,1,25,0,0,0,0,0,1),
	E(119594,119571,545,0,1,0,1,4,1,5,0,0,0,1),
	E(87875,119601,545,0,65535,0,1,3,0,0,0,0,0,1),
	E(28869,119635,545,0,1,0,1,408,1,409,0,0,0,1),
	E(119692,119669,545,0,1,0,1,16,0,0,3,175980,0,1),
	E(119727,119704,545,0,65535,0,1,16,0,0,4,168759,0,1),
	E(119757,119734,545,0,1,0,1,4,1,5,0,0,0,1),
	E(162686,119767,545,0,1,0,1,16,0,0,3,176562,0,1),
	E(136429,119797,545,0,1,0,1,26,0,0,0,0,0,1),
	E(87989,119831,545,0,65535,0,1,4,13,1361,0,0,0,1),
	E(170750,119862,545,0,1,0,1,16,0,0,4,177701,0,1),
	E(119913,119890,545,0,1,0,1,7,0,0,0,0,0,1),
	/* RegulatedAuthorization.case */
	E(119381,119353,546,0,65535,0,1,1360,0,0,0,0,0,1),
	E(134604,119393,546,0,1,1,2,657,0,0,0,0,0,1),
	E(87875,119429,546,0,1,0,1,3,0,0,0,0,0,1),
	E(162686,119468,546,0,1,0,1,16,0,0,3,176562,0,1),
	E(170750,119503,546,0,1,0,1,16,0,0,4,177638,0,1),
	/* RelatedArtifact */
	E(119960,119944,547,0,1,0,1,25,0,0,0,0,0,1),
	E(35097,119969,547,0,1,0,1,1,0,0,0,0,0,1),
	E(138714,119993,547,0,1,0,1,65,0,0,0,0,0,1),
	E(51743,120018,547,0,1,0,1,1,0,0,0,0,0,1),
	E(135094,120040,547,0,1,0,1,29,1,131,0,0,0,1),
	E(170750,120065,547,1,1,0,1,8,0,0,1,177807,0,1),
	E(135849,120086,547,0,1,0,1,141,0,0,0,0,0,1),
	/* RelatedPerson */
	E(73192,120120,548,0,1,0,1,19,0,0,0,0,1,1),
	E(6382,120141,548,0,65535,0,1,323,0,0,0,0,0,1),
	E(120177,120163,548,0,1,0,1,23,0,0,0,0,0,1),
	E(73596,120187,548,0,65535,0,1,1374,0,0,0,0,0,0),
	E(152764,120290,548,0,1,0,1,8,0,0,1,152771,0,1),
	E(87875,120311,548,0,65535,0,1,3,0,0,0,0,0,1),
	E(73876,120336,548,0,65535,0,1,326,0,0,0,0,0,1),
	E(45477,120355,548,1,1,0,1,4,1,9,0,0,0,1),
	E(126444,120377,548,0,1,0,1,7,0,0,0,0,0,0),
	E(74011,120398,548,0,65535,0,1,65,0,0,0,0,0,0),
	E(177907,120418,548,0,65535,0,1,16,0,0,3,177920,0,1),
	E(74190,120445,548,0,65535,0,1,244,0,0,0,0,0,1),
	/* RelatedPerson.communication */
	E(165066,120215,549,1,1,0,1,16,0,0,3,168801,0,0),
	E(101443,120252,549,0,1,0,1,19,0,0,0,0,0,0),
	/* RequestGroup */
	E(161919,120480,550,0,65535,0,1,1375,0,0,0,0,0,0),
	E(7173,121314,550,0,1,0,1,4,3,10,0,0,0,0),
	E(139881,121334,550,0,1,0,1,26,0,0,0,0,0,0),
	E(87728,121358,550,0,65535,0,1,4,1,131,0,0,0,0),
	E(165456,121379,550,0,1,0,1,16,0,0,0,0,0,1),
	E(172733,121397,550,0,1,0,1,4,1,72,0,0,0,0),
	E(140013,121420,550,0,1,0,1,3,0,0,0,0,0,1),
	E(87875,121449,550,0,65535,0,1,3,0,0,0,0,0,1),
	E(115970,121473,550,0,65535,0,1,29,0,0,0,0,0,1),
	E(116002,121508,550,0,65535,0,1,53,0,0,0,0,0,1),
	E(140160,121537,550,1,1,0,1,8,0,0,1,178463,1,1),
	E(87920,121557,550,0,65535,0,1,105,0,0,0,0,0,0),
	E(165741,121575,550,0,1,0,1,8,0,0,1,178513,0,1),
	E(87959,121597,550,0,65535,0,1,16,0,0,0,0,0,0),
	E(116247,121621,550,0,65535,0,1,4,4,236,0,0,0,0),
	E(13656,121650,550,0,65535,0,1,4,1,131,0,0,0,0),
	E(162686,121672,550,1,1,0,1,8,0,0,1,178623,1,1),
	E(87989,121692,550,0,1,0,1,4,2,80,0,0,0,0),
	/* RequestGroup.action */
	E(161919,120500,551,0,65535,0,1,1375,0,0,0,0,0,0),
	E(112288,120527,551,0,1,0,1,8,0,0,1,151708,0,0),
	E(165456,120567,551,0,65535,0,1,16,0,0,0,0,0,0),
	E(166264,120592,551,0,65535,0,1,1376,0,0,0,0,0,0),
	E(86504,120698,551,0,1,0,1,1,0,0,0,0,0,1),
	E(33214,120730,551,0,65535,0,1,40,0,0,0,0,0,0),
	E(112725,120764,551,0,1,0,1,8,0,0,1,151869,0,0),
	E(83111,120801,551,0,65535,0,1,4,5,132,0,0,0,0),
	E(112933,120833,551,0,1,0,1,8,0,0,1,151988,0,0),
	E(74291,120870,551,0,1,0,1,1,0,0,0,0,0,0),
	E(165741,120897,551,0,1,0,1,8,0,0,1,178513,0,0),
	E(113061,120926,551,0,65535,0,1,1377,0,0,0,0,0,0),
	E(113237,121094,551,0,1,0,1,8,0,0,1,152156,0,0),
	E(135094,121131,551,0,1,0,1,4,1,131,0,0,0,0),
	E(113276,121160,551,0,1,0,1,8,0,0,1,152216,0,0),
	E(113349,121198,551,0,1,0,1,1,0,0,0,0,0,1),
	E(50955,121233,551,0,1,1,6,1296,0,0,0,0,0,0),
	E(135825,121263,551,0,1,0,1,1,0,0,0,0,0,0),
	E(170750,121289,551,0,1,0,1,16,0,0,2,152277,0,0),
	/* RequestGroup.action.condition */
	E(146611,120622,552,0,1,0,1,55,0,0,0,0,0,0),
	E(161962,120663,552,1,1,0,1,8,0,0,1,151812,0,0),
	/* RequestGroup.action.relatedAction */
	E(113111,120960,553,1,1,0,1,702,0,0,0,0,0,0),
	E(148506,121003,553,0,1,1,2,1299,0,0,0,0,0,0),
	E(177907,121047,553,1,1,0,1,8,0,0,1,152096,0,0),
	/* ResearchDefinition */
	E(134276,121732,554,0,1,0,1,23,0,0,0,0,0,0),
	E(7173,121764,554,0,65535,0,1,24,0,0,0,0,0,0),
	E(49012,121790,554,0,65535,0,1,1,0,0,0,0,0,0),
	E(134550,121817,554,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,121844,554,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,121873,554,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,121897,554,0,1,0,1,25,0,0,0,0,0,1),
	E(56405,121928,554,0,65535,0,1,24,0,0,0,0,0,0),
	E(134687,121954,554,0,1,0,1,7,0,0,0,0,0,1),
	E(56421,121989,554,0,65535,0,1,24,0,0,0,0,0,0),
	E(134872,122017,554,0,1,0,1,19,0,0,0,0,0,1),
	E(122068,122049,554,0,1,0,1,4,1,1378,0,0,0,1),
	E(122096,122077,554,0,1,0,1,4,1,1378,0,0,0,1),
	E(87875,122116,554,0,65535,0,1,3,0,0,0,0,0,1),
	E(134932,122146,554,0,65535,0,1,16,0,0,2,168759,0,1),
	E(134963,122178,554,0,1,0,1,23,0,0,0,0,0,0),
	E(86162,122212,554,0,65535,0,1,29,1,30,0,0,0,0),
	E(73876,122239,554,0,1,0,1,1,0,0,0,0,0,1),
	E(175712,122263,554,0,1,0,1,4,1,1378,0,0,0,1),
	E(170168,122290,554,1,1,0,1,4,1,1378,0,0,0,1),
	E(135168,122320,554,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,122349,554,0,1,0,1,25,0,0,0,0,0,0),
	E(56516,122376,554,0,65535,0,1,40,0,0,0,0,0,0),
	E(56541,122411,554,0,65535,0,1,24,0,0,0,0,0,0),
	E(60539,122439,554,0,1,0,1,1,0,0,0,0,0,0),
	E(162686,122469,554,1,1,0,1,8,0,0,1,176610,1,1),
	E(87989,122495,554,0,1,1,2,42,1,45,2,181325,0,0),
	E(60591,122525,554,0,1,0,1,1,0,0,0,0,0,0),
	E(135825,122553,554,0,1,0,1,1,0,0,0,0,0,1),
	E(157735,122578,554,0,65535,0,1,16,0,0,4,161577,0,0),
	E(135849,122603,554,0,1,0,1,53,0,0,0,0,0,1),
	E(170010,122626,554,0,1,0,1,1,0,0,0,0,0,0),
	E(135871,122651,554,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,122681,554,0,1,0,1,1,0,0,0,0,0,1),
	/* ResearchElementDefinition */
	E(134276,122734,555,0,1,0,1,23,0,0,0,0,0,0),
	E(7173,122773,555,0,65535,0,1,24,0,0,0,0,0,0),
	E(174613,122806,555,1,65535,0,1,1379,0,0,0,0,0,1),
	E(49012,123610,555,0,65535,0,1,1,0,0,0,0,0,0),
	E(134550,123644,555,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,123678,555,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,123714,555,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,123745,555,0,1,0,1,25,0,0,0,0,0,1),
	E(56405,123783,555,0,65535,0,1,24,0,0,0,0,0,0),
	E(134687,123816,555,0,1,0,1,7,0,0,0,0,0,1),
	E(56421,123858,555,0,65535,0,1,24,0,0,0,0,0,0),
	E(134872,123893,555,0,1,0,1,19,0,0,0,0,0,1),
	E(87875,123932,555,0,65535,0,1,3,0,0,0,0,0,1),
	E(134932,123969,555,0,65535,0,1,16,0,0,2,168759,0,1),
	E(134963,124008,555,0,1,0,1,23,0,0,0,0,0,0),
	E(86162,124049,555,0,65535,0,1,29,1,30,0,0,0,0),
	E(73876,124083,555,0,1,0,1,1,0,0,0,0,0,1),
	E(135168,124114,555,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,124150,555,0,1,0,1,25,0,0,0,0,0,0),
	E(56516,124184,555,0,65535,0,1,40,0,0,0,0,0,0),
	E(56541,124226,555,0,65535,0,1,24,0,0,0,0,0,0),
	E(60539,124261,555,0,1,0,1,1,0,0,0,0,0,1),
	E(162686,124298,555,1,1,0,1,8,0,0,1,176610,1,1),
	E(87989,124331,555,0,1,1,2,42,1,45,2,181325,0,0),
	E(60591,124368,555,0,1,0,1,1,0,0,0,0,0,0),
	E(135825,124403,555,0,1,0,1,1,0,0,0,0,0,1),
	E(157735,124435,555,0,65535,0,1,16,0,0,4,161577,0,0),
	E(170750,124467,555,1,1,0,1,8,0,0,1,178673,0,1),
	E(135849,124498,555,0,1,0,1,53,0,0,0,0,0,1),
	E(170010,124528,555,0,1,0,1,1,0,0,0,0,0,0),
	E(135871,124560,555,0,65535,0,1,54,0,0,0,0,0,1),
	E(124623,124597,555,0,1,0,1,8,0,0,1,184829,0,0),
	E(135900,124636,555,0,1,0,1,1,0,0,0,0,0,1),
	/* ResearchElementDefinition.characteristic */
	E(45177,122847,556,1,1,1,4,1380,1,425,0,0,0,1),
	E(59815,122902,556,0,1,0,1,19,0,0,0,0,0,0),
	E(187383,123173,556,0,1,1,4,1384,0,0,0,0,0,0),
	E(122992,122951,556,0,1,0,1,1,0,0,0,0,0,0),
	E(123065,123024,556,0,1,0,1,8,0,0,1,165958,0,0),
	E(123139,123098,556,0,1,0,1,51,0,0,0,0,0,0),
	E(187508,123442,556,0,1,1,4,1384,0,0,0,0,0,0),
	E(123279,123238,556,0,1,0,1,1,0,0,0,0,0,0),
	E(123346,123305,556,0,1,0,1,8,0,0,1,165958,0,0),
	E(123414,123373,556,0,1,0,1,51,0,0,0,0,0,0),
	E(123542,123501,556,0,1,0,1,16,0,0,1,184230,0,0),
	E(123597,123556,556,0,65535,0,1,54,0,0,0,0,0,0),
	/* ResearchStudy */
	E(124698,124684,557,0,65535,0,1,1388,0,0,0,0,0,0),
	E(180205,124778,557,0,65535,0,1,16,0,0,4,0,0,1),
	E(166264,124801,557,0,65535,0,1,16,0,0,4,158244,0,1),
	E(134550,124825,557,0,65535,0,1,24,0,0,0,0,0,1),
	E(86504,124847,557,0,1,0,1,25,0,0,0,0,0,0),
	E(124887,124873,557,0,65535,0,1,4,1,45,0,0,0,1),
	E(139993,124898,557,0,65535,0,1,16,0,0,4,0,0,1),
	E(87875,124918,557,0,65535,0,1,3,0,0,0,0,0,1),
	E(131143,124943,557,0,65535,0,1,16,0,0,4,0,0,1),
	E(155211,124965,557,0,65535,0,1,16,0,0,2,168759,0,1),
	E(87920,124988,557,0,65535,0,1,105,0,0,0,0,0,0),
	E(125021,125007,557,0,65535,0,1,1389,0,0,0,0,0,0),
	E(87946,125089,557,0,65535,0,1,4,1,79,0,0,0,1),
	E(126444,125110,557,0,1,0,1,7,0,0,0,0,0,1),
	E(178833,125131,557,0,1,0,1,16,0,0,4,178789,0,1),
	E(125165,125151,557,0,1,0,1,16,0,0,2,178839,0,1),
	E(125198,125184,557,0,1,0,1,4,2,11,0,0,0,1),
	E(28416,125220,557,0,65535,0,1,4,1,208,0,0,0,1),
	E(125257,125243,557,0,1,0,1,16,0,0,4,178898,0,1),
	E(56516,125271,557,0,65535,0,1,40,0,0,0,0,0,0),
	E(167664,125301,557,0,65535,0,1,4,1,13,0,0,0,1),
	E(125334,125320,557,0,1,0,1,4,1,5,0,0,0,1),
	E(162686,125342,557,1,1,0,1,8,0,0,1,178957,1,1),
	E(135825,125363,557,0,1,0,1,1,0,0,0,0,0,1),
	/* ResearchStudy.arm */
	E(86504,124702,558,0,1,0,1,1,0,0,0,0,0,0),
	E(73876,124732,558,1,1,0,1,1,0,0,0,0,0,0),
	E(170750,124755,558,0,1,0,1,16,0,0,0,0,0,0),
	/* ResearchStudy.objective */
	E(73876,125031,559,0,1,0,1,1,0,0,0,0,0,0),
	E(170750,125060,559,0,1,0,1,16,0,0,3,178730,0,0),
	/* ResearchSubject */
	E(125415,125399,560,0,1,0,1,1,0,0,0,0,0,0),
	E(125441,125425,560,0,1,0,1,1,0,0,0,0,0,0),
	E(125469,125453,560,0,1,0,1,4,1,506,0,0,0,0),
	E(87875,125477,560,0,65535,0,1,3,0,0,0,0,0,1),
	E(125520,125504,560,1,1,0,1,4,1,9,0,0,0,1),
	E(126444,125531,560,0,1,0,1,7,0,0,0,0,0,1),
	E(162686,125554,560,1,1,0,1,8,0,0,1,179014,1,1),
	E(125593,125577,560,1,1,0,1,4,1,79,0,0,0,1),
	/* Resource */
	E(125608,125599,561,0,1,0,1,702,0,0,0,0,0,1),
	E(125620,125611,561,0,1,0,1,53,0,0,0,0,1,1),
	E(165066,125634,561,0,1,0,1,8,0,0,3,168801,0,0),
	E(125661,125652,561,0,1,0,1,1267,0,0,0,0,0,1),
	/* RiskAssessment */
	E(87728,125681,562,0,1,0,1,4,1,131,0,0,0,0),
	E(177632,125704,562,0,65535,0,1,4,1,131,0,0,0,0),
	E(165456,125725,562,0,1,0,1,16,0,0,0,0,0,1),
	E(166264,125745,562,0,1,0,1,4,1,78,0,0,0,1),
	E(172733,125770,562,0,1,0,1,4,1,72,0,0,0,1),
	E(87875,125795,562,0,65535,0,1,3,0,0,0,0,0,1),
	E(156050,125821,562,0,1,0,1,16,0,0,4,0,0,1),
	E(44960,125843,562,0,1,0,1,1,0,0,0,0,0,0),
	E(87920,125869,562,0,65535,0,1,105,0,0,0,0,0,0),
	E(187358,125889,562,0,1,1,2,168,0,0,0,0,0,1),
	E(47537,125918,562,0,1,0,1,4,1,131,0,0,0,0),
	E(98780,125940,562,0,1,0,1,4,3,69,0,0,0,1),
	E(125980,125965,562,0,65535,0,1,1390,0,0,0,0,0,0),
	E(87959,126217,562,0,65535,0,1,16,0,0,0,0,0,0),
	E(116247,126243,562,0,65535,0,1,4,4,236,0,0,0,0),
	E(162686,126274,562,1,1,0,1,8,0,0,1,174220,0,1),
	E(87989,126296,562,1,1,0,1,4,2,80,0,0,0,1),
	/* RiskAssessment.prediction */
	E(175712,125991,563,0,1,0,1,16,0,0,4,0,0,0),
	E(179482,126025,563,0,1,1,2,1391,0,0,0,0,0,0),
	E(126092,126066,563,0,1,0,1,16,0,0,4,179448,0,0),
	E(86249,126108,563,0,1,0,1,1,0,0,0,0,0,0),
	E(126170,126144,563,0,1,0,1,172,0,0,0,0,0,0),
	E(128368,126183,563,0,1,1,2,49,0,0,0,0,0,0),
	/* SampledData */
	E(126343,126331,564,0,1,0,1,1,0,0,0,0,0,0),
	E(126360,126348,564,1,1,0,1,18,0,0,0,0,0,1),
	E(126383,126371,564,0,1,0,1,172,0,0,0,0,0,1),
	E(126402,126390,564,0,1,0,1,172,0,0,0,0,0,1),
	E(167184,126413,564,1,1,0,1,39,0,0,0,0,0,1),
	E(126444,126432,564,1,1,0,1,172,0,0,0,0,0,1),
	E(126463,126451,564,0,1,0,1,172,0,0,0,0,0,1),
	/* Schedule */
	E(73192,126483,565,0,1,0,1,19,0,0,0,0,1,1),
	E(126508,126499,565,1,65535,0,1,4,7,132,0,0,0,1),
	E(49012,126514,565,0,1,0,1,1,0,0,0,0,0,0),
	E(87875,126531,565,0,65535,0,1,3,0,0,0,0,0,1),
	E(126560,126551,565,0,1,0,1,7,0,0,0,0,0,1),
	E(126585,126576,565,0,65535,0,1,16,0,0,4,180168,0,1),
	E(126610,126601,565,0,65535,0,1,16,0,0,4,180368,0,1),
	E(74162,126622,565,0,65535,0,1,16,0,0,3,155314,0,1),
	/* SearchParameter */
	E(150958,126657,566,1,65535,0,1,8,0,0,1,179236,0,1),
	E(126694,126678,566,0,65535,0,1,1,0,0,0,0,0,0),
	E(165456,126700,566,1,1,0,1,8,0,0,0,0,0,1),
	E(137880,126721,566,0,65535,0,1,8,0,0,1,179535,0,0),
	E(87087,126748,566,0,65535,0,1,1393,0,0,0,0,0,0),
	E(134550,126848,566,0,65535,0,1,24,0,0,0,0,0,1),
	E(134604,126872,566,0,1,0,1,26,0,0,0,0,0,1),
	E(134627,126893,566,0,1,0,1,29,1,197,0,0,0,0),
	E(86504,126921,566,1,1,0,1,25,0,0,0,0,0,1),
	E(134872,126949,566,0,1,0,1,19,0,0,0,0,0,1),
	E(146611,126978,566,0,1,0,1,1,0,0,0,0,0,0),
	E(134932,127005,566,0,65535,0,1,16,0,0,2,168759,0,1),
	E(102915,127034,566,0,65535,0,1,8,0,0,1,179641,0,0),
	E(127075,127059,566,0,1,0,1,19,0,0,0,0,0,0),
	E(127103,127087,566,0,1,0,1,19,0,0,0,0,0,0),
	E(73876,127114,566,1,1,0,1,1,0,0,0,0,0,1),
	E(135168,127135,566,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,127161,566,0,1,0,1,25,0,0,0,0,0,0),
	E(162686,127185,566,1,1,0,1,8,0,0,1,176610,1,1),
	E(117216,127208,566,0,65535,0,1,8,0,0,1,179236,0,0),
	E(170750,127231,566,1,1,0,1,8,0,0,1,179697,0,1),
	E(135849,127252,566,1,1,0,1,53,0,0,0,0,0,1),
	E(135871,127272,566,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,127299,566,0,1,0,1,1,0,0,0,0,0,1),
	E(127339,127323,566,0,1,0,1,1,0,0,0,0,0,0),
	E(127361,127345,566,0,1,0,1,8,0,0,1,179750,0,0),
	/* SearchParameter.component */
	E(45177,126774,567,1,1,0,1,29,1,197,0,0,0,0),
	E(146611,126811,567,1,1,0,1,1,0,0,0,0,0,0),
	/* ServiceRequest */
	E(151145,127387,568,0,1,1,2,694,0,0,4,170909,0,1),
	E(139881,127414,568,0,1,0,1,26,0,0,0,0,0,1),
	E(87728,127440,568,0,65535,0,1,4,3,1394,0,0,0,1),
	E(87742,127463,568,0,65535,0,1,16,0,0,4,155023,0,1),
	E(180205,127487,568,0,65535,0,1,16,0,0,4,180453,0,1),
	E(165456,127511,568,0,1,0,1,16,0,0,4,175521,0,1),
	E(12713,127531,568,0,1,0,1,19,0,0,0,0,1,1),
	E(172733,127559,568,0,1,0,1,4,1,72,0,0,0,1),
	E(87875,127584,568,0,65535,0,1,3,0,0,0,0,0,1),
	E(115970,127610,568,0,65535,0,1,29,2,257,0,0,0,1),
	E(116002,127647,568,0,65535,0,1,53,0,0,0,0,0,1),
	E(26264,127678,568,0,65535,0,1,4,2,622,0,0,0,0),
	E(140160,127703,568,1,1,0,1,8,0,0,1,178463,1,1),
	E(127740,127725,568,0,65535,0,1,16,0,0,4,187007,0,1),
	E(127768,127753,568,0,65535,0,1,4,1,13,0,0,0,1),
	E(87920,127786,568,0,65535,0,1,105,0,0,0,0,0,0),
	E(187358,127806,568,0,1,1,3,273,0,0,0,0,0,1),
	E(127850,127835,568,0,65535,0,1,16,0,0,4,180506,0,1),
	E(50876,127862,568,0,1,0,1,1,0,0,0,0,0,1),
	E(98780,127896,568,0,65535,0,1,4,8,625,0,0,0,1),
	E(140287,127921,568,0,1,0,1,16,0,0,4,185800,0,1),
	E(165741,127950,568,0,1,0,1,8,0,0,1,178513,0,1),
	E(57636,127974,568,0,1,1,3,1397,0,0,0,0,0,1),
	E(87959,128001,568,0,65535,0,1,16,0,0,4,175720,0,1),
	E(116247,128027,568,0,65535,0,1,4,4,236,0,0,0,1),
	E(140357,128058,568,0,65535,0,1,4,1,532,0,0,0,0),
	E(13656,128089,568,0,65535,0,1,4,1,122,0,0,0,1),
	E(140378,128113,568,0,1,0,1,4,6,462,0,0,0,1),
	E(128153,128138,568,0,1,0,1,3,0,0,0,0,0,1),
	E(100361,128165,568,0,65535,0,1,4,1,665,0,0,0,1),
	E(162686,128189,568,1,1,0,1,8,0,0,1,178623,1,1),
	E(87989,128211,568,1,1,0,1,4,4,637,0,0,0,1),
	E(24302,128234,568,0,65535,0,1,4,1,131,0,0,0,0),
	/* Signature */
	E(126343,128264,569,0,1,0,1,140,0,0,0,0,0,0),
	E(128289,128279,569,0,1,0,1,4,6,1326,0,0,0,1),
	E(128310,128300,569,0,1,0,1,8,0,0,1,173200,0,0),
	E(128330,128320,569,0,1,0,1,8,0,0,1,173200,0,0),
	E(170750,128343,569,1,65535,0,1,145,0,0,3,180562,0,1),
	E(128368,128358,569,1,1,0,1,123,0,0,0,0,0,1),
	E(149808,128373,569,1,1,0,1,4,6,1326,0,0,0,1),
	/* SimpleQuantity */
	E(137880,117237,570,0,0,0,1,8,0,0,1,176759,1,1),
	/* Slot */
	E(5109,128407,571,0,1,0,1,16,0,0,3,185992,0,1),
	E(49012,128428,571,0,1,0,1,1,0,0,0,0,0,0),
	E(112102,128441,571,1,1,0,1,123,0,0,0,0,0,1),
	E(87875,128450,571,0,65535,0,1,3,0,0,0,0,0,1),
	E(128471,128466,571,0,1,0,1,19,0,0,0,0,0,0),
	E(92496,128482,571,1,1,0,1,4,1,1400,0,0,0,1),
	E(126585,128496,571,0,65535,0,1,16,0,0,4,180168,0,1),
	E(126610,128517,571,0,65535,0,1,16,0,0,4,180368,0,1),
	E(74162,128534,571,0,65535,0,1,16,0,0,3,155314,0,1),
	E(112113,128549,571,1,1,0,1,123,0,0,0,0,0,1),
	E(162686,128560,571,1,1,0,1,8,0,0,1,180606,0,1),
	/* Specimen */
	E(128590,128581,572,0,1,0,1,3,0,0,0,0,0,1),
	E(175462,128610,572,0,1,0,1,1401,0,0,0,0,0,0),
	E(166264,128844,572,0,65535,0,1,16,0,0,2,186124,0,1),
	E(129577,128863,572,0,65535,0,1,1402,0,0,0,0,0,0),
	E(87875,129062,572,0,65535,0,1,3,0,0,0,0,0,1),
	E(87920,129082,572,0,65535,0,1,105,0,0,0,0,0,0),
	E(47537,129096,572,0,65535,0,1,4,1,665,0,0,0,0),
	E(129121,129112,572,0,65535,0,1,1403,0,0,0,0,0,0),
	E(129260,129251,572,0,1,0,1,26,0,0,0,0,0,1),
	E(111081,129273,572,0,65535,0,1,4,1,122,0,0,0,0),
	E(162686,129290,572,0,1,0,1,8,0,0,1,181032,1,1),
	E(87989,129306,572,0,1,0,1,4,5,1404,0,0,0,1),
	E(170750,129323,572,0,1,0,1,16,0,0,4,186080,0,1),
	/* Specimen.collection */
	E(87742,128630,573,0,1,0,1,16,0,0,4,155023,0,0),
	E(151275,128659,573,0,1,1,2,168,0,0,0,0,0,1),
	E(128712,128692,573,0,1,0,1,4,2,11,0,0,0,1),
	E(87818,128722,573,0,1,0,1,51,0,0,0,0,0,1),
	E(151377,128751,573,0,1,1,2,1409,0,0,2,186168,0,1),
	E(156050,128788,573,0,1,0,1,16,0,0,4,180799,0,0),
	E(57636,128815,573,0,1,0,1,39,0,0,0,0,0,0),
	/* Specimen.container */
	E(164045,128882,574,0,1,1,2,42,1,36,4,186036,0,0),
	E(129781,128913,574,0,1,0,1,39,0,0,0,0,0,0),
	E(86504,128941,574,0,1,0,1,1,0,0,0,0,0,0),
	E(87875,128972,574,0,65535,0,1,3,0,0,0,0,0,1),
	E(129021,129002,574,0,1,0,1,39,0,0,0,0,0,0),
	E(170750,129038,574,0,1,0,1,16,0,0,4,180920,0,0),
	/* Specimen.processing */
	E(164045,129132,575,0,65535,0,1,4,1,36,0,0,0,0),
	E(86504,129161,575,0,1,0,1,1,0,0,0,0,0,0),
	E(181022,129193,575,0,1,0,1,16,0,0,4,180973,0,0),
	E(17801,129223,575,0,1,1,2,168,0,0,0,0,0,0),
	/* SpecimenDefinition */
	E(175462,129356,576,0,65535,0,1,16,0,0,4,180750,0,1),
	E(87875,129386,576,0,1,0,1,3,0,0,0,0,0,1),
	E(129435,129416,576,0,65535,0,1,16,0,0,4,175402,0,1),
	E(129473,129454,576,0,1,0,1,1,0,0,0,0,0,1),
	E(129503,129484,576,0,1,0,1,16,0,0,4,186080,0,1),
	E(129536,129517,576,0,65535,0,1,1411,0,0,0,0,0,0),
	/* SpecimenDefinition.typeTested */
	E(129577,129547,577,0,1,0,1,1412,0,0,0,0,0,0),
	E(130075,130045,577,0,65535,0,1,1413,0,0,0,0,0,0),
	E(130332,130302,577,0,1,0,1,19,0,0,0,0,0,0),
	E(130372,130342,577,1,1,0,1,8,0,0,1,180855,0,0),
	E(130413,130383,577,0,65535,0,1,16,0,0,4,177759,0,0),
	E(130462,130432,577,0,1,0,1,1,0,0,0,0,0,0),
	E(130504,130474,577,0,1,0,1,51,0,0,0,0,0,0),
	E(170750,130518,577,0,1,0,1,16,0,0,4,186080,0,0),
	/* SpecimenDefinition.typeTested.container */
	E(164045,129587,578,0,65535,0,1,1414,0,0,0,0,0,0),
	E(159398,129697,578,0,1,0,1,16,0,0,4,159359,0,0),
	E(129781,129741,578,0,1,0,1,39,0,0,0,0,0,0),
	E(86504,129790,578,0,1,0,1,1,0,0,0,0,0,0),
	E(174665,129842,578,0,1,0,1,16,0,0,4,159402,0,0),
	E(187314,129891,578,0,1,1,2,1415,0,0,0,0,0,0),
	E(129988,129948,578,0,1,0,1,1,0,0,0,0,0,0),
	E(170750,130000,578,0,1,0,1,16,0,0,4,180920,0,0),
	/* SpecimenDefinition.typeTested.container.additive */
	E(164045,129636,579,1,1,1,2,42,1,36,4,186036,0,0),
	/* SpecimenDefinition.typeTested.handling */
	E(130123,130084,580,0,1,0,1,1,0,0,0,0,0,0),
	E(130174,130135,580,0,1,0,1,51,0,0,0,0,0,0),
	E(130225,130186,580,0,1,0,1,16,0,0,4,166226,0,0),
	E(130285,130246,580,0,1,0,1,50,0,0,0,0,0,0),
	/* StructureDefinition */
	E(130593,130573,581,1,1,0,1,19,0,0,0,0,0,1),
	E(130622,130602,581,0,1,0,1,29,1,38,0,0,0,1),
	E(134550,130637,581,0,65535,0,1,24,0,0,0,0,0,1),
	E(184683,130665,581,0,65535,0,1,1417,0,0,0,0,0,1),
	E(130785,130765,581,0,65535,0,1,1,0,0,0,0,0,1),
	E(134576,130802,581,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,130832,581,0,1,0,1,26,0,0,0,0,0,1),
	E(130877,130857,581,0,1,0,1,8,0,0,1,184074,0,1),
	E(86504,130888,581,0,1,0,1,25,0,0,0,0,0,0),
	E(130940,130920,581,0,1,0,1,1418,0,0,0,0,0,0),
	E(134872,130994,581,0,1,0,1,19,0,0,0,0,0,1),
	E(78999,131027,581,0,1,0,1,8,0,0,1,151568,0,1),
	E(87875,131059,581,0,65535,0,1,3,0,0,0,0,0,1),
	E(134932,131090,581,0,65535,0,1,16,0,0,2,168759,0,1),
	E(131143,131123,581,0,65535,0,1,145,0,0,2,161623,0,1),
	E(161962,131151,581,1,1,0,1,8,0,0,1,181224,0,1),
	E(131196,131176,581,0,65535,0,1,1419,0,0,0,0,0,0),
	E(73876,131342,581,1,1,0,1,1,0,0,0,0,0,1),
	E(135168,131367,581,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,131397,581,0,1,0,1,25,0,0,0,0,0,0),
	E(131445,131425,581,0,1,0,1,1420,0,0,0,0,0,0),
	E(162686,131491,581,1,1,0,1,8,0,0,1,176610,1,1),
	E(135825,131518,581,0,1,0,1,1,0,0,0,0,0,1),
	E(170750,131544,581,1,1,0,1,53,0,0,2,161485,0,1),
	E(135849,131569,581,1,1,0,1,53,0,0,0,0,0,1),
	E(135871,131593,581,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,131624,581,0,1,0,1,1,0,0,0,0,0,1),
	/* StructureDefinition.context */
	E(146611,130693,582,1,1,0,1,1,0,0,0,0,0,1),
	E(170750,130732,582,1,1,0,1,8,0,0,1,165075,0,1),
	/* StructureDefinition.differential */
	E(132497,130953,583,1,65535,0,1,1421,0,0,0,0,0,0),
	/* StructureDefinition.mapping */
	E(49012,131204,584,0,1,0,1,1,0,0,0,0,0,0),
	E(131268,131240,584,1,1,0,1,702,0,0,0,0,0,0),
	E(73876,131277,584,0,1,0,1,1,0,0,0,0,0,0),
	E(131338,131310,584,0,1,0,1,53,0,0,0,0,0,0),
	/* StructureDefinition.snapshot */
	E(132497,131454,585,1,65535,0,1,1421,0,0,0,0,0,0),
	/* StructureMap */
	E(134550,131665,586,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,131686,586,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,131709,586,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,131727,586,0,1,0,1,25,0,0,0,0,0,0),
	E(134872,131752,586,0,1,0,1,19,0,0,0,0,0,1),
	E(85577,131778,586,1,65535,0,1,1422,0,0,0,0,0,1),
	E(87875,133167,586,0,65535,0,1,3,0,0,0,0,0,1),
	E(133204,133191,586,0,65535,0,1,29,1,52,0,0,0,1),
	E(134932,133211,586,0,65535,0,1,16,0,0,2,168759,0,1),
	E(73876,133237,586,1,1,0,1,1,0,0,0,0,0,1),
	E(135168,133255,586,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,133278,586,0,1,0,1,25,0,0,0,0,0,0),
	E(162686,133299,586,1,1,0,1,8,0,0,1,176610,1,1),
	E(138420,133319,586,0,65535,0,1,1423,0,0,0,0,0,1),
	E(135825,133463,586,0,1,0,1,1,0,0,0,0,0,1),
	E(135849,133482,586,1,1,0,1,53,0,0,0,0,0,1),
	E(135871,133499,586,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,133523,586,0,1,0,1,1,0,0,0,0,0,1),
	/* StructureMap.group */
	E(33214,131797,587,0,1,0,1,1,0,0,0,0,0,1),
	E(131849,131830,587,0,1,0,1,702,0,0,0,0,0,1),
	E(140050,131857,587,1,65535,0,1,1424,0,0,0,0,0,1),
	E(73876,132011,587,1,1,0,1,702,0,0,0,0,0,1),
	E(132266,132035,587,1,65535,0,1,1425,0,0,0,0,0,1),
	E(133158,133139,587,1,1,0,1,8,0,0,1,169608,0,1),
	/* StructureMap.group.input */
	E(33214,131882,588,0,1,0,1,1,0,0,0,0,0,0),
	E(159897,131921,588,1,1,0,1,8,0,0,1,169663,0,1),
	E(73876,131951,588,1,1,0,1,702,0,0,0,0,0,1),
	E(170750,131981,588,0,1,0,1,1,0,0,0,0,0,1),
	/* StructureMap.group.rule */
	E(40896,132059,589,0,65535,0,1,1426,0,0,0,0,0,1),
	E(33214,132175,589,0,1,0,1,1,0,0,0,0,0,0),
	E(73876,132213,589,1,1,0,1,702,0,0,0,0,0,1),
	E(132266,132242,589,0,65535,0,1,1425,0,0,0,0,0,1),
	E(167135,132271,589,1,65535,0,1,1427,0,0,0,0,0,1),
	E(117216,132733,589,0,65535,0,1,1428,0,0,0,0,0,1),
	/* StructureMap.group.rule.dependent */
	E(73876,132093,590,1,1,0,1,702,0,0,0,0,0,1),
	E(57209,132132,590,1,65535,0,1,1,0,0,0,0,0,1),
	/* StructureMap.group.rule.source */
	E(132333,132302,591,0,1,0,1,1,0,0,0,0,0,1),
	E(166264,132339,591,0,1,0,1,1,0,0,0,0,0,1),
	E(184683,132380,591,1,1,0,1,702,0,0,0,0,0,1),
	E(146546,132419,591,0,1,1,50,1218,0,0,0,0,0,1),
	E(132497,132466,591,0,1,0,1,1,0,0,0,0,0,1),
	E(132536,132505,591,0,1,0,1,8,0,0,1,169763,0,1),
	E(132576,132545,591,0,1,0,1,1,0,0,0,0,0,1),
	E(132618,132587,591,0,1,0,1,1,0,0,0,0,0,1),
	E(132653,132622,591,0,1,0,1,166,0,0,0,0,0,1),
	E(170750,132657,591,0,1,0,1,1,0,0,0,0,0,1),
	E(57209,132693,591,0,1,0,1,702,0,0,0,0,0,1),
	/* StructureMap.group.rule.target */
	E(184683,132764,592,0,1,0,1,702,0,0,0,0,0,1),
	E(132834,132803,592,0,1,0,1,8,0,0,1,169556,0,1),
	E(132497,132846,592,0,1,0,1,1,0,0,0,0,0,1),
	E(132536,132885,592,0,65535,0,1,8,0,0,1,169819,0,1),
	E(132956,132925,592,0,1,0,1,702,0,0,0,0,0,1),
	E(141566,132967,592,0,65535,0,1,1429,0,0,0,0,0,1),
	E(113446,133058,592,0,1,0,1,8,0,0,1,169875,0,1),
	E(57209,133099,592,0,1,0,1,702,0,0,0,0,0,1),
	/* StructureMap.group.rule.target.parameter */
	E(57164,133008,593,1,1,1,5,1430,0,0,0,0,0,1),
	/* StructureMap.structure */
	E(133365,133342,594,0,1,0,1,1,0,0,0,0,0,1),
	E(33214,133371,594,0,1,0,1,1,0,0,0,0,0,0),
	E(159897,133408,594,1,1,0,1,8,0,0,1,169713,0,1),
	E(135849,133436,594,1,1,0,1,29,1,38,0,0,0,1),
	/* Subscription */
	E(133570,133557,595,1,1,0,1,1435,0,0,0,0,0,1),
	E(134550,133691,595,0,65535,0,1,244,0,0,0,0,0,1),
	E(177798,133712,595,1,1,0,1,1,0,0,0,0,0,1),
	E(112102,133734,595,0,1,0,1,123,0,0,0,0,0,1),
	E(152555,133751,595,0,1,0,1,1,0,0,0,0,0,1),
	E(170959,133770,595,1,1,0,1,1,0,0,0,0,0,1),
	E(162686,133790,595,1,1,0,1,8,0,0,1,181659,1,1),
	/* Subscription.channel */
	E(73762,133578,596,0,1,0,1,141,0,0,0,0,0,1),
	E(133629,133608,596,0,65535,0,1,1,0,0,0,0,0,1),
	E(133657,133636,596,0,1,0,1,8,0,0,1,173200,0,1),
	E(170750,133665,596,1,1,0,1,8,0,0,1,181420,0,1),
	/* SubscriptionStatus */
	E(152555,133829,597,0,65535,0,1,16,0,0,4,181481,0,1),
	E(133873,133854,597,0,1,0,1,1,0,0,0,0,0,1),
	E(133921,133902,597,0,65535,0,1,1436,0,0,0,0,0,0),
	E(162686,134133,597,0,1,0,1,8,0,0,1,181659,0,1),
	E(134178,134159,597,1,1,0,1,4,1,1437,0,0,0,1),
	E(157735,134191,597,0,1,0,1,29,1,1438,0,0,0,1),
	E(170750,134216,597,1,1,0,1,8,0,0,1,181529,1,1),
	/* SubscriptionStatus.notificationEvent */
	E(133976,133939,598,0,65535,0,1,4,1,131,0,0,0,0),
	E(134031,133994,598,1,1,0,1,1,0,0,0,0,0,0),
	E(139993,134043,598,0,1,0,1,4,1,131,0,0,0,0),
	E(9172,134086,598,0,1,0,1,123,0,0,0,0,0,0),
	/* SubscriptionTopic */
	E(134276,134258,599,0,1,0,1,23,0,0,0,0,0,0),
	E(134307,134289,599,0,65535,0,1,1439,0,0,0,0,0,1),
	E(134550,134532,599,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,134558,599,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,134586,599,0,1,0,1,26,0,0,0,0,0,1),
	E(134627,134609,599,0,65535,0,1,29,1,1438,0,0,0,1),
	E(86504,134639,599,0,1,0,1,25,0,0,0,0,0,0),
	E(134687,134669,599,0,1,0,1,7,0,0,0,0,0,1),
	E(134721,134703,599,0,65535,0,1,1440,0,0,0,0,0,1),
	E(134872,134854,599,0,1,0,1,19,0,0,0,0,1,1),
	E(87875,134885,599,0,65535,0,1,3,0,0,0,0,0,1),
	E(134932,134914,599,0,65535,0,1,16,0,0,2,168759,0,1),
	E(134963,134945,599,0,1,0,1,23,0,0,0,0,0,0),
	E(134996,134978,599,0,65535,0,1,1441,0,0,0,0,0,1),
	E(135168,135150,599,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,135178,599,0,1,0,1,25,0,0,0,0,0,0),
	E(135222,135204,599,0,65535,0,1,1442,0,0,0,0,0,1),
	E(162686,135782,599,1,1,0,1,8,0,0,1,176610,1,1),
	E(135825,135807,599,0,1,0,1,1,0,0,0,0,0,1),
	E(135849,135831,599,1,1,0,1,53,0,0,0,0,0,1),
	E(135871,135853,599,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,135882,599,0,1,0,1,1,0,0,0,0,0,1),
	/* SubscriptionTopic.canFilterBy */
	E(86504,134319,600,0,1,0,1,25,0,0,0,0,0,1),
	E(134391,134361,600,0,1,0,1,53,0,0,0,0,0,1),
	E(134438,134408,600,1,1,0,1,1,0,0,0,0,0,1),
	E(102915,134454,600,0,65535,0,1,8,0,0,1,181595,0,1),
	E(135094,134493,600,0,1,0,1,53,0,0,2,161485,0,1),
	/* SubscriptionTopic.eventTrigger */
	E(86504,134734,601,0,1,0,1,25,0,0,0,0,0,1),
	E(165790,134777,601,1,1,0,1,16,0,0,4,185860,0,1),
	E(135094,134814,601,1,1,0,1,53,0,0,2,161485,0,1),
	/* SubscriptionTopic.notificationShape */
	E(135050,135014,602,0,65535,0,1,1,0,0,0,0,0,1),
	E(135094,135058,602,1,1,0,1,53,0,0,2,161485,0,1),
	E(135139,135103,602,0,65535,0,1,1,0,0,0,0,0,1),
	/* SubscriptionTopic.resourceTrigger */
	E(86504,135238,603,0,1,0,1,25,0,0,0,0,0,1),
	E(135318,135284,603,0,1,0,1,1,0,0,0,0,0,1),
	E(135369,135335,603,0,1,0,1,1443,0,0,0,0,0,1),
	E(135094,135684,603,1,1,0,1,53,0,0,2,161485,0,1),
	E(135761,135727,603,0,65535,0,1,8,0,0,1,168357,0,1),
	/* SubscriptionTopic.resourceTrigger.queryCriteria */
	E(135431,135383,604,0,1,0,1,1,0,0,0,0,0,1),
	E(135487,135439,604,0,1,0,1,1,0,0,0,0,0,1),
	E(135544,135496,604,0,1,0,1,19,0,0,0,0,0,1),
	E(135604,135556,604,0,1,0,1,8,0,0,1,181714,0,1),
	E(135668,135620,604,0,1,0,1,8,0,0,1,181714,0,1),
	/* Substance */
	E(180205,135918,605,0,65535,0,1,16,0,0,2,181830,0,1),
	E(165456,135937,605,1,1,0,1,16,0,0,4,181878,0,1),
	E(86504,135952,605,0,1,0,1,1,0,0,0,0,0,1),
	E(87875,135974,605,0,65535,0,1,3,0,0,0,0,0,1),
	E(136005,135995,605,0,65535,0,1,1444,0,0,0,0,0,1),
	E(136090,136080,605,0,65535,0,1,1445,0,0,0,0,0,1),
	E(162686,136183,605,0,1,0,1,8,0,0,1,182643,1,1),
	/* Substance.ingredient */
	E(57636,136016,606,0,1,0,1,66,0,0,0,0,0,1),
	E(81183,136046,606,1,1,1,2,42,1,36,4,181878,0,1),
	/* Substance.instance */
	E(136118,136099,607,0,1,0,1,26,0,0,0,0,0,1),
	E(87875,136125,607,0,1,0,1,3,0,0,0,0,0,1),
	E(57636,136155,607,0,1,0,1,39,0,0,0,0,0,1),
	/* SubstanceDefinition */
	E(184374,136220,608,0,65535,0,1,16,0,0,0,0,0,1),
	E(165456,136255,608,0,65535,0,1,1446,0,0,0,0,0,1),
	E(86504,136440,608,0,1,0,1,25,0,0,0,0,0,1),
	E(182110,136472,608,0,1,0,1,16,0,0,4,172235,0,1),
	E(182006,136499,608,0,65535,0,1,16,0,0,4,181967,0,1),
	E(87875,136525,608,0,65535,0,1,3,0,0,0,0,0,1),
	E(136576,136556,608,0,65535,0,1,4,1,327,0,0,0,1),
	E(45381,136594,608,0,65535,0,1,4,1,5,0,0,0,1),
	E(136647,136627,608,0,65535,0,1,1447,0,0,0,0,0,1),
	E(138562,136966,608,0,65535,0,1,1448,0,0,0,0,0,1),
	E(73876,137129,608,0,65535,0,1,1449,0,0,0,0,0,1),
	E(87920,137645,608,0,65535,0,1,105,0,0,0,0,0,1),
	E(170538,137670,608,0,65535,0,1,1450,0,0,0,0,0,1),
	E(177907,137771,608,0,65535,0,1,1451,0,0,0,0,0,1),
	E(138143,138123,608,0,1,0,1,1452,0,0,0,0,0,1),
	E(162686,138373,608,0,1,0,1,16,0,0,3,176562,0,1),
	E(138420,138400,608,0,1,0,1,1453,0,0,0,0,0,1),
	E(139036,139016,608,0,65535,0,1,4,1,5,0,0,0,1),
	E(135900,139045,608,0,1,0,1,1,0,0,0,0,0,1),
	/* SubstanceDefinition.code */
	E(165456,136280,609,0,1,0,1,16,0,0,0,0,0,1),
	E(87920,136310,609,0,65535,0,1,105,0,0,0,0,0,1),
	E(167135,136340,609,0,65535,0,1,4,1,77,0,0,0,1),
	E(162686,136372,609,0,1,0,1,16,0,0,3,176562,0,1),
	E(136429,136404,609,0,1,0,1,26,0,0,0,0,0,1),
	/* SubstanceDefinition.moiety */
	E(110870,136654,610,0,1,1,2,1415,0,0,0,0,0,1),
	E(87875,136691,610,0,1,0,1,3,0,0,0,0,0,1),
	E(136756,136729,610,0,1,0,1,16,0,0,4,181779,0,1),
	E(138460,136772,610,0,1,0,1,1,0,0,0,0,0,1),
	E(73876,136816,610,0,1,0,1,1,0,0,0,0,0,1),
	E(138608,136848,610,0,1,0,1,16,0,0,4,182166,0,1),
	E(184824,136891,610,0,1,0,1,16,0,0,0,0,0,1),
	E(182734,136923,610,0,1,0,1,16,0,0,4,182695,0,1),
	/* SubstanceDefinition.molecularWeight */
	E(110870,137002,611,1,1,0,1,39,0,0,0,0,0,1),
	E(156050,137045,611,0,1,0,1,16,0,0,4,182809,0,1),
	E(170750,137088,611,0,1,0,1,16,0,0,4,182862,0,1),
	/* SubstanceDefinition.name */
	E(182110,137154,612,0,65535,0,1,16,0,0,4,182066,0,1),
	E(134932,137186,612,0,65535,0,1,16,0,0,4,168759,0,1),
	E(165066,137224,612,0,65535,0,1,16,0,0,3,168801,0,1),
	E(73876,137258,612,1,1,0,1,1,0,0,0,0,0,1),
	E(137313,137288,612,0,65535,0,1,1454,0,0,0,0,0,1),
	E(101443,137446,612,0,1,0,1,19,0,0,0,0,0,1),
	E(167135,137481,612,0,65535,0,1,4,1,77,0,0,0,1),
	E(162686,137513,612,0,1,0,1,16,0,0,3,176562,0,1),
	E(92853,137545,612,0,65535,0,1,1449,0,0,0,0,0,1),
	E(137603,137578,612,0,65535,0,1,1449,0,0,0,0,0,1),
	E(170750,137615,612,0,1,0,1,16,0,0,4,182117,0,1),
	/* SubstanceDefinition.name.official */
	E(182056,137322,613,0,1,0,1,16,0,0,3,182012,0,1),
	E(134604,137366,613,0,1,0,1,26,0,0,0,0,0,1),
	E(162686,137405,613,0,1,0,1,16,0,0,3,176562,0,1),
	/* SubstanceDefinition.property */
	E(170750,137699,614,1,1,0,1,16,0,0,4,175864,0,1),
	E(57164,137733,614,0,1,1,5,61,0,0,0,0,0,1),
	/* SubstanceDefinition.relationship */
	E(110870,137804,615,0,1,1,3,1455,0,0,0,0,0,1),
	E(137880,137847,615,0,1,0,1,16,0,0,4,181779,0,1),
	E(137924,137891,615,0,1,0,1,19,0,0,0,0,0,1),
	E(137968,137935,615,0,1,0,1,66,0,0,0,0,0,1),
	E(167135,137989,615,0,65535,0,1,4,1,77,0,0,0,1),
	E(187523,138029,615,0,1,1,2,33,1,414,0,0,0,1),
	E(170750,138085,615,1,1,0,1,16,0,0,4,182222,0,1),
	/* SubstanceDefinition.sourceMaterial */
	E(138193,138158,616,0,65535,0,1,16,0,0,1,161033,0,1),
	E(182454,138209,616,0,1,0,1,16,0,0,4,182399,0,1),
	E(182515,138250,616,0,1,0,1,16,0,0,4,182460,0,1),
	E(182575,138290,616,0,1,0,1,16,0,0,4,182520,0,1),
	E(170750,138333,616,0,1,0,1,16,0,0,4,182583,0,1),
	/* SubstanceDefinition.structure */
	E(138460,138430,617,0,1,0,1,1,0,0,0,0,0,1),
	E(138507,138477,617,0,1,0,1,1,0,0,0,0,0,1),
	E(138562,138532,617,0,1,0,1,1448,0,0,0,0,0,1),
	E(138608,138578,617,0,1,0,1,16,0,0,4,182166,0,1),
	E(138654,138624,617,0,65535,0,1,1458,0,0,0,0,0,1),
	E(138915,138885,617,0,65535,0,1,4,1,77,0,0,0,1),
	E(182734,138930,617,0,1,0,1,16,0,0,4,182695,0,1),
	E(182799,138976,617,0,65535,0,1,16,0,0,4,182750,0,1),
	/* SubstanceDefinition.structure.representation */
	E(138714,138669,618,0,1,0,1,4,1,77,0,0,0,1),
	E(182333,138723,618,0,1,0,1,16,0,0,4,182279,0,1),
	E(138654,138775,618,0,1,0,1,1,0,0,0,0,0,1),
	E(170750,138835,618,0,1,0,1,16,0,0,4,182340,0,1),
	/* SupplyDelivery */
	E(87728,139088,619,0,65535,0,1,4,1,1459,0,0,0,1),
	E(89516,139111,619,0,1,0,1,4,1,13,0,0,0,0),
	E(87875,139138,619,0,65535,0,1,3,0,0,0,0,0,0),
	E(187358,139164,619,0,1,1,3,273,0,0,0,0,0,1),
	E(87946,139193,619,0,65535,0,1,4,2,1460,0,0,0,1),
	E(45477,139215,619,0,1,0,1,4,1,9,0,0,0,0),
	E(89920,139238,619,0,65535,0,1,4,2,11,0,0,0,0),
	E(162686,139262,619,0,1,0,1,8,0,0,1,182999,1,1),
	E(139299,139284,619,0,1,0,1,1462,0,0,0,0,0,0),
	E(139036,139385,619,0,1,0,1,4,3,228,0,0,0,0),
	E(170750,139409,619,0,1,0,1,16,0,0,1,183056,0,0),
	/* SupplyDelivery.suppliedItem */
	E(182994,139312,620,0,1,1,2,42,3,298,4,182958,0,0),
	E(57636,139348,620,0,1,0,1,39,0,0,0,0,0,0),
	/* SupplyRequest */
	E(139881,139443,621,0,1,0,1,26,0,0,0,0,0,1),
	E(180205,139468,621,0,1,0,1,16,0,0,4,183111,0,1),
	E(139505,139491,621,0,1,0,1,4,2,547,0,0,0,0),
	E(139531,139517,621,0,1,0,1,4,3,1463,0,0,0,0),
	E(87875,139541,621,0,65535,0,1,3,0,0,0,0,0,1),
	E(182994,139566,621,1,1,1,2,42,3,298,4,182958,0,1),
	E(187358,139588,621,0,1,1,3,273,0,0,0,0,0,1),
	E(141566,139616,621,0,65535,0,1,1466,0,0,0,0,0,0),
	E(165741,139702,621,0,1,0,1,8,0,0,1,178513,0,1),
	E(57636,139725,621,1,1,0,1,39,0,0,0,0,0,1),
	E(87959,139748,621,0,65535,0,1,16,0,0,4,183159,0,0),
	E(116247,139773,621,0,65535,0,1,4,4,236,0,0,0,0),
	E(140378,139803,621,0,1,0,1,4,6,462,0,0,0,1),
	E(162686,139827,621,0,1,0,1,8,0,0,1,183209,1,1),
	E(139036,139848,621,0,65535,0,1,4,2,1467,0,0,0,1),
	/* SupplyRequest.parameter */
	E(165456,139640,622,0,1,0,1,16,0,0,4,0,0,0),
	E(57164,139669,622,0,1,1,4,641,0,0,0,0,0,0),
	/* Task */
	E(139881,139876,623,0,1,0,1,26,0,0,0,0,0,0),
	E(87728,139892,623,0,65535,0,1,4,1,131,0,0,0,1),
	E(139910,139905,623,0,1,0,1,16,0,0,4,0,0,1),
	E(165456,139925,623,0,1,0,1,16,0,0,4,183452,0,1),
	E(86504,139935,623,0,1,0,1,1,0,0,0,0,0,1),
	E(172733,139952,623,0,1,0,1,4,1,72,0,0,0,1),
	E(139972,139967,623,0,1,0,1,7,0,0,0,0,0,1),
	E(139993,139988,623,0,1,0,1,4,1,131,0,0,0,1),
	E(140004,139999,623,0,1,0,1,4,1,131,0,0,0,1),
	E(140013,140008,623,0,1,0,1,3,0,0,0,0,0,1),
	E(87875,140029,623,0,65535,0,1,3,0,0,0,0,0,0),
	E(140050,140045,623,0,65535,0,1,1469,0,0,0,0,0,0),
	E(115970,140092,623,0,1,0,1,29,1,211,0,0,0,1),
	E(116002,140119,623,0,1,0,1,53,0,0,0,0,0,1),
	E(26264,140140,623,0,65535,0,1,4,2,622,0,0,0,0),
	E(140160,140155,623,1,1,0,1,8,0,0,1,183491,0,1),
	E(8907,140167,623,0,1,0,1,26,0,0,0,0,0,1),
	E(155211,140185,623,0,1,0,1,4,1,13,0,0,0,1),
	E(87920,140199,623,0,65535,0,1,105,0,0,0,0,0,0),
	E(140214,140209,623,0,65535,0,1,1470,0,0,0,0,0,0),
	E(45432,140259,623,0,1,0,1,4,8,625,0,0,0,1),
	E(87946,140270,623,0,65535,0,1,4,1,219,0,0,0,1),
	E(140287,140282,623,0,65535,0,1,16,0,0,3,175206,0,0),
	E(165741,140301,623,0,1,0,1,8,0,0,1,178513,0,0),
	E(87959,140315,623,0,1,0,1,16,0,0,4,0,0,0),
	E(116247,140331,623,0,1,0,1,4,1,131,0,0,0,0),
	E(140357,140352,623,0,65535,0,1,4,1,532,0,0,0,0),
	E(140378,140373,623,0,1,0,1,4,6,442,0,0,0,1),
	E(140393,140388,623,0,1,0,1,1471,0,0,0,0,0,0),
	E(162686,140485,623,1,1,0,1,8,0,0,1,183538,1,1),
	E(45718,140497,623,0,1,0,1,16,0,0,4,0,0,1),
	/* Task.input */
	E(170750,140056,624,1,1,0,1,16,0,0,4,0,0,0),
	E(57164,140072,624,1,1,1,50,1218,0,0,0,0,0,0),
	/* Task.output */
	E(170750,140221,625,1,1,0,1,16,0,0,4,0,0,0),
	E(57164,140238,625,1,1,1,50,1218,0,0,0,0,0,0),
	/* Task.restriction */
	E(126444,140405,626,0,1,0,1,7,0,0,0,0,0,0),
	E(83203,140429,626,0,65535,0,1,4,6,1472,0,0,0,0),
	E(140473,140456,626,0,1,0,1,18,0,0,0,0,0,0),
	/* TerminologyCapabilities */
	E(140563,140539,627,0,1,0,1,1478,0,0,0,0,0,0),
	E(140639,140615,627,0,1,0,1,8,0,0,1,157314,0,0),
	E(140674,140650,627,0,65535,0,1,1479,0,0,0,0,0,0),
	E(134550,141234,627,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,141266,627,0,1,0,1,25,0,0,0,0,0,1),
	E(134604,141300,627,1,1,0,1,26,0,0,0,0,0,1),
	E(86504,141329,627,0,1,0,1,25,0,0,0,0,0,0),
	E(141389,141365,627,0,1,0,1,1480,0,0,0,0,0,0),
	E(134872,141728,627,0,1,0,1,19,0,0,0,0,0,1),
	E(141789,141765,627,0,1,0,1,1481,0,0,0,0,0,1),
	E(134932,141898,627,0,65535,0,1,16,0,0,2,168759,0,1),
	E(161962,141935,627,1,1,0,1,8,0,0,1,155362,0,1),
	E(148037,141964,627,0,1,0,1,19,0,0,0,0,0,1),
	E(73876,141999,627,0,1,0,1,1,0,0,0,0,0,1),
	E(135168,142028,627,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,142062,627,0,1,0,1,25,0,0,0,0,0,0),
	E(98476,142094,627,0,1,0,1,1482,0,0,0,0,0,1),
	E(162686,142206,627,1,1,0,1,8,0,0,1,176610,1,1),
	E(135825,142237,627,0,1,0,1,1,0,0,0,0,0,1),
	E(137603,142267,627,0,1,0,1,1483,0,0,0,0,0,0),
	E(135849,142348,627,0,1,0,1,53,0,0,0,0,0,1),
	E(135871,142376,627,0,65535,0,1,54,0,0,0,0,0,1),
	E(142435,142411,627,0,1,0,1,1484,0,0,0,0,0,0),
	E(135900,142498,627,0,1,0,1,1,0,0,0,0,0,1),
	/* TerminologyCapabilities.closure */
	E(137603,140571,628,0,1,0,1,19,0,0,0,0,0,0),
	/* TerminologyCapabilities.codeSystem */
	E(140720,140685,629,0,1,0,1,19,0,0,0,0,0,0),
	E(131338,140732,629,0,1,0,1,29,1,424,0,0,0,0),
	E(135900,140771,629,0,65535,0,1,1485,0,0,0,0,0,0),
	/* TerminologyCapabilities.codeSystem.version */
	E(165456,140814,630,0,1,0,1,1,0,0,0,0,0,1),
	E(30262,140862,630,0,1,0,1,19,0,0,0,0,0,0),
	E(147800,140919,630,0,65535,0,1,1486,0,0,0,0,0,0),
	E(141120,141077,630,0,1,0,1,19,0,0,0,0,0,1),
	E(165066,141130,630,0,65535,0,1,8,0,0,0,0,0,0),
	E(170538,141182,630,0,65535,0,1,8,0,0,0,0,0,0),
	/* TerminologyCapabilities.codeSystem.version.filter */
	E(165456,140969,631,1,1,0,1,8,0,0,0,0,0,0),
	E(147839,141024,631,1,65535,0,1,8,0,0,0,0,0,0),
	/* TerminologyCapabilities.expansion */
	E(141433,141399,632,0,1,0,1,19,0,0,0,0,0,0),
	E(141480,141446,632,0,1,0,1,19,0,0,0,0,0,0),
	E(141525,141491,632,0,1,0,1,19,0,0,0,0,0,0),
	E(141566,141532,632,0,65535,0,1,1487,0,0,0,0,0,0),
	E(141717,141683,632,0,1,0,1,25,0,0,0,0,0,0),
	/* TerminologyCapabilities.expansion.parameter */
	E(33214,141576,633,0,1,0,1,1,0,0,0,0,0,0),
	E(73876,141634,633,1,1,0,1,8,0,0,0,0,0,0),
	/* TerminologyCapabilities.implementation */
	E(86504,141804,634,1,1,0,1,1,0,0,0,0,0,1),
	E(135849,141855,634,0,1,0,1,141,0,0,0,0,0,1),
	/* TerminologyCapabilities.software */
	E(73876,142127,635,1,1,0,1,1,0,0,0,0,0,1),
	E(135900,142165,635,0,1,0,1,1,0,0,0,0,0,1),
	/* TerminologyCapabilities.translation */
	E(142339,142303,636,1,1,0,1,19,0,0,0,0,0,0),
	/* TerminologyCapabilities.validateCode */
	E(142485,142448,637,1,1,0,1,19,0,0,0,0,0,0),
	/* TestReport */
	E(87875,142541,638,0,1,0,1,3,0,0,0,0,0,1),
	E(87892,142563,638,0,1,0,1,26,0,0,0,0,0,1),
	E(73876,142581,638,0,1,0,1,1,0,0,0,0,0,1),
	E(83111,142597,638,0,65535,0,1,1488,0,0,0,0,0,0),
	E(73100,142706,638,1,1,0,1,8,0,0,1,178302,0,1),
	E(99353,142724,638,0,1,0,1,172,0,0,0,0,0,1),
	E(144310,142741,638,0,1,0,1,1489,0,0,0,0,0,0),
	E(162686,143086,638,1,1,0,1,8,0,0,1,178357,1,1),
	E(146228,143104,638,0,1,0,1,1490,0,0,0,0,0,0),
	E(146312,143188,638,0,65535,0,1,1491,0,0,0,0,0,0),
	E(143350,143339,638,1,1,0,1,4,1,1492,0,0,0,1),
	E(143372,143361,638,0,1,0,1,1,0,0,0,0,0,1),
	/* TestReport.participant */
	E(35097,142620,639,0,1,0,1,1,0,0,0,0,0,0),
	E(170750,142651,639,1,1,0,1,8,0,0,1,178187,0,0),
	E(131338,142679,639,1,1,0,1,53,0,0,0,0,0,0),
	/* TestReport.setup */
	E(161919,142758,640,1,65535,0,1,1493,0,0,0,0,0,0),
	/* TestReport.setup.action */
	E(144364,142782,641,0,1,0,1,1494,0,0,0,0,0,0),
	E(11201,142928,641,0,1,0,1,1495,0,0,0,0,0,0),
	/* TestReport.setup.action.assert */
	E(44861,142813,642,0,1,0,1,1,0,0,0,0,0,0),
	E(97098,142851,642,0,1,0,1,25,0,0,0,0,0,0),
	E(73100,142890,642,1,1,0,1,8,0,0,1,178083,0,0),
	/* TestReport.setup.action.operation */
	E(44861,142962,643,0,1,0,1,53,0,0,0,0,0,0),
	E(97098,143003,643,0,1,0,1,25,0,0,0,0,0,0),
	E(73100,143045,643,1,1,0,1,8,0,0,1,178083,0,0),
	/* TestReport.teardown */
	E(161919,143124,644,1,65535,0,1,1496,0,0,0,0,0,0),
	/* TestReport.teardown.action */
	E(11201,143151,645,1,1,0,1,1495,0,0,0,0,0,0),
	/* TestReport.test */
	E(161919,143204,646,1,65535,0,1,1497,0,0,0,0,0,0),
	E(86504,143290,646,0,1,0,1,1,0,0,0,0,0,0),
	E(73876,143318,646,0,1,0,1,1,0,0,0,0,0,0),
	/* TestReport.test.action */
	E(144364,143227,647,0,1,0,1,1494,0,0,0,0,0,0),
	E(11201,143257,647,0,1,0,1,1495,0,0,0,0,0,0),
	/* TestScript */
	E(134550,143390,648,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,143409,648,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,143430,648,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,143446,648,0,1,0,1,25,0,0,0,0,0,0),
	E(89516,143469,648,0,65535,0,1,1498,0,0,0,0,0,0),
	E(134872,143552,648,0,1,0,1,19,0,0,0,0,0,1),
	E(143587,143576,648,0,65535,0,1,1499,0,0,0,0,0,0),
	E(87875,143683,648,0,1,0,1,3,0,0,0,0,0,1),
	E(134932,143705,648,0,65535,0,1,16,0,0,2,168759,0,1),
	E(143740,143729,648,0,1,0,1,1500,0,0,0,0,0,0),
	E(73876,144156,648,1,1,0,1,1,0,0,0,0,0,1),
	E(167184,144172,648,0,65535,0,1,1501,0,0,0,0,0,0),
	E(98541,144240,648,0,65535,0,1,4,1,131,0,0,0,0),
	E(135168,144259,648,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,144280,648,0,1,0,1,25,0,0,0,0,0,0),
	E(144310,144299,648,0,1,0,1,1502,0,0,0,0,0,0),
	E(162686,146199,648,1,1,0,1,8,0,0,1,176610,1,1),
	E(146228,146217,648,0,1,0,1,1503,0,0,0,0,0,0),
	E(146312,146301,648,0,65535,0,1,1504,0,0,0,0,0,0),
	E(135825,146452,648,0,1,0,1,1,0,0,0,0,0,1),
	E(135849,146469,648,1,1,0,1,53,0,0,0,0,0,1),
	E(135871,146484,648,0,65535,0,1,54,0,0,0,0,0,1),
	E(57209,146506,648,0,65535,0,1,1505,0,0,0,0,0,0),
	E(135900,146758,648,0,1,0,1,1,0,0,0,0,0,1),
	/* TestScript.destination */
	E(144208,143492,649,1,1,0,1,166,0,0,0,0,0,0),
	E(98541,143521,649,1,1,0,1,145,0,0,2,183641,0,0),
	/* TestScript.fixture */
	E(143614,143595,650,1,1,0,1,19,0,0,0,0,0,0),
	E(143644,143625,650,1,1,0,1,19,0,0,0,0,0,0),
	E(135094,143655,650,0,1,0,1,4,1,131,0,0,0,0),
	/* TestScript.metadata */
	E(143769,143749,651,1,65535,0,1,1506,0,0,0,0,0,0),
	E(49043,144065,651,0,65535,0,1,1507,0,0,0,0,0,0),
	/* TestScript.metadata.capability */
	E(143811,143780,652,1,1,0,1,29,1,182,0,0,0,0),
	E(86504,143824,652,0,1,0,1,1,0,0,0,0,0,0),
	E(89516,143867,652,0,1,0,1,166,0,0,0,0,0,0),
	E(49043,143910,652,0,65535,0,1,53,0,0,0,0,0,0),
	E(167184,143946,652,0,65535,0,1,166,0,0,0,0,0,0),
	E(118213,143984,652,1,1,0,1,19,0,0,0,0,0,0),
	E(144055,144024,652,1,1,0,1,19,0,0,0,0,0,0),
	/* TestScript.metadata.link */
	E(86504,144090,653,0,1,0,1,1,0,0,0,0,0,0),
	E(135849,144127,653,1,1,0,1,53,0,0,0,0,0,0),
	/* TestScript.origin */
	E(144208,144190,654,1,1,0,1,166,0,0,0,0,0,0),
	E(98541,144214,654,1,1,0,1,145,0,0,2,183707,0,0),
	/* TestScript.setup */
	E(161919,144316,655,1,65535,0,1,1508,0,0,0,0,0,0),
	/* TestScript.setup.action */
	E(144364,144340,656,0,1,0,1,1509,0,0,0,0,0,0),
	E(11201,145321,656,0,1,0,1,1510,0,0,0,0,0,0),
	/* TestScript.setup.action.assert */
	E(144402,144371,657,0,1,0,1,1,0,0,0,0,0,0),
	E(144459,144428,657,0,1,0,1,1,0,0,0,0,0,0),
	E(144508,144477,657,0,1,0,1,1,0,0,0,0,0,0),
	E(145430,144528,657,0,1,0,1,8,0,0,1,173200,0,0),
	E(86504,144571,657,0,1,0,1,1,0,0,0,0,0,0),
	E(144645,144614,657,0,1,0,1,8,0,0,1,154174,0,0),
	E(146611,144655,657,0,1,0,1,1,0,0,0,0,0,0),
	E(146642,144697,657,0,1,0,1,1,0,0,0,0,0,0),
	E(51743,144740,657,0,1,0,1,1,0,0,0,0,0,0),
	E(144808,144777,657,0,1,0,1,1,0,0,0,0,0,0),
	E(144849,144818,657,0,1,0,1,19,0,0,0,0,0,0),
	E(87931,144865,657,0,1,0,1,8,0,0,1,154232,0,0),
	E(146724,144905,657,0,1,0,1,1,0,0,0,0,0,0),
	E(144972,144941,657,0,1,0,1,8,0,0,1,166375,0,0),
	E(145017,144986,657,0,1,0,1,1,0,0,0,0,0,0),
	E(135094,145028,657,0,1,0,1,8,0,0,1,161528,0,0),
	E(111103,145068,657,0,1,0,1,8,0,0,1,154289,0,0),
	E(145139,145108,657,0,1,0,1,1,0,0,0,0,0,0),
	E(146749,145152,657,0,1,0,1,702,0,0,0,0,0,0),
	E(145223,145192,657,0,1,0,1,702,0,0,0,0,0,0),
	E(57164,145241,657,0,1,0,1,1,0,0,0,0,0,0),
	E(145309,145278,657,1,1,0,1,19,0,0,0,0,0,0),
	/* TestScript.setup.action.operation */
	E(145389,145355,658,0,1,0,1,8,0,0,1,173200,0,0),
	E(145430,145396,658,0,1,0,1,8,0,0,1,173200,0,0),
	E(86504,145442,658,0,1,0,1,1,0,0,0,0,0,0),
	E(89516,145488,658,0,1,0,1,166,0,0,0,0,0,0),
	E(145568,145534,658,1,1,0,1,19,0,0,0,0,0,0),
	E(51743,145585,658,0,1,0,1,1,0,0,0,0,0,0),
	E(156050,145625,658,0,1,0,1,8,0,0,1,166375,0,0),
	E(167184,145666,658,0,1,0,1,166,0,0,0,0,0,0),
	E(145741,145707,658,0,1,0,1,1,0,0,0,0,0,0),
	E(145782,145748,658,0,65535,0,1,1511,0,0,0,0,0,0),
	E(145938,145904,658,0,1,0,1,702,0,0,0,0,0,0),
	E(135094,145948,658,0,1,0,1,8,0,0,1,161528,0,0),
	E(146025,145991,658,0,1,0,1,702,0,0,0,0,0,0),
	E(146749,146036,658,0,1,0,1,702,0,0,0,0,0,0),
	E(146113,146079,658,0,1,0,1,702,0,0,0,0,0,0),
	E(170750,146122,658,0,1,0,1,145,0,0,2,183585,0,0),
	E(135849,146161,658,0,1,0,1,1,0,0,0,0,0,0),
	/* TestScript.setup.action.operation.requestHeader */
	E(145844,145796,659,1,1,0,1,1,0,0,0,0,0,0),
	E(57164,145850,659,1,1,0,1,1,0,0,0,0,0,0),
	/* TestScript.teardown */
	E(161919,146237,660,1,65535,0,1,1512,0,0,0,0,0,0),
	/* TestScript.teardown.action */
	E(11201,146264,661,1,1,0,1,1510,0,0,0,0,0,0),
	/* TestScript.test */
	E(161919,146317,662,1,65535,0,1,1513,0,0,0,0,0,0),
	E(86504,146403,662,0,1,0,1,1,0,0,0,0,0,0),
	E(73876,146431,662,0,1,0,1,1,0,0,0,0,0,0),
	/* TestScript.test.action */
	E(144364,146340,663,0,1,0,1,1509,0,0,0,0,0,0),
	E(11201,146370,663,0,1,0,1,1510,0,0,0,0,0,0),
	/* TestScript.variable */
	E(146546,146526,664,0,1,0,1,1,0,0,0,0,0,0),
	E(86504,146559,664,0,1,0,1,1,0,0,0,0,0,0),
	E(146611,146591,664,0,1,0,1,1,0,0,0,0,0,0),
	E(146642,146622,664,0,1,0,1,1,0,0,0,0,0,0),
	E(146674,146654,664,0,1,0,1,1,0,0,0,0,0,0),
	E(73876,146679,664,1,1,0,1,1,0,0,0,0,0,0),
	E(146724,146704,664,0,1,0,1,1,0,0,0,0,0,0),
	E(146749,146729,664,0,1,0,1,702,0,0,0,0,0,0),
	/* Timing */
	E(165456,146784,665,0,1,0,1,16,0,0,3,183902,0,1),
	E(165790,146796,665,0,65535,0,1,26,0,0,0,0,0,1),
	E(146816,146809,665,0,1,0,1,1514,0,0,0,0,0,1),
	/* Timing.repeat */
	E(151213,146823,666,0,1,1,3,1515,0,0,0,0,0,1),
	E(30714,146847,666,0,1,0,1,18,0,0,0,0,0,1),
	E(146881,146867,666,0,1,0,1,18,0,0,0,0,0,1),
	E(146904,146890,666,0,65535,0,1,8,0,0,1,161437,0,1),
	E(87818,146914,666,0,1,0,1,172,0,0,0,0,0,1),
	E(146951,146937,666,0,1,0,1,172,0,0,0,0,0,1),
	E(146977,146963,666,0,1,0,1,8,0,0,1,184553,0,1),
	E(184437,146990,666,0,1,0,1,18,0,0,0,0,0,1),
	E(147028,147014,666,0,1,0,1,18,0,0,0,0,0,1),
	E(148506,147041,666,0,1,0,1,125,0,0,0,0,0,1),
	E(126444,147062,666,0,1,0,1,172,0,0,0,0,0,1),
	E(147097,147083,666,0,1,0,1,172,0,0,0,0,0,1),
	E(147121,147107,666,0,1,0,1,8,0,0,1,184553,0,1),
	E(147146,147132,666,0,65535,0,1,572,0,0,0,0,0,1),
	E(128368,147156,666,0,65535,0,1,8,0,0,1,164310,0,1),
	/* TriggerDefinition */
	E(166264,147193,667,0,1,0,1,55,0,0,0,0,0,1),
	E(126343,147221,667,0,65535,0,1,750,0,0,0,0,0,1),
	E(73876,147244,667,0,1,0,1,1,0,0,0,0,0,1),
	E(50955,147267,667,0,1,1,4,1518,1,1400,0,0,0,1),
	E(170750,147295,667,1,1,0,1,8,0,0,1,184026,0,1),
	/* UsageContext */
	E(165456,147331,668,1,1,0,1,145,0,0,2,184602,0,1),
	E(57164,147349,668,1,1,1,4,1522,7,1526,4,184650,0,1),
	/* ValueSet */
	E(147380,147371,669,0,1,0,1,1533,0,0,0,0,0,0),
	E(134550,148048,669,0,65535,0,1,24,0,0,0,0,0,1),
	E(134576,148065,669,0,1,0,1,25,0,0,0,0,0,0),
	E(134604,148084,669,0,1,0,1,26,0,0,0,0,0,1),
	E(86504,148098,669,0,1,0,1,25,0,0,0,0,0,0),
	E(141389,148119,669,0,1,0,1,1534,0,0,0,0,0,0),
	E(134872,148668,669,0,1,0,1,19,0,0,0,0,0,1),
	E(87875,148690,669,0,65535,0,1,3,0,0,0,0,0,1),
	E(148719,148710,669,0,1,0,1,19,0,0,0,0,0,1),
	E(134932,148729,669,0,65535,0,1,16,0,0,2,168759,0,1),
	E(73876,148751,669,0,1,0,1,1,0,0,0,0,0,1),
	E(135168,148765,669,0,1,0,1,1,0,0,0,0,0,1),
	E(135196,148784,669,0,1,0,1,25,0,0,0,0,0,0),
	E(162686,148801,669,1,1,0,1,8,0,0,1,176610,1,1),
	E(135825,148817,669,0,1,0,1,1,0,0,0,0,0,1),
	E(135849,148832,669,0,1,0,1,53,0,0,0,0,0,1),
	E(135871,148845,669,0,65535,0,1,54,0,0,0,0,0,1),
	E(135900,148865,669,0,1,0,1,1,0,0,0,0,0,1),
	/* ValueSet.compose */
	E(59815,147388,670,0,65535,0,1,1535,0,0,0,0,0,0),
	E(147430,147413,670,0,1,0,1,19,0,0,0,0,0,1),
	E(135050,147439,670,1,65535,0,1,1535,0,0,0,0,0,1),
	E(148037,148020,670,0,1,0,1,23,0,0,0,0,0,1),
	/* ValueSet.compose.include */
	E(31400,147464,671,0,65535,0,1,1536,0,0,0,0,0,0),
	E(147800,147775,671,0,65535,0,1,1537,0,0,0,0,0,1),
	E(147946,147921,671,0,1,0,1,53,0,0,0,0,0,1),
	E(147978,147953,671,0,65535,0,1,29,1,425,0,0,0,1),
	E(135900,147987,671,0,1,0,1,1,0,0,0,0,0,1),
	/* ValueSet.compose.include.concept */
	E(165456,147497,672,1,1,0,1,8,0,0,0,0,0,0),
	E(148301,147535,672,0,65535,0,1,1538,0,0,0,0,0,0),
	E(35097,147734,672,0,1,0,1,1,0,0,0,0,0,0),
	/* ValueSet.compose.include.concept.designation */
	E(165066,147580,673,0,1,0,1,8,0,0,3,168801,0,0),
	E(172525,147634,673,0,1,0,1,145,0,0,2,161667,0,0),
	E(57164,147683,673,1,1,0,1,1,0,0,0,0,0,0),
	/* ValueSet.compose.include.filter */
	E(147839,147807,674,1,1,0,1,8,0,0,1,165181,0,1),
	E(170538,147842,674,1,1,0,1,8,0,0,0,0,0,1),
	E(57164,147883,674,1,1,0,1,1,0,0,0,0,0,1),
	/* ValueSet.expansion */
	E(148157,148138,675,0,65535,0,1,1539,0,0,0,0,0,0),
	E(87875,148457,675,0,1,0,1,53,0,0,0,0,0,0),
	E(148506,148487,675,0,1,0,1,166,0,0,0,0,0,0),
	E(141566,148513,675,0,65535,0,1,1540,0,0,0,0,0,0),
	E(9172,148614,675,1,1,0,1,26,0,0,0,0,0,0),
	E(9189,148643,675,0,1,0,1,166,0,0,0,0,0,0),
	/* ValueSet.expansion.contains */
	E(130593,148166,676,0,1,0,1,19,0,0,0,0,0,0),
	E(165456,148203,676,0,1,0,1,8,0,0,0,0,0,0),
	E(148157,148236,676,0,65535,0,1,1539,0,0,0,0,0,0),
	E(148301,148273,676,0,65535,0,1,1538,0,0,0,0,0,0),
	E(35097,148313,676,0,1,0,1,1,0,0,0,0,0,0),
	E(147430,148349,676,0,1,0,1,19,0,0,0,0,0,0),
	E(147946,148386,676,0,1,0,1,53,0,0,0,0,0,0),
	E(135900,148421,676,0,1,0,1,1,0,0,0,0,0,0),
	/* ValueSet.expansion.parameter */
	E(73876,148542,677,1,1,0,1,1,0,0,0,0,0,0),
	E(57164,148576,677,0,1,1,7,1541,0,0,0,0,0,0),
	/* VerificationResult */
	E(148920,148901,678,0,1,0,1,1548,0,0,0,0,0,0),
	E(149321,149302,678,0,1,0,1,16,0,0,3,185012,0,1),
	E(184437,149335,678,0,1,0,1,46,0,0,0,0,0,0),
	E(149383,149364,678,0,1,0,1,26,0,0,0,0,0,0),
	E(185123,149397,678,0,1,0,1,16,0,0,3,185075,0,1),
	E(149440,149421,678,0,1,0,1,23,0,0,0,0,0,0),
	E(76068,149454,678,0,65535,0,1,1549,0,0,0,0,0,0),
	E(162686,149812,678,1,1,0,1,8,0,0,1,185264,0,1),
	E(136429,149838,678,0,1,0,1,26,0,0,0,0,0,1),
	E(117216,149868,678,0,65535,0,1,4,1,131,0,0,0,1),
	E(149913,149894,678,0,65535,0,1,1,0,0,0,0,0,1),
	E(149947,149928,678,0,65535,0,1,16,0,0,4,185325,0,1),
	E(149984,149965,678,0,1,0,1,16,0,0,3,185458,0,1),
	E(150018,149999,678,0,65535,0,1,1550,0,0,0,0,0,0),
	/* VerificationResult.attestation */
	E(149568,148932,679,0,1,0,1,16,0,0,4,184943,0,1),
	E(134604,148983,679,0,1,0,1,23,0,0,0,0,0,1),
	E(128289,149019,679,0,1,0,1,4,3,253,0,0,0,1),
	E(149092,149061,679,0,1,0,1,1,0,0,0,0,0,0),
	E(149148,149117,679,0,1,0,1,175,0,0,0,0,0,0),
	E(149194,149163,679,0,1,0,1,1,0,0,0,0,0,0),
	E(149251,149220,679,0,1,0,1,175,0,0,0,0,0,0),
	E(149808,149267,679,0,1,0,1,4,3,228,0,0,0,1),
	/* VerificationResult.primarySource */
	E(149520,149487,680,0,1,0,1,16,0,0,3,184878,0,1),
	E(149568,149535,680,0,65535,0,1,16,0,0,4,184943,0,1),
	E(149621,149588,680,0,65535,0,1,16,0,0,3,185196,0,0),
	E(170750,149639,680,0,65535,0,1,16,0,0,4,185128,0,1),
	E(149710,149677,680,0,1,0,1,26,0,0,0,0,0,0),
	E(149758,149725,680,0,1,0,1,16,0,0,3,185392,0,0),
	E(149808,149775,680,0,1,0,1,4,3,253,0,0,0,0),
	/* VerificationResult.validator */
	E(150057,150028,681,0,1,0,1,175,0,0,0,0,0,0),
	E(150107,150078,681,0,1,0,1,1,0,0,0,0,0,0),
	E(17018,150127,681,1,1,0,1,4,1,5,0,0,0,0),
	/* VisionPrescription */
	E(7197,150188,682,1,1,0,1,26,0,0,0,0,0,1),
	E(150234,150215,682,1,1,0,1,26,0,0,0,0,0,1),
	E(172733,150246,682,0,1,0,1,4,1,72,0,0,0,0),
	E(87875,150275,682,0,65535,0,1,3,0,0,0,0,0,0),
	E(150324,150305,682,1,65535,0,1,1551,0,0,0,0,0,1),
	E(45477,151052,682,1,1,0,1,4,1,9,0,0,0,1),
	E(151098,151079,682,1,1,0,1,4,2,11,0,0,0,1),
	E(162686,151109,682,1,1,0,1,8,0,0,1,165361,1,1),
	/* VisionPrescription.lensSpecification */
	E(150379,150342,683,0,1,0,1,172,0,0,0,0,0,0),
	E(150420,150383,683,0,1,0,1,166,0,0,0,0,0,0),
	E(150462,150425,683,0,1,0,1,172,0,0,0,0,0,0),
	E(150509,150472,683,0,1,0,1,1,0,0,0,0,0,0),
	E(47432,150515,683,0,1,0,1,1,0,0,0,0,0,0),
	E(150595,150558,683,0,1,0,1,172,0,0,0,0,0,0),
	E(150641,150604,683,0,1,0,1,172,0,0,0,0,0,0),
	E(87818,150650,683,0,1,0,1,39,0,0,0,0,0,0),
	E(150733,150696,683,1,1,0,1,8,0,0,1,185628,0,1),
	E(87920,150737,683,0,65535,0,1,105,0,0,0,0,0,0),
	E(150816,150779,683,0,1,0,1,172,0,0,0,0,0,0),
	E(150859,150822,683,0,65535,0,1,1552,0,0,0,0,0,0),
	E(185716,150963,683,1,1,0,1,16,0,0,4,185680,0,1),
	E(151045,151008,683,0,1,0,1,172,0,0,0,0,0,0),
	/* VisionPrescription.lensSpecification.prism */
	E(110870,150865,684,1,1,0,1,172,0,0,0,0,0,0),
	E(150958,150915,684,1,1,0,1,8,0,0,1,185575,0,0),
	/* base64Binary */
	E(57164,151167,685,0,1,0,1,140,0,0,0,0,0,0),
	/* boolean */
	E(57164,151194,686,0,1,0,1,19,0,0,0,0,0,0),
	/* canonical */
	E(57164,151230,687,0,1,0,1,29,0,0,0,0,0,0),
	/* code */
	E(57164,151264,688,0,1,0,1,8,0,0,0,0,0,0),
	/* date */
	E(57164,151299,689,0,1,0,1,23,0,0,0,0,0,0),
	/* dateTime */
	E(57164,151310,690,0,1,0,1,26,0,0,0,0,0,0),
	/* decimal */
	E(57164,151342,691,0,1,0,1,172,0,0,0,0,0,0),
	/* id */
	E(57164,187374,692,0,1,0,1,702,0,0,0,0,0,0),
	/* instant */
	E(57164,187210,693,0,1,0,1,123,0,0,0,0,0,0),
	/* integer */
	E(57164,187232,694,0,1,0,1,166,0,0,0,0,0,0),
	/* markdown */
	E(57164,187270,695,0,1,0,1,25,0,0,0,0,0,0),
	/* oid */
	E(57164,187373,696,0,1,0,1,717,0,0,0,0,0,0),
	/* positiveInt */
	E(57164,187434,697,0,1,0,1,18,0,0,0,0,0,0),
	/* string */
	E(57164,187495,698,0,1,0,1,1,0,0,0,0,0,0),
	/* time */
	E(57164,187543,699,0,1,0,1,572,0,0,0,0,0,0),
	/* unsignedInt */
	E(57164,187566,700,0,1,0,1,125,0,0,0,0,0,0),
	/* uri */
	E(57164,187584,701,0,1,0,1,53,0,0,0,0,0,0),
	/* url */
	E(57164,187594,702,0,1,0,1,141,0,0,0,0,0,0),
	/* uuid */
	E(57164,187614,703,0,1,0,1,724,0,0,0,0,0,0),
	/* xhtml */
	E(50558,187631,704,0,0,0,1,156,0,0,0,0,0,0),
	E(57164,187647,704,1,1,0,1,1133,0,0,0,0,0,0),
};

/* name, first element, element count, base, kind, abstract, system type */
static const fp_type_row fp_types_r4b[704] = {
	{ 0, 0, 11, 236, 2, 0, 0 },  /* 1 Account */
	{ 8, 11, 2, 30, 3, 0, 0 },  /* 2 Account.coverage */
	{ 97, 13, 3, 30, 3, 0, 0 },  /* 3 Account.guarantor */
	{ 316, 16, 46, 236, 2, 0, 0 },  /* 4 ActivityDefinition */
	{ 614, 62, 2, 30, 3, 0, 0 },  /* 5 ActivityDefinition.dynamicValue */
	{ 1162, 64, 2, 30, 3, 0, 0 },  /* 6 ActivityDefinition.participant */
	{ 1833, 66, 10, 240, 1, 0, 0 },  /* 7 Address */
	{ 1986, 76, 10, 236, 2, 0, 0 },  /* 8 AdministrableProductDefinition */
	{ 2274, 86, 3, 30, 3, 0, 0 },  /* 9 AdministrableProductDefinition.property */
	{ 2455, 89, 7, 30, 3, 0, 0 },  /* 10 AdministrableProductDefinition.routeOfAdministration */
	{ 2914, 96, 2, 30, 3, 0, 0 },  /* 11 AdministrableProductDefinition.routeOfAdministration.targetSpecies */
	{ 3053, 98, 3, 30, 3, 0, 0 },  /* 12 AdministrableProductDefinition.routeOfAdministration.targetSpecies.withdrawalPeriod */
	{ 3512, 101, 20, 236, 2, 0, 0 },  /* 13 AdverseEvent */
	{ 3977, 121, 2, 30, 3, 0, 0 },  /* 14 AdverseEvent.suspectEntity */
	{ 4004, 123, 4, 30, 3, 0, 0 },  /* 15 AdverseEvent.suspectEntity.causality */
	{ 70671, 127, 0, 532, 1, 0, 0 },  /* 16 Age */
	{ 4269, 127, 16, 236, 2, 0, 0 },  /* 17 AllergyIntolerance */
	{ 4605, 143, 7, 30, 3, 0, 0 },  /* 18 AllergyIntolerance.reaction */
	{ 5021, 150, 3, 240, 1, 0, 0 },  /* 19 Annotation */
	{ 5085, 153, 22, 236, 2, 0, 0 },  /* 20 Appointment */
	{ 5306, 175, 5, 30, 3, 0, 0 },  /* 21 Appointment.participant */
	{ 5777, 180, 8, 236, 2, 0, 0 },  /* 22 AppointmentResponse */
	{ 6038, 188, 8, 240, 1, 0, 0 },  /* 23 Attachment */
	{ 6192, 196, 11, 236, 2, 0, 0 },  /* 24 AuditEvent */
	{ 6221, 207, 11, 30, 3, 0, 0 },  /* 25 AuditEvent.agent */
	{ 6332, 218, 2, 30, 3, 0, 0 },  /* 26 AuditEvent.agent.network */
	{ 6566, 220, 9, 30, 3, 0, 0 },  /* 27 AuditEvent.entity */
	{ 6614, 229, 2, 30, 3, 0, 0 },  /* 28 AuditEvent.entity.detail */
	{ 6985, 231, 3, 30, 3, 0, 0 },  /* 29 AuditEvent.source */
	{ 7111, 234, 1, 240, 1, 1, 0 },  /* 30 BackboneElement */
	{ 7161, 235, 5, 236, 2, 0, 0 },  /* 31 Basic */
	{ 151160, 240, 3, 561, 2, 0, 0 },  /* 32 Binary */
	{ 7290, 243, 11, 236, 2, 0, 0 },  /* 33 BiologicallyDerivedProduct */
	{ 7317, 254, 3, 30, 3, 0, 0 },  /* 34 BiologicallyDerivedProduct.collection */
	{ 7537, 257, 2, 30, 3, 0, 0 },  /* 35 BiologicallyDerivedProduct.manipulation */
	{ 7711, 259, 4, 30, 3, 0, 0 },  /* 36 BiologicallyDerivedProduct.processing */
	{ 8127, 263, 4, 30, 3, 0, 0 },  /* 37 BiologicallyDerivedProduct.storage */
	{ 8341, 267, 8, 236, 2, 0, 0 },  /* 38 BodyStructure */
	{ 8549, 275, 7, 561, 2, 0, 0 },  /* 39 Bundle */
	{ 8556, 282, 6, 30, 3, 0, 0 },  /* 40 Bundle.entry */
	{ 8608, 288, 6, 30, 3, 0, 0 },  /* 41 Bundle.entry.request */
	{ 8836, 294, 5, 30, 3, 0, 0 },  /* 42 Bundle.entry.response */
	{ 9010, 299, 2, 30, 3, 0, 0 },  /* 43 Bundle.entry.search */
	{ 9099, 301, 2, 30, 3, 0, 0 },  /* 44 Bundle.link */
	{ 9207, 303, 26, 236, 2, 0, 0 },  /* 45 CapabilityStatement */
	{ 9342, 329, 3, 30, 3, 0, 0 },  /* 46 CapabilityStatement.document */
	{ 9577, 332, 3, 30, 3, 0, 0 },  /* 47 CapabilityStatement.implementation */
	{ 9902, 335, 4, 30, 3, 0, 0 },  /* 48 CapabilityStatement.messaging */
	{ 9976, 339, 2, 30, 3, 0, 0 },  /* 49 CapabilityStatement.messaging.endpoint */
	{ 10154, 341, 2, 30, 3, 0, 0 },  /* 50 CapabilityStatement.messaging.supportedMessage */
	{ 10426, 343, 8, 30, 3, 0, 0 },  /* 51 CapabilityStatement.rest */
	{ 10527, 351, 2, 30, 3, 0, 0 },  /* 52 CapabilityStatement.rest.interaction */
	{ 10722, 353, 17, 30, 3, 0, 0 },  /* 53 CapabilityStatement.rest.resource */
	{ 11010, 370, 2, 30, 3, 0, 0 },  /* 54 CapabilityStatement.rest.resource.interaction */
	{ 11167, 372, 3, 30, 3, 0, 0 },  /* 55 CapabilityStatement.rest.resource.operation */
	{ 11559, 375, 4, 30, 3, 0, 0 },  /* 56 CapabilityStatement.rest.resource.searchParam */
	{ 12094, 379, 3, 30, 3, 0, 0 },  /* 57 CapabilityStatement.rest.security */
	{ 12255, 382, 3, 30, 3, 0, 0 },  /* 58 CapabilityStatement.software */
	{ 12532, 385, 23, 236, 2, 0, 0 },  /* 59 CarePlan */
	{ 12541, 408, 5, 30, 3, 0, 0 },  /* 60 CarePlan.activity */
	{ 12559, 413, 17, 30, 3, 0, 0 },  /* 61 CarePlan.activity.detail */
	{ 13737, 430, 13, 236, 2, 0, 0 },  /* 62 CareTeam */
	{ 13861, 443, 4, 30, 3, 0, 0 },  /* 63 CareTeam.participant */
	{ 14107, 447, 13, 236, 2, 0, 0 },  /* 64 CatalogEntry */
	{ 14358, 460, 2, 30, 3, 0, 0 },  /* 65 CatalogEntry.relatedEntry */
	{ 14541, 462, 26, 236, 2, 0, 0 },  /* 66 ChargeItem */
	{ 14879, 488, 2, 30, 3, 0, 0 },  /* 67 ChargeItem.performer */
	{ 15199, 490, 23, 236, 2, 0, 0 },  /* 68 ChargeItemDefinition */
	{ 15220, 513, 3, 30, 3, 0, 0 },  /* 69 ChargeItemDefinition.applicability */
	{ 15838, 516, 2, 30, 3, 0, 0 },  /* 70 ChargeItemDefinition.propertyGroup */
	{ 15922, 518, 4, 30, 3, 0, 0 },  /* 71 ChargeItemDefinition.propertyGroup.priceComponent */
	{ 21067, 522, 29, 236, 2, 0, 0 },  /* 72 Citation */
	{ 16436, 551, 15, 30, 3, 0, 0 },  /* 73 Citation.citedArtifact */
	{ 16459, 566, 4, 30, 3, 0, 0 },  /* 74 Citation.citedArtifact.abstract */
	{ 16648, 570, 3, 30, 3, 0, 0 },  /* 75 Citation.citedArtifact.classification */
	{ 16778, 573, 5, 30, 3, 0, 0 },  /* 76 Citation.citedArtifact.classification.whoClassified */
	{ 17152, 578, 3, 30, 3, 0, 0 },  /* 77 Citation.citedArtifact.contributorship */
	{ 17239, 581, 12, 30, 3, 0, 0 },  /* 78 Citation.citedArtifact.contributorship.entry */
	{ 17337, 593, 3, 30, 3, 0, 0 },  /* 79 Citation.citedArtifact.contributorship.entry.affiliationInfo */
	{ 17669, 596, 2, 30, 3, 0, 0 },  /* 80 Citation.citedArtifact.contributorship.entry.contributionInstance */
	{ 18323, 598, 4, 30, 3, 0, 0 },  /* 81 Citation.citedArtifact.contributorship.summary */
	{ 18716, 602, 3, 30, 3, 0, 0 },  /* 82 Citation.citedArtifact.part */
	{ 18852, 605, 11, 30, 3, 0, 0 },  /* 83 Citation.citedArtifact.publicationForm */
	{ 19346, 616, 4, 30, 3, 0, 0 },  /* 84 Citation.citedArtifact.publicationForm.periodicRelease */
	{ 19468, 620, 6, 30, 3, 0, 0 },  /* 85 Citation.citedArtifact.publicationForm.periodicRelease.dateOfPublication */
	{ 20134, 626, 5, 30, 3, 0, 0 },  /* 86 Citation.citedArtifact.publicationForm.publishedIn */
	{ 20531, 631, 3, 30, 3, 0, 0 },  /* 87 Citation.citedArtifact.relatesTo */
	{ 20707, 634, 3, 30, 3, 0, 0 },  /* 88 Citation.citedArtifact.statusDate */
	{ 20866, 637, 3, 30, 3, 0, 0 },  /* 89 Citation.citedArtifact.title */
	{ 21001, 640, 2, 30, 3, 0, 0 },  /* 90 Citation.citedArtifact.version */
	{ 21113, 642, 2, 30, 3, 0, 0 },  /* 91 Citation.citedArtifact.webLocation */
	{ 21227, 644, 2, 30, 3, 0, 0 },  /* 92 Citation.classification */
	{ 21619, 646, 3, 30, 3, 0, 0 },  /* 93 Citation.relatesTo */
	{ 21773, 649, 3, 30, 3, 0, 0 },  /* 94 Citation.statusDate */
	{ 21876, 652, 2, 30, 3, 0, 0 },  /* 95 Citation.summary */
	{ 22003, 654, 27, 236, 2, 0, 0 },  /* 96 Claim */
	{ 22009, 681, 3, 30, 3, 0, 0 },  /* 97 Claim.accident */
	{ 22112, 684, 5, 30, 3, 0, 0 },  /* 98 Claim.careTeam */
	{ 22265, 689, 5, 30, 3, 0, 0 },  /* 99 Claim.diagnosis */
	{ 22477, 694, 7, 30, 3, 0, 0 },  /* 100 Claim.insurance */
	{ 22699, 701, 21, 30, 3, 0, 0 },  /* 101 Claim.item */
	{ 22778, 722, 12, 30, 3, 0, 0 },  /* 102 Claim.item.detail */
	{ 23042, 734, 11, 30, 3, 0, 0 },  /* 103 Claim.item.detail.subDetail */
	{ 23941, 745, 2, 30, 3, 0, 0 },  /* 104 Claim.payee */
	{ 24022, 747, 5, 30, 3, 0, 0 },  /* 105 Claim.procedure */
	{ 24184, 752, 3, 30, 3, 0, 0 },  /* 106 Claim.related */
	{ 24296, 755, 6, 30, 3, 0, 0 },  /* 107 Claim.supportingInfo */
	{ 24525, 761, 27, 236, 2, 0, 0 },  /* 108 ClaimResponse */
	{ 24539, 788, 18, 30, 3, 0, 0 },  /* 109 ClaimResponse.addItem */
	{ 24627, 806, 9, 30, 3, 0, 0 },  /* 110 ClaimResponse.addItem.detail */
	{ 24929, 815, 8, 30, 3, 0, 0 },  /* 111 ClaimResponse.addItem.detail.subDetail */
	{ 26005, 823, 4, 30, 3, 0, 0 },  /* 112 ClaimResponse.error */
	{ 26250, 827, 5, 30, 3, 0, 0 },  /* 113 ClaimResponse.insurance */
	{ 26474, 832, 4, 30, 3, 0, 0 },  /* 114 ClaimResponse.item */
	{ 26493, 836, 4, 30, 3, 0, 0 },  /* 115 ClaimResponse.item.adjudication */
	{ 26682, 840, 4, 30, 3, 0, 0 },  /* 116 ClaimResponse.item.detail */
	{ 26825, 844, 3, 30, 3, 0, 0 },  /* 117 ClaimResponse.item.detail.subDetail */
	{ 27141, 847, 6, 30, 3, 0, 0 },  /* 118 ClaimResponse.payment */
	{ 27404, 853, 4, 30, 3, 0, 0 },  /* 119 ClaimResponse.processNote */
	{ 27649, 857, 2, 30, 3, 0, 0 },  /* 120 ClaimResponse.total */
	{ 27762, 859, 20, 236, 2, 0, 0 },  /* 121 ClinicalImpression */
	{ 27949, 879, 3, 30, 3, 0, 0 },  /* 122 ClinicalImpression.finding */
	{ 28127, 882, 2, 30, 3, 0, 0 },  /* 123 ClinicalImpression.investigation */
	{ 28571, 884, 11, 236, 2, 0, 0 },  /* 124 ClinicalUseDefinition */
	{ 28624, 895, 5, 30, 3, 0, 0 },  /* 125 ClinicalUseDefinition.contraindication */
	{ 28880, 900, 2, 30, 3, 0, 0 },  /* 126 ClinicalUseDefinition.contraindication.otherTherapy */
	{ 29094, 902, 7, 30, 3, 0, 0 },  /* 127 ClinicalUseDefinition.indication */
	{ 29466, 909, 5, 30, 3, 0, 0 },  /* 128 ClinicalUseDefinition.interaction */
	{ 29585, 914, 1, 30, 3, 0, 0 },  /* 129 ClinicalUseDefinition.interaction.interactant */
	{ 29888, 915, 3, 30, 3, 0, 0 },  /* 130 ClinicalUseDefinition.undesirableEffect */
	{ 30108, 918, 2, 30, 3, 0, 0 },  /* 131 ClinicalUseDefinition.warning */
	{ 30215, 920, 26, 236, 2, 0, 0 },  /* 132 CodeSystem */
	{ 30276, 946, 6, 30, 3, 0, 0 },  /* 133 CodeSystem.concept */
	{ 30376, 952, 3, 30, 3, 0, 0 },  /* 134 CodeSystem.concept.designation */
	{ 30546, 955, 2, 30, 3, 0, 0 },  /* 135 CodeSystem.concept.property */
	{ 30783, 957, 4, 30, 3, 0, 0 },  /* 136 CodeSystem.filter */
	{ 30995, 961, 4, 30, 3, 0, 0 },  /* 137 CodeSystem.property */
	{ 13223, 965, 2, 240, 1, 0, 0 },  /* 138 CodeableConcept */
	{ 31364, 967, 2, 240, 1, 0, 0 },  /* 139 CodeableReference */
	{ 31436, 969, 5, 240, 1, 0, 0 },  /* 140 Coding */
	{ 31519, 974, 23, 236, 2, 0, 0 },  /* 141 Communication */
	{ 31801, 997, 1, 30, 3, 0, 0 },  /* 142 Communication.payload */
	{ 32111, 998, 22, 236, 2, 0, 0 },  /* 143 CommunicationRequest */
	{ 32473, 1020, 1, 30, 3, 0, 0 },  /* 144 CommunicationRequest.payload */
	{ 32852, 1021, 14, 236, 2, 0, 0 },  /* 145 CompartmentDefinition */
	{ 33116, 1035, 3, 30, 3, 0, 0 },  /* 146 CompartmentDefinition.resource */
	{ 33412, 1038, 15, 236, 2, 0, 0 },  /* 147 Composition */
	{ 33424, 1053, 3, 30, 3, 0, 0 },  /* 148 Composition.attester */
	{ 33653, 1056, 3, 30, 3, 0, 0 },  /* 149 Composition.event */
	{ 33767, 1059, 2, 30, 3, 0, 0 },  /* 150 Composition.relatesTo */
	{ 33848, 1061, 10, 30, 3, 0, 0 },  /* 151 Composition.section */
	{ 34212, 1071, 18, 236, 2, 0, 0 },  /* 152 ConceptMap */
	{ 34326, 1089, 6, 30, 3, 0, 0 },  /* 153 ConceptMap.group */
	{ 34343, 1095, 3, 30, 3, 0, 0 },  /* 154 ConceptMap.group.element */
	{ 34431, 1098, 6, 30, 3, 0, 0 },  /* 155 ConceptMap.group.element.target */
	{ 34540, 1104, 4, 30, 3, 0, 0 },  /* 156 ConceptMap.group.element.target.dependsOn */
	{ 35014, 1108, 4, 30, 3, 0, 0 },  /* 157 ConceptMap.group.unmapped */
	{ 3845, 1112, 17, 236, 2, 0, 0 },  /* 158 Condition */
	{ 35541, 1129, 2, 30, 3, 0, 0 },  /* 159 Condition.evidence */
	{ 35726, 1131, 3, 30, 3, 0, 0 },  /* 160 Condition.stage */
	{ 35861, 1134, 13, 236, 2, 0, 0 },  /* 161 Consent */
	{ 35977, 1147, 2, 30, 3, 0, 0 },  /* 162 Consent.policy */
	{ 36055, 1149, 11, 30, 3, 0, 0 },  /* 163 Consent.provision */
	{ 36098, 1160, 2, 30, 3, 0, 0 },  /* 164 Consent.provision.actor */
	{ 36232, 1162, 2, 30, 3, 0, 0 },  /* 165 Consent.provision.data */
	{ 36529, 1164, 3, 30, 3, 0, 0 },  /* 166 Consent.verification */
	{ 36652, 1167, 2, 240, 1, 0, 0 },  /* 167 ContactDetail */
	{ 36707, 1169, 5, 240, 1, 0, 0 },  /* 168 ContactPoint */
	{ 36814, 1174, 33, 236, 2, 0, 0 },  /* 169 Contract */
	{ 36890, 1207, 6, 30, 3, 0, 0 },  /* 170 Contract.contentDefinition */
	{ 37213, 1213, 1, 30, 3, 0, 0 },  /* 171 Contract.friendly */
	{ 37352, 1214, 1, 30, 3, 0, 0 },  /* 172 Contract.legal */
	{ 37479, 1215, 1, 30, 3, 0, 0 },  /* 173 Contract.rule */
	{ 37533, 1216, 3, 30, 3, 0, 0 },  /* 174 Contract.signer */
	{ 37724, 1219, 12, 30, 3, 0, 0 },  /* 175 Contract.term */
	{ 37738, 1231, 21, 30, 3, 0, 0 },  /* 176 Contract.term.action */
	{ 38380, 1252, 2, 30, 3, 0, 0 },  /* 177 Contract.term.action.subject */
	{ 38530, 1254, 15, 30, 3, 0, 0 },  /* 178 Contract.term.asset */
	{ 38607, 1269, 3, 30, 3, 0, 0 },  /* 179 Contract.term.asset.context */
	{ 39065, 1272, 14, 30, 3, 0, 0 },  /* 180 Contract.term.asset.valuedItem */
	{ 39737, 1286, 10, 30, 3, 0, 0 },  /* 181 Contract.term.offer */
	{ 39757, 1296, 1, 30, 3, 0, 0 },  /* 182 Contract.term.offer.answer */
	{ 39940, 1297, 2, 30, 3, 0, 0 },  /* 183 Contract.term.offer.party */
	{ 40149, 1299, 4, 30, 3, 0, 0 },  /* 184 Contract.term.securityLabel */
	{ 40488, 1303, 3, 240, 1, 0, 0 },  /* 185 Contributor */
	{ 57756, 1306, 0, 532, 1, 0, 0 },  /* 186 Count */
	{ 99656, 1306, 17, 236, 2, 0, 0 },  /* 187 Coverage */
	{ 40575, 1323, 3, 30, 3, 0, 0 },  /* 188 Coverage.class */
	{ 40669, 1326, 3, 30, 3, 0, 0 },  /* 189 Coverage.costToBeneficiary */
	{ 40696, 1329, 2, 30, 3, 0, 0 },  /* 190 Coverage.costToBeneficiary.exception */
	{ 41126, 1331, 14, 236, 2, 0, 0 },  /* 191 CoverageEligibilityRequest */
	{ 41297, 1345, 3, 30, 3, 0, 0 },  /* 192 CoverageEligibilityRequest.insurance */
	{ 41515, 1348, 10, 30, 3, 0, 0 },  /* 193 CoverageEligibilityRequest.item */
	{ 41627, 1358, 1, 30, 3, 0, 0 },  /* 194 CoverageEligibilityRequest.item.diagnosis */
	{ 42249, 1359, 3, 30, 3, 0, 0 },  /* 195 CoverageEligibilityRequest.supportingInfo */
	{ 42451, 1362, 15, 236, 2, 0, 0 },  /* 196 CoverageEligibilityResponse */
	{ 42555, 1377, 1, 30, 3, 0, 0 },  /* 197 CoverageEligibilityResponse.error */
	{ 42700, 1378, 4, 30, 3, 0, 0 },  /* 198 CoverageEligibilityResponse.insurance */
	{ 42883, 1382, 14, 30, 3, 0, 0 },  /* 199 CoverageEligibilityResponse.insurance.item */
	{ 43118, 1396, 3, 30, 3, 0, 0 },  /* 200 CoverageEligibilityResponse.insurance.item.benefit */
	{ 44196, 1399, 8, 240, 1, 0, 0 },  /* 201 DataRequirement */
	{ 44212, 1407, 4, 240, 3, 0, 0 },  /* 202 DataRequirement.codeFilter */
	{ 44378, 1411, 3, 240, 3, 0, 0 },  /* 203 DataRequirement.dateFilter */
	{ 44586, 1414, 2, 240, 3, 0, 0 },  /* 204 DataRequirement.sort */
	{ 105152, 1416, 0, 240, 1, 1, 0 },  /* 205 DataType */
	{ 44712, 1416, 12, 236, 2, 0, 0 },  /* 206 DetectedIssue */
	{ 44787, 1428, 2, 30, 3, 0, 0 },  /* 207 DetectedIssue.evidence */
	{ 44946, 1430, 3, 30, 3, 0, 0 },  /* 208 DetectedIssue.mitigation */
	{ 115850, 1433, 26, 236, 2, 0, 0 },  /* 209 Device */
	{ 45188, 1459, 2, 30, 3, 0, 0 },  /* 210 Device.deviceName */
	{ 45485, 1461, 3, 30, 3, 0, 0 },  /* 211 Device.property */
	{ 45612, 1464, 2, 30, 3, 0, 0 },  /* 212 Device.specialization */
	{ 45743, 1466, 6, 30, 3, 0, 0 },  /* 213 Device.udiCarrier */
	{ 45950, 1472, 3, 30, 3, 0, 0 },  /* 214 Device.version */
	{ 46031, 1475, 22, 236, 2, 0, 0 },  /* 215 DeviceDefinition */
	{ 46048, 1497, 2, 30, 3, 0, 0 },  /* 216 DeviceDefinition.capability */
	{ 46174, 1499, 2, 30, 3, 0, 0 },  /* 217 DeviceDefinition.deviceName */
	{ 46359, 1501, 3, 30, 3, 0, 0 },  /* 218 DeviceDefinition.material */
	{ 46683, 1504, 3, 30, 3, 0, 0 },  /* 219 DeviceDefinition.property */
	{ 46900, 1507, 2, 30, 3, 0, 0 },  /* 220 DeviceDefinition.specialization */
	{ 47037, 1509, 3, 30, 3, 0, 0 },  /* 221 DeviceDefinition.udiDeviceIdentifier */
	{ 47268, 1512, 10, 236, 2, 0, 0 },  /* 222 DeviceMetric */
	{ 47281, 1522, 3, 30, 3, 0, 0 },  /* 223 DeviceMetric.calibration */
	{ 47600, 1525, 24, 236, 2, 0, 0 },  /* 224 DeviceRequest */
	{ 47920, 1549, 2, 30, 3, 0, 0 },  /* 225 DeviceRequest.parameter */
	{ 48289, 1551, 13, 236, 2, 0, 0 },  /* 226 DeviceUseStatement */
	{ 48677, 1564, 18, 236, 2, 0, 0 },  /* 227 DiagnosticReport */
	{ 48966, 1582, 2, 30, 3, 0, 0 },  /* 228 DiagnosticReport.media */
	{ 49241, 1584, 0, 532, 1, 0, 0 },  /* 229 Distance */
	{ 49250, 1584, 12, 236, 2, 0, 0 },  /* 230 DocumentManifest */
	{ 49459, 1596, 2, 30, 3, 0, 0 },  /* 231 DocumentManifest.related */
	{ 49644, 1598, 16, 236, 2, 0, 0 },  /* 232 DocumentReference */
	{ 49746, 1614, 2, 30, 3, 0, 0 },  /* 233 DocumentReference.content */
	{ 49842, 1616, 7, 30, 3, 0, 0 },  /* 234 DocumentReference.context */
	{ 50301, 1623, 2, 30, 3, 0, 0 },  /* 235 DocumentReference.relatesTo */
	{ 50503, 1625, 4, 561, 2, 1, 0 },  /* 236 DomainResource */
	{ 50621, 1629, 13, 30, 1, 0, 0 },  /* 237 Dosage */
	{ 50676, 1642, 3, 240, 3, 0, 0 },  /* 238 Dosage.doseAndRate */
	{ 5297, 1645, 0, 532, 1, 0, 0 },  /* 239 Duration */
	{ 7119, 1645, 2, 0, 1, 1, 0 },  /* 240 Element */
	{ 122716, 1647, 34, 30, 1, 0, 0 },  /* 241 ElementDefinition */
	{ 51015, 1681, 3, 240, 3, 0, 0 },  /* 242 ElementDefinition.base */
	{ 51120, 1684, 3, 240, 3, 0, 0 },  /* 243 ElementDefinition.binding */
	{ 51305, 1687, 7, 240, 3, 0, 0 },  /* 244 ElementDefinition.constraint */
	{ 51691, 1694, 2, 240, 3, 0, 0 },  /* 245 ElementDefinition.example */
	{ 51927, 1696, 4, 240, 3, 0, 0 },  /* 246 ElementDefinition.mapping */
	{ 52523, 1700, 4, 240, 3, 0, 0 },  /* 247 ElementDefinition.slicing */
	{ 52587, 1704, 2, 240, 3, 0, 0 },  /* 248 ElementDefinition.slicing.discriminator */
	{ 124475, 1706, 5, 240, 3, 0, 0 },  /* 249 ElementDefinition.type */
	{ 52948, 1711, 23, 236, 2, 0, 0 },  /* 250 Encounter */
	{ 53032, 1734, 2, 30, 3, 0, 0 },  /* 251 Encounter.classHistory */
	{ 53114, 1736, 3, 30, 3, 0, 0 },  /* 252 Encounter.diagnosis */
	{ 53237, 1739, 9, 30, 3, 0, 0 },  /* 253 Encounter.hospitalization */
	{ 53672, 1748, 4, 30, 3, 0, 0 },  /* 254 Encounter.location */
	{ 53820, 1752, 3, 30, 3, 0, 0 },  /* 255 Encounter.participant */
	{ 54079, 1755, 2, 30, 3, 0, 0 },  /* 256 Encounter.statusHistory */
	{ 54198, 1757, 11, 236, 2, 0, 0 },  /* 257 Endpoint */
	{ 54423, 1768, 7, 236, 2, 0, 0 },  /* 258 EnrollmentRequest */
	{ 54629, 1775, 8, 236, 2, 0, 0 },  /* 259 EnrollmentResponse */
	{ 54883, 1783, 12, 236, 2, 0, 0 },  /* 260 EpisodeOfCare */
	{ 54945, 1795, 3, 30, 3, 0, 0 },  /* 261 EpisodeOfCare.diagnosis */
	{ 55215, 1798, 2, 30, 3, 0, 0 },  /* 262 EpisodeOfCare.statusHistory */
	{ 55351, 1800, 28, 236, 2, 0, 0 },  /* 263 EventDefinition */
	{ 56078, 1828, 25, 236, 2, 0, 0 },  /* 264 Evidence */
	{ 56144, 1853, 6, 30, 3, 0, 0 },  /* 265 Evidence.certainty */
	{ 56550, 1859, 10, 30, 3, 0, 0 },  /* 266 Evidence.statistic */
	{ 56569, 1869, 7, 30, 3, 0, 0 },  /* 267 Evidence.statistic.attributeEstimate */
	{ 56985, 1876, 4, 30, 3, 0, 0 },  /* 268 Evidence.statistic.modelCharacteristic */
	{ 57170, 1880, 5, 30, 3, 0, 0 },  /* 269 Evidence.statistic.modelCharacteristic.variable */
	{ 57645, 1885, 5, 30, 3, 0, 0 },  /* 270 Evidence.statistic.sampleSize */
	{ 58033, 1890, 6, 30, 3, 0, 0 },  /* 271 Evidence.variableDefinition */
	{ 58310, 1896, 18, 236, 2, 0, 0 },  /* 272 EvidenceReport */
	{ 58576, 1914, 2, 30, 3, 0, 0 },  /* 273 EvidenceReport.relatesTo */
	{ 58690, 1916, 12, 30, 3, 0, 0 },  /* 274 EvidenceReport.section */
	{ 59130, 1928, 2, 30, 3, 0, 0 },  /* 275 EvidenceReport.subject */
	{ 59153, 1930, 4, 30, 3, 0, 0 },  /* 276 EvidenceReport.subject.characteristic */
	{ 59465, 1934, 24, 236, 2, 0, 0 },  /* 277 EvidenceVariable */
	{ 59530, 1958, 2, 30, 3, 0, 0 },  /* 278 EvidenceVariable.category */
	{ 59622, 1960, 7, 30, 3, 0, 0 },  /* 279 EvidenceVariable.characteristic */
	{ 59907, 1967, 4, 30, 3, 0, 0 },  /* 280 EvidenceVariable.characteristic.timeFromStart */
	{ 60697, 1971, 17, 236, 2, 0, 0 },  /* 281 ExampleScenario */
	{ 60713, 1988, 4, 30, 3, 0, 0 },  /* 282 ExampleScenario.actor */
	{ 60980, 1992, 6, 30, 3, 0, 0 },  /* 283 ExampleScenario.instance */
	{ 61005, 1998, 2, 30, 3, 0, 0 },  /* 284 ExampleScenario.instance.containedInstance */
	{ 61296, 2000, 2, 30, 3, 0, 0 },  /* 285 ExampleScenario.instance.version */
	{ 61467, 2002, 5, 30, 3, 0, 0 },  /* 286 ExampleScenario.process */
	{ 61604, 2007, 4, 30, 3, 0, 0 },  /* 287 ExampleScenario.process.step */
	{ 61633, 2011, 3, 30, 3, 0, 0 },  /* 288 ExampleScenario.process.step.alternative */
	{ 61820, 2014, 10, 30, 3, 0, 0 },  /* 289 ExampleScenario.process.step.operation */
	{ 62616, 2024, 43, 236, 2, 0, 0 },  /* 290 ExplanationOfBenefit */
	{ 62637, 2067, 3, 30, 3, 0, 0 },  /* 291 ExplanationOfBenefit.accident */
	{ 62779, 2070, 18, 30, 3, 0, 0 },  /* 292 ExplanationOfBenefit.addItem */
	{ 62888, 2088, 9, 30, 3, 0, 0 },  /* 293 ExplanationOfBenefit.addItem.detail */
	{ 63246, 2097, 8, 30, 3, 0, 0 },  /* 294 ExplanationOfBenefit.addItem.detail.subDetail */
	{ 64421, 2105, 8, 30, 3, 0, 0 },  /* 295 ExplanationOfBenefit.benefitBalance */
	{ 64595, 2113, 3, 30, 3, 0, 0 },  /* 296 ExplanationOfBenefit.benefitBalance.financial */
	{ 65041, 2116, 5, 30, 3, 0, 0 },  /* 297 ExplanationOfBenefit.careTeam */
	{ 65361, 2121, 5, 30, 3, 0, 0 },  /* 298 ExplanationOfBenefit.diagnosis */
	{ 65855, 2126, 3, 30, 3, 0, 0 },  /* 299 ExplanationOfBenefit.insurance */
	{ 66034, 2129, 23, 30, 3, 0, 0 },  /* 300 ExplanationOfBenefit.item */
	{ 66060, 2152, 4, 30, 3, 0, 0 },  /* 301 ExplanationOfBenefit.item.adjudication */
	{ 66397, 2156, 14, 30, 3, 0, 0 },  /* 302 ExplanationOfBenefit.item.detail */
	{ 66901, 2170, 13, 30, 3, 0, 0 },  /* 303 ExplanationOfBenefit.item.detail.subDetail */
	{ 68471, 2183, 2, 30, 3, 0, 0 },  /* 304 ExplanationOfBenefit.payee */
	{ 68563, 2185, 6, 30, 3, 0, 0 },  /* 305 ExplanationOfBenefit.payment */
	{ 68988, 2191, 5, 30, 3, 0, 0 },  /* 306 ExplanationOfBenefit.procedure */
	{ 69210, 2196, 4, 30, 3, 0, 0 },  /* 307 ExplanationOfBenefit.processNote */
	{ 69461, 2200, 3, 30, 3, 0, 0 },  /* 308 ExplanationOfBenefit.related */
	{ 69663, 2203, 6, 30, 3, 0, 0 },  /* 309 ExplanationOfBenefit.supportingInfo */
	{ 69964, 2209, 2, 30, 3, 0, 0 },  /* 310 ExplanationOfBenefit.total */
	{ 144417, 2211, 5, 240, 1, 0, 0 },  /* 311 Expression */
	{ 50591, 2216, 2, 240, 1, 0, 0 },  /* 312 Extension */
	{ 70247, 2218, 18, 236, 2, 0, 0 },  /* 313 FamilyMemberHistory */
	{ 70322, 2236, 5, 30, 3, 0, 0 },  /* 314 FamilyMemberHistory.condition */
	{ 71013, 2241, 8, 236, 2, 0, 0 },  /* 315 Flag */
	{ 71122, 2249, 16, 236, 2, 0, 0 },  /* 316 Goal */
	{ 71374, 2265, 3, 30, 3, 0, 0 },  /* 317 Goal.target */
	{ 71447, 2268, 15, 236, 2, 0, 0 },  /* 318 GraphDefinition */
	{ 71594, 2283, 6, 30, 3, 0, 0 },  /* 319 GraphDefinition.link */
	{ 71755, 2289, 5, 30, 3, 0, 0 },  /* 320 GraphDefinition.link.target */
	{ 71783, 2294, 5, 30, 3, 0, 0 },  /* 321 GraphDefinition.link.target.compartment */
	{ 120474, 2299, 10, 236, 2, 0, 0 },  /* 322 Group */
	{ 72434, 2309, 4, 30, 3, 0, 0 },  /* 323 Group.characteristic */
	{ 72589, 2313, 3, 30, 3, 0, 0 },  /* 324 Group.member */
	{ 72701, 2316, 15, 236, 2, 0, 0 },  /* 325 GuidanceResponse */
	{ 73156, 2331, 24, 236, 2, 0, 0 },  /* 326 HealthcareService */
	{ 73278, 2355, 4, 30, 3, 0, 0 },  /* 327 HealthcareService.availableTime */
	{ 73641, 2359, 2, 30, 3, 0, 0 },  /* 328 HealthcareService.eligibility */
	{ 73881, 2361, 2, 30, 3, 0, 0 },  /* 329 HealthcareService.notAvailable */
	{ 74221, 2363, 7, 240, 1, 0, 0 },  /* 330 HumanName */
	{ 20520, 2370, 6, 240, 1, 0, 0 },  /* 331 Identifier */
	{ 74448, 2376, 20, 236, 2, 0, 0 },  /* 332 ImagingStudy */
	{ 74856, 2396, 12, 30, 3, 0, 0 },  /* 333 ImagingStudy.series */
	{ 74966, 2408, 4, 30, 3, 0, 0 },  /* 334 ImagingStudy.series.instance */
	{ 75262, 2412, 2, 30, 3, 0, 0 },  /* 335 ImagingStudy.series.performer */
	{ 78007, 2414, 28, 236, 2, 0, 0 },  /* 336 Immunization */
	{ 75536, 2442, 4, 30, 3, 0, 0 },  /* 337 Immunization.education */
	{ 75971, 2446, 2, 30, 3, 0, 0 },  /* 338 Immunization.performer */
	{ 76114, 2448, 5, 30, 3, 0, 0 },  /* 339 Immunization.protocolApplied */
	{ 76348, 2453, 3, 30, 3, 0, 0 },  /* 340 Immunization.reaction */
	{ 76695, 2456, 13, 236, 2, 0, 0 },  /* 341 ImmunizationEvaluation */
	{ 77166, 2469, 5, 236, 2, 0, 0 },  /* 342 ImmunizationRecommendation */
	{ 77335, 2474, 12, 30, 3, 0, 0 },  /* 343 ImmunizationRecommendation.recommendation */
	{ 77446, 2486, 2, 30, 3, 0, 0 },  /* 344 ImmunizationRecommendation.recommendation.dateCriterion */
	{ 78201, 2488, 20, 236, 2, 0, 0 },  /* 345 ImplementationGuide */
	{ 78304, 2508, 5, 30, 3, 0, 0 },  /* 346 ImplementationGuide.definition */
	{ 78335, 2513, 2, 30, 3, 0, 0 },  /* 347 ImplementationGuide.definition.grouping */
	{ 78472, 2515, 4, 30, 3, 0, 0 },  /* 348 ImplementationGuide.definition.page */
	{ 78682, 2519, 2, 30, 3, 0, 0 },  /* 349 ImplementationGuide.definition.parameter */
	{ 78816, 2521, 6, 30, 3, 0, 0 },  /* 350 ImplementationGuide.definition.resource */
	{ 79157, 2527, 3, 30, 3, 0, 0 },  /* 351 ImplementationGuide.definition.template */
	{ 79335, 2530, 3, 30, 3, 0, 0 },  /* 352 ImplementationGuide.dependsOn */
	{ 79574, 2533, 2, 30, 3, 0, 0 },  /* 353 ImplementationGuide.global */
	{ 79729, 2535, 5, 30, 3, 0, 0 },  /* 354 ImplementationGuide.manifest */
	{ 79828, 2540, 3, 30, 3, 0, 0 },  /* 355 ImplementationGuide.manifest.page */
	{ 80021, 2543, 3, 30, 3, 0, 0 },  /* 356 ImplementationGuide.manifest.resource */
	{ 80428, 2546, 8, 236, 2, 0, 0 },  /* 357 Ingredient */
	{ 80527, 2554, 2, 30, 3, 0, 0 },  /* 358 Ingredient.manufacturer */
	{ 80651, 2556, 2, 30, 3, 0, 0 },  /* 359 Ingredient.substance */
	{ 80698, 2558, 7, 30, 3, 0, 0 },  /* 360 Ingredient.substance.strength */
	{ 80906, 2565, 4, 30, 3, 0, 0 },  /* 361 Ingredient.substance.strength.referenceStrength */
	{ 81288, 2569, 14, 236, 2, 0, 0 },  /* 362 InsurancePlan */
	{ 81351, 2583, 4, 30, 3, 0, 0 },  /* 363 InsurancePlan.contact */
	{ 81490, 2587, 3, 30, 3, 0, 0 },  /* 364 InsurancePlan.coverage */
	{ 81513, 2590, 3, 30, 3, 0, 0 },  /* 365 InsurancePlan.coverage.benefit */
	{ 81544, 2593, 2, 30, 3, 0, 0 },  /* 366 InsurancePlan.coverage.benefit.limit */
	{ 81963, 2595, 6, 30, 3, 0, 0 },  /* 367 InsurancePlan.plan */
	{ 82014, 2601, 4, 30, 3, 0, 0 },  /* 368 InsurancePlan.plan.generalCost */
	{ 82254, 2605, 2, 30, 3, 0, 0 },  /* 369 InsurancePlan.plan.specificCost */
	{ 82286, 2607, 2, 30, 3, 0, 0 },  /* 370 InsurancePlan.plan.specificCost.benefit */
	{ 82326, 2609, 4, 30, 3, 0, 0 },  /* 371 InsurancePlan.plan.specificCost.benefit.cost */
	{ 82737, 2613, 16, 236, 2, 0, 0 },  /* 372 Invoice */
	{ 82832, 2629, 3, 30, 3, 0, 0 },  /* 373 Invoice.lineItem */
	{ 82880, 2632, 4, 30, 3, 0, 0 },  /* 374 Invoice.lineItem.priceComponent */
	{ 83103, 2636, 2, 30, 3, 0, 0 },  /* 375 Invoice.participant */
	{ 83321, 2638, 31, 236, 2, 0, 0 },  /* 376 Library */
	{ 83871, 2669, 3, 236, 2, 0, 0 },  /* 377 Linkage */
	{ 83909, 2672, 2, 30, 3, 0, 0 },  /* 378 Linkage.item */
	{ 83962, 2674, 13, 236, 2, 0, 0 },  /* 379 List */
	{ 84019, 2687, 4, 30, 3, 0, 0 },  /* 380 List.entry */
	{ 21139, 2691, 17, 236, 2, 0, 0 },  /* 381 Location */
	{ 84299, 2708, 4, 30, 3, 0, 0 },  /* 382 Location.hoursOfOperation */
	{ 84614, 2712, 3, 30, 3, 0, 0 },  /* 383 Location.position */
	{ 84747, 2715, 7, 236, 2, 0, 0 },  /* 384 ManufacturedItemDefinition */
	{ 84938, 2722, 2, 30, 3, 0, 0 },  /* 385 ManufacturedItemDefinition.property */
	{ 85140, 2724, 5, 30, 1, 0, 0 },  /* 386 MarketingStatus */
	{ 99167, 2729, 41, 236, 2, 0, 0 },  /* 387 Measure */
	{ 85569, 2770, 4, 30, 3, 0, 0 },  /* 388 Measure.group */
	{ 85628, 2774, 3, 30, 3, 0, 0 },  /* 389 Measure.group.population */
	{ 85754, 2777, 4, 30, 3, 0, 0 },  /* 390 Measure.group.stratifier */
	{ 85809, 2781, 3, 30, 3, 0, 0 },  /* 391 Measure.group.stratifier.component */
	{ 86390, 2784, 4, 30, 3, 0, 0 },  /* 392 Measure.supplementalData */
	{ 86649, 2788, 11, 236, 2, 0, 0 },  /* 393 MeasureReport */
	{ 86714, 2799, 4, 30, 3, 0, 0 },  /* 394 MeasureReport.group */
	{ 86792, 2803, 3, 30, 3, 0, 0 },  /* 395 MeasureReport.group.population */
	{ 86942, 2806, 2, 30, 3, 0, 0 },  /* 396 MeasureReport.group.stratifier */
	{ 87009, 2808, 4, 30, 3, 0, 0 },  /* 397 MeasureReport.group.stratifier.stratum */
	{ 87048, 2812, 2, 30, 3, 0, 0 },  /* 398 MeasureReport.group.stratifier.stratum.component */
	{ 87258, 2814, 3, 30, 3, 0, 0 },  /* 399 MeasureReport.group.stratifier.stratum.population */
	{ 87716, 2817, 22, 236, 2, 0, 0 },  /* 400 Media */
	{ 90909, 2839, 8, 236, 2, 0, 0 },  /* 401 Medication */
	{ 88049, 2847, 2, 30, 3, 0, 0 },  /* 402 Medication.batch */
	{ 88179, 2849, 3, 30, 3, 0, 0 },  /* 403 Medication.ingredient */
	{ 88335, 2852, 19, 236, 2, 0, 0 },  /* 404 MedicationAdministration */
	{ 88459, 2871, 6, 30, 3, 0, 0 },  /* 405 MedicationAdministration.dosage */
	{ 88970, 2877, 2, 30, 3, 0, 0 },  /* 406 MedicationAdministration.performer */
	{ 89350, 2879, 24, 236, 2, 0, 0 },  /* 407 MedicationDispense */
	{ 89771, 2903, 2, 30, 3, 0, 0 },  /* 408 MedicationDispense.performer */
	{ 90017, 2905, 4, 30, 3, 0, 0 },  /* 409 MedicationDispense.substitution */
	{ 92677, 2909, 22, 236, 2, 0, 0 },  /* 410 MedicationKnowledge */
	{ 90352, 2931, 3, 30, 3, 0, 0 },  /* 411 MedicationKnowledge.administrationGuidelines */
	{ 90397, 2934, 2, 30, 3, 0, 0 },  /* 412 MedicationKnowledge.administrationGuidelines.dosage */
	{ 90624, 2936, 2, 30, 3, 0, 0 },  /* 413 MedicationKnowledge.administrationGuidelines.patientCharacteristics */
	{ 90982, 2938, 3, 30, 3, 0, 0 },  /* 414 MedicationKnowledge.cost */
	{ 91128, 2941, 2, 30, 3, 0, 0 },  /* 415 MedicationKnowledge.drugCharacteristic */
	{ 91259, 2943, 3, 30, 3, 0, 0 },  /* 416 MedicationKnowledge.ingredient */
	{ 91443, 2946, 3, 30, 3, 0, 0 },  /* 417 MedicationKnowledge.kinetics */
	{ 91635, 2949, 2, 30, 3, 0, 0 },  /* 418 MedicationKnowledge.medicineClassification */
	{ 91784, 2951, 2, 30, 3, 0, 0 },  /* 419 MedicationKnowledge.monitoringProgram */
	{ 91908, 2953, 2, 30, 3, 0, 0 },  /* 420 MedicationKnowledge.monograph */
	{ 92010, 2955, 2, 30, 3, 0, 0 },  /* 421 MedicationKnowledge.packaging */
	{ 92189, 2957, 4, 30, 3, 0, 0 },  /* 422 MedicationKnowledge.regulatory */
	{ 92220, 2961, 2, 30, 3, 0, 0 },  /* 423 MedicationKnowledge.regulatory.maxDispense */
	{ 92416, 2963, 1, 30, 3, 0, 0 },  /* 424 MedicationKnowledge.regulatory.schedule */
	{ 92505, 2964, 2, 30, 3, 0, 0 },  /* 425 MedicationKnowledge.regulatory.substitution */
	{ 92650, 2966, 2, 30, 3, 0, 0 },  /* 426 MedicationKnowledge.relatedMedicationKnowledge */
	{ 92861, 2968, 32, 236, 2, 0, 0 },  /* 427 MedicationRequest */
	{ 93031, 3000, 7, 30, 3, 0, 0 },  /* 428 MedicationRequest.dispenseRequest */
	{ 93173, 3007, 2, 30, 3, 0, 0 },  /* 429 MedicationRequest.dispenseRequest.initialFill */
	{ 94246, 3009, 2, 30, 3, 0, 0 },  /* 430 MedicationRequest.substitution */
	{ 94397, 3011, 17, 236, 2, 0, 0 },  /* 431 MedicationStatement */
	{ 94937, 3028, 28, 236, 2, 0, 0 },  /* 432 MedicinalProductDefinition */
	{ 95065, 3056, 2, 30, 3, 0, 0 },  /* 433 MedicinalProductDefinition.characteristic */
	{ 95378, 3058, 2, 30, 3, 0, 0 },  /* 434 MedicinalProductDefinition.contact */
	{ 95496, 3060, 2, 30, 3, 0, 0 },  /* 435 MedicinalProductDefinition.crossReference */
	{ 95986, 3062, 4, 30, 3, 0, 0 },  /* 436 MedicinalProductDefinition.name */
	{ 96018, 3066, 3, 30, 3, 0, 0 },  /* 437 MedicinalProductDefinition.name.countryLanguage */
	{ 96240, 3069, 2, 30, 3, 0, 0 },  /* 438 MedicinalProductDefinition.name.namePart */
	{ 96454, 3071, 4, 30, 3, 0, 0 },  /* 439 MedicinalProductDefinition.operation */
	{ 97012, 3075, 24, 236, 2, 0, 0 },  /* 440 MessageDefinition */
	{ 97030, 3099, 2, 30, 3, 0, 0 },  /* 441 MessageDefinition.allowedResponse */
	{ 97365, 3101, 4, 30, 3, 0, 0 },  /* 442 MessageDefinition.focus */
	{ 97880, 3105, 11, 236, 2, 0, 0 },  /* 443 MessageHeader */
	{ 97940, 3116, 4, 30, 3, 0, 0 },  /* 444 MessageHeader.destination */
	{ 98186, 3120, 3, 30, 3, 0, 0 },  /* 445 MessageHeader.response */
	{ 98349, 3123, 5, 30, 3, 0, 0 },  /* 446 MessageHeader.source */
	{ 98514, 3128, 6, 240, 1, 0, 0 },  /* 447 Meta */
	{ 98599, 3134, 16, 236, 2, 0, 0 },  /* 448 MolecularSequence */
	{ 98816, 3150, 15, 30, 3, 0, 0 },  /* 449 MolecularSequence.quality */
	{ 99106, 3165, 7, 30, 3, 0, 0 },  /* 450 MolecularSequence.quality.roc */
	{ 99665, 3172, 9, 30, 3, 0, 0 },  /* 451 MolecularSequence.referenceSeq */
	{ 100093, 3181, 6, 30, 3, 0, 0 },  /* 452 MolecularSequence.repository */
	{ 100370, 3187, 5, 30, 3, 0, 0 },  /* 453 MolecularSequence.structureVariant */
	{ 100446, 3192, 2, 30, 3, 0, 0 },  /* 454 MolecularSequence.structureVariant.inner */
	{ 100621, 3194, 2, 30, 3, 0, 0 },  /* 455 MolecularSequence.structureVariant.outer */
	{ 100824, 3196, 6, 30, 3, 0, 0 },  /* 456 MolecularSequence.variant */
	{ 101068, 3202, 2, 240, 1, 0, 0 },  /* 457 Money */
	{ 101101, 3204, 0, 532, 1, 0, 0 },  /* 458 MoneyQuantity */
	{ 101115, 3204, 13, 236, 2, 0, 0 },  /* 459 NamingSystem */
	{ 101340, 3217, 5, 30, 3, 0, 0 },  /* 460 NamingSystem.uniqueId */
	{ 101551, 3222, 2, 240, 1, 0, 0 },  /* 461 Narrative */
	{ 101592, 3224, 17, 236, 2, 0, 0 },  /* 462 NutritionOrder */
	{ 101690, 3241, 9, 30, 3, 0, 0 },  /* 463 NutritionOrder.enteralFormula */
	{ 101813, 3250, 3, 30, 3, 0, 0 },  /* 464 NutritionOrder.enteralFormula.administration */
	{ 102557, 3253, 6, 30, 3, 0, 0 },  /* 465 NutritionOrder.oralDiet */
	{ 102662, 3259, 2, 30, 3, 0, 0 },  /* 466 NutritionOrder.oralDiet.nutrient */
	{ 102810, 3261, 2, 30, 3, 0, 0 },  /* 467 NutritionOrder.oralDiet.texture */
	{ 103021, 3263, 5, 30, 3, 0, 0 },  /* 468 NutritionOrder.supplement */
	{ 103224, 3268, 10, 236, 2, 0, 0 },  /* 469 NutritionProduct */
	{ 103289, 3278, 2, 30, 3, 0, 0 },  /* 470 NutritionProduct.ingredient */
	{ 103385, 3280, 5, 30, 3, 0, 0 },  /* 471 NutritionProduct.instance */
	{ 103667, 3285, 2, 30, 3, 0, 0 },  /* 472 NutritionProduct.nutrient */
	{ 103757, 3287, 2, 30, 3, 0, 0 },  /* 473 NutritionProduct.productCharacteristic */
	{ 103912, 3289, 24, 236, 2, 0, 0 },  /* 474 Observation */
	{ 104003, 3313, 5, 30, 3, 0, 0 },  /* 475 Observation.component */
	{ 104501, 3318, 6, 30, 3, 0, 0 },  /* 476 Observation.referenceRange */
	{ 104804, 3324, 13, 236, 2, 0, 0 },  /* 477 ObservationDefinition */
	{ 105203, 3337, 8, 30, 3, 0, 0 },  /* 478 ObservationDefinition.qualifiedInterval */
	{ 105632, 3345, 4, 30, 3, 0, 0 },  /* 479 ObservationDefinition.quantitativeDetails */
	{ 105936, 3349, 26, 236, 2, 0, 0 },  /* 480 OperationDefinition */
	{ 106364, 3375, 2, 30, 3, 0, 0 },  /* 481 OperationDefinition.overload */
	{ 106473, 3377, 11, 30, 3, 0, 0 },  /* 482 OperationDefinition.parameter */
	{ 106503, 3388, 2, 30, 3, 0, 0 },  /* 483 OperationDefinition.parameter.binding */
	{ 106817, 3390, 2, 30, 3, 0, 0 },  /* 484 OperationDefinition.parameter.referencedFrom */
	{ 107397, 3392, 1, 236, 2, 0, 0 },  /* 485 OperationOutcome */
	{ 107414, 3393, 6, 30, 3, 0, 0 },  /* 486 OperationOutcome.issue */
	{ 55108, 3399, 10, 236, 2, 0, 0 },  /* 487 Organization */
	{ 107689, 3409, 4, 30, 3, 0, 0 },  /* 488 Organization.contact */
	{ 107946, 3413, 12, 236, 2, 0, 0 },  /* 489 OrganizationAffiliation */
	{ 108389, 3425, 14, 236, 2, 0, 0 },  /* 490 PackagedProductDefinition */
	{ 108625, 3439, 2, 30, 3, 0, 0 },  /* 491 PackagedProductDefinition.legalStatusOfSupply */
	{ 108893, 3441, 10, 30, 3, 0, 0 },  /* 492 PackagedProductDefinition.package */
	{ 108979, 3451, 2, 30, 3, 0, 0 },  /* 493 PackagedProductDefinition.package.containedItem */
	{ 109312, 3453, 2, 30, 3, 0, 0 },  /* 494 PackagedProductDefinition.package.property */
	{ 109498, 3455, 3, 30, 3, 0, 0 },  /* 495 PackagedProductDefinition.package.shelfLifeStorage */
	{ 109923, 3458, 7, 240, 1, 0, 0 },  /* 496 ParameterDefinition */
	{ 72949, 3465, 1, 561, 2, 0, 0 },  /* 497 Parameters */
	{ 110127, 3466, 4, 30, 3, 0, 0 },  /* 498 Parameters.parameter */
	{ 110260, 3470, 16, 236, 2, 0, 0 },  /* 499 Patient */
	{ 110317, 3486, 2, 30, 3, 0, 0 },  /* 500 Patient.communication */
	{ 110402, 3488, 7, 30, 3, 0, 0 },  /* 501 Patient.contact */
	{ 110673, 3495, 2, 30, 3, 0, 0 },  /* 502 Patient.link */
	{ 110842, 3497, 12, 236, 2, 0, 0 },  /* 503 PaymentNotice */
	{ 111133, 3509, 15, 236, 2, 0, 0 },  /* 504 PaymentReconciliation */
	{ 111185, 3524, 10, 30, 3, 0, 0 },  /* 505 PaymentReconciliation.detail */
	{ 111892, 3534, 2, 30, 3, 0, 0 },  /* 506 PaymentReconciliation.processNote */
	{ 36341, 3536, 2, 240, 1, 0, 0 },  /* 507 Period */
	{ 120113, 3538, 10, 236, 2, 0, 0 },  /* 508 Person */
	{ 112119, 3548, 2, 30, 3, 0, 0 },  /* 509 Person.link */
	{ 112200, 3550, 31, 236, 2, 0, 0 },  /* 510 PlanDefinition */
	{ 112215, 3581, 27, 30, 3, 0, 0 },  /* 511 PlanDefinition.action */
	{ 112335, 3608, 2, 30, 3, 0, 0 },  /* 512 PlanDefinition.action.condition */
	{ 112553, 3610, 2, 30, 3, 0, 0 },  /* 513 PlanDefinition.action.dynamicValue */
	{ 112799, 3612, 2, 30, 3, 0, 0 },  /* 514 PlanDefinition.action.participant */
	{ 113039, 3614, 3, 30, 3, 0, 0 },  /* 515 PlanDefinition.action.relatedAction */
	{ 113763, 3617, 7, 30, 3, 0, 0 },  /* 516 PlanDefinition.goal */
	{ 113963, 3624, 3, 30, 3, 0, 0 },  /* 517 PlanDefinition.goal.target */
	{ 114546, 3627, 4, 30, 1, 0, 0 },  /* 518 Population */
	{ 110641, 3631, 10, 236, 2, 0, 0 },  /* 519 Practitioner */
	{ 114815, 3641, 4, 30, 3, 0, 0 },  /* 520 Practitioner.qualification */
	{ 115001, 3645, 14, 236, 2, 0, 0 },  /* 521 PractitionerRole */
	{ 115082, 3659, 4, 30, 3, 0, 0 },  /* 522 PractitionerRole.availableTime */
	{ 115428, 3663, 2, 30, 3, 0, 0 },  /* 523 PractitionerRole.notAvailable */
	{ 29266, 3665, 28, 236, 2, 0, 0 },  /* 524 Procedure */
	{ 115835, 3693, 2, 30, 3, 0, 0 },  /* 525 Procedure.focalDevice */
	{ 116110, 3695, 3, 30, 3, 0, 0 },  /* 526 Procedure.performer */
	{ 116400, 3698, 11, 30, 1, 0, 0 },  /* 527 ProdCharacteristic */
	{ 116719, 3709, 4, 30, 1, 0, 0 },  /* 528 ProductShelfLife */
	{ 116856, 3713, 10, 236, 2, 0, 0 },  /* 529 Provenance */
	{ 116887, 3723, 4, 30, 3, 0, 0 },  /* 530 Provenance.agent */
	{ 116997, 3727, 3, 30, 3, 0, 0 },  /* 531 Provenance.entity */
	{ 128393, 3730, 5, 240, 1, 0, 0 },  /* 532 Quantity */
	{ 117302, 3735, 22, 236, 2, 0, 0 },  /* 533 Questionnaire */
	{ 117561, 3757, 16, 30, 3, 0, 0 },  /* 534 Questionnaire.item */
	{ 117580, 3773, 2, 30, 3, 0, 0 },  /* 535 Questionnaire.item.answerOption */
	{ 117823, 3775, 3, 30, 3, 0, 0 },  /* 536 Questionnaire.item.enableWhen */
	{ 117971, 3778, 1, 30, 3, 0, 0 },  /* 537 Questionnaire.item.initial */
	{ 118523, 3779, 11, 236, 2, 0, 0 },  /* 538 QuestionnaireResponse */
	{ 118700, 3790, 5, 30, 3, 0, 0 },  /* 539 QuestionnaireResponse.item */
	{ 118727, 3795, 2, 30, 3, 0, 0 },  /* 540 QuestionnaireResponse.item.answer */
	{ 104522, 3797, 2, 240, 1, 0, 0 },  /* 541 Range */
	{ 119132, 3799, 2, 240, 1, 0, 0 },  /* 542 Ratio */
	{ 119172, 3801, 3, 240, 1, 0, 0 },  /* 543 RatioRange */
	{ 116390, 3804, 4, 240, 1, 0, 0 },  /* 544 Reference */
	{ 119273, 3808, 14, 236, 2, 0, 0 },  /* 545 RegulatedAuthorization */
	{ 119325, 3822, 5, 30, 3, 0, 0 },  /* 546 RegulatedAuthorization.case */
	{ 119928, 3827, 7, 240, 1, 0, 0 },  /* 547 RelatedArtifact */
	{ 120106, 3834, 12, 236, 2, 0, 0 },  /* 548 RelatedPerson */
	{ 120187, 3846, 2, 30, 3, 0, 0 },  /* 549 RelatedPerson.communication */
	{ 120467, 3848, 18, 236, 2, 0, 0 },  /* 550 RequestGroup */
	{ 120480, 3866, 19, 30, 3, 0, 0 },  /* 551 RequestGroup.action */
	{ 120592, 3885, 2, 30, 3, 0, 0 },  /* 552 RequestGroup.action.condition */
	{ 120926, 3887, 3, 30, 3, 0, 0 },  /* 553 RequestGroup.action.relatedAction */
	{ 121713, 3890, 34, 236, 2, 0, 0 },  /* 554 ResearchDefinition */
	{ 122708, 3924, 33, 236, 2, 0, 0 },  /* 555 ResearchElementDefinition */
	{ 122806, 3957, 12, 30, 3, 0, 0 },  /* 556 ResearchElementDefinition.characteristic */
	{ 124670, 3969, 24, 236, 2, 0, 0 },  /* 557 ResearchStudy */
	{ 124684, 3993, 3, 30, 3, 0, 0 },  /* 558 ResearchStudy.arm */
	{ 125007, 3996, 2, 30, 3, 0, 0 },  /* 559 ResearchStudy.objective */
	{ 125383, 3998, 8, 236, 2, 0, 0 },  /* 560 ResearchSubject */
	{ 86705, 4006, 4, 0, 2, 1, 0 },  /* 561 Resource */
	{ 125666, 4010, 17, 236, 2, 0, 0 },  /* 562 RiskAssessment */
	{ 125965, 4027, 6, 30, 3, 0, 0 },  /* 563 RiskAssessment.prediction */
	{ 126319, 4033, 7, 240, 1, 0, 0 },  /* 564 SampledData */
	{ 126474, 4040, 8, 236, 2, 0, 0 },  /* 565 Schedule */
	{ 126641, 4048, 26, 236, 2, 0, 0 },  /* 566 SearchParameter */
	{ 126748, 4074, 2, 30, 3, 0, 0 },  /* 567 SearchParameter.component */
	{ 127372, 4076, 33, 236, 2, 0, 0 },  /* 568 ServiceRequest */
	{ 149257, 4109, 7, 240, 1, 0, 0 },  /* 569 Signature */
	{ 128387, 4116, 1, 532, 1, 0, 0 },  /* 570 SimpleQuantity */
	{ 128402, 4117, 11, 236, 2, 0, 0 },  /* 571 Slot */
	{ 128572, 4128, 13, 236, 2, 0, 0 },  /* 572 Specimen */
	{ 128610, 4141, 7, 30, 3, 0, 0 },  /* 573 Specimen.collection */
	{ 128863, 4148, 6, 30, 3, 0, 0 },  /* 574 Specimen.container */
	{ 129112, 4154, 4, 30, 3, 0, 0 },  /* 575 Specimen.processing */
	{ 129337, 4158, 6, 236, 2, 0, 0 },  /* 576 SpecimenDefinition */
	{ 129517, 4164, 8, 30, 3, 0, 0 },  /* 577 SpecimenDefinition.typeTested */
	{ 129547, 4172, 8, 30, 3, 0, 0 },  /* 578 SpecimenDefinition.typeTested.container */
	{ 129587, 4180, 1, 30, 3, 0, 0 },  /* 579 SpecimenDefinition.typeTested.container.additive */
	{ 130045, 4181, 4, 30, 3, 0, 0 },  /* 580 SpecimenDefinition.typeTested.handling */
	{ 130553, 4185, 27, 236, 2, 0, 0 },  /* 581 StructureDefinition */
	{ 130665, 4212, 2, 30, 3, 0, 0 },  /* 582 StructureDefinition.context */
	{ 130920, 4214, 1, 30, 3, 0, 0 },  /* 583 StructureDefinition.differential */
	{ 131176, 4215, 4, 30, 3, 0, 0 },  /* 584 StructureDefinition.mapping */
	{ 131425, 4219, 1, 30, 3, 0, 0 },  /* 585 StructureDefinition.snapshot */
	{ 131652, 4220, 18, 236, 2, 0, 0 },  /* 586 StructureMap */
	{ 131778, 4238, 6, 30, 3, 0, 0 },  /* 587 StructureMap.group */
	{ 131857, 4244, 4, 30, 3, 0, 0 },  /* 588 StructureMap.group.input */
	{ 132035, 4248, 6, 30, 3, 0, 0 },  /* 589 StructureMap.group.rule */
	{ 132059, 4254, 2, 30, 3, 0, 0 },  /* 590 StructureMap.group.rule.dependent */
	{ 132271, 4256, 11, 30, 3, 0, 0 },  /* 591 StructureMap.group.rule.source */
	{ 132733, 4267, 8, 30, 3, 0, 0 },  /* 592 StructureMap.group.rule.target */
	{ 132967, 4275, 1, 30, 3, 0, 0 },  /* 593 StructureMap.group.rule.target.parameter */
	{ 133319, 4276, 4, 30, 3, 0, 0 },  /* 594 StructureMap.structure */
	{ 133544, 4280, 7, 236, 2, 0, 0 },  /* 595 Subscription */
	{ 133557, 4287, 4, 30, 3, 0, 0 },  /* 596 Subscription.channel */
	{ 133810, 4291, 7, 236, 2, 0, 0 },  /* 597 SubscriptionStatus */
	{ 133902, 4298, 4, 30, 3, 0, 0 },  /* 598 SubscriptionStatus.notificationEvent */
	{ 134240, 4302, 22, 236, 2, 0, 0 },  /* 599 SubscriptionTopic */
	{ 134289, 4324, 5, 30, 3, 0, 0 },  /* 600 SubscriptionTopic.canFilterBy */
	{ 134703, 4329, 3, 30, 3, 0, 0 },  /* 601 SubscriptionTopic.eventTrigger */
	{ 134978, 4332, 3, 30, 3, 0, 0 },  /* 602 SubscriptionTopic.notificationShape */
	{ 135204, 4335, 5, 30, 3, 0, 0 },  /* 603 SubscriptionTopic.resourceTrigger */
	{ 135335, 4340, 5, 30, 3, 0, 0 },  /* 604 SubscriptionTopic.resourceTrigger.queryCriteria */
	{ 135908, 4345, 7, 236, 2, 0, 0 },  /* 605 Substance */
	{ 135995, 4352, 2, 30, 3, 0, 0 },  /* 606 Substance.ingredient */
	{ 136080, 4354, 3, 30, 3, 0, 0 },  /* 607 Substance.instance */
	{ 136200, 4357, 19, 236, 2, 0, 0 },  /* 608 SubstanceDefinition */
	{ 136255, 4376, 5, 30, 3, 0, 0 },  /* 609 SubstanceDefinition.code */
	{ 136627, 4381, 8, 30, 3, 0, 0 },  /* 610 SubstanceDefinition.moiety */
	{ 136966, 4389, 3, 30, 3, 0, 0 },  /* 611 SubstanceDefinition.molecularWeight */
	{ 137129, 4392, 11, 30, 3, 0, 0 },  /* 612 SubstanceDefinition.name */
	{ 137288, 4403, 3, 30, 3, 0, 0 },  /* 613 SubstanceDefinition.name.official */
	{ 137670, 4406, 2, 30, 3, 0, 0 },  /* 614 SubstanceDefinition.property */
	{ 137771, 4408, 7, 30, 3, 0, 0 },  /* 615 SubstanceDefinition.relationship */
	{ 138123, 4415, 5, 30, 3, 0, 0 },  /* 616 SubstanceDefinition.sourceMaterial */
	{ 138400, 4420, 8, 30, 3, 0, 0 },  /* 617 SubstanceDefinition.structure */
	{ 138624, 4428, 4, 30, 3, 0, 0 },  /* 618 SubstanceDefinition.structure.representation */
	{ 139073, 4432, 11, 236, 2, 0, 0 },  /* 619 SupplyDelivery */
	{ 139284, 4443, 2, 30, 3, 0, 0 },  /* 620 SupplyDelivery.suppliedItem */
	{ 139429, 4445, 15, 236, 2, 0, 0 },  /* 621 SupplyRequest */
	{ 139616, 4460, 2, 30, 3, 0, 0 },  /* 622 SupplyRequest.parameter */
	{ 139871, 4462, 31, 236, 2, 0, 0 },  /* 623 Task */
	{ 140045, 4493, 2, 30, 3, 0, 0 },  /* 624 Task.input */
	{ 140209, 4495, 2, 30, 3, 0, 0 },  /* 625 Task.output */
	{ 140388, 4497, 3, 30, 3, 0, 0 },  /* 626 Task.restriction */
	{ 140515, 4500, 24, 236, 2, 0, 0 },  /* 627 TerminologyCapabilities */
	{ 140539, 4524, 1, 30, 3, 0, 0 },  /* 628 TerminologyCapabilities.closure */
	{ 140650, 4525, 3, 30, 3, 0, 0 },  /* 629 TerminologyCapabilities.codeSystem */
	{ 140771, 4528, 6, 30, 3, 0, 0 },  /* 630 TerminologyCapabilities.codeSystem.version */
	{ 140919, 4534, 2, 30, 3, 0, 0 },  /* 631 TerminologyCapabilities.codeSystem.version.filter */
	{ 141365, 4536, 5, 30, 3, 0, 0 },  /* 632 TerminologyCapabilities.expansion */
	{ 141532, 4541, 2, 30, 3, 0, 0 },  /* 633 TerminologyCapabilities.expansion.parameter */
	{ 141765, 4543, 2, 30, 3, 0, 0 },  /* 634 TerminologyCapabilities.implementation */
	{ 142094, 4545, 2, 30, 3, 0, 0 },  /* 635 TerminologyCapabilities.software */
	{ 142267, 4547, 1, 30, 3, 0, 0 },  /* 636 TerminologyCapabilities.translation */
	{ 142411, 4548, 1, 30, 3, 0, 0 },  /* 637 TerminologyCapabilities.validateCode */
	{ 142530, 4549, 12, 236, 2, 0, 0 },  /* 638 TestReport */
	{ 142597, 4561, 3, 30, 3, 0, 0 },  /* 639 TestReport.participant */
	{ 142741, 4564, 1, 30, 3, 0, 0 },  /* 640 TestReport.setup */
	{ 142758, 4565, 2, 30, 3, 0, 0 },  /* 641 TestReport.setup.action */
	{ 142782, 4567, 3, 30, 3, 0, 0 },  /* 642 TestReport.setup.action.assert */
	{ 142928, 4570, 3, 30, 3, 0, 0 },  /* 643 TestReport.setup.action.operation */
	{ 143104, 4573, 1, 30, 3, 0, 0 },  /* 644 TestReport.teardown */
	{ 143124, 4574, 1, 30, 3, 0, 0 },  /* 645 TestReport.teardown.action */
	{ 143188, 4575, 3, 30, 3, 0, 0 },  /* 646 TestReport.test */
	{ 143204, 4578, 2, 30, 3, 0, 0 },  /* 647 TestReport.test.action */
	{ 143379, 4580, 24, 236, 2, 0, 0 },  /* 648 TestScript */
	{ 143469, 4604, 2, 30, 3, 0, 0 },  /* 649 TestScript.destination */
	{ 143576, 4606, 3, 30, 3, 0, 0 },  /* 650 TestScript.fixture */
	{ 143729, 4609, 2, 30, 3, 0, 0 },  /* 651 TestScript.metadata */
	{ 143749, 4611, 7, 30, 3, 0, 0 },  /* 652 TestScript.metadata.capability */
	{ 144065, 4618, 2, 30, 3, 0, 0 },  /* 653 TestScript.metadata.link */
	{ 144172, 4620, 2, 30, 3, 0, 0 },  /* 654 TestScript.origin */
	{ 144299, 4622, 1, 30, 3, 0, 0 },  /* 655 TestScript.setup */
	{ 144316, 4623, 2, 30, 3, 0, 0 },  /* 656 TestScript.setup.action */
	{ 144340, 4625, 22, 30, 3, 0, 0 },  /* 657 TestScript.setup.action.assert */
	{ 145321, 4647, 17, 30, 3, 0, 0 },  /* 658 TestScript.setup.action.operation */
	{ 145748, 4664, 2, 30, 3, 0, 0 },  /* 659 TestScript.setup.action.operation.requestHeader */
	{ 146217, 4666, 1, 30, 3, 0, 0 },  /* 660 TestScript.teardown */
	{ 146237, 4667, 1, 30, 3, 0, 0 },  /* 661 TestScript.teardown.action */
	{ 146301, 4668, 3, 30, 3, 0, 0 },  /* 662 TestScript.test */
	{ 146317, 4671, 2, 30, 3, 0, 0 },  /* 663 TestScript.test.action */
	{ 146506, 4673, 8, 30, 3, 0, 0 },  /* 664 TestScript.variable */
	{ 146777, 4681, 3, 30, 1, 0, 0 },  /* 665 Timing */
	{ 146809, 4684, 15, 240, 3, 0, 0 },  /* 666 Timing.repeat */
	{ 147175, 4699, 5, 240, 1, 0, 0 },  /* 667 TriggerDefinition */
	{ 147318, 4704, 2, 240, 1, 0, 0 },  /* 668 UsageContext */
	{ 105927, 4706, 18, 236, 2, 0, 0 },  /* 669 ValueSet */
	{ 147371, 4724, 4, 30, 3, 0, 0 },  /* 670 ValueSet.compose */
	{ 147439, 4728, 5, 30, 3, 0, 0 },  /* 671 ValueSet.compose.include */
	{ 147464, 4733, 3, 30, 3, 0, 0 },  /* 672 ValueSet.compose.include.concept */
	{ 147535, 4736, 3, 30, 3, 0, 0 },  /* 673 ValueSet.compose.include.concept.designation */
	{ 147775, 4739, 3, 30, 3, 0, 0 },  /* 674 ValueSet.compose.include.filter */
	{ 148119, 4742, 6, 30, 3, 0, 0 },  /* 675 ValueSet.expansion */
	{ 148138, 4748, 8, 30, 3, 0, 0 },  /* 676 ValueSet.expansion.contains */
	{ 148513, 4756, 2, 30, 3, 0, 0 },  /* 677 ValueSet.expansion.parameter */
	{ 148882, 4758, 14, 236, 2, 0, 0 },  /* 678 VerificationResult */
	{ 148901, 4772, 8, 30, 3, 0, 0 },  /* 679 VerificationResult.attestation */
	{ 149454, 4780, 7, 30, 3, 0, 0 },  /* 680 VerificationResult.primarySource */
	{ 149999, 4787, 3, 30, 3, 0, 0 },  /* 681 VerificationResult.validator */
	{ 150169, 4790, 8, 236, 2, 0, 0 },  /* 682 VisionPrescription */
	{ 150305, 4798, 14, 30, 3, 0, 0 },  /* 683 VisionPrescription.lensSpecification */
	{ 150822, 4812, 2, 30, 3, 0, 0 },  /* 684 VisionPrescription.lensSpecification.prism */
	{ 151154, 4814, 1, 240, 0, 0, 1 },  /* 685 base64Binary */
	{ 151186, 4815, 1, 240, 0, 0, 2 },  /* 686 boolean */
	{ 151220, 4816, 1, 701, 0, 0, 1 },  /* 687 canonical */
	{ 165456, 4817, 1, 698, 0, 0, 1 },  /* 688 code */
	{ 134604, 4818, 1, 240, 0, 0, 6 },  /* 689 date */
	{ 101656, 4819, 1, 240, 0, 0, 7 },  /* 690 dateTime */
	{ 151334, 4820, 1, 240, 0, 0, 5 },  /* 691 decimal */
	{ 125608, 4821, 1, 698, 0, 0, 1 },  /* 692 id */
	{ 187202, 4822, 1, 240, 0, 0, 7 },  /* 693 instant */
	{ 187224, 4823, 1, 240, 0, 0, 3 },  /* 694 integer */
	{ 187261, 4824, 1, 698, 0, 0, 1 },  /* 695 markdown */
	{ 187369, 4825, 1, 701, 0, 0, 1 },  /* 696 oid */
	{ 187422, 4826, 1, 694, 0, 0, 3 },  /* 697 positiveInt */
	{ 187488, 4827, 1, 240, 0, 0, 1 },  /* 698 string */
	{ 17801, 4828, 1, 240, 0, 0, 8 },  /* 699 time */
	{ 187554, 4829, 1, 694, 0, 0, 3 },  /* 700 unsignedInt */
	{ 131338, 4830, 1, 240, 0, 0, 1 },  /* 701 uri */
	{ 135849, 4831, 1, 701, 0, 0, 1 },  /* 702 url */
	{ 187609, 4832, 1, 701, 0, 0, 1 },  /* 703 uuid */
	{ 187625, 4833, 2, 240, 0, 0, 1 },  /* 704 xhtml */
};

const fp_model fp_model_r4b = {
	FP_FHIR_R4B,
	fp_pool_r4b, fp_types_r4b, 704, fp_elements_r4b, 4835,
	sizeof fp_pool_r4b + sizeof fp_ids_r4b + sizeof fp_elements_r4b + sizeof fp_types_r4b,
};
