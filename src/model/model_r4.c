/*
 * model_r4.c - the embedded FHIR R4 model. GENERATED, do not edit:
 *     python3 src/model/gen/genmodel.py
 * from the official definitions (profiles-types.json, profiles-resources.json).
 * 685 types, 4767 elements; layout in src/model/tables.h.
 */
#include "model/tables.h"

#define S(o) (fp_pool_r4 + (o))
#define T(o) (fp_ids_r4 + (o))
/* E(name, path, owner, min, max, choice, ntypes, types, ntargets, targets,
     binding, valueset, modifier, summary) */
#define E(nm, pa, ow, mi, ma, ch, nt, ty, ng, tg, bi, vs, mo, su) \
	{ S(nm), S(pa), ow, mi, ma, ch, nt, T(ty), ng, (ng) ? T(tg) : NULL, \
	  (fp_binding_strength)(bi), (vs) ? S(vs) : NULL, mo, su }

static const char fp_pool_r4[180956] =
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
	"EffectEvidenceSynthesis\0"
	"EffectEvidenceSynthesis.approvalDate\0"
	"EffectEvidenceSynthesis.author\0"
	"EffectEvidenceSynthesis.certainty\0"
	"EffectEvidenceSynthesis.certainty.certaintySubcomponent\0"
	"EffectEvidenceSynthesis.certainty.certaintySubcomponent.note\0"
	"EffectEvidenceSynthesis.certainty.certaintySubcomponent.rating\0"
	"EffectEvidenceSynthesis.certainty.certaintySubcomponent.type\0"
	"EffectEvidenceSynthesis.certainty.note\0"
	"EffectEvidenceSynthesis.certainty.rating\0"
	"EffectEvidenceSynthesis.contact\0"
	"EffectEvidenceSynthesis.copyright\0"
	"EffectEvidenceSynthesis.date\0"
	"EffectEvidenceSynthesis.description\0"
	"EffectEvidenceSynthesis.editor\0"
	"EffectEvidenceSynthesis.effectEstimate\0"
	"EffectEvidenceSynthesis.effectEstimate.description\0"
	"EffectEvidenceSynthesis.effectEstimate.precisionEstimate\0"
	"EffectEvidenceSynthesis.effectEstimate.precisionEstimate.from\0"
	"EffectEvidenceSynthesis.effectEstimate.precisionEstimate.level\0"
	"EffectEvidenceSynthesis.effectEstimate.precisionEstimate.to\0"
	"EffectEvidenceSynthesis.effectEstimate.precisionEstimate.type\0"
	"EffectEvidenceSynthesis.effectEstimate.type\0"
	"EffectEvidenceSynthesis.effectEstimate.unitOfMeasure\0"
	"EffectEvidenceSynthesis.effectEstimate.value\0"
	"EffectEvidenceSynthesis.effectEstimate.variantState\0"
	"EffectEvidenceSynthesis.effectivePeriod\0"
	"EffectEvidenceSynthesis.endorser\0"
	"EffectEvidenceSynthesis.exposure\0"
	"EffectEvidenceSynthesis.exposureAlternative\0"
	"EffectEvidenceSynthesis.identifier\0"
	"EffectEvidenceSynthesis.jurisdiction\0"
	"EffectEvidenceSynthesis.lastReviewDate\0"
	"EffectEvidenceSynthesis.name\0"
	"EffectEvidenceSynthesis.note\0"
	"EffectEvidenceSynthesis.outcome\0"
	"EffectEvidenceSynthesis.population\0"
	"EffectEvidenceSynthesis.publisher\0"
	"EffectEvidenceSynthesis.relatedArtifact\0"
	"EffectEvidenceSynthesis.resultsByExposure\0"
	"EffectEvidenceSynthesis.resultsByExposure.description\0"
	"EffectEvidenceSynthesis.resultsByExposure.exposureState\0"
	"EffectEvidenceSynthesis.resultsByExposure.riskEvidenceSynthesis\0"
	"EffectEvidenceSynthesis.resultsByExposure.variantState\0"
	"EffectEvidenceSynthesis.reviewer\0"
	"EffectEvidenceSynthesis.sampleSize\0"
	"EffectEvidenceSynthesis.sampleSize.description\0"
	"EffectEvidenceSynthesis.sampleSize.numberOfParticipants\0"
	"EffectEvidenceSynthesis.sampleSize.numberOfStudies\0"
	"EffectEvidenceSynthesis.status\0"
	"EffectEvidenceSynthesis.studyType\0"
	"EffectEvidenceSynthesis.synthesisType\0"
	"EffectEvidenceSynthesis.title\0"
	"EffectEvidenceSynthesis.topic\0"
	"EffectEvidenceSynthesis.url\0"
	"EffectEvidenceSynthesis.useContext\0"
	"EffectEvidenceSynthesis.version\0"
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
	"Evidence.author\0"
	"Evidence.contact\0"
	"Evidence.copyright\0"
	"Evidence.date\0"
	"Evidence.description\0"
	"Evidence.editor\0"
	"Evidence.effectivePeriod\0"
	"Evidence.endorser\0"
	"Evidence.exposureBackground\0"
	"Evidence.exposureVariant\0"
	"Evidence.identifier\0"
	"Evidence.jurisdiction\0"
	"Evidence.lastReviewDate\0"
	"Evidence.name\0"
	"Evidence.note\0"
	"Evidence.outcome\0"
	"Evidence.publisher\0"
	"Evidence.relatedArtifact\0"
	"Evidence.reviewer\0"
	"Evidence.shortTitle\0"
	"Evidence.status\0"
	"Evidence.subtitle\0"
	"Evidence.title\0"
	"Evidence.topic\0"
	"Evidence.url\0"
	"Evidence.useContext\0"
	"Evidence.version\0"
	"EvidenceVariable\0"
	"EvidenceVariable.approvalDate\0"
	"EvidenceVariable.author\0"
	"EvidenceVariable.characteristic\0"
	"EvidenceVariable.characteristic.definition[x]\0"
	"EvidenceVariable.characteristic.description\0"
	"EvidenceVariable.characteristic.exclude\0"
	"EvidenceVariable.characteristic.groupMeasure\0"
	"EvidenceVariable.characteristic.participantEffective[x]\0"
	"EvidenceVariable.characteristic.timeFromStart\0"
	"EvidenceVariable.characteristic.usageContext\0"
	"EvidenceVariable.contact\0"
	"EvidenceVariable.copyright\0"
	"EvidenceVariable.date\0"
	"EvidenceVariable.description\0"
	"EvidenceVariable.editor\0"
	"EvidenceVariable.effectivePeriod\0"
	"EvidenceVariable.endorser\0"
	"EvidenceVariable.identifier\0"
	"EvidenceVariable.jurisdiction\0"
	"EvidenceVariable.lastReviewDate\0"
	"EvidenceVariable.name\0"
	"EvidenceVariable.note\0"
	"EvidenceVariable.publisher\0"
	"EvidenceVariable.relatedArtifact\0"
	"EvidenceVariable.reviewer\0"
	"EvidenceVariable.shortTitle\0"
	"EvidenceVariable.status\0"
	"EvidenceVariable.subtitle\0"
	"EvidenceVariable.title\0"
	"EvidenceVariable.topic\0"
	"EvidenceVariable.type\0"
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
	"Location.type\0"
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
	"MedicinalProduct.additionalMonitoringIndicator\0"
	"MedicinalProduct.attachedDocument\0"
	"MedicinalProduct.clinicalTrial\0"
	"MedicinalProduct.combinedPharmaceuticalDoseForm\0"
	"MedicinalProduct.contact\0"
	"MedicinalProduct.crossReference\0"
	"MedicinalProduct.domain\0"
	"MedicinalProduct.identifier\0"
	"MedicinalProduct.legalStatusOfSupply\0"
	"MedicinalProduct.manufacturingBusinessOperation\0"
	"MedicinalProduct.manufacturingBusinessOperation.authorisationReferenceNumber\0"
	"MedicinalProduct.manufacturingBusinessOperation.confidentialityIndicator\0"
	"MedicinalProduct.manufacturingBusinessOperation.effectiveDate\0"
	"MedicinalProduct.manufacturingBusinessOperation.manufacturer\0"
	"MedicinalProduct.manufacturingBusinessOperation.operationType\0"
	"MedicinalProduct.manufacturingBusinessOperation.regulator\0"
	"MedicinalProduct.marketingStatus\0"
	"MedicinalProduct.masterFile\0"
	"MedicinalProduct.name\0"
	"MedicinalProduct.name.countryLanguage\0"
	"MedicinalProduct.name.countryLanguage.country\0"
	"MedicinalProduct.name.countryLanguage.jurisdiction\0"
	"MedicinalProduct.name.countryLanguage.language\0"
	"MedicinalProduct.name.namePart\0"
	"MedicinalProduct.name.namePart.part\0"
	"MedicinalProduct.name.namePart.type\0"
	"MedicinalProduct.name.productName\0"
	"MedicinalProduct.packagedMedicinalProduct\0"
	"MedicinalProduct.paediatricUseIndicator\0"
	"MedicinalProduct.pharmaceuticalProduct\0"
	"MedicinalProduct.productClassification\0"
	"MedicinalProduct.specialDesignation\0"
	"MedicinalProduct.specialDesignation.date\0"
	"MedicinalProduct.specialDesignation.identifier\0"
	"MedicinalProduct.specialDesignation.indication[x]\0"
	"MedicinalProduct.specialDesignation.intendedUse\0"
	"MedicinalProduct.specialDesignation.species\0"
	"MedicinalProduct.specialDesignation.status\0"
	"MedicinalProduct.specialDesignation.type\0"
	"MedicinalProduct.specialMeasures\0"
	"MedicinalProduct.type\0"
	"MedicinalProductAuthorization\0"
	"MedicinalProductAuthorization.country\0"
	"MedicinalProductAuthorization.dataExclusivityPeriod\0"
	"MedicinalProductAuthorization.dateOfFirstAuthorization\0"
	"MedicinalProductAuthorization.holder\0"
	"MedicinalProductAuthorization.identifier\0"
	"MedicinalProductAuthorization.internationalBirthDate\0"
	"MedicinalProductAuthorization.jurisdiction\0"
	"MedicinalProductAuthorization.jurisdictionalAuthorization\0"
	"MedicinalProductAuthorization.jurisdictionalAuthorization.country\0"
	"MedicinalProductAuthorization.jurisdictionalAuthorization.identifier\0"
	"MedicinalProductAuthorization.jurisdictionalAuthorization.jurisdiction\0"
	"MedicinalProductAuthorization.jurisdictionalAuthorization.legalStatusOfSupply\0"
	"MedicinalProductAuthorization.jurisdictionalAuthorization.validityPeriod\0"
	"MedicinalProductAuthorization.legalBasis\0"
	"MedicinalProductAuthorization.procedure\0"
	"MedicinalProductAuthorization.procedure.application\0"
	"MedicinalProductAuthorization.procedure.date[x]\0"
	"MedicinalProductAuthorization.procedure.identifier\0"
	"MedicinalProductAuthorization.procedure.type\0"
	"MedicinalProductAuthorization.regulator\0"
	"MedicinalProductAuthorization.restoreDate\0"
	"MedicinalProductAuthorization.status\0"
	"MedicinalProductAuthorization.statusDate\0"
	"MedicinalProductAuthorization.subject\0"
	"MedicinalProductAuthorization.validityPeriod\0"
	"MedicinalProductContraindication\0"
	"MedicinalProductContraindication.comorbidity\0"
	"MedicinalProductContraindication.disease\0"
	"MedicinalProductContraindication.diseaseStatus\0"
	"MedicinalProductContraindication.otherTherapy\0"
	"MedicinalProductContraindication.otherTherapy.medication[x]\0"
	"MedicinalProductContraindication.otherTherapy.therapyRelationshipType\0"
	"MedicinalProductContraindication.population\0"
	"MedicinalProductContraindication.subject\0"
	"MedicinalProductContraindication.therapeuticIndication\0"
	"MedicinalProductIndication\0"
	"MedicinalProductIndication.comorbidity\0"
	"MedicinalProductIndication.diseaseStatus\0"
	"MedicinalProductIndication.diseaseSymptomProcedure\0"
	"MedicinalProductIndication.duration\0"
	"MedicinalProductIndication.intendedEffect\0"
	"MedicinalProductIndication.otherTherapy\0"
	"MedicinalProductIndication.otherTherapy.medication[x]\0"
	"MedicinalProductIndication.otherTherapy.therapyRelationshipType\0"
	"MedicinalProductIndication.population\0"
	"MedicinalProductIndication.subject\0"
	"MedicinalProductIndication.undesirableEffect\0"
	"MedicinalProductIngredient\0"
	"MedicinalProductIngredient.allergenicIndicator\0"
	"MedicinalProductIngredient.identifier\0"
	"MedicinalProductIngredient.manufacturer\0"
	"MedicinalProductIngredient.role\0"
	"MedicinalProductIngredient.specifiedSubstance\0"
	"MedicinalProductIngredient.specifiedSubstance.code\0"
	"MedicinalProductIngredient.specifiedSubstance.confidentiality\0"
	"MedicinalProductIngredient.specifiedSubstance.group\0"
	"MedicinalProductIngredient.specifiedSubstance.strength\0"
	"MedicinalProductIngredient.specifiedSubstance.strength.concentration\0"
	"MedicinalProductIngredient.specifiedSubstance.strength.concentrationLowLimit\0"
	"MedicinalProductIngredient.specifiedSubstance.strength.country\0"
	"MedicinalProductIngredient.specifiedSubstance.strength.measurementPoint\0"
	"MedicinalProductIngredient.specifiedSubstance.strength.presentation\0"
	"MedicinalProductIngredient.specifiedSubstance.strength.presentationLowLimit\0"
	"MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength\0"
	"MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength.country\0"
	"MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength.measurementPoint\0"
	"MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength.strength\0"
	"MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength.strengthLowLimit\0"
	"MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength.substance\0"
	"MedicinalProductIngredient.substance\0"
	"MedicinalProductIngredient.substance.code\0"
	"MedicinalProductIngredient.substance.strength\0"
	"MedicinalProductInteraction\0"
	"MedicinalProductInteraction.description\0"
	"MedicinalProductInteraction.effect\0"
	"MedicinalProductInteraction.incidence\0"
	"MedicinalProductInteraction.interactant\0"
	"MedicinalProductInteraction.interactant.item[x]\0"
	"MedicinalProductInteraction.management\0"
	"MedicinalProductInteraction.subject\0"
	"MedicinalProductInteraction.type\0"
	"MedicinalProductManufactured\0"
	"MedicinalProductManufactured.ingredient\0"
	"MedicinalProductManufactured.manufacturedDoseForm\0"
	"MedicinalProductManufactured.manufacturer\0"
	"MedicinalProductManufactured.otherCharacteristics\0"
	"MedicinalProductManufactured.physicalCharacteristics\0"
	"MedicinalProductManufactured.quantity\0"
	"MedicinalProductManufactured.unitOfPresentation\0"
	"MedicinalProductPackaged\0"
	"MedicinalProductPackaged.batchIdentifier\0"
	"MedicinalProductPackaged.batchIdentifier.immediatePackaging\0"
	"MedicinalProductPackaged.batchIdentifier.outerPackaging\0"
	"MedicinalProductPackaged.description\0"
	"MedicinalProductPackaged.identifier\0"
	"MedicinalProductPackaged.legalStatusOfSupply\0"
	"MedicinalProductPackaged.manufacturer\0"
	"MedicinalProductPackaged.marketingAuthorization\0"
	"MedicinalProductPackaged.marketingStatus\0"
	"MedicinalProductPackaged.packageItem\0"
	"MedicinalProductPackaged.packageItem.alternateMaterial\0"
	"MedicinalProductPackaged.packageItem.device\0"
	"MedicinalProductPackaged.packageItem.identifier\0"
	"MedicinalProductPackaged.packageItem.manufacturedItem\0"
	"MedicinalProductPackaged.packageItem.manufacturer\0"
	"MedicinalProductPackaged.packageItem.material\0"
	"MedicinalProductPackaged.packageItem.otherCharacteristics\0"
	"MedicinalProductPackaged.packageItem.packageItem\0"
	"MedicinalProductPackaged.packageItem.physicalCharacteristics\0"
	"MedicinalProductPackaged.packageItem.quantity\0"
	"MedicinalProductPackaged.packageItem.shelfLifeStorage\0"
	"MedicinalProductPackaged.packageItem.type\0"
	"MedicinalProductPackaged.subject\0"
	"MedicinalProductPharmaceutical\0"
	"MedicinalProductPharmaceutical.administrableDoseForm\0"
	"MedicinalProductPharmaceutical.characteristics\0"
	"MedicinalProductPharmaceutical.characteristics.code\0"
	"MedicinalProductPharmaceutical.characteristics.status\0"
	"MedicinalProductPharmaceutical.device\0"
	"MedicinalProductPharmaceutical.identifier\0"
	"MedicinalProductPharmaceutical.ingredient\0"
	"MedicinalProductPharmaceutical.routeOfAdministration\0"
	"MedicinalProductPharmaceutical.routeOfAdministration.code\0"
	"MedicinalProductPharmaceutical.routeOfAdministration.firstDose\0"
	"MedicinalProductPharmaceutical.routeOfAdministration.maxDosePerDay\0"
	"MedicinalProductPharmaceutical.routeOfAdministration.maxDosePerTreatmentPeriod\0"
	"MedicinalProductPharmaceutical.routeOfAdministration.maxSingleDose\0"
	"MedicinalProductPharmaceutical.routeOfAdministration.maxTreatmentPeriod\0"
	"MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies\0"
	"MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.code\0"
	"MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod\0"
	"MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod.supportingInformation\0"
	"MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod.tissue\0"
	"MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod.value\0"
	"MedicinalProductPharmaceutical.unitOfPresentation\0"
	"MedicinalProductUndesirableEffect\0"
	"MedicinalProductUndesirableEffect.classification\0"
	"MedicinalProductUndesirableEffect.frequencyOfOccurrence\0"
	"MedicinalProductUndesirableEffect.population\0"
	"MedicinalProductUndesirableEffect.subject\0"
	"MedicinalProductUndesirableEffect.symptomConditionEffect\0"
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
	"MetadataResource\0"
	"MetadataResource.contact\0"
	"MetadataResource.date\0"
	"MetadataResource.description\0"
	"MetadataResource.experimental\0"
	"MetadataResource.jurisdiction\0"
	"MetadataResource.name\0"
	"MetadataResource.publisher\0"
	"MetadataResource.status\0"
	"MetadataResource.title\0"
	"MetadataResource.url\0"
	"MetadataResource.useContext\0"
	"MetadataResource.version\0"
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
	"Reference.display\0"
	"Reference.reference\0"
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
	"RiskEvidenceSynthesis\0"
	"RiskEvidenceSynthesis.approvalDate\0"
	"RiskEvidenceSynthesis.author\0"
	"RiskEvidenceSynthesis.certainty\0"
	"RiskEvidenceSynthesis.certainty.certaintySubcomponent\0"
	"RiskEvidenceSynthesis.certainty.certaintySubcomponent.note\0"
	"RiskEvidenceSynthesis.certainty.certaintySubcomponent.rating\0"
	"RiskEvidenceSynthesis.certainty.certaintySubcomponent.type\0"
	"RiskEvidenceSynthesis.certainty.note\0"
	"RiskEvidenceSynthesis.certainty.rating\0"
	"RiskEvidenceSynthesis.contact\0"
	"RiskEvidenceSynthesis.copyright\0"
	"RiskEvidenceSynthesis.date\0"
	"RiskEvidenceSynthesis.description\0"
	"RiskEvidenceSynthesis.editor\0"
	"RiskEvidenceSynthesis.effectivePeriod\0"
	"RiskEvidenceSynthesis.endorser\0"
	"RiskEvidenceSynthesis.exposure\0"
	"RiskEvidenceSynthesis.identifier\0"
	"RiskEvidenceSynthesis.jurisdiction\0"
	"RiskEvidenceSynthesis.lastReviewDate\0"
	"RiskEvidenceSynthesis.name\0"
	"RiskEvidenceSynthesis.note\0"
	"RiskEvidenceSynthesis.outcome\0"
	"RiskEvidenceSynthesis.population\0"
	"RiskEvidenceSynthesis.publisher\0"
	"RiskEvidenceSynthesis.relatedArtifact\0"
	"RiskEvidenceSynthesis.reviewer\0"
	"RiskEvidenceSynthesis.riskEstimate\0"
	"RiskEvidenceSynthesis.riskEstimate.denominatorCount\0"
	"RiskEvidenceSynthesis.riskEstimate.description\0"
	"RiskEvidenceSynthesis.riskEstimate.numeratorCount\0"
	"RiskEvidenceSynthesis.riskEstimate.precisionEstimate\0"
	"RiskEvidenceSynthesis.riskEstimate.precisionEstimate.from\0"
	"RiskEvidenceSynthesis.riskEstimate.precisionEstimate.level\0"
	"RiskEvidenceSynthesis.riskEstimate.precisionEstimate.to\0"
	"RiskEvidenceSynthesis.riskEstimate.precisionEstimate.type\0"
	"RiskEvidenceSynthesis.riskEstimate.type\0"
	"RiskEvidenceSynthesis.riskEstimate.unitOfMeasure\0"
	"RiskEvidenceSynthesis.riskEstimate.value\0"
	"RiskEvidenceSynthesis.sampleSize\0"
	"RiskEvidenceSynthesis.sampleSize.description\0"
	"RiskEvidenceSynthesis.sampleSize.numberOfParticipants\0"
	"RiskEvidenceSynthesis.sampleSize.numberOfStudies\0"
	"RiskEvidenceSynthesis.status\0"
	"RiskEvidenceSynthesis.studyType\0"
	"RiskEvidenceSynthesis.synthesisType\0"
	"RiskEvidenceSynthesis.title\0"
	"RiskEvidenceSynthesis.topic\0"
	"RiskEvidenceSynthesis.url\0"
	"RiskEvidenceSynthesis.useContext\0"
	"RiskEvidenceSynthesis.version\0"
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
	"Substance.category\0"
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
	"SubstanceAmount\0"
	"SubstanceAmount.amountText\0"
	"SubstanceAmount.amountType\0"
	"SubstanceAmount.amount[x]\0"
	"SubstanceAmount.referenceRange\0"
	"SubstanceAmount.referenceRange.highLimit\0"
	"SubstanceAmount.referenceRange.lowLimit\0"
	"SubstanceNucleicAcid\0"
	"SubstanceNucleicAcid.areaOfHybridisation\0"
	"SubstanceNucleicAcid.numberOfSubunits\0"
	"SubstanceNucleicAcid.oligoNucleotideType\0"
	"SubstanceNucleicAcid.sequenceType\0"
	"SubstanceNucleicAcid.subunit\0"
	"SubstanceNucleicAcid.subunit.fivePrime\0"
	"SubstanceNucleicAcid.subunit.length\0"
	"SubstanceNucleicAcid.subunit.linkage\0"
	"SubstanceNucleicAcid.subunit.linkage.connectivity\0"
	"SubstanceNucleicAcid.subunit.linkage.identifier\0"
	"SubstanceNucleicAcid.subunit.linkage.name\0"
	"SubstanceNucleicAcid.subunit.linkage.residueSite\0"
	"SubstanceNucleicAcid.subunit.sequence\0"
	"SubstanceNucleicAcid.subunit.sequenceAttachment\0"
	"SubstanceNucleicAcid.subunit.subunit\0"
	"SubstanceNucleicAcid.subunit.sugar\0"
	"SubstanceNucleicAcid.subunit.sugar.identifier\0"
	"SubstanceNucleicAcid.subunit.sugar.name\0"
	"SubstanceNucleicAcid.subunit.sugar.residueSite\0"
	"SubstanceNucleicAcid.subunit.threePrime\0"
	"SubstancePolymer\0"
	"SubstancePolymer.class\0"
	"SubstancePolymer.copolymerConnectivity\0"
	"SubstancePolymer.geometry\0"
	"SubstancePolymer.modification\0"
	"SubstancePolymer.monomerSet\0"
	"SubstancePolymer.monomerSet.ratioType\0"
	"SubstancePolymer.monomerSet.startingMaterial\0"
	"SubstancePolymer.monomerSet.startingMaterial.amount\0"
	"SubstancePolymer.monomerSet.startingMaterial.isDefining\0"
	"SubstancePolymer.monomerSet.startingMaterial.material\0"
	"SubstancePolymer.monomerSet.startingMaterial.type\0"
	"SubstancePolymer.repeat\0"
	"SubstancePolymer.repeat.averageMolecularFormula\0"
	"SubstancePolymer.repeat.numberOfUnits\0"
	"SubstancePolymer.repeat.repeatUnit\0"
	"SubstancePolymer.repeat.repeatUnit.amount\0"
	"SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation\0"
	"SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation.amount\0"
	"SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation.degree\0"
	"SubstancePolymer.repeat.repeatUnit.orientationOfPolymerisation\0"
	"SubstancePolymer.repeat.repeatUnit.repeatUnit\0"
	"SubstancePolymer.repeat.repeatUnit.structuralRepresentation\0"
	"SubstancePolymer.repeat.repeatUnit.structuralRepresentation.attachment\0"
	"SubstancePolymer.repeat.repeatUnit.structuralRepresentation.representation\0"
	"SubstancePolymer.repeat.repeatUnit.structuralRepresentation.type\0"
	"SubstancePolymer.repeat.repeatUnitAmountType\0"
	"SubstanceProtein\0"
	"SubstanceProtein.disulfideLinkage\0"
	"SubstanceProtein.numberOfSubunits\0"
	"SubstanceProtein.sequenceType\0"
	"SubstanceProtein.subunit\0"
	"SubstanceProtein.subunit.cTerminalModification\0"
	"SubstanceProtein.subunit.cTerminalModificationId\0"
	"SubstanceProtein.subunit.length\0"
	"SubstanceProtein.subunit.nTerminalModification\0"
	"SubstanceProtein.subunit.nTerminalModificationId\0"
	"SubstanceProtein.subunit.sequence\0"
	"SubstanceProtein.subunit.sequenceAttachment\0"
	"SubstanceProtein.subunit.subunit\0"
	"SubstanceReferenceInformation\0"
	"SubstanceReferenceInformation.classification\0"
	"SubstanceReferenceInformation.classification.classification\0"
	"SubstanceReferenceInformation.classification.domain\0"
	"SubstanceReferenceInformation.classification.source\0"
	"SubstanceReferenceInformation.classification.subtype\0"
	"SubstanceReferenceInformation.comment\0"
	"SubstanceReferenceInformation.gene\0"
	"SubstanceReferenceInformation.gene.gene\0"
	"SubstanceReferenceInformation.gene.geneSequenceOrigin\0"
	"SubstanceReferenceInformation.gene.source\0"
	"SubstanceReferenceInformation.geneElement\0"
	"SubstanceReferenceInformation.geneElement.element\0"
	"SubstanceReferenceInformation.geneElement.source\0"
	"SubstanceReferenceInformation.geneElement.type\0"
	"SubstanceReferenceInformation.target\0"
	"SubstanceReferenceInformation.target.amountType\0"
	"SubstanceReferenceInformation.target.amount[x]\0"
	"SubstanceReferenceInformation.target.interaction\0"
	"SubstanceReferenceInformation.target.organism\0"
	"SubstanceReferenceInformation.target.organismType\0"
	"SubstanceReferenceInformation.target.source\0"
	"SubstanceReferenceInformation.target.target\0"
	"SubstanceReferenceInformation.target.type\0"
	"SubstanceSourceMaterial\0"
	"SubstanceSourceMaterial.countryOfOrigin\0"
	"SubstanceSourceMaterial.developmentStage\0"
	"SubstanceSourceMaterial.fractionDescription\0"
	"SubstanceSourceMaterial.fractionDescription.fraction\0"
	"SubstanceSourceMaterial.fractionDescription.materialType\0"
	"SubstanceSourceMaterial.geographicalLocation\0"
	"SubstanceSourceMaterial.organism\0"
	"SubstanceSourceMaterial.organism.author\0"
	"SubstanceSourceMaterial.organism.author.authorDescription\0"
	"SubstanceSourceMaterial.organism.author.authorType\0"
	"SubstanceSourceMaterial.organism.family\0"
	"SubstanceSourceMaterial.organism.genus\0"
	"SubstanceSourceMaterial.organism.hybrid\0"
	"SubstanceSourceMaterial.organism.hybrid.hybridType\0"
	"SubstanceSourceMaterial.organism.hybrid.maternalOrganismId\0"
	"SubstanceSourceMaterial.organism.hybrid.maternalOrganismName\0"
	"SubstanceSourceMaterial.organism.hybrid.paternalOrganismId\0"
	"SubstanceSourceMaterial.organism.hybrid.paternalOrganismName\0"
	"SubstanceSourceMaterial.organism.intraspecificDescription\0"
	"SubstanceSourceMaterial.organism.intraspecificType\0"
	"SubstanceSourceMaterial.organism.organismGeneral\0"
	"SubstanceSourceMaterial.organism.organismGeneral.class\0"
	"SubstanceSourceMaterial.organism.organismGeneral.kingdom\0"
	"SubstanceSourceMaterial.organism.organismGeneral.order\0"
	"SubstanceSourceMaterial.organism.organismGeneral.phylum\0"
	"SubstanceSourceMaterial.organism.species\0"
	"SubstanceSourceMaterial.organismId\0"
	"SubstanceSourceMaterial.organismName\0"
	"SubstanceSourceMaterial.parentSubstanceId\0"
	"SubstanceSourceMaterial.parentSubstanceName\0"
	"SubstanceSourceMaterial.partDescription\0"
	"SubstanceSourceMaterial.partDescription.part\0"
	"SubstanceSourceMaterial.partDescription.partLocation\0"
	"SubstanceSourceMaterial.sourceMaterialClass\0"
	"SubstanceSourceMaterial.sourceMaterialState\0"
	"SubstanceSourceMaterial.sourceMaterialType\0"
	"SubstanceSpecification\0"
	"SubstanceSpecification.code\0"
	"SubstanceSpecification.code.code\0"
	"SubstanceSpecification.code.comment\0"
	"SubstanceSpecification.code.source\0"
	"SubstanceSpecification.code.status\0"
	"SubstanceSpecification.code.statusDate\0"
	"SubstanceSpecification.comment\0"
	"SubstanceSpecification.description\0"
	"SubstanceSpecification.domain\0"
	"SubstanceSpecification.identifier\0"
	"SubstanceSpecification.moiety\0"
	"SubstanceSpecification.moiety.amount[x]\0"
	"SubstanceSpecification.moiety.identifier\0"
	"SubstanceSpecification.moiety.molecularFormula\0"
	"SubstanceSpecification.moiety.name\0"
	"SubstanceSpecification.moiety.opticalActivity\0"
	"SubstanceSpecification.moiety.role\0"
	"SubstanceSpecification.moiety.stereochemistry\0"
	"SubstanceSpecification.molecularWeight\0"
	"SubstanceSpecification.name\0"
	"SubstanceSpecification.name.domain\0"
	"SubstanceSpecification.name.jurisdiction\0"
	"SubstanceSpecification.name.language\0"
	"SubstanceSpecification.name.name\0"
	"SubstanceSpecification.name.official\0"
	"SubstanceSpecification.name.official.authority\0"
	"SubstanceSpecification.name.official.date\0"
	"SubstanceSpecification.name.official.status\0"
	"SubstanceSpecification.name.preferred\0"
	"SubstanceSpecification.name.source\0"
	"SubstanceSpecification.name.status\0"
	"SubstanceSpecification.name.synonym\0"
	"SubstanceSpecification.name.translation\0"
	"SubstanceSpecification.name.type\0"
	"SubstanceSpecification.nucleicAcid\0"
	"SubstanceSpecification.polymer\0"
	"SubstanceSpecification.property\0"
	"SubstanceSpecification.property.amount[x]\0"
	"SubstanceSpecification.property.category\0"
	"SubstanceSpecification.property.code\0"
	"SubstanceSpecification.property.definingSubstance[x]\0"
	"SubstanceSpecification.property.parameters\0"
	"SubstanceSpecification.protein\0"
	"SubstanceSpecification.referenceInformation\0"
	"SubstanceSpecification.relationship\0"
	"SubstanceSpecification.relationship.amountRatioLowLimit\0"
	"SubstanceSpecification.relationship.amountType\0"
	"SubstanceSpecification.relationship.amount[x]\0"
	"SubstanceSpecification.relationship.isDefining\0"
	"SubstanceSpecification.relationship.relationship\0"
	"SubstanceSpecification.relationship.source\0"
	"SubstanceSpecification.relationship.substance[x]\0"
	"SubstanceSpecification.source\0"
	"SubstanceSpecification.sourceMaterial\0"
	"SubstanceSpecification.status\0"
	"SubstanceSpecification.structure\0"
	"SubstanceSpecification.structure.isotope\0"
	"SubstanceSpecification.structure.isotope.halfLife\0"
	"SubstanceSpecification.structure.isotope.identifier\0"
	"SubstanceSpecification.structure.isotope.molecularWeight\0"
	"SubstanceSpecification.structure.isotope.molecularWeight.amount\0"
	"SubstanceSpecification.structure.isotope.molecularWeight.method\0"
	"SubstanceSpecification.structure.isotope.molecularWeight.type\0"
	"SubstanceSpecification.structure.isotope.name\0"
	"SubstanceSpecification.structure.isotope.substitution\0"
	"SubstanceSpecification.structure.molecularFormula\0"
	"SubstanceSpecification.structure.molecularFormulaByMoiety\0"
	"SubstanceSpecification.structure.molecularWeight\0"
	"SubstanceSpecification.structure.opticalActivity\0"
	"SubstanceSpecification.structure.representation\0"
	"SubstanceSpecification.structure.representation.attachment\0"
	"SubstanceSpecification.structure.representation.representation\0"
	"SubstanceSpecification.structure.representation.type\0"
	"SubstanceSpecification.structure.source\0"
	"SubstanceSpecification.structure.stereochemistry\0"
	"SubstanceSpecification.type\0"
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
	"code.value\0"
	"collected\0"
	"date.value\0"
	"dateTime.value\0"
	"deceased\0"
	"decimal\0"
	"decimal.value\0"
	"definingSubstance\0"
	"doseNumber\0"
	"effective\0"
	"fastingStatus\0"
	"fixed\0"
	"http://dicom.nema.org/medical/dicom/current/output/chtml/part04/sect_B.5.html#table_B.5-1\0"
	"http://dicom.nema.org/medical/dicom/current/output/chtml/part16/sect_CID_29.html\0"
	"http://hl7.org/fhir/ValueSet/FHIR-version|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/account-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/account-type\0"
	"http://hl7.org/fhir/ValueSet/action-cardinality-behavior|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/action-condition-kind|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/action-grouping-behavior|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/action-participant-role\0"
	"http://hl7.org/fhir/ValueSet/action-participant-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/action-precheck-behavior|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/action-relationship-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/action-required-behavior|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/action-selection-behavior|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/action-type\0"
	"http://hl7.org/fhir/ValueSet/additional-instruction-codes\0"
	"http://hl7.org/fhir/ValueSet/address-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/address-use|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/adjudication\0"
	"http://hl7.org/fhir/ValueSet/adjudication-error\0"
	"http://hl7.org/fhir/ValueSet/adjudication-reason\0"
	"http://hl7.org/fhir/ValueSet/administration-method-codes\0"
	"http://hl7.org/fhir/ValueSet/administrative-gender\0"
	"http://hl7.org/fhir/ValueSet/administrative-gender|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-actuality|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-category\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-causality-assess\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-causality-method\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-outcome|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-seriousness\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-severity|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-type\0"
	"http://hl7.org/fhir/ValueSet/all-types|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/allergy-intolerance-category|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/allergy-intolerance-criticality|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/allergy-intolerance-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/allergyintolerance-clinical|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/allergyintolerance-code\0"
	"http://hl7.org/fhir/ValueSet/allergyintolerance-verification|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/appointment-cancellation-reason\0"
	"http://hl7.org/fhir/ValueSet/appointmentstatus|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/approach-site-codes\0"
	"http://hl7.org/fhir/ValueSet/assert-direction-codes|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/assert-operator-codes|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/assert-response-code-types|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/asset-availability\0"
	"http://hl7.org/fhir/ValueSet/audit-entity-type\0"
	"http://hl7.org/fhir/ValueSet/audit-event-action|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/audit-event-outcome|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/audit-event-sub-type\0"
	"http://hl7.org/fhir/ValueSet/audit-event-type\0"
	"http://hl7.org/fhir/ValueSet/audit-source-type\0"
	"http://hl7.org/fhir/ValueSet/basic-resource-type\0"
	"http://hl7.org/fhir/ValueSet/benefit-network\0"
	"http://hl7.org/fhir/ValueSet/benefit-term\0"
	"http://hl7.org/fhir/ValueSet/benefit-type\0"
	"http://hl7.org/fhir/ValueSet/benefit-unit\0"
	"http://hl7.org/fhir/ValueSet/binding-strength|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/body-site\0"
	"http://hl7.org/fhir/ValueSet/bodysite-laterality\0"
	"http://hl7.org/fhir/ValueSet/bodystructure-code\0"
	"http://hl7.org/fhir/ValueSet/bodystructure-relative-location\0"
	"http://hl7.org/fhir/ValueSet/bundle-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/c80-doc-typecodes\0"
	"http://hl7.org/fhir/ValueSet/c80-facilitycodes\0"
	"http://hl7.org/fhir/ValueSet/c80-practice-codes\0"
	"http://hl7.org/fhir/ValueSet/capability-statement-kind|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/care-plan-activity-kind|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/care-plan-activity-outcome\0"
	"http://hl7.org/fhir/ValueSet/care-plan-activity-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/care-plan-category\0"
	"http://hl7.org/fhir/ValueSet/care-plan-intent|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/care-team-category\0"
	"http://hl7.org/fhir/ValueSet/care-team-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/certainty-subcomponent-rating\0"
	"http://hl7.org/fhir/ValueSet/certainty-subcomponent-type\0"
	"http://hl7.org/fhir/ValueSet/chargeitem-billingcodes\0"
	"http://hl7.org/fhir/ValueSet/chargeitem-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/chromosome-human\0"
	"http://hl7.org/fhir/ValueSet/claim-careteamrole\0"
	"http://hl7.org/fhir/ValueSet/claim-exception\0"
	"http://hl7.org/fhir/ValueSet/claim-informationcategory\0"
	"http://hl7.org/fhir/ValueSet/claim-modifiers\0"
	"http://hl7.org/fhir/ValueSet/claim-subtype\0"
	"http://hl7.org/fhir/ValueSet/claim-type\0"
	"http://hl7.org/fhir/ValueSet/claim-use|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/clinical-findings\0"
	"http://hl7.org/fhir/ValueSet/clinicalimpression-prognosis\0"
	"http://hl7.org/fhir/ValueSet/clinicalimpression-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/code-search-support|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/codesystem-content-mode|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/codesystem-hierarchy-meaning|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/common-tags\0"
	"http://hl7.org/fhir/ValueSet/communication-category\0"
	"http://hl7.org/fhir/ValueSet/communication-not-done-reason\0"
	"http://hl7.org/fhir/ValueSet/communication-topic\0"
	"http://hl7.org/fhir/ValueSet/compartment-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/composite-measure-scoring\0"
	"http://hl7.org/fhir/ValueSet/composition-attestation-mode|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/composition-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/concept-map-equivalence|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/concept-property-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/conceptmap-unmapped-mode|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/condition-category\0"
	"http://hl7.org/fhir/ValueSet/condition-clinical|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/condition-code\0"
	"http://hl7.org/fhir/ValueSet/condition-outcome\0"
	"http://hl7.org/fhir/ValueSet/condition-severity\0"
	"http://hl7.org/fhir/ValueSet/condition-stage\0"
	"http://hl7.org/fhir/ValueSet/condition-stage-type\0"
	"http://hl7.org/fhir/ValueSet/condition-ver-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/conditional-delete-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/conditional-read-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/consent-action\0"
	"http://hl7.org/fhir/ValueSet/consent-category\0"
	"http://hl7.org/fhir/ValueSet/consent-content-class\0"
	"http://hl7.org/fhir/ValueSet/consent-content-code\0"
	"http://hl7.org/fhir/ValueSet/consent-data-meaning|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/consent-policy\0"
	"http://hl7.org/fhir/ValueSet/consent-provision-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/consent-scope\0"
	"http://hl7.org/fhir/ValueSet/consent-state-codes|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/consistency-type\0"
	"http://hl7.org/fhir/ValueSet/constraint-severity|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/contact-point-system|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/contact-point-use|4.0.1\0"
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
	"http://hl7.org/fhir/ValueSet/contract-publicationstatus|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/contract-scope\0"
	"http://hl7.org/fhir/ValueSet/contract-security-category\0"
	"http://hl7.org/fhir/ValueSet/contract-security-classification\0"
	"http://hl7.org/fhir/ValueSet/contract-security-control\0"
	"http://hl7.org/fhir/ValueSet/contract-signer-type\0"
	"http://hl7.org/fhir/ValueSet/contract-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/contract-subtype\0"
	"http://hl7.org/fhir/ValueSet/contract-term-subtype\0"
	"http://hl7.org/fhir/ValueSet/contract-term-type\0"
	"http://hl7.org/fhir/ValueSet/contract-type\0"
	"http://hl7.org/fhir/ValueSet/contributor-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/coverage-class\0"
	"http://hl7.org/fhir/ValueSet/coverage-copay-type\0"
	"http://hl7.org/fhir/ValueSet/coverage-financial-exception\0"
	"http://hl7.org/fhir/ValueSet/coverage-type\0"
	"http://hl7.org/fhir/ValueSet/coverageeligibilityresponse-ex-auth-support\0"
	"http://hl7.org/fhir/ValueSet/currencies|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/data-absent-reason\0"
	"http://hl7.org/fhir/ValueSet/days-of-week|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/defined-types\0"
	"http://hl7.org/fhir/ValueSet/defined-types|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/definition-topic\0"
	"http://hl7.org/fhir/ValueSet/definition-use\0"
	"http://hl7.org/fhir/ValueSet/designation-use\0"
	"http://hl7.org/fhir/ValueSet/detectedissue-category\0"
	"http://hl7.org/fhir/ValueSet/detectedissue-mitigation-action\0"
	"http://hl7.org/fhir/ValueSet/detectedissue-severity|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/device-action\0"
	"http://hl7.org/fhir/ValueSet/device-kind\0"
	"http://hl7.org/fhir/ValueSet/device-nametype|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/device-safety\0"
	"http://hl7.org/fhir/ValueSet/device-statement-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/device-status-reason\0"
	"http://hl7.org/fhir/ValueSet/device-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/device-type\0"
	"http://hl7.org/fhir/ValueSet/devicemetric-type\0"
	"http://hl7.org/fhir/ValueSet/diagnosis-role\0"
	"http://hl7.org/fhir/ValueSet/diagnostic-report-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/diagnostic-service-sections\0"
	"http://hl7.org/fhir/ValueSet/dicm-405-mediatype\0"
	"http://hl7.org/fhir/ValueSet/diet-type\0"
	"http://hl7.org/fhir/ValueSet/discriminator-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/doc-section-codes\0"
	"http://hl7.org/fhir/ValueSet/doc-typecodes\0"
	"http://hl7.org/fhir/ValueSet/document-classcodes\0"
	"http://hl7.org/fhir/ValueSet/document-mode|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/document-reference-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/document-relationship-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/dose-rate-type\0"
	"http://hl7.org/fhir/ValueSet/effect-estimate-type\0"
	"http://hl7.org/fhir/ValueSet/eligibilityrequest-purpose|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/eligibilityresponse-purpose|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/encounter-admit-source\0"
	"http://hl7.org/fhir/ValueSet/encounter-diet\0"
	"http://hl7.org/fhir/ValueSet/encounter-discharge-disposition\0"
	"http://hl7.org/fhir/ValueSet/encounter-location-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/encounter-participant-type\0"
	"http://hl7.org/fhir/ValueSet/encounter-reason\0"
	"http://hl7.org/fhir/ValueSet/encounter-special-arrangements\0"
	"http://hl7.org/fhir/ValueSet/encounter-special-courtesy\0"
	"http://hl7.org/fhir/ValueSet/encounter-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/encounter-type\0"
	"http://hl7.org/fhir/ValueSet/endpoint-connection-type\0"
	"http://hl7.org/fhir/ValueSet/endpoint-payload-type\0"
	"http://hl7.org/fhir/ValueSet/endpoint-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/enteral-route\0"
	"http://hl7.org/fhir/ValueSet/entformula-additive\0"
	"http://hl7.org/fhir/ValueSet/entformula-type\0"
	"http://hl7.org/fhir/ValueSet/episode-of-care-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/episodeofcare-type\0"
	"http://hl7.org/fhir/ValueSet/event-capability-mode|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/event-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/event-timing|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/evidence-quality\0"
	"http://hl7.org/fhir/ValueSet/evidence-variant-state\0"
	"http://hl7.org/fhir/ValueSet/ex-benefitcategory\0"
	"http://hl7.org/fhir/ValueSet/ex-diagnosis-on-admission\0"
	"http://hl7.org/fhir/ValueSet/ex-diagnosisrelatedgroup\0"
	"http://hl7.org/fhir/ValueSet/ex-diagnosistype\0"
	"http://hl7.org/fhir/ValueSet/ex-paymenttype\0"
	"http://hl7.org/fhir/ValueSet/ex-procedure-type\0"
	"http://hl7.org/fhir/ValueSet/ex-program-code\0"
	"http://hl7.org/fhir/ValueSet/ex-revenue-center\0"
	"http://hl7.org/fhir/ValueSet/examplescenario-actor-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/explanationofbenefit-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/exposure-state|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/expression-language\0"
	"http://hl7.org/fhir/ValueSet/extension-context-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/filter-operator|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/flag-category\0"
	"http://hl7.org/fhir/ValueSet/flag-code\0"
	"http://hl7.org/fhir/ValueSet/flag-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/fm-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/food-type\0"
	"http://hl7.org/fhir/ValueSet/formatcodes\0"
	"http://hl7.org/fhir/ValueSet/forms\0"
	"http://hl7.org/fhir/ValueSet/fundsreserve\0"
	"http://hl7.org/fhir/ValueSet/goal-achievement\0"
	"http://hl7.org/fhir/ValueSet/goal-category\0"
	"http://hl7.org/fhir/ValueSet/goal-priority\0"
	"http://hl7.org/fhir/ValueSet/goal-start-event\0"
	"http://hl7.org/fhir/ValueSet/goal-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/graph-compartment-rule|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/graph-compartment-use|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/group-measure|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/group-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/guidance-response-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/guide-page-generation|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/guide-parameter-code|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/handling-condition\0"
	"http://hl7.org/fhir/ValueSet/history-absent-reason\0"
	"http://hl7.org/fhir/ValueSet/history-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/http-operations|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/http-verb|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/icd-10\0"
	"http://hl7.org/fhir/ValueSet/icd-10-procedures\0"
	"http://hl7.org/fhir/ValueSet/identifier-type\0"
	"http://hl7.org/fhir/ValueSet/identifier-use|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/identity-assuranceLevel|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/imagingstudy-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/immunization-evaluation-dose-status\0"
	"http://hl7.org/fhir/ValueSet/immunization-evaluation-dose-status-reason\0"
	"http://hl7.org/fhir/ValueSet/immunization-evaluation-status|4.0.1\0"
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
	"http://hl7.org/fhir/ValueSet/immunization-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/immunization-subpotent-reason\0"
	"http://hl7.org/fhir/ValueSet/immunization-target-disease\0"
	"http://hl7.org/fhir/ValueSet/insuranceplan-applicability|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/insuranceplan-type\0"
	"http://hl7.org/fhir/ValueSet/investigation-sets\0"
	"http://hl7.org/fhir/ValueSet/invoice-priceComponentType|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/invoice-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/issue-severity|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/issue-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/item-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/jurisdiction\0"
	"http://hl7.org/fhir/ValueSet/languages\0"
	"http://hl7.org/fhir/ValueSet/library-type\0"
	"http://hl7.org/fhir/ValueSet/link-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/linkage-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/list-empty-reason\0"
	"http://hl7.org/fhir/ValueSet/list-example-codes\0"
	"http://hl7.org/fhir/ValueSet/list-item-flag\0"
	"http://hl7.org/fhir/ValueSet/list-mode|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/list-order\0"
	"http://hl7.org/fhir/ValueSet/list-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/location-mode|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/location-physical-type\0"
	"http://hl7.org/fhir/ValueSet/location-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/manifestation-or-symptom\0"
	"http://hl7.org/fhir/ValueSet/map-context-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/map-group-type-mode|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/map-input-mode|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/map-model-mode|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/map-source-list-mode|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/map-target-list-mode|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/map-transform|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/marital-status\0"
	"http://hl7.org/fhir/ValueSet/measure-data-usage\0"
	"http://hl7.org/fhir/ValueSet/measure-improvement-notation|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/measure-population\0"
	"http://hl7.org/fhir/ValueSet/measure-report-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/measure-report-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/measure-scoring\0"
	"http://hl7.org/fhir/ValueSet/measure-type\0"
	"http://hl7.org/fhir/ValueSet/med-admin-perform-function\0"
	"http://hl7.org/fhir/ValueSet/media-modality\0"
	"http://hl7.org/fhir/ValueSet/media-type\0"
	"http://hl7.org/fhir/ValueSet/media-view\0"
	"http://hl7.org/fhir/ValueSet/medication-admin-category\0"
	"http://hl7.org/fhir/ValueSet/medication-admin-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/medication-as-needed-reason\0"
	"http://hl7.org/fhir/ValueSet/medication-codes\0"
	"http://hl7.org/fhir/ValueSet/medication-form-codes\0"
	"http://hl7.org/fhir/ValueSet/medication-statement-category\0"
	"http://hl7.org/fhir/ValueSet/medication-statement-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/medication-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/medicationdispense-category\0"
	"http://hl7.org/fhir/ValueSet/medicationdispense-performer-function\0"
	"http://hl7.org/fhir/ValueSet/medicationdispense-status-reason\0"
	"http://hl7.org/fhir/ValueSet/medicationdispense-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/medicationknowledge-characteristic\0"
	"http://hl7.org/fhir/ValueSet/medicationknowledge-package-type\0"
	"http://hl7.org/fhir/ValueSet/medicationknowledge-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/medicationrequest-category\0"
	"http://hl7.org/fhir/ValueSet/medicationrequest-course-of-therapy\0"
	"http://hl7.org/fhir/ValueSet/medicationrequest-intent|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/medicationrequest-status-reason\0"
	"http://hl7.org/fhir/ValueSet/medicationrequest-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/message-events\0"
	"http://hl7.org/fhir/ValueSet/message-reason-encounter\0"
	"http://hl7.org/fhir/ValueSet/message-significance-category|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/message-transport\0"
	"http://hl7.org/fhir/ValueSet/messageheader-response-request|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/metric-calibration-state|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/metric-calibration-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/metric-category|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/metric-color|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/metric-operational-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/mimetypes|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/missing-tooth-reason\0"
	"http://hl7.org/fhir/ValueSet/modified-foodtype\0"
	"http://hl7.org/fhir/ValueSet/name-use|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/namingsystem-identifier-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/namingsystem-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/narrative-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/network-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/note-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/nutrient-code\0"
	"http://hl7.org/fhir/ValueSet/object-lifecycle-events\0"
	"http://hl7.org/fhir/ValueSet/object-role\0"
	"http://hl7.org/fhir/ValueSet/observation-category\0"
	"http://hl7.org/fhir/ValueSet/observation-codes\0"
	"http://hl7.org/fhir/ValueSet/observation-interpretation\0"
	"http://hl7.org/fhir/ValueSet/observation-methods\0"
	"http://hl7.org/fhir/ValueSet/observation-range-category|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/observation-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/operation-kind|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/operation-outcome\0"
	"http://hl7.org/fhir/ValueSet/operation-parameter-use|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/organization-role\0"
	"http://hl7.org/fhir/ValueSet/organization-type\0"
	"http://hl7.org/fhir/ValueSet/orientation-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/participant-role\0"
	"http://hl7.org/fhir/ValueSet/participantrequired|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/participation-role-type\0"
	"http://hl7.org/fhir/ValueSet/participationstatus|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/patient-contactrelationship\0"
	"http://hl7.org/fhir/ValueSet/payeetype\0"
	"http://hl7.org/fhir/ValueSet/payment-adjustment-reason\0"
	"http://hl7.org/fhir/ValueSet/payment-status\0"
	"http://hl7.org/fhir/ValueSet/payment-type\0"
	"http://hl7.org/fhir/ValueSet/performer-role\0"
	"http://hl7.org/fhir/ValueSet/permitted-data-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/plan-definition-type\0"
	"http://hl7.org/fhir/ValueSet/practitioner-role\0"
	"http://hl7.org/fhir/ValueSet/precision-estimate-type\0"
	"http://hl7.org/fhir/ValueSet/prepare-patient-prior-specimen-collection\0"
	"http://hl7.org/fhir/ValueSet/procedure-category\0"
	"http://hl7.org/fhir/ValueSet/procedure-code\0"
	"http://hl7.org/fhir/ValueSet/procedure-followup\0"
	"http://hl7.org/fhir/ValueSet/procedure-not-performed-reason\0"
	"http://hl7.org/fhir/ValueSet/procedure-outcome\0"
	"http://hl7.org/fhir/ValueSet/procedure-reason\0"
	"http://hl7.org/fhir/ValueSet/process-priority\0"
	"http://hl7.org/fhir/ValueSet/product-category|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/product-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/product-storage-scale|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/program\0"
	"http://hl7.org/fhir/ValueSet/property-representation|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/provenance-activity-type\0"
	"http://hl7.org/fhir/ValueSet/provenance-agent-role\0"
	"http://hl7.org/fhir/ValueSet/provenance-agent-type\0"
	"http://hl7.org/fhir/ValueSet/provenance-entity-role|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/provider-qualification\0"
	"http://hl7.org/fhir/ValueSet/publication-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/quality-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/quantity-comparator|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/questionnaire-answers\0"
	"http://hl7.org/fhir/ValueSet/questionnaire-answers-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/questionnaire-enable-behavior|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/questionnaire-enable-operator|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/questionnaire-questions\0"
	"http://hl7.org/fhir/ValueSet/reaction-event-severity|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/reason-medication-given-codes\0"
	"http://hl7.org/fhir/ValueSet/reason-medication-not-given-codes\0"
	"http://hl7.org/fhir/ValueSet/reason-medication-status-codes\0"
	"http://hl7.org/fhir/ValueSet/reference-handling-policy|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/reference-version-rules|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/referencerange-appliesto\0"
	"http://hl7.org/fhir/ValueSet/referencerange-meaning\0"
	"http://hl7.org/fhir/ValueSet/rejection-criteria\0"
	"http://hl7.org/fhir/ValueSet/related-artifact-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/related-claim-relationship\0"
	"http://hl7.org/fhir/ValueSet/relatedperson-relationshiptype\0"
	"http://hl7.org/fhir/ValueSet/relation-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/remittance-outcome|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/report-action-result-codes|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/report-codes\0"
	"http://hl7.org/fhir/ValueSet/report-participant-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/report-result-codes|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/report-status-codes|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/repository-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/request-intent|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/request-priority|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/request-resource-types|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/request-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/research-element-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/research-study-objective-type\0"
	"http://hl7.org/fhir/ValueSet/research-study-phase\0"
	"http://hl7.org/fhir/ValueSet/research-study-prim-purp-type\0"
	"http://hl7.org/fhir/ValueSet/research-study-reason-stopped\0"
	"http://hl7.org/fhir/ValueSet/research-study-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/research-subject-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/resource-aggregation-mode|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/resource-slicing-rules|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/resource-types\0"
	"http://hl7.org/fhir/ValueSet/resource-types|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/response-code|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/restful-capability-mode|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/restful-security-service\0"
	"http://hl7.org/fhir/ValueSet/risk-estimate-type\0"
	"http://hl7.org/fhir/ValueSet/risk-probability\0"
	"http://hl7.org/fhir/ValueSet/route-codes\0"
	"http://hl7.org/fhir/ValueSet/search-comparator|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/search-entry-mode|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/search-modifier-code|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/search-param-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/search-xpath-usage|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/security-labels\0"
	"http://hl7.org/fhir/ValueSet/security-role-type\0"
	"http://hl7.org/fhir/ValueSet/sequence-quality-method\0"
	"http://hl7.org/fhir/ValueSet/sequence-quality-standardSequence\0"
	"http://hl7.org/fhir/ValueSet/sequence-referenceSeq\0"
	"http://hl7.org/fhir/ValueSet/sequence-type|4.0.1\0"
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
	"http://hl7.org/fhir/ValueSet/slotstatus|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/sort-direction|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/spdx-license|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/specimen-collection\0"
	"http://hl7.org/fhir/ValueSet/specimen-collection-method\0"
	"http://hl7.org/fhir/ValueSet/specimen-contained-preference|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/specimen-container-type\0"
	"http://hl7.org/fhir/ValueSet/specimen-processing-procedure\0"
	"http://hl7.org/fhir/ValueSet/specimen-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/strand-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/structure-definition-kind|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/study-type\0"
	"http://hl7.org/fhir/ValueSet/subject-type\0"
	"http://hl7.org/fhir/ValueSet/subscriber-relationship\0"
	"http://hl7.org/fhir/ValueSet/subscription-channel-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/subscription-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/substance-category\0"
	"http://hl7.org/fhir/ValueSet/substance-code\0"
	"http://hl7.org/fhir/ValueSet/substance-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/supplement-type\0"
	"http://hl7.org/fhir/ValueSet/supply-item\0"
	"http://hl7.org/fhir/ValueSet/supplydelivery-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/supplydelivery-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/supplyrequest-kind\0"
	"http://hl7.org/fhir/ValueSet/supplyrequest-reason\0"
	"http://hl7.org/fhir/ValueSet/supplyrequest-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/surface\0"
	"http://hl7.org/fhir/ValueSet/synthesis-type\0"
	"http://hl7.org/fhir/ValueSet/system-restful-interaction|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/task-code\0"
	"http://hl7.org/fhir/ValueSet/task-intent|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/task-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/testscript-operation-codes\0"
	"http://hl7.org/fhir/ValueSet/testscript-profile-destination-types\0"
	"http://hl7.org/fhir/ValueSet/testscript-profile-origin-types\0"
	"http://hl7.org/fhir/ValueSet/texture-code\0"
	"http://hl7.org/fhir/ValueSet/timing-abbreviation\0"
	"http://hl7.org/fhir/ValueSet/tooth\0"
	"http://hl7.org/fhir/ValueSet/trigger-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/type-derivation-rule|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/type-restful-interaction|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/ucum-units\0"
	"http://hl7.org/fhir/ValueSet/ucum-units|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/udi-entry-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/units-of-time|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/usage-context-type\0"
	"http://hl7.org/fhir/ValueSet/use-context\0"
	"http://hl7.org/fhir/ValueSet/vaccine-code\0"
	"http://hl7.org/fhir/ValueSet/variable-type|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-can-push-updates\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-communication-method\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-failure-action\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-need\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-primary-source-type\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-push-type-available\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-status|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-validation-process\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-validation-status\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-validation-type\0"
	"http://hl7.org/fhir/ValueSet/versioning-policy|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/vision-base-codes|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/vision-eye-codes|4.0.1\0"
	"http://hl7.org/fhir/ValueSet/vision-product\0"
	"http://loinc.org/vs/LL379-9|4.0.1\0"
	"http://terminology.hl7.org/CodeSystem/processpriority\0"
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
	"http://terminology.hl7.org/ValueSet/v3-ConfidentialityClassification|2014-03-26\0"
	"http://terminology.hl7.org/ValueSet/v3-FamilyMember\0"
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

static const fp_type_id fp_ids_r4[1423] = {
	2,679,3,285,502,452,1,466,669,458,170,478,480,330,280,452,
	101,149,678,667,458,504,452,670,129,676,671,198,5,668,325,442,
	6,502,101,348,559,543,491,503,538,101,502,276,646,671,11,466,
	500,200,548,682,649,265,478,480,170,218,458,478,480,504,193,120,
	513,458,276,478,504,120,439,12,267,290,483,347,193,9,10,290,
	483,559,348,351,378,170,458,504,478,480,14,671,11,466,500,679,
	13,478,480,458,504,502,679,478,458,504,452,530,674,16,681,120,
	483,439,296,533,517,458,478,480,504,170,280,330,15,666,683,20,
	22,24,102,21,480,478,452,170,458,504,23,679,666,266,478,480,
	458,504,452,29,30,28,31,675,32,671,466,458,452,672,18,35,
	39,531,36,37,38,41,42,299,40,43,46,53,44,45,409,107,
	47,50,48,51,52,49,445,528,55,458,478,480,170,504,452,57,
	54,270,469,492,334,4,445,56,15,105,185,374,432,604,530,663,
	506,469,4,492,334,445,478,480,452,504,458,57,280,170,120,439,
	188,193,646,466,679,58,130,478,480,504,458,452,57,348,170,452,
	478,480,280,4,469,538,442,27,60,59,218,228,63,478,480,452,
	458,170,504,671,466,646,61,62,427,170,348,559,188,286,290,351,
	354,439,483,600,478,480,452,57,458,170,504,64,348,559,170,65,
	66,68,69,70,71,72,185,374,663,75,76,77,78,7,502,79,
	73,101,7,502,670,466,74,478,480,452,458,504,67,667,679,491,
	18,502,80,86,83,84,85,89,90,91,81,82,87,88,93,94,
	92,120,12,518,120,439,347,439,497,267,188,518,286,347,96,99,
	100,95,650,97,98,669,102,679,675,667,671,672,103,469,4,334,
	445,492,104,170,452,458,478,480,504,276,57,280,170,452,458,478,
	480,504,280,679,18,502,106,478,480,452,458,504,170,108,110,478,
	480,170,458,504,452,111,112,113,458,504,478,480,452,285,502,109,
	431,115,682,668,116,119,117,118,114,121,122,92,188,439,452,458,
	478,504,480,124,125,123,193,131,497,128,126,127,170,276,57,452,
	458,478,504,480,458,478,480,452,132,133,134,109,193,497,131,488,
	135,136,137,138,140,143,146,504,458,478,480,57,170,559,452,330,
	120,439,188,193,492,497,458,504,478,480,170,276,452,139,144,141,
	142,145,667,672,675,670,671,680,679,682,18,102,491,502,150,151,
	152,491,427,154,155,157,156,330,452,159,160,153,161,162,681,679,
	427,164,165,166,671,466,200,168,169,176,171,172,173,174,175,177,
	178,679,502,179,486,180,487,181,182,184,149,79,186,478,480,452,
	57,280,458,170,504,170,478,480,452,458,276,330,170,101,491,500,
	667,530,483,67,439,497,193,120,439,188,193,347,646,466,671,54,
	296,374,432,530,189,534,458,276,170,330,478,480,452,170,458,504,
	458,478,480,504,452,192,458,478,276,170,194,195,196,667,101,199,
	501,500,491,501,500,491,202,204,233,206,207,203,205,520,210,211,
	673,212,666,667,668,669,670,671,672,673,674,675,676,677,678,679,
	680,681,682,683,684,7,11,14,18,101,102,130,148,190,200,284,
	285,427,466,491,500,501,502,526,531,646,129,147,163,265,455,503,
	648,649,198,416,213,214,670,671,674,680,672,675,678,681,491,215,
	217,216,543,299,219,220,221,222,223,224,226,229,230,234,502,668,
	101,265,163,648,276,4,671,466,200,646,236,237,240,235,238,239,
	241,242,243,245,246,255,249,251,252,253,254,258,259,260,261,262,
	263,264,247,248,250,681,427,256,257,11,500,679,466,670,679,268,
	667,11,500,670,679,469,492,4,334,445,120,439,12,497,188,193,
	11,500,466,679,458,330,276,452,478,469,348,483,120,439,378,432,
	530,518,670,101,458,276,452,271,491,500,101,679,667,675,501,670,
	200,273,274,275,277,452,504,478,480,278,101,667,491,500,502,458,
	478,480,170,348,559,276,450,682,668,101,456,54,506,281,282,225,
	283,54,530,15,17,604,120,439,347,188,193,287,458,170,276,288,
	289,291,671,679,292,293,294,297,298,290,295,300,306,307,308,301,
	302,303,304,305,683,502,309,310,312,313,316,314,315,317,318,319,
	320,322,324,323,478,452,458,480,170,504,327,329,478,480,458,170,
	331,332,335,339,336,337,338,341,478,480,330,452,458,478,480,330,
	170,504,276,342,343,328,344,345,346,530,54,170,183,458,478,480,
	276,170,534,330,349,350,352,351,483,353,501,491,478,480,458,504,
	170,167,355,356,358,361,362,363,364,365,366,367,368,369,373,359,
	360,101,679,491,666,370,371,372,357,54,374,530,296,375,478,480,
	452,458,170,504,57,667,502,377,376,374,54,530,351,354,378,483,
	439,452,480,380,333,381,400,403,384,382,383,390,386,387,379,400,
	389,477,379,348,379,348,559,589,391,408,393,396,394,395,398,379,
	348,559,442,392,401,385,402,399,404,405,406,407,410,102,682,411,
	272,413,414,415,418,419,421,422,423,426,420,424,425,430,685,433,
	435,438,434,491,501,436,437,54,185,296,374,432,530,440,193,286,
	347,497,439,418,671,466,646,674,439,497,418,351,354,378,483,290,
	286,478,480,452,57,458,504,441,491,101,679,667,675,500,501,526,
	680,671,466,443,444,446,447,448,449,451,453,457,459,460,461,463,
	464,465,468,458,478,504,467,470,475,471,668,682,4,469,492,472,
	473,474,671,11,466,200,500,646,476,479,481,482,484,483,439,351,
	671,466,679,11,500,485,120,439,483,188,193,188,193,109,489,490,
	478,480,504,458,170,452,493,494,495,496,675,670,680,679,102,502,
	667,672,675,670,671,680,679,102,491,502,170,478,480,458,504,452,
	498,499,505,507,508,509,511,512,101,668,265,163,514,515,519,672,
	500,521,523,525,522,524,529,54,530,374,491,501,500,527,535,536,
	537,458,276,170,559,330,101,200,539,540,542,541,491,679,544,545,
	546,547,209,549,556,550,551,552,553,554,555,673,679,667,675,672,
	558,560,561,491,500,679,563,565,566,567,569,571,570,562,572,573,
	574,576,578,579,580,581,583,584,588,585,586,587,590,591,598,592,
	564,568,594,575,577,595,582,596,593,589,559,491,500,501,679,597,
	599,602,600,131,601,452,330,458,603,452,280,605,606,607,458,478,
	480,504,276,452,609,610,613,615,616,617,618,611,612,614,620,621,
	625,627,629,622,623,624,626,628,630,631,632,635,636,641,643,645,
	633,634,637,638,639,640,642,644,647,200,500,466,646,502,670,671,
	101,491,500,502,469,513,311,280,276,330,452,651,656,652,653,655,
	654,657,658,679,667,675,672,682,669,671,660,661,662,664,665,
};

static const fp_element fp_elements_r4[4767] = {
	/* Account */
	E(19238,8,1,0,65535,0,1,0,0,0,0,0,0,1),
	E(75776,77,1,0,1,0,1,1,0,0,0,0,0,1),
	E(105,97,1,0,65535,0,1,2,0,0,0,0,0,0),
	E(77147,189,1,0,65535,0,1,3,0,0,0,0,0,1),
	E(64395,208,1,0,1,0,1,1,0,0,0,0,0,1),
	E(36574,221,1,0,1,0,1,4,1,5,0,0,0,1),
	E(77218,235,1,0,1,0,1,4,1,6,0,0,0,0),
	E(258,250,1,0,1,0,1,7,0,0,0,0,0,1),
	E(164438,272,1,1,1,0,1,8,0,0,1,150989,1,1),
	E(77261,287,1,0,65535,0,1,4,7,9,0,0,0,1),
	E(167524,303,1,0,1,0,1,16,0,0,4,151039,0,1),
	/* Account.coverage */
	E(19238,25,2,1,1,0,1,4,1,17,0,0,0,1),
	E(163358,51,2,0,1,0,1,18,0,0,0,0,0,1),
	/* Account.guarantor */
	E(133,115,3,0,1,0,1,19,0,0,0,0,0,0),
	E(16823,140,3,1,1,0,1,4,3,20,0,0,0,0),
	E(121990,164,3,0,1,0,1,7,0,0,0,0,0,0),
	/* ActivityDefinition */
	E(49646,335,4,0,1,0,1,23,0,0,0,0,0,0),
	E(5636,367,4,0,65535,0,1,24,0,0,0,0,0,0),
	E(77014,393,4,0,65535,0,1,16,0,0,4,153939,0,0),
	E(152908,421,4,0,1,0,1,16,0,0,4,171323,0,1),
	E(36304,445,4,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,472,4,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,501,4,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,525,4,0,1,0,1,25,0,0,0,0,0,1),
	E(11176,556,4,0,1,0,1,19,0,0,0,0,1,1),
	E(79773,588,4,0,65535,0,1,27,0,0,0,0,0,0),
	E(106816,614,4,0,65535,0,1,28,0,0,0,0,0,0),
	E(49755,726,4,0,65535,0,1,24,0,0,0,0,0,0),
	E(49771,752,4,0,1,0,1,7,0,0,0,0,0,1),
	E(49796,787,4,0,65535,0,1,24,0,0,0,0,0,0),
	E(94849,815,4,0,1,0,1,19,0,0,0,0,0,1),
	E(77147,847,4,0,65535,0,1,3,0,0,0,0,0,1),
	E(139536,877,4,0,1,0,1,8,0,0,1,173705,0,0),
	E(49887,903,4,0,65535,0,1,16,0,0,2,165925,0,1),
	E(159826,935,4,0,1,0,1,8,0,0,1,173807,0,1),
	E(49909,959,4,0,1,0,1,23,0,0,0,0,0,0),
	E(75434,993,4,0,65535,0,1,29,1,30,0,0,0,0),
	E(154127,1020,4,0,1,0,1,4,1,13,0,0,0,0),
	E(64395,1048,4,0,1,0,1,1,0,0,0,0,0,1),
	E(1091,1072,4,0,65535,0,1,4,1,31,0,0,0,0),
	E(1133,1114,4,0,65535,0,1,4,1,31,0,0,0,0),
	E(72770,1162,4,0,65535,0,1,32,0,0,0,0,0,0),
	E(163358,1265,4,0,1,0,1,8,0,0,1,173755,0,0),
	E(179180,1293,4,0,1,1,2,33,2,35,4,167740,0,0),
	E(94681,1323,4,0,1,0,1,29,1,37,0,0,0,0),
	E(49978,1350,4,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,1379,4,0,1,0,1,25,0,0,0,0,0,0),
	E(90330,1406,4,0,1,0,1,38,0,0,0,0,0,0),
	E(49997,1434,4,0,65535,0,1,39,0,0,0,0,0,0),
	E(50022,1469,4,0,65535,0,1,24,0,0,0,0,0,0),
	E(1516,1497,4,0,65535,0,1,4,1,40,0,0,0,0),
	E(164438,1536,4,1,1,0,1,8,0,0,1,172135,1,1),
	E(77261,1562,4,0,1,1,2,41,1,43,2,176521,0,0),
	E(50076,1592,4,0,1,0,1,1,0,0,0,0,0,0),
	E(42097,1620,4,0,1,1,6,44,0,0,0,0,0,0),
	E(65617,1649,4,0,1,0,1,1,0,0,0,0,0,1),
	E(155890,1674,4,0,65535,0,1,16,0,0,4,159441,0,0),
	E(107687,1699,4,0,1,0,1,29,1,50,0,0,0,0),
	E(26304,1728,4,0,1,0,1,51,0,0,0,0,0,1),
	E(167072,1751,4,0,1,0,1,1,0,0,0,0,0,0),
	E(50137,1776,4,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,1806,4,0,1,0,1,1,0,0,0,0,0,1),
	/* ActivityDefinition.dynamicValue */
	E(145987,646,5,1,1,0,1,53,0,0,0,0,0,0),
	E(146100,689,5,1,1,0,1,1,0,0,0,0,0,0),
	/* ActivityDefinition.participant */
	E(170405,1193,6,0,1,0,1,16,0,0,4,151261,0,0),
	E(167524,1229,6,1,1,0,1,8,0,0,1,151314,0,0),
	/* Address */
	E(1849,1841,7,0,1,0,1,1,0,0,0,0,0,1),
	E(85115,1854,7,0,1,0,1,1,0,0,0,0,0,1),
	E(1878,1870,7,0,1,0,1,1,0,0,0,0,0,1),
	E(1895,1887,7,0,65535,0,1,1,0,0,0,0,0,1),
	E(121990,1900,7,0,1,0,1,7,0,0,0,0,0,1),
	E(1923,1915,7,0,1,0,1,1,0,0,0,0,0,1),
	E(162179,1934,7,0,1,0,1,1,0,0,0,0,0,1),
	E(41758,1948,7,0,1,0,1,1,0,0,0,0,0,1),
	E(167524,1961,7,0,1,0,1,8,0,0,1,151713,0,1),
	E(159572,1974,7,0,1,0,1,8,0,0,1,151761,1,1),
	/* AdverseEvent */
	E(2012,1999,8,1,1,0,1,8,0,0,1,152112,1,1),
	E(175495,2022,8,0,65535,0,1,16,0,0,2,152171,0,1),
	E(11889,2044,8,0,65535,0,1,4,3,54,0,0,0,1),
	E(72452,2069,8,0,1,0,1,26,0,0,0,0,0,1),
	E(2100,2087,8,0,1,0,1,26,0,0,0,0,0,1),
	E(168837,2109,8,0,1,0,1,4,1,57,0,0,0,1),
	E(163407,2132,8,0,1,0,1,16,0,0,4,152513,0,1),
	E(77147,2151,8,0,1,0,1,3,0,0,0,0,0,1),
	E(154127,2175,8,0,1,0,1,4,1,13,0,0,0,1),
	E(171514,2197,8,0,1,0,1,16,0,0,1,152343,0,1),
	E(3392,2218,8,0,1,0,1,26,0,0,0,0,0,1),
	E(3424,2244,8,0,1,0,1,4,4,58,0,0,0,1),
	E(2279,2266,8,0,65535,0,1,4,1,62,0,0,0,1),
	E(2310,2297,8,0,65535,0,1,4,1,63,0,0,0,1),
	E(152443,2329,8,0,1,0,1,16,0,0,4,152400,0,1),
	E(156529,2354,8,0,1,0,1,16,0,0,1,152455,0,1),
	E(119116,2376,8,0,65535,0,1,4,1,64,0,0,0,1),
	E(77261,2395,8,1,1,0,1,4,4,65,0,0,0,1),
	E(2429,2416,8,0,65535,0,1,4,8,69,0,0,0,1),
	E(2464,2451,8,0,65535,0,1,77,0,0,0,0,0,1),
	/* AdverseEvent.suspectEntity */
	E(2505,2478,9,0,65535,0,1,78,0,0,0,0,0,1),
	E(129513,2707,9,1,1,0,1,4,7,79,0,0,0,1),
	/* AdverseEvent.suspectEntity.causality */
	E(26900,2515,10,0,1,0,1,16,0,0,4,152223,0,1),
	E(5636,2563,10,0,1,0,1,4,2,11,0,0,0,1),
	E(175651,2607,10,0,1,0,1,16,0,0,4,152283,0,1),
	E(2688,2651,10,0,1,0,1,1,0,0,0,0,0,1),
	/* AllergyIntolerance */
	E(2781,2762,12,0,1,0,1,4,4,86,0,0,0,1),
	E(175495,2790,12,0,65535,0,1,8,0,0,1,152606,0,1),
	E(2837,2818,12,0,1,0,1,16,0,0,1,152797,1,1),
	E(152908,2852,12,0,1,0,1,16,0,0,4,152860,0,1),
	E(2895,2876,12,0,1,0,1,8,0,0,1,152670,0,1),
	E(168837,2907,12,0,1,0,1,4,1,57,0,0,0,0),
	E(77147,2936,12,0,65535,0,1,3,0,0,0,0,0,1),
	E(2985,2966,12,0,1,0,1,26,0,0,0,0,0,0),
	E(77192,3000,12,0,65535,0,1,90,0,0,0,0,0,0),
	E(3292,3024,12,0,1,1,5,91,0,0,0,0,0,0),
	E(36619,3052,12,1,1,0,1,4,1,9,0,0,0,1),
	E(3098,3079,12,0,65535,0,1,96,0,0,0,0,0,0),
	E(3392,3373,12,0,1,0,1,26,0,0,0,0,0,0),
	E(3424,3405,12,0,1,0,1,4,4,97,0,0,0,0),
	E(167524,3433,12,0,1,0,1,8,0,0,1,152737,0,1),
	E(3476,3457,12,0,1,0,1,16,0,0,1,152913,1,1),
	/* AllergyIntolerance.reaction */
	E(75776,3107,13,0,1,0,1,1,0,0,0,0,0,0),
	E(3175,3147,13,0,1,0,1,16,0,0,4,174784,0,0),
	E(3217,3189,13,1,65535,0,1,16,0,0,4,155351,0,0),
	E(77192,3231,13,0,65535,0,1,90,0,0,0,0,0,0),
	E(3292,3264,13,0,1,0,1,26,0,0,0,0,0,0),
	E(156529,3298,13,0,1,0,1,8,0,0,1,172590,0,0),
	E(89565,3335,13,0,1,0,1,16,0,0,4,176780,0,0),
	/* Annotation */
	E(5636,3506,14,0,1,1,2,101,4,103,0,0,0,1),
	E(41758,3527,14,1,1,0,1,25,0,0,0,0,0,1),
	E(38504,3543,14,0,1,0,1,26,0,0,0,0,0,1),
	/* Appointment */
	E(3583,3571,15,0,1,0,1,16,0,0,3,179364,0,1),
	E(77000,3599,15,0,65535,0,1,4,1,107,0,0,0,0),
	E(3631,3619,15,0,1,0,1,16,0,0,4,152980,0,1),
	E(40154,3649,15,0,1,0,1,1,0,0,0,0,0,0),
	E(5660,3669,15,0,1,0,1,26,0,0,0,0,0,0),
	E(75776,3689,15,0,1,0,1,1,0,0,0,0,0,0),
	E(106343,3713,15,0,1,0,1,108,0,0,0,0,0,1),
	E(77147,3729,15,0,65535,0,1,3,0,0,0,0,0,1),
	E(3764,3752,15,0,1,0,1,18,0,0,0,0,0,0),
	E(72770,3780,15,1,65535,0,1,109,0,0,0,0,0,0),
	E(42018,3958,15,0,1,0,1,1,0,0,0,0,0,0),
	E(163358,3989,15,0,1,0,1,110,0,0,0,0,0,0),
	E(77231,4010,15,0,65535,0,1,16,0,0,3,161277,0,1),
	E(110488,4033,15,0,65535,0,1,4,4,111,0,0,0,0),
	E(4073,4061,15,0,65535,0,1,7,0,0,0,0,0,0),
	E(122131,4089,15,0,65535,0,1,16,0,0,4,175458,0,1),
	E(122156,4117,15,0,65535,0,1,16,0,0,4,175658,0,1),
	E(4153,4141,15,0,65535,0,1,4,1,115,0,0,0,0),
	E(64681,4158,15,0,65535,0,1,16,0,0,3,154277,0,1),
	E(106354,4180,15,0,1,0,1,108,0,0,0,0,0,1),
	E(164438,4198,15,1,1,0,1,8,0,0,1,153041,1,1),
	E(92616,4217,15,0,65535,0,1,4,1,116,0,0,0,0),
	/* Appointment.participant */
	E(122054,3804,16,0,1,0,1,4,7,117,0,0,0,1),
	E(121990,3834,16,0,1,0,1,7,0,0,0,0,0,0),
	E(112454,3865,16,0,1,0,1,8,0,0,1,170555,0,1),
	E(164438,3898,16,1,1,0,1,8,0,0,1,170663,0,1),
	E(167524,3929,16,0,65535,0,1,16,0,0,2,161221,0,1),
	/* AppointmentResponse */
	E(122054,4271,17,0,1,0,1,4,7,117,0,0,0,1),
	E(4317,4297,17,1,1,0,1,4,1,124,0,0,0,1),
	E(40154,4329,17,0,1,0,1,1,0,0,0,0,0,0),
	E(106343,4357,17,0,1,0,1,108,0,0,0,0,0,0),
	E(77147,4381,17,0,65535,0,1,3,0,0,0,0,0,1),
	E(4432,4412,17,1,1,0,1,8,0,0,1,170663,1,1),
	E(4470,4450,17,0,65535,0,1,16,0,0,2,161221,0,1),
	E(106354,4486,17,0,1,0,1,108,0,0,0,0,0,0),
	/* Attachment */
	E(144806,4512,18,0,1,0,1,8,0,0,1,169304,0,1),
	E(4546,4535,18,0,1,0,1,26,0,0,0,0,0,1),
	E(121889,4555,18,0,1,0,1,125,0,0,0,0,0,0),
	E(4582,4571,18,0,1,0,1,125,0,0,0,0,0,1),
	E(162786,4587,18,0,1,0,1,8,0,0,3,165967,0,1),
	E(4618,4607,18,0,1,0,1,110,0,0,0,0,0,1),
	E(65617,4623,18,0,1,0,1,1,0,0,0,0,0,1),
	E(26304,4640,18,0,1,0,1,126,0,0,0,0,0,1),
	/* AuditEvent */
	E(159783,4666,19,0,1,0,1,8,0,0,1,153415,0,1),
	E(111139,4684,19,1,65535,0,1,127,0,0,0,0,0,0),
	E(111249,5029,19,0,65535,0,1,128,0,0,0,0,0,0),
	E(171514,5342,19,0,1,0,1,8,0,0,1,153469,0,1),
	E(5372,5361,19,0,1,0,1,1,0,0,0,0,0,1),
	E(121990,5384,19,0,1,0,1,7,0,0,0,0,0,0),
	E(5413,5402,19,0,65535,0,1,16,0,0,2,180272,0,1),
	E(111416,5428,19,1,1,0,1,108,0,0,0,0,0,1),
	E(164752,5448,19,1,1,0,1,129,0,0,0,0,0,0),
	E(155258,5539,19,0,65535,0,1,130,0,0,2,153524,0,1),
	E(167524,5558,19,1,1,0,1,130,0,0,2,153574,0,1),
	/* AuditEvent.agent */
	E(4718,4701,20,0,1,0,1,1,0,0,0,0,0,0),
	E(154127,4724,20,0,1,0,1,4,1,13,0,0,0,0),
	E(4767,4750,20,0,1,0,1,130,0,0,2,160332,0,0),
	E(64395,4773,20,0,1,0,1,1,0,0,0,0,0,0),
	E(153753,4795,20,0,1,0,1,131,0,0,0,0,0,0),
	E(157093,4883,20,0,65535,0,1,51,0,0,0,0,0,0),
	E(4924,4907,20,0,65535,0,1,16,0,0,2,180272,0,0),
	E(20454,4937,20,1,1,0,1,19,0,0,0,0,0,1),
	E(170405,4964,20,0,65535,0,1,16,0,0,4,175139,0,0),
	E(167524,4986,20,0,1,0,1,16,0,0,2,170610,0,0),
	E(149184,5008,20,0,1,0,1,4,6,132,0,0,0,1),
	/* AuditEvent.agent.network */
	E(4845,4820,21,0,1,0,1,1,0,0,0,0,0,0),
	E(167524,4853,21,0,1,0,1,8,0,0,1,169659,0,0),
	/* AuditEvent.entity */
	E(75776,5047,22,0,1,0,1,1,0,0,0,0,0,0),
	E(36003,5077,22,0,65535,0,1,138,0,0,0,0,0,0),
	E(5184,5166,22,0,1,0,1,130,0,0,2,169795,0,0),
	E(64395,5194,22,0,1,0,1,1,0,0,0,0,0,1),
	E(5235,5217,22,0,1,0,1,125,0,0,0,0,0,1),
	E(170405,5241,22,0,1,0,1,130,0,0,2,169848,0,0),
	E(41557,5264,22,0,65535,0,1,130,0,0,2,175094,0,0),
	E(167524,5296,22,0,1,0,1,130,0,0,2,153368,0,0),
	E(111321,5319,22,0,1,0,1,4,1,116,0,0,0,1),
	/* AuditEvent.entity.detail */
	E(167524,5102,23,1,1,0,1,1,0,0,0,0,0,0),
	E(97965,5132,23,1,1,1,2,139,0,0,0,0,0,0),
	/* AuditEvent.source */
	E(5484,5466,24,1,1,0,1,4,6,132,0,0,0,1),
	E(165281,5493,24,0,1,0,1,1,0,0,0,0,0,0),
	E(167524,5516,24,0,65535,0,1,130,0,0,2,153620,0,0),
	/* BackboneElement */
	E(41725,5590,25,0,65535,0,1,141,0,0,0,0,1,1),
	/* Basic */
	E(5636,5630,26,0,1,0,1,4,5,142,0,0,0,1),
	E(152908,5643,26,1,1,0,1,16,0,0,4,153667,1,1),
	E(5660,5654,26,0,1,0,1,23,0,0,0,0,0,1),
	E(77147,5668,26,0,65535,0,1,3,0,0,0,0,0,1),
	E(77261,5685,26,0,1,0,1,4,1,116,0,0,0,1),
	/* Binary */
	E(144806,5699,27,1,1,0,1,8,0,0,1,169304,0,1),
	E(121889,5718,27,0,1,0,1,125,0,0,0,0,0,0),
	E(5737,5730,27,0,1,0,1,4,1,116,0,0,0,1),
	/* BiologicallyDerivedProduct */
	E(171264,5780,28,0,1,0,1,147,0,0,0,0,0,0),
	E(77147,5962,28,0,65535,0,1,3,0,0,0,0,0,1),
	E(6027,6000,28,0,1,0,1,148,0,0,0,0,0,0),
	E(38679,6140,28,0,65535,0,1,4,1,149,0,0,0,0),
	E(124667,6174,28,0,65535,0,1,150,0,0,0,0,0,0),
	E(6430,6403,28,0,1,0,1,8,0,0,1,171614,0,0),
	E(6473,6446,28,0,1,0,1,16,0,0,4,0,0,0),
	E(90330,6485,28,0,1,0,1,151,0,0,0,0,0,0),
	E(105322,6521,28,0,65535,0,1,4,1,107,0,0,0,0),
	E(164438,6556,28,0,1,0,1,8,0,0,1,171666,0,0),
	E(6617,6590,28,0,65535,0,1,152,0,0,0,0,0,0),
	/* BiologicallyDerivedProduct.collection */
	E(150644,5818,29,0,1,1,2,153,0,0,0,0,0,0),
	E(124258,5869,29,0,1,0,1,4,2,11,0,0,0,0),
	E(164752,5917,29,0,1,0,1,4,2,155,0,0,0,0),
	/* BiologicallyDerivedProduct.manipulation */
	E(75776,6040,30,0,1,0,1,1,0,0,0,0,0,0),
	E(38504,6092,30,0,1,1,2,153,0,0,0,0,0,0),
	/* BiologicallyDerivedProduct.processing */
	E(161774,6212,31,0,1,0,1,4,1,36,0,0,0,0),
	E(75776,6259,31,0,1,0,1,1,0,0,0,0,0,0),
	E(176312,6309,31,0,1,0,1,16,0,0,4,171323,0,0),
	E(38504,6357,31,0,1,1,2,153,0,0,0,0,0,0),
	/* BiologicallyDerivedProduct.storage */
	E(75776,6625,32,0,1,0,1,1,0,0,0,0,0,0),
	E(77090,6672,32,0,1,0,1,7,0,0,0,0,0,0),
	E(6751,6716,32,0,1,0,1,8,0,0,1,171716,0,0),
	E(6792,6757,32,0,1,0,1,157,0,0,0,0,0,0),
	/* BodyStructure */
	E(63711,6818,33,0,1,0,1,19,0,0,0,0,1,1),
	E(75776,6839,33,0,1,0,1,1,0,0,0,0,0,1),
	E(77147,6865,33,0,65535,0,1,3,0,0,0,0,0,1),
	E(110791,6890,33,0,65535,0,1,158,0,0,0,0,0,0),
	E(154127,6910,33,0,1,0,1,16,0,0,4,153939,0,1),
	E(6947,6933,33,0,65535,0,1,16,0,0,4,154075,0,0),
	E(6979,6965,33,0,1,0,1,16,0,0,4,154027,0,1),
	E(36619,6990,33,1,1,0,1,4,1,9,0,0,0,1),
	/* Bundle */
	E(7026,7019,34,0,65535,0,1,159,0,0,0,0,0,1),
	E(77147,7544,34,0,1,0,1,3,0,0,0,0,0,1),
	E(40185,7562,34,0,65535,0,1,160,0,0,0,0,0,1),
	E(111436,7611,34,0,1,0,1,161,0,0,0,0,0,1),
	E(7635,7628,34,0,1,0,1,108,0,0,0,0,0,1),
	E(7652,7645,34,0,1,0,1,110,0,0,0,0,0,1),
	E(167524,7658,34,1,1,0,1,8,0,0,1,154136,0,1),
	/* Bundle.entry */
	E(7045,7032,35,0,1,0,1,51,0,0,0,0,0,1),
	E(40185,7053,35,0,65535,0,1,160,0,0,0,0,0,1),
	E(105322,7071,35,0,1,0,1,162,0,0,0,0,0,1),
	E(143050,7277,35,0,1,0,1,116,0,0,0,0,0,1),
	E(105344,7299,35,0,1,0,1,163,0,0,0,0,0,1),
	E(24429,7473,35,0,1,0,1,164,0,0,0,0,0,1),
	/* Bundle.entry.request */
	E(7113,7092,36,0,1,0,1,1,0,0,0,0,0,1),
	E(7142,7121,36,0,1,0,1,108,0,0,0,0,0,1),
	E(7179,7158,36,0,1,0,1,1,0,0,0,0,0,1),
	E(7212,7191,36,0,1,0,1,1,0,0,0,0,0,1),
	E(175651,7224,36,1,1,0,1,8,0,0,1,164043,0,1),
	E(26304,7252,36,1,1,0,1,51,0,0,0,0,0,1),
	/* Bundle.entry.response */
	E(7343,7321,37,0,1,0,1,1,0,0,0,0,0,1),
	E(7370,7348,37,0,1,0,1,108,0,0,0,0,0,1),
	E(154127,7383,37,0,1,0,1,51,0,0,0,0,0,1),
	E(171514,7414,37,0,1,0,1,116,0,0,0,0,0,1),
	E(164438,7444,37,1,1,0,1,1,0,0,0,0,0,1),
	/* Bundle.entry.search */
	E(158052,7493,38,0,1,0,1,8,0,0,1,174878,0,1),
	E(95816,7518,38,0,1,0,1,157,0,0,0,0,0,1),
	/* Bundle.link */
	E(7586,7574,39,1,1,0,1,1,0,0,0,0,0,1),
	E(26304,7595,39,1,1,0,1,51,0,0,0,0,0,1),
	/* CapabilityStatement */
	E(36304,7690,40,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,7718,40,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,7748,40,1,1,0,1,26,0,0,0,0,0,1),
	E(75776,7773,40,0,1,0,1,25,0,0,0,0,0,0),
	E(113532,7805,40,0,65535,0,1,165,0,0,0,0,0,1),
	E(94849,7948,40,0,1,0,1,19,0,0,0,0,0,1),
	E(69518,7981,40,1,1,0,1,8,0,0,1,150941,0,1),
	E(8033,8013,40,1,65535,0,1,8,0,0,1,169304,0,1),
	E(141165,8040,40,0,1,0,1,166,0,0,0,0,0,1),
	E(8226,8206,40,0,65535,0,1,29,1,167,0,0,0,1),
	E(8266,8246,40,0,65535,0,1,29,1,168,0,0,0,1),
	E(78128,8274,40,0,65535,0,1,29,1,168,0,0,0,1),
	E(49887,8307,40,0,65535,0,1,16,0,0,2,165925,0,1),
	E(159826,8340,40,1,1,0,1,8,0,0,1,154325,0,1),
	E(8385,8365,40,0,65535,0,1,169,0,0,0,0,0,1),
	E(64395,8774,40,0,1,0,1,1,0,0,0,0,0,1),
	E(8819,8799,40,0,65535,0,1,8,0,0,1,169304,0,1),
	E(49978,8831,40,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,8861,40,0,1,0,1,25,0,0,0,0,0,0),
	E(8909,8889,40,0,65535,0,1,170,0,0,0,0,0,1),
	E(94616,10718,40,0,1,0,1,171,0,0,0,0,0,1),
	E(164438,10859,40,1,1,0,1,8,0,0,1,172135,1,1),
	E(65617,10886,40,0,1,0,1,1,0,0,0,0,0,1),
	E(26304,10912,40,0,1,0,1,51,0,0,0,0,0,1),
	E(50137,10936,40,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,10967,40,0,1,0,1,1,0,0,0,0,0,1),
	/* CapabilityStatement.document */
	E(24356,7834,41,0,1,0,1,25,0,0,0,0,0,0),
	E(158052,7877,41,1,1,0,1,8,0,0,1,160612,0,1),
	E(94681,7911,41,1,1,0,1,29,1,37,0,0,0,1),
	/* CapabilityStatement.implementation */
	E(41288,8075,42,0,1,0,1,4,1,5,0,0,0,1),
	E(75776,8120,42,1,1,0,1,1,0,0,0,0,0,1),
	E(26304,8167,42,0,1,0,1,126,0,0,0,0,0,1),
	/* CapabilityStatement.messaging */
	E(24356,8395,43,0,1,0,1,25,0,0,0,0,0,0),
	E(64281,8439,43,0,65535,0,1,172,0,0,0,0,0,0),
	E(8603,8573,43,0,1,0,1,110,0,0,0,0,0,0),
	E(8647,8617,43,0,65535,0,1,173,0,0,0,0,0,1),
	/* CapabilityStatement.messaging.endpoint */
	E(4845,8478,44,1,1,0,1,126,0,0,0,0,0,0),
	E(21274,8525,44,1,1,0,1,130,0,0,2,168912,0,0),
	/* CapabilityStatement.messaging.supportedMessage */
	E(36319,8664,45,1,1,0,1,29,1,174,0,0,0,1),
	E(158052,8722,45,1,1,0,1,8,0,0,1,161934,0,1),
	/* CapabilityStatement.rest */
	E(62330,8914,46,0,65535,0,1,29,1,175,0,0,0,0),
	E(24356,8951,46,0,1,0,1,25,0,0,0,0,0,0),
	E(9507,8990,46,0,65535,0,1,176,0,0,0,0,0,0),
	E(158052,9120,46,1,1,0,1,8,0,0,1,174577,0,1),
	E(9664,9150,46,0,65535,0,1,177,0,0,0,0,0,1),
	E(143050,9185,46,0,65535,0,1,178,0,0,0,0,0,1),
	E(10056,10520,46,0,65535,0,1,179,0,0,0,0,0,0),
	E(94694,10557,46,0,1,0,1,180,0,0,0,0,0,1),
	/* CapabilityStatement.rest.interaction */
	E(152908,9027,47,1,1,0,1,8,0,0,1,177309,0,0),
	E(24356,9069,47,0,1,0,1,25,0,0,0,0,0,0),
	/* CapabilityStatement.rest.resource */
	E(9253,9219,48,0,1,0,1,19,0,0,0,0,0,0),
	E(9305,9271,48,0,1,0,1,8,0,0,1,156689,0,0),
	E(9357,9323,48,0,1,0,1,8,0,0,1,156750,0,0),
	E(9407,9373,48,0,1,0,1,19,0,0,0,0,0,0),
	E(24356,9425,48,0,1,0,1,25,0,0,0,0,0,0),
	E(9507,9473,48,0,65535,0,1,181,0,0,0,0,0,0),
	E(9664,9630,48,0,65535,0,1,177,0,0,0,0,0,1),
	E(94681,9836,48,0,1,0,1,29,1,37,0,0,0,1),
	E(9912,9878,48,0,1,0,1,19,0,0,0,0,0,0),
	E(9958,9924,48,0,65535,0,1,8,0,0,1,172831,0,0),
	E(10008,9974,48,0,65535,0,1,1,0,0,0,0,0,0),
	E(10056,10022,48,0,65535,0,1,179,0,0,0,0,0,0),
	E(10321,10287,48,0,65535,0,1,1,0,0,0,0,0,0),
	E(10372,10338,48,0,65535,0,1,29,1,37,0,0,0,1),
	E(167524,10389,48,1,1,0,1,8,0,0,1,174478,0,1),
	E(10462,10428,48,0,1,0,1,19,0,0,0,0,0,0),
	E(10509,10475,48,0,1,0,1,8,0,0,1,178986,0,0),
	/* CapabilityStatement.rest.resource.interaction */
	E(152908,9519,49,1,1,0,1,8,0,0,1,177917,0,0),
	E(24356,9570,49,0,1,0,1,25,0,0,0,0,0,0),
	/* CapabilityStatement.rest.resource.operation */
	E(36319,9674,50,1,1,0,1,29,1,182,0,0,0,1),
	E(24356,9729,50,0,1,0,1,25,0,0,0,0,0,0),
	E(64395,9787,50,1,1,0,1,1,0,0,0,0,0,1),
	/* CapabilityStatement.rest.resource.searchParam */
	E(36319,10068,51,0,1,0,1,29,1,183,0,0,0,0),
	E(24356,10125,51,0,1,0,1,25,0,0,0,0,0,0),
	E(64395,10185,51,1,1,0,1,1,0,0,0,0,0,0),
	E(167524,10236,51,1,1,0,1,8,0,0,1,174987,0,0),
	/* CapabilityStatement.rest.security */
	E(10625,10591,52,0,1,0,1,19,0,0,0,0,0,1),
	E(75776,10630,52,0,1,0,1,25,0,0,0,0,0,0),
	E(174682,10676,52,0,65535,0,1,16,0,0,2,174636,0,1),
	/* CapabilityStatement.software */
	E(64395,10747,53,1,1,0,1,1,0,0,0,0,0,1),
	E(10810,10781,53,0,1,0,1,26,0,0,0,0,0,1),
	E(37099,10822,53,0,1,0,1,1,0,0,0,0,0,1),
	/* CarePlan */
	E(111119,11004,54,0,65535,0,1,184,0,0,0,0,0,0),
	E(61674,11792,54,0,65535,0,1,4,1,63,0,0,0,1),
	E(5636,11811,54,0,1,0,1,4,7,185,0,0,0,1),
	E(77000,11827,54,0,65535,0,1,4,1,192,0,0,0,1),
	E(14976,11844,54,0,65535,0,1,4,1,191,0,0,0,0),
	E(175495,11862,54,0,65535,0,1,16,0,0,4,154562,0,1),
	E(11889,11880,54,0,65535,0,1,4,7,185,0,0,0,0),
	E(5660,11901,54,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,11918,54,0,1,0,1,1,0,0,0,0,0,1),
	E(168837,11939,54,0,1,0,1,4,1,57,0,0,0,1),
	E(11214,11958,54,0,65535,0,1,4,1,193,0,0,0,0),
	E(77147,11972,54,0,65535,0,1,3,0,0,0,0,0,1),
	E(110211,11992,54,0,65535,0,1,29,5,194,0,0,0,1),
	E(110243,12023,54,0,65535,0,1,51,0,0,0,0,0,1),
	E(139536,12048,54,1,1,0,1,8,0,0,1,154610,1,1),
	E(77192,12064,54,0,65535,0,1,90,0,0,0,0,0,0),
	E(77218,12078,54,0,65535,0,1,4,1,192,0,0,0,1),
	E(121990,12094,54,0,1,0,1,7,0,0,0,0,0,1),
	E(12119,12110,54,0,65535,0,1,4,1,192,0,0,0,1),
	E(164438,12128,54,1,1,0,1,8,0,0,1,173865,1,1),
	E(77261,12144,54,1,1,0,1,4,2,65,0,0,0,1),
	E(17160,12161,54,0,65535,0,1,4,1,116,0,0,0,0),
	E(65617,12185,54,0,1,0,1,1,0,0,0,0,0,1),
	/* CarePlan.activity */
	E(36003,11022,55,0,1,0,1,199,0,0,0,0,0,0),
	E(11679,11661,55,0,65535,0,1,16,0,0,4,154445,0,0),
	E(61801,11702,55,0,65535,0,1,4,1,116,0,0,0,0),
	E(11755,11737,55,0,65535,0,1,90,0,0,0,0,0,0),
	E(27451,11764,55,0,1,0,1,4,9,200,0,0,0,0),
	/* CarePlan.activity.detail */
	E(152908,11047,56,0,1,0,1,16,0,0,4,171323,0,0),
	E(11102,11077,56,0,1,0,1,38,0,0,0,0,0,0),
	E(75776,11114,56,0,1,0,1,1,0,0,0,0,0,0),
	E(11176,11151,56,0,1,0,1,19,0,0,0,0,1,0),
	E(11214,11189,56,0,65535,0,1,4,1,193,0,0,0,0),
	E(110211,11219,56,0,65535,0,1,29,5,209,0,0,0,0),
	E(110243,11266,56,0,65535,0,1,51,0,0,0,0,0,0),
	E(159826,11307,56,0,1,0,1,8,0,0,1,154386,0,0),
	E(154127,11337,56,0,1,0,1,4,1,13,0,0,0,0),
	E(95243,11371,56,0,65535,0,1,4,8,214,0,0,0,0),
	E(179180,11406,56,0,1,1,2,41,2,35,4,167740,0,0),
	E(90330,11442,56,0,1,0,1,38,0,0,0,0,0,0),
	E(77231,11476,56,0,65535,0,1,16,0,0,4,155351,0,0),
	E(110488,11512,56,0,65535,0,1,4,4,222,0,0,0,0),
	E(180774,11553,56,0,1,1,3,226,0,0,0,0,0,0),
	E(164438,11591,56,1,1,0,1,8,0,0,1,154501,1,0),
	E(36860,11623,56,0,1,0,1,16,0,0,0,0,0,0),
	/* CareTeam */
	E(175495,12209,57,0,65535,0,1,16,0,0,4,154662,0,1),
	E(168837,12227,57,0,1,0,1,4,1,57,0,0,0,1),
	E(77147,12246,57,0,65535,0,1,3,0,0,0,0,0,1),
	E(48650,12266,57,0,65535,0,1,4,1,5,0,0,0,1),
	E(64395,12296,57,0,1,0,1,1,0,0,0,0,0,1),
	E(77192,12310,57,0,65535,0,1,90,0,0,0,0,0,0),
	E(72770,12324,57,0,65535,0,1,229,0,0,0,0,0,0),
	E(121990,12459,57,0,1,0,1,7,0,0,0,0,0,1),
	E(77231,12475,57,0,65535,0,1,16,0,0,4,155351,0,0),
	E(110488,12495,57,0,65535,0,1,4,1,63,0,0,0,0),
	E(164438,12520,57,0,1,0,1,8,0,0,1,154710,1,1),
	E(77261,12536,57,0,1,0,1,4,2,65,0,0,0,1),
	E(64709,12553,57,0,65535,0,1,230,0,0,0,0,0,0),
	/* CareTeam.participant */
	E(63114,12345,58,0,1,0,1,4,6,231,0,0,0,1),
	E(123835,12373,58,0,1,0,1,4,1,5,0,0,0,1),
	E(121990,12405,58,0,1,0,1,7,0,0,0,0,0,0),
	E(170405,12433,58,0,65535,0,1,16,0,0,4,170509,0,1),
	/* CatalogEntry */
	E(12596,12583,59,0,65535,0,1,16,0,0,0,0,0,0),
	E(12634,12621,59,0,65535,0,1,16,0,0,0,0,0,0),
	E(12672,12659,59,0,65535,0,1,3,0,0,0,0,0,0),
	E(158529,12693,59,0,65535,0,1,16,0,0,0,0,0,0),
	E(77147,12721,59,0,65535,0,1,3,0,0,0,0,0,1),
	E(94664,12745,59,0,1,0,1,26,0,0,0,0,0,0),
	E(12783,12770,59,1,1,0,1,19,0,0,0,0,0,1),
	E(12806,12793,59,1,1,0,1,4,11,237,0,0,0,1),
	E(12834,12821,59,0,65535,0,1,248,0,0,0,0,0,0),
	E(164438,12917,59,0,1,0,1,8,0,0,1,172135,0,0),
	E(167524,12937,59,0,1,0,1,16,0,0,0,0,0,0),
	E(12968,12955,59,0,1,0,1,26,0,0,0,0,0,0),
	E(86672,12976,59,0,1,0,1,7,0,0,0,0,0,0),
	/* CatalogEntry.relatedEntry */
	E(176957,12847,60,1,1,0,1,4,1,249,0,0,0,0),
	E(12904,12878,60,1,1,0,1,8,0,0,1,173278,0,0),
	/* ChargeItem */
	E(72412,13015,61,0,65535,0,1,4,1,6,0,0,0,1),
	E(13045,13034,61,0,65535,0,1,16,0,0,4,153939,0,1),
	E(152908,13054,61,1,1,0,1,16,0,0,4,154878,0,1),
	E(178243,13070,61,0,1,0,1,4,2,250,0,0,0,1),
	E(13100,13089,61,0,1,0,1,4,1,5,0,0,0,0),
	E(13122,13111,61,0,65535,0,1,29,1,252,0,0,0,0),
	E(13153,13142,61,0,65535,0,1,51,0,0,0,0,0,0),
	E(13178,13167,61,0,1,0,1,26,0,0,0,0,0,1),
	E(13201,13190,61,0,1,0,1,4,6,253,0,0,0,1),
	E(13220,13209,61,0,1,0,1,157,0,0,0,0,0,0),
	E(77147,13235,61,0,65535,0,1,3,0,0,0,0,0,1),
	E(77192,13257,61,0,65535,0,1,90,0,0,0,0,0,0),
	E(180675,13273,61,0,1,1,3,259,0,0,0,0,0,1),
	E(13309,13298,61,0,1,0,1,1,0,0,0,0,0,0),
	E(77218,13324,61,0,65535,0,1,4,1,262,0,0,0,0),
	E(95243,13342,61,0,65535,0,1,263,0,0,0,0,0,0),
	E(13431,13420,61,0,1,0,1,4,1,5,0,0,0,0),
	E(13465,13454,61,0,1,0,1,264,0,0,0,0,0,0),
	E(179180,13479,61,0,1,1,2,33,3,265,4,159790,0,0),
	E(90330,13501,61,0,1,0,1,38,0,0,0,0,0,1),
	E(167733,13521,61,0,65535,0,1,16,0,0,4,164088,0,0),
	E(13550,13539,61,0,1,0,1,4,1,5,0,0,0,0),
	E(174682,13573,61,0,65535,0,1,4,8,268,0,0,0,0),
	E(164438,13592,61,1,1,0,1,8,0,0,1,154931,1,1),
	E(77261,13610,61,1,1,0,1,4,2,65,0,0,0,1),
	E(92616,13629,61,0,65535,0,1,4,1,116,0,0,0,0),
	/* ChargeItem.performer */
	E(122054,13363,62,1,1,0,1,4,7,276,0,0,0,0),
	E(167436,13390,62,0,1,0,1,16,0,0,4,170955,0,0),
	/* ChargeItemDefinition */
	E(13704,13683,63,0,65535,0,1,283,0,0,0,0,0,0),
	E(49646,13855,63,0,1,0,1,23,0,0,0,0,0,0),
	E(152908,13889,63,0,1,0,1,16,0,0,4,154878,0,1),
	E(36304,13915,63,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,13944,63,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,13975,63,0,1,0,1,26,0,0,0,0,0,1),
	E(14022,14001,63,0,65535,0,1,51,0,0,0,0,0,1),
	E(75776,14037,63,0,1,0,1,25,0,0,0,0,0,1),
	E(49771,14070,63,0,1,0,1,7,0,0,0,0,0,1),
	E(94849,14107,63,0,1,0,1,19,0,0,0,0,0,1),
	E(77147,14141,63,0,65535,0,1,3,0,0,0,0,0,1),
	E(129513,14173,63,0,65535,0,1,4,3,284,0,0,0,0),
	E(49887,14203,63,0,65535,0,1,16,0,0,2,165925,0,1),
	E(49909,14237,63,0,1,0,1,23,0,0,0,0,0,0),
	E(77218,14273,63,0,65535,0,1,29,1,252,0,0,0,1),
	E(14322,14301,63,0,65535,0,1,287,0,0,0,0,0,0),
	E(49978,14659,63,0,1,0,1,1,0,0,0,0,0,1),
	E(12119,14690,63,0,65535,0,1,29,1,252,0,0,0,1),
	E(164438,14720,63,1,1,0,1,8,0,0,1,172135,1,1),
	E(65617,14748,63,0,1,0,1,1,0,0,0,0,0,1),
	E(26304,14775,63,1,1,0,1,51,0,0,0,0,0,1),
	E(50137,14800,63,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,14832,63,0,1,0,1,1,0,0,0,0,0,1),
	/* ChargeItemDefinition.applicability */
	E(75776,13718,64,0,1,0,1,1,0,0,0,0,0,0),
	E(145987,13765,64,0,1,0,1,1,0,0,0,0,0,0),
	E(162786,13811,64,0,1,0,1,1,0,0,0,0,0,0),
	/* ChargeItemDefinition.propertyGroup */
	E(13704,14336,65,0,65535,0,1,283,0,0,0,0,0,0),
	E(72556,14385,65,0,65535,0,1,288,0,0,0,0,0,0),
	/* ChargeItemDefinition.propertyGroup.priceComponent */
	E(105111,14435,66,0,1,0,1,264,0,0,0,0,0,0),
	E(152908,14492,66,0,1,0,1,16,0,0,0,0,0,0),
	E(121929,14547,66,0,1,0,1,157,0,0,0,0,0,0),
	E(167524,14604,66,1,1,0,1,8,0,0,1,165672,0,0),
	/* Claim */
	E(14873,14867,67,0,1,0,1,289,0,0,0,0,0,0),
	E(14955,14949,67,0,1,0,1,7,0,0,0,0,0,1),
	E(14976,14970,67,0,65535,0,1,290,0,0,0,0,0,0),
	E(5660,15109,67,1,1,0,1,26,0,0,0,0,0,1),
	E(48509,15123,67,0,65535,0,1,291,0,0,0,0,0,0),
	E(13201,15270,67,0,1,0,1,4,2,11,0,0,0,0),
	E(32898,15284,67,0,1,0,1,4,1,13,0,0,0,0),
	E(19070,15299,67,0,1,0,1,16,0,0,4,163193,0,0),
	E(77147,15318,67,0,65535,0,1,3,0,0,0,0,0,0),
	E(19122,15335,67,1,65535,0,1,292,0,0,0,0,0,1),
	E(19324,15543,67,0,1,0,1,4,1,5,0,0,0,1),
	E(176957,15557,67,0,65535,0,1,293,0,0,0,0,0,0),
	E(16764,16758,67,0,1,0,1,4,3,294,0,0,0,0),
	E(36619,16785,67,1,1,0,1,4,1,9,0,0,0,1),
	E(105179,16799,67,0,1,0,1,297,0,0,0,0,0,0),
	E(16852,16846,67,0,1,0,1,4,3,294,0,0,0,0),
	E(163358,16865,67,1,1,0,1,16,0,0,4,171568,0,1),
	E(176312,16880,67,0,65535,0,1,298,0,0,0,0,0,0),
	E(105275,17012,67,1,1,0,1,4,3,214,0,0,0,1),
	E(17033,17027,67,0,1,0,1,4,1,107,0,0,0,0),
	E(17048,17042,67,0,65535,0,1,299,0,0,0,0,0,0),
	E(164438,17127,67,1,1,0,1,8,0,0,1,163033,1,1),
	E(20499,17140,67,0,1,0,1,16,0,0,4,155223,0,0),
	E(17160,17154,67,0,65535,0,1,300,0,0,0,0,0,0),
	E(7652,17350,67,0,1,0,1,264,0,0,0,0,0,0),
	E(167524,17362,67,1,1,0,1,16,0,0,2,155266,0,1),
	E(159572,17373,67,1,1,0,1,8,0,0,1,155306,0,1),
	/* Claim.accident */
	E(72452,14882,68,1,1,0,1,23,0,0,0,0,0,0),
	E(154127,14902,68,0,1,1,2,301,1,13,0,0,0,0),
	E(167524,14929,68,0,1,0,1,16,0,0,2,179794,0,0),
	/* Claim.careTeam */
	E(105275,14985,69,1,1,0,1,4,3,214,0,0,0,0),
	E(172121,15009,69,0,1,0,1,16,0,0,4,172083,0,0),
	E(105745,15038,69,0,1,0,1,19,0,0,0,0,0,0),
	E(170405,15065,69,0,1,0,1,16,0,0,4,155030,0,0),
	E(19301,15085,69,1,1,0,1,18,0,0,0,0,0,0),
	/* Claim.diagnosis */
	E(48509,15139,70,1,1,1,2,41,1,63,4,164088,0,0),
	E(15184,15168,70,0,1,0,1,16,0,0,4,162233,0,0),
	E(15212,15196,70,0,1,0,1,16,0,0,4,162288,0,0),
	E(19301,15224,70,1,1,0,1,18,0,0,0,0,0,0),
	E(167524,15249,70,0,65535,0,1,16,0,0,4,162342,0,0),
	/* Claim.insurance */
	E(19156,15351,71,0,1,0,1,1,0,0,0,0,0,0),
	E(19200,15387,71,0,1,0,1,4,1,303,0,0,0,0),
	E(19238,15417,71,1,1,0,1,4,1,17,0,0,0,1),
	E(19271,15442,71,1,1,0,1,19,0,0,0,0,0,1),
	E(77147,15464,71,0,1,0,1,3,0,0,0,0,0,0),
	E(15507,15491,71,0,65535,0,1,1,0,0,0,0,0,0),
	E(19301,15518,71,1,1,0,1,18,0,0,0,0,0,1),
	/* Claim.item */
	E(77014,15568,72,0,1,0,1,16,0,0,4,177778,0,0),
	E(15599,15588,72,0,65535,0,1,18,0,0,0,0,0,0),
	E(175495,15616,72,0,1,0,1,16,0,0,4,162185,0,0),
	E(36003,15636,72,0,65535,0,1,304,0,0,0,0,0,0),
	E(16395,16384,72,0,65535,0,1,18,0,0,0,0,0,0),
	E(168837,16413,72,0,65535,0,1,4,1,57,0,0,0,0),
	E(121929,16434,72,0,1,0,1,157,0,0,0,0,0,0),
	E(16463,16452,72,0,65535,0,1,18,0,0,0,0,0,0),
	E(154127,16483,72,0,1,1,3,305,1,13,4,175504,0,0),
	E(99378,16506,72,0,65535,0,1,16,0,0,4,155178,0,0),
	E(18011,16526,72,0,1,0,1,264,0,0,0,0,0,0),
	E(16552,16541,72,0,65535,0,1,18,0,0,0,0,0,0),
	E(18104,16570,72,1,1,0,1,16,0,0,4,175700,0,0),
	E(16142,16598,72,0,65535,0,1,16,0,0,4,162479,0,0),
	E(90330,16621,72,0,1,0,1,38,0,0,0,0,0,0),
	E(16219,16641,72,0,1,0,1,16,0,0,4,162524,0,0),
	E(19301,16660,72,1,1,0,1,18,0,0,0,0,0,0),
	E(180796,16680,72,0,1,1,2,308,0,0,0,0,0,0),
	E(18673,16703,72,0,65535,0,1,16,0,0,4,177228,0,0),
	E(17008,16722,72,0,65535,0,1,4,1,10,0,0,0,0),
	E(18208,16737,72,0,1,0,1,264,0,0,0,0,0,0),
	/* Claim.item.detail */
	E(175495,15654,73,0,1,0,1,16,0,0,4,162185,0,0),
	E(121929,15681,73,0,1,0,1,157,0,0,0,0,0,0),
	E(99378,15706,73,0,65535,0,1,16,0,0,4,155178,0,0),
	E(18011,15733,73,0,1,0,1,264,0,0,0,0,0,0),
	E(18104,15755,73,1,1,0,1,16,0,0,4,175700,0,0),
	E(16142,15790,73,0,65535,0,1,16,0,0,4,162479,0,0),
	E(90330,15820,73,0,1,0,1,38,0,0,0,0,0,0),
	E(16219,15847,73,0,1,0,1,16,0,0,4,162524,0,0),
	E(19301,15873,73,1,1,0,1,18,0,0,0,0,0,0),
	E(17816,15900,73,0,65535,0,1,310,0,0,0,0,0,0),
	E(17008,16334,73,0,65535,0,1,4,1,10,0,0,0,0),
	E(18208,16356,73,0,1,0,1,264,0,0,0,0,0,0),
	/* Claim.item.detail.subDetail */
	E(175495,15928,74,0,1,0,1,16,0,0,4,162185,0,0),
	E(121929,15965,74,0,1,0,1,157,0,0,0,0,0,0),
	E(99378,16000,74,0,65535,0,1,16,0,0,4,155178,0,0),
	E(18011,16037,74,0,1,0,1,264,0,0,0,0,0,0),
	E(18104,16069,74,1,1,0,1,16,0,0,4,175700,0,0),
	E(16142,16114,74,0,65535,0,1,16,0,0,4,162479,0,0),
	E(90330,16154,74,0,1,0,1,38,0,0,0,0,0,0),
	E(16219,16191,74,0,1,0,1,16,0,0,4,162524,0,0),
	E(19301,16227,74,1,1,0,1,18,0,0,0,0,0,0),
	E(17008,16264,74,0,65535,0,1,4,1,10,0,0,0,0),
	E(18208,16296,74,0,1,0,1,264,0,0,0,0,0,0),
	/* Claim.payee */
	E(16823,16811,75,0,1,0,1,4,5,311,0,0,0,0),
	E(167524,16829,75,1,1,0,1,16,0,0,4,170775,0,0),
	/* Claim.procedure */
	E(72452,16896,76,0,1,0,1,26,0,0,0,0,0,0),
	E(176312,16917,76,1,1,1,2,41,1,74,4,164124,0,0),
	E(19301,16946,76,1,1,0,1,18,0,0,0,0,0,0),
	E(167524,16971,76,0,65535,0,1,16,0,0,4,162432,0,0),
	E(17008,16992,76,0,65535,0,1,4,1,10,0,0,0,0),
	/* Claim.related */
	E(17070,17056,77,0,1,0,1,4,1,316,0,0,0,0),
	E(27451,17076,77,0,1,0,1,3,0,0,0,0,0,0),
	E(173205,17100,77,0,1,0,1,16,0,0,4,173162,0,0),
	/* Claim.supportingInfo */
	E(175495,17175,78,1,1,0,1,16,0,0,4,155123,0,0),
	E(152908,17205,78,0,1,0,1,16,0,0,4,155078,0,0),
	E(167733,17231,78,0,1,0,1,16,0,0,4,169349,0,0),
	E(19301,17259,78,1,1,0,1,18,0,0,0,0,0,0),
	E(42097,17289,78,0,1,1,2,308,0,0,0,0,0,0),
	E(97965,17320,78,0,1,1,5,317,1,116,0,0,0,0),
	/* ClaimResponse */
	E(17411,17397,79,0,65535,0,1,322,0,0,0,0,0,0),
	E(18767,18753,79,0,65535,0,1,323,0,0,0,0,0,0),
	E(18794,18780,79,0,65535,0,1,4,1,201,0,0,0,0),
	E(5660,18815,79,1,1,0,1,26,0,0,0,0,0,1),
	E(161148,18837,79,0,1,0,1,1,0,0,0,0,0,0),
	E(151892,18863,79,0,65535,0,1,324,0,0,0,0,0,0),
	E(19028,19014,79,0,1,0,1,158,0,0,0,0,0,0),
	E(19047,19033,79,0,1,0,1,16,0,0,4,163158,0,0),
	E(19070,19056,79,0,1,0,1,16,0,0,4,163193,0,0),
	E(77147,19083,79,0,65535,0,1,3,0,0,0,0,0,0),
	E(19122,19108,79,0,65535,0,1,325,0,0,0,0,0,0),
	E(19324,19310,79,1,1,0,1,4,1,5,0,0,0,1),
	E(176957,19332,79,0,65535,0,1,326,0,0,0,0,0,0),
	E(171514,19931,79,1,1,0,1,8,0,0,1,173327,0,1),
	E(36619,19953,79,1,1,0,1,4,1,9,0,0,0,1),
	E(19989,19975,79,0,1,0,1,16,0,0,4,170775,0,0),
	E(105199,19999,79,0,1,0,1,327,0,0,0,0,0,0),
	E(20223,20209,79,0,1,0,1,7,0,0,0,0,0,0),
	E(15507,20237,79,0,1,0,1,1,0,0,0,0,0,0),
	E(20276,20262,79,0,65535,0,1,328,0,0,0,0,0,0),
	E(105322,20418,79,0,1,0,1,4,1,316,0,0,0,1),
	E(20454,20440,79,0,1,0,1,4,3,214,0,0,0,0),
	E(164438,20464,79,1,1,0,1,8,0,0,1,163033,1,1),
	E(20499,20485,79,0,1,0,1,16,0,0,4,155223,0,0),
	E(7652,20507,79,0,65535,0,1,329,0,0,0,0,0,1),
	E(167524,20583,79,1,1,0,1,16,0,0,2,155266,0,1),
	E(159572,20602,79,1,1,0,1,8,0,0,1,155306,0,1),
	/* ClaimResponse.addItem */
	E(18767,17419,80,1,65535,0,1,323,0,0,0,0,0,0),
	E(77014,17454,80,0,1,0,1,16,0,0,4,177778,0,0),
	E(36003,17485,80,0,65535,0,1,330,0,0,0,0,0,0),
	E(19631,18257,80,0,65535,0,1,18,0,0,0,0,0,0),
	E(121929,18294,80,0,1,0,1,157,0,0,0,0,0,0),
	E(18345,18323,80,0,65535,0,1,18,0,0,0,0,0,0),
	E(154127,18358,80,0,1,1,3,305,1,13,4,175504,0,0),
	E(99378,18392,80,0,65535,0,1,16,0,0,4,155178,0,0),
	E(18011,18423,80,0,1,0,1,264,0,0,0,0,0,0),
	E(18054,18449,80,0,65535,0,1,18,0,0,0,0,0,0),
	E(18104,18482,80,1,1,0,1,16,0,0,4,175700,0,0),
	E(16142,18521,80,0,65535,0,1,16,0,0,4,162479,0,0),
	E(105275,18555,80,0,65535,0,1,4,3,214,0,0,0,0),
	E(90330,18586,80,0,1,0,1,38,0,0,0,0,0,0),
	E(180796,18617,80,0,1,1,2,308,0,0,0,0,0,0),
	E(18673,18651,80,0,65535,0,1,16,0,0,4,177228,0,0),
	E(18703,18681,80,0,65535,0,1,18,0,0,0,0,0,0),
	E(18208,18721,80,0,1,0,1,264,0,0,0,0,0,0),
	/* ClaimResponse.addItem.detail */
	E(18767,17514,81,1,65535,0,1,323,0,0,0,0,0,0),
	E(121929,17556,81,0,1,0,1,157,0,0,0,0,0,0),
	E(99378,17592,81,0,65535,0,1,16,0,0,4,155178,0,0),
	E(18011,17630,81,0,1,0,1,264,0,0,0,0,0,0),
	E(18054,17663,81,0,65535,0,1,18,0,0,0,0,0,0),
	E(18104,17703,81,1,1,0,1,16,0,0,4,175700,0,0),
	E(90330,17749,81,0,1,0,1,38,0,0,0,0,0,0),
	E(17816,17787,81,0,65535,0,1,331,0,0,0,0,0,0),
	E(18208,18218,81,0,1,0,1,264,0,0,0,0,0,0),
	/* ClaimResponse.addItem.detail.subDetail */
	E(18767,17826,82,1,65535,0,1,323,0,0,0,0,0,0),
	E(121929,17878,82,0,1,0,1,157,0,0,0,0,0,0),
	E(99378,17924,82,0,65535,0,1,16,0,0,4,155178,0,0),
	E(18011,17972,82,0,1,0,1,264,0,0,0,0,0,0),
	E(18054,18015,82,0,65535,0,1,18,0,0,0,0,0,0),
	E(18104,18065,82,1,1,0,1,16,0,0,4,175700,0,0),
	E(90330,18121,82,0,1,0,1,38,0,0,0,0,0,0),
	E(18208,18169,82,0,1,0,1,264,0,0,0,0,0,0),
	/* ClaimResponse.error */
	E(152908,18883,83,1,1,0,1,16,0,0,4,151850,0,0),
	E(19631,18908,83,0,1,0,1,18,0,0,0,0,0,0),
	E(18345,18943,83,0,1,0,1,18,0,0,0,0,0,0),
	E(19851,18976,83,0,1,0,1,18,0,0,0,0,0,0),
	/* ClaimResponse.insurance */
	E(19156,19132,84,0,1,0,1,1,0,0,0,0,0,0),
	E(19200,19176,84,0,1,0,1,4,1,303,0,0,0,0),
	E(19238,19214,84,1,1,0,1,4,1,17,0,0,0,0),
	E(19271,19247,84,1,1,0,1,19,0,0,0,0,0,0),
	E(19301,19277,84,1,1,0,1,18,0,0,0,0,0,0),
	/* ClaimResponse.item */
	E(18767,19351,85,1,65535,0,1,323,0,0,0,0,0,0),
	E(36003,19540,85,0,65535,0,1,332,0,0,0,0,0,0),
	E(18345,19869,85,1,1,0,1,18,0,0,0,0,0,0),
	E(18054,19901,85,0,65535,0,1,18,0,0,0,0,0,0),
	/* ClaimResponse.item.adjudication */
	E(105111,19383,86,0,1,0,1,264,0,0,0,0,0,0),
	E(175495,19422,86,1,1,0,1,16,0,0,4,151808,0,0),
	E(167733,19463,86,0,1,0,1,16,0,0,4,151898,0,0),
	E(97965,19502,86,0,1,0,1,157,0,0,0,0,0,0),
	/* ClaimResponse.item.detail */
	E(18767,19566,87,1,65535,0,1,323,0,0,0,0,0,0),
	E(19631,19605,87,1,1,0,1,18,0,0,0,0,0,0),
	E(18054,19646,87,0,65535,0,1,18,0,0,0,0,0,0),
	E(17816,19683,87,0,65535,0,1,333,0,0,0,0,0,0),
	/* ClaimResponse.item.detail.subDetail */
	E(18767,19719,88,0,65535,0,1,323,0,0,0,0,0,0),
	E(18054,19768,88,0,65535,0,1,18,0,0,0,0,0,0),
	E(19851,19815,88,1,1,0,1,18,0,0,0,0,0,0),
	/* ClaimResponse.payment */
	E(20043,20021,89,0,1,0,1,264,0,0,0,0,0,0),
	E(20076,20054,89,0,1,0,1,16,0,0,4,170814,0,0),
	E(105111,20093,89,1,1,0,1,264,0,0,0,0,0,0),
	E(72452,20122,89,0,1,0,1,23,0,0,0,0,0,0),
	E(77147,20149,89,0,1,0,1,3,0,0,0,0,0,0),
	E(167524,20182,89,1,1,0,1,16,0,0,4,162388,0,0),
	/* ClaimResponse.processNote */
	E(162786,20288,90,0,1,0,1,16,0,0,3,165967,0,0),
	E(65543,20323,90,0,1,0,1,18,0,0,0,0,0,0),
	E(41758,20356,90,1,1,0,1,1,0,0,0,0,0,0),
	E(167524,20387,90,0,1,0,1,8,0,0,1,169707,0,0),
	/* ClaimResponse.total */
	E(105111,20527,91,1,1,0,1,264,0,0,0,0,0,1),
	E(175495,20554,91,1,1,0,1,16,0,0,4,151808,0,1),
	/* ClinicalImpression */
	E(20658,20639,92,0,1,0,1,4,2,11,0,0,0,1),
	E(152908,20667,92,0,1,0,1,16,0,0,4,0,0,1),
	E(72452,20691,92,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,20715,92,0,1,0,1,1,0,0,0,0,0,1),
	E(150740,20746,92,0,1,1,2,153,0,0,0,0,0,1),
	E(168837,20778,92,0,1,0,1,4,1,57,0,0,0,1),
	E(20826,20807,92,0,65535,0,1,334,0,0,0,0,0,0),
	E(77147,20955,92,0,65535,0,1,3,0,0,0,0,0,1),
	E(21004,20985,92,0,65535,0,1,335,0,0,0,0,0,0),
	E(77192,21094,92,0,65535,0,1,90,0,0,0,0,0,0),
	E(21137,21118,92,0,1,0,1,4,1,336,0,0,0,0),
	E(21165,21146,92,0,65535,0,1,4,2,337,0,0,0,1),
	E(21192,21173,92,0,65535,0,1,16,0,0,4,155398,0,0),
	E(21236,21217,92,0,65535,0,1,4,1,339,0,0,0,0),
	E(21274,21255,92,0,65535,0,1,51,0,0,0,0,0,0),
	E(164438,21283,92,1,1,0,1,8,0,0,1,155456,1,1),
	E(36860,21309,92,0,1,0,1,16,0,0,4,0,0,0),
	E(77261,21341,92,1,1,0,1,4,2,65,0,0,0,1),
	E(26927,21368,92,0,1,0,1,1,0,0,0,0,0,0),
	E(17160,21395,92,0,65535,0,1,4,1,116,0,0,0,0),
	/* ClinicalImpression.finding */
	E(20861,20834,93,0,1,0,1,1,0,0,0,0,0,0),
	E(20894,20867,93,0,1,0,1,16,0,0,4,156399,0,0),
	E(20941,20914,93,0,1,0,1,4,3,340,0,0,0,0),
	/* ClinicalImpression.investigation */
	E(152908,21018,94,1,1,0,1,16,0,0,4,165624,0,0),
	E(176957,21056,94,0,65535,0,1,4,7,343,0,0,0,0),
	/* CodeSystem */
	E(21451,21440,95,0,1,0,1,19,0,0,0,0,0,1),
	E(21476,21465,95,0,1,0,1,19,0,0,0,0,0,1),
	E(146865,21490,95,0,65535,0,1,350,0,0,0,0,0,0),
	E(36304,21858,95,0,65535,0,1,24,0,0,0,0,0,1),
	E(77029,21877,95,1,1,0,1,8,0,0,1,155572,0,1),
	E(49701,21896,95,0,1,0,1,25,0,0,0,0,0,0),
	E(21928,21917,95,0,1,0,1,110,0,0,0,0,0,1),
	E(72452,21934,95,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,21950,95,0,1,0,1,25,0,0,0,0,0,0),
	E(94849,21973,95,0,1,0,1,19,0,0,0,0,0,1),
	E(147176,21997,95,0,65535,0,1,351,0,0,0,0,0,1),
	E(22130,22119,95,0,1,0,1,8,0,0,1,155631,0,1),
	E(77147,22147,95,0,65535,0,1,3,0,0,0,0,0,1),
	E(49887,22169,95,0,65535,0,1,16,0,0,2,165925,0,1),
	E(64395,22193,95,0,1,0,1,1,0,0,0,0,0,1),
	E(36634,22209,95,0,65535,0,1,352,0,0,0,0,0,1),
	E(49978,22335,95,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,22356,95,0,1,0,1,25,0,0,0,0,0,0),
	E(164438,22375,95,1,1,0,1,8,0,0,1,172135,1,1),
	E(22404,22393,95,0,1,0,1,29,1,353,0,0,0,1),
	E(65617,22416,95,0,1,0,1,1,0,0,0,0,0,1),
	E(26304,22433,95,0,1,0,1,51,0,0,0,0,0,1),
	E(50137,22448,95,0,65535,0,1,52,0,0,0,0,0,1),
	E(147354,22470,95,0,1,0,1,29,1,354,0,0,0,1),
	E(37099,22490,95,0,1,0,1,1,0,0,0,0,0,1),
	E(22520,22509,95,0,1,0,1,19,0,0,0,0,0,1),
	/* CodeSystem.concept */
	E(152908,21509,96,1,1,0,1,8,0,0,0,0,0,0),
	E(146865,21533,96,0,65535,0,1,350,0,0,0,0,0,0),
	E(36319,21560,96,0,1,0,1,1,0,0,0,0,0,0),
	E(147677,21590,96,0,65535,0,1,355,0,0,0,0,0,0),
	E(26239,21733,96,0,1,0,1,1,0,0,0,0,0,0),
	E(36634,21760,96,0,65535,0,1,356,0,0,0,0,0,0),
	/* CodeSystem.concept.designation */
	E(162786,21621,97,0,1,0,1,8,0,0,3,165967,0,0),
	E(159572,21661,97,0,1,0,1,130,0,0,2,159531,0,0),
	E(97965,21696,97,1,1,0,1,1,0,0,0,0,0,0),
	/* CodeSystem.concept.property */
	E(152908,21788,98,1,1,0,1,8,0,0,0,0,0,0),
	E(97965,21821,98,1,1,1,7,357,0,0,0,0,0,0),
	/* CodeSystem.filter */
	E(152908,22015,99,1,1,0,1,8,0,0,0,0,0,1),
	E(75776,22038,99,0,1,0,1,1,0,0,0,0,0,1),
	E(77203,22068,99,1,65535,0,1,8,0,0,1,162853,0,1),
	E(97965,22095,99,1,1,0,1,1,0,0,0,0,0,1),
	/* CodeSystem.property */
	E(152908,22229,100,1,1,0,1,8,0,0,0,0,0,1),
	E(75776,22254,100,0,1,0,1,1,0,0,0,0,0,1),
	E(167524,22286,100,1,1,0,1,8,0,0,1,156180,0,1),
	E(126884,22311,100,0,1,0,1,51,0,0,0,0,0,1),
	/* CodeableConcept */
	E(22550,22534,101,0,65535,0,1,130,0,0,0,0,0,1),
	E(41758,22557,101,0,1,0,1,1,0,0,0,0,0,1),
	/* Coding */
	E(152908,22585,102,0,1,0,1,8,0,0,0,0,0,1),
	E(26239,22597,102,0,1,0,1,1,0,0,0,0,0,1),
	E(147322,22612,102,0,1,0,1,51,0,0,0,0,0,1),
	E(22633,22626,102,0,1,0,1,19,0,0,0,0,0,1),
	E(37099,22646,102,0,1,0,1,1,0,0,0,0,0,1),
	/* Communication */
	E(22689,22675,103,0,65535,0,1,4,1,116,0,0,0,0),
	E(77000,22695,103,0,65535,0,1,4,1,116,0,0,0,1),
	E(175495,22717,103,0,65535,0,1,16,0,0,4,155736,0,0),
	E(168837,22740,103,0,1,0,1,4,1,57,0,0,0,1),
	E(77147,22764,103,0,65535,0,1,3,0,0,0,0,0,1),
	E(22803,22789,103,0,65535,0,1,4,1,364,0,0,0,0),
	E(110211,22816,103,0,65535,0,1,29,5,365,0,0,0,1),
	E(110243,22852,103,0,65535,0,1,51,0,0,0,0,0,1),
	E(22896,22882,103,0,65535,0,1,16,0,0,4,180215,0,0),
	E(77192,22903,103,0,65535,0,1,90,0,0,0,0,0,0),
	E(77218,22922,103,0,65535,0,1,4,1,116,0,0,0,1),
	E(129203,22943,103,0,65535,0,1,370,0,0,0,0,0,0),
	E(163358,22998,103,0,1,0,1,8,0,0,1,173755,0,1),
	E(77231,23021,103,0,65535,0,1,16,0,0,4,155351,0,1),
	E(110488,23046,103,0,65535,0,1,4,4,222,0,0,0,1),
	E(23090,23076,103,0,1,0,1,26,0,0,0,0,0,0),
	E(72862,23099,103,0,65535,0,1,4,9,371,0,0,0,0),
	E(23137,23123,103,0,1,0,1,4,7,380,0,0,0,0),
	E(23158,23144,103,0,1,0,1,26,0,0,0,0,0,0),
	E(164438,23163,103,1,1,0,1,8,0,0,1,161991,1,1),
	E(36860,23184,103,0,1,0,1,16,0,0,4,155788,0,1),
	E(77261,23211,103,0,1,0,1,4,2,65,0,0,0,1),
	E(155890,23233,103,0,1,0,1,16,0,0,4,155847,0,0),
	/* Communication.payload */
	E(77029,22965,104,1,1,1,3,387,1,116,0,0,0,0),
	/* CommunicationRequest */
	E(22689,23274,105,0,65535,0,1,4,1,116,0,0,0,0),
	E(139257,23301,105,0,1,0,1,26,0,0,0,0,0,1),
	E(77000,23333,105,0,65535,0,1,4,1,116,0,0,0,1),
	E(175495,23362,105,0,65535,0,1,16,0,0,4,155736,0,0),
	E(11176,23392,105,0,1,0,1,19,0,0,0,0,1,1),
	E(168837,23426,105,0,1,0,1,4,1,57,0,0,0,1),
	E(139389,23457,105,0,1,0,1,3,0,0,0,0,0,1),
	E(77147,23494,105,0,65535,0,1,3,0,0,0,0,0,1),
	E(22896,23526,105,0,65535,0,1,16,0,0,4,180215,0,0),
	E(77192,23554,105,0,65535,0,1,90,0,0,0,0,0,0),
	E(180675,23580,105,0,1,1,2,153,0,0,0,0,0,1),
	E(129203,23615,105,0,65535,0,1,390,0,0,0,0,0,0),
	E(163358,23684,105,0,1,0,1,8,0,0,1,173755,0,1),
	E(77231,23714,105,0,65535,0,1,16,0,0,4,179961,0,1),
	E(110488,23746,105,0,65535,0,1,4,4,222,0,0,0,1),
	E(72862,23783,105,0,65535,0,1,4,9,371,0,0,0,0),
	E(12119,23814,105,0,65535,0,1,4,1,201,0,0,0,1),
	E(139754,23844,105,0,1,0,1,4,6,391,0,0,0,1),
	E(23137,23875,105,0,1,0,1,4,7,380,0,0,0,1),
	E(164438,23903,105,1,1,0,1,8,0,0,1,173865,1,1),
	E(36860,23931,105,0,1,0,1,16,0,0,4,0,0,0),
	E(77261,23965,105,0,1,0,1,4,2,65,0,0,0,0),
	/* CommunicationRequest.payload */
	E(77029,23644,106,1,1,1,3,387,1,116,0,0,0,0),
	/* CompartmentDefinition */
	E(152908,24016,107,1,1,0,1,8,0,0,1,155896,0,1),
	E(36304,24043,107,0,65535,0,1,24,0,0,0,0,0,1),
	E(72452,24073,107,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,24100,107,0,1,0,1,25,0,0,0,0,0,0),
	E(94849,24134,107,0,1,0,1,19,0,0,0,0,0,1),
	E(64395,24169,107,1,1,0,1,1,0,0,0,0,0,1),
	E(49978,24196,107,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,24228,107,0,1,0,1,25,0,0,0,0,0,0),
	E(143050,24258,107,0,65535,0,1,397,0,0,0,0,0,1),
	E(24429,24407,107,1,1,0,1,19,0,0,0,0,0,1),
	E(164438,24436,107,1,1,0,1,8,0,0,1,172135,1,1),
	E(26304,24465,107,1,1,0,1,51,0,0,0,0,0,1),
	E(50137,24491,107,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,24524,107,0,1,0,1,1,0,0,0,0,0,1),
	/* CompartmentDefinition.resource */
	E(152908,24289,108,1,1,0,1,8,0,0,1,174478,0,1),
	E(24356,24325,108,0,1,0,1,1,0,0,0,0,0,0),
	E(24401,24370,108,0,65535,0,1,1,0,0,0,0,0,1),
	/* Composition */
	E(24578,24566,109,0,65535,0,1,398,0,0,0,0,0,0),
	E(5636,24666,109,1,65535,0,1,4,6,399,0,0,0,1),
	E(175495,24685,109,0,65535,0,1,16,0,0,4,160563,0,1),
	E(88528,24706,109,0,1,0,1,8,0,0,1,180083,0,1),
	E(41288,24734,109,0,1,0,1,4,1,5,0,0,0,1),
	E(72452,24756,109,1,1,0,1,26,0,0,0,0,0,1),
	E(168837,24773,109,0,1,0,1,4,1,57,0,0,0,1),
	E(163407,24795,109,0,65535,0,1,405,0,0,0,0,0,1),
	E(77147,24886,109,0,1,0,1,3,0,0,0,0,0,1),
	E(41461,24909,109,0,65535,0,1,406,0,0,0,0,0,0),
	E(25221,24990,109,0,65535,0,1,407,0,0,0,0,0,0),
	E(164438,25280,109,1,1,0,1,8,0,0,1,156067,1,1),
	E(77261,25299,109,0,1,0,1,4,1,116,0,0,0,1),
	E(65617,25319,109,1,1,0,1,1,0,0,0,0,0,1),
	E(167524,25337,109,1,1,0,1,16,0,0,3,160520,0,1),
	/* Composition.attester */
	E(158052,24587,110,1,1,0,1,8,0,0,1,156003,0,0),
	E(16823,24613,110,0,1,0,1,4,5,408,0,0,0,0),
	E(38504,24640,110,0,1,0,1,26,0,0,0,0,0,0),
	/* Composition.event */
	E(152908,24813,111,0,65535,0,1,16,0,0,4,179632,0,1),
	E(36003,24836,111,0,65535,0,1,4,1,116,0,0,0,1),
	E(121990,24861,111,0,1,0,1,7,0,0,0,0,0,1),
	/* Composition.relatesTo */
	E(152908,24931,112,1,1,0,1,8,0,0,1,160722,0,0),
	E(111457,24958,112,1,1,1,2,413,1,415,0,0,0,0),
	/* Composition.section */
	E(5636,25010,113,0,65535,0,1,4,6,399,0,0,0,0),
	E(152908,25037,113,0,1,0,1,16,0,0,4,160473,0,0),
	E(25082,25062,113,0,1,0,1,16,0,0,3,166141,0,0),
	E(7026,25094,113,0,65535,0,1,4,1,116,0,0,0,0),
	E(139369,25120,113,0,1,0,1,4,1,116,0,0,0,0),
	E(158052,25146,113,0,1,0,1,8,0,0,1,166280,0,0),
	E(25191,25171,113,0,1,0,1,16,0,0,3,166325,0,0),
	E(25221,25201,113,0,65535,0,1,407,0,0,0,0,0,0),
	E(41758,25229,113,0,1,0,1,416,0,0,0,0,0,0),
	E(65617,25254,113,0,1,0,1,1,0,0,0,0,0,0),
	/* ConceptMap */
	E(36304,25365,114,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,25384,114,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,25405,114,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,25421,114,0,1,0,1,25,0,0,0,0,0,0),
	E(94849,25444,114,0,1,0,1,19,0,0,0,0,0,1),
	E(88590,25468,114,0,65535,0,1,417,0,0,0,0,0,0),
	E(77147,26308,114,0,1,0,1,3,0,0,0,0,0,1),
	E(49887,26330,114,0,65535,0,1,16,0,0,2,165925,0,1),
	E(64395,26354,114,0,1,0,1,1,0,0,0,0,0,1),
	E(49978,26370,114,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,26391,114,0,1,0,1,25,0,0,0,0,0,0),
	E(164752,26410,114,0,1,1,2,418,1,354,0,0,0,1),
	E(164438,26431,114,1,1,0,1,8,0,0,1,172135,1,1),
	E(111457,26449,114,0,1,1,2,418,1,354,0,0,0,1),
	E(65617,26470,114,0,1,0,1,1,0,0,0,0,0,1),
	E(26304,26487,114,0,1,0,1,51,0,0,0,0,0,1),
	E(50137,26502,114,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,26524,114,0,1,0,1,1,0,0,0,0,0,1),
	/* ConceptMap.group */
	E(128043,25485,115,1,65535,0,1,420,0,0,0,0,0,0),
	E(164752,26046,115,0,1,0,1,51,0,0,0,0,0,0),
	E(26087,26070,115,0,1,0,1,1,0,0,0,0,0,0),
	E(111457,26101,115,0,1,0,1,51,0,0,0,0,0,0),
	E(26142,26125,115,0,1,0,1,1,0,0,0,0,0,0),
	E(26173,26156,115,0,1,0,1,421,0,0,0,0,0,0),
	/* ConceptMap.group.element */
	E(152908,25510,116,0,1,0,1,8,0,0,0,0,0,0),
	E(26239,25540,116,0,1,0,1,1,0,0,0,0,0,0),
	E(111457,25573,116,0,65535,0,1,422,0,0,0,0,0,0),
	/* ConceptMap.group.element.target */
	E(152908,25605,117,0,1,0,1,8,0,0,0,0,0,0),
	E(40154,25642,117,0,1,0,1,1,0,0,0,0,0,0),
	E(69874,25682,117,0,65535,0,1,423,0,0,0,0,0,0),
	E(26239,25922,117,0,1,0,1,1,0,0,0,0,0,0),
	E(25994,25962,117,1,1,0,1,8,0,0,1,156121,1,0),
	E(179180,26006,117,0,65535,0,1,423,0,0,0,0,0,0),
	/* ConceptMap.group.element.target.dependsOn */
	E(26239,25724,118,0,1,0,1,1,0,0,0,0,0,0),
	E(36634,25774,118,1,1,0,1,51,0,0,0,0,0,0),
	E(147322,25825,118,0,1,0,1,29,1,353,0,0,0,0),
	E(97965,25874,118,1,1,0,1,1,0,0,0,0,0,0),
	/* ConceptMap.group.unmapped */
	E(152908,26182,119,0,1,0,1,8,0,0,0,0,0,0),
	E(26239,26213,119,0,1,0,1,1,0,0,0,0,0,0),
	E(158052,26247,119,1,1,0,1,8,0,0,1,156237,0,0),
	E(26304,26278,119,0,1,0,1,29,1,424,0,0,0,0),
	/* Condition */
	E(150511,26543,120,0,1,1,5,91,0,0,0,0,0,0),
	E(2781,26566,120,0,1,0,1,4,4,97,0,0,0,1),
	E(77014,26585,120,0,65535,0,1,16,0,0,4,153939,0,1),
	E(175495,26604,120,0,65535,0,1,16,0,0,2,156297,0,0),
	E(2837,26623,120,0,1,0,1,16,0,0,1,156345,1,1),
	E(152908,26648,120,0,1,0,1,16,0,0,4,156399,0,1),
	E(168837,26663,120,0,1,0,1,4,1,57,0,0,0,1),
	E(35943,26683,120,0,65535,0,1,425,0,0,0,0,0,0),
	E(77147,26752,120,0,65535,0,1,3,0,0,0,0,0,1),
	E(77192,26773,120,0,65535,0,1,90,0,0,0,0,0,0),
	E(3292,26788,120,0,1,1,5,91,0,0,0,0,0,1),
	E(3392,26807,120,0,1,0,1,26,0,0,0,0,0,1),
	E(3424,26830,120,0,1,0,1,4,4,97,0,0,0,1),
	E(156529,26849,120,0,1,0,1,16,0,0,3,156490,0,0),
	E(156577,26868,120,0,65535,0,1,426,0,0,0,0,0,0),
	E(77261,26956,120,1,1,0,1,4,2,65,0,0,0,1),
	E(3476,26974,120,0,1,0,1,16,0,0,1,156633,1,1),
	/* Condition.evidence */
	E(152908,26702,121,0,65535,0,1,16,0,0,4,166564,0,1),
	E(36003,26726,121,0,65535,0,1,4,1,116,0,0,0,1),
	/* Condition.stage */
	E(26900,26884,122,0,65535,0,1,4,3,427,0,0,0,0),
	E(26927,26911,122,0,1,0,1,16,0,0,4,156538,0,0),
	E(167524,26935,122,0,1,0,1,16,0,0,4,156583,0,0),
	/* Consent */
	E(175495,27011,123,1,65535,0,1,16,0,0,2,156853,0,1),
	E(98119,27028,123,0,1,0,1,26,0,0,0,0,0,1),
	E(77147,27045,123,0,65535,0,1,3,0,0,0,0,0,1),
	E(109795,27064,123,0,65535,0,1,4,1,5,0,0,0,1),
	E(36619,27085,123,0,1,0,1,4,1,9,0,0,0,1),
	E(95243,27101,123,0,65535,0,1,4,5,430,0,0,0,1),
	E(157093,27119,123,0,65535,0,1,435,0,0,0,0,0,0),
	E(27186,27178,123,0,1,0,1,16,0,0,2,157056,0,1),
	E(27533,27197,123,0,1,0,1,436,0,0,0,0,0,1),
	E(158420,27624,123,1,1,0,1,16,0,0,2,157158,1,1),
	E(164752,27638,123,0,1,1,2,320,4,437,0,0,0,1),
	E(164438,27656,123,1,1,0,1,8,0,0,1,157201,1,1),
	E(27679,27671,123,0,65535,0,1,441,0,0,0,0,0,1),
	/* Consent.policy */
	E(66691,27134,124,0,1,0,1,51,0,0,0,0,0,0),
	E(126884,27159,124,0,1,0,1,51,0,0,0,0,0,0),
	/* Consent.provision */
	E(159783,27215,125,0,65535,0,1,16,0,0,4,156809,0,1),
	E(122054,27240,125,0,65535,0,1,442,0,0,0,0,0,0),
	E(158978,27327,125,0,65535,0,1,130,0,0,2,156899,0,1),
	E(152908,27351,125,0,65535,0,1,16,0,0,4,156950,0,1),
	E(121889,27374,125,0,65535,0,1,443,0,0,0,0,0,1),
	E(27479,27461,125,0,1,0,1,7,0,0,0,0,0,1),
	E(121990,27490,125,0,1,0,1,7,0,0,0,0,0,1),
	E(27533,27515,125,0,65535,0,1,436,0,0,0,0,0,0),
	E(112624,27543,125,0,65535,0,1,130,0,0,2,180272,0,1),
	E(41557,27569,125,0,65535,0,1,130,0,0,2,175094,0,1),
	E(167524,27601,125,0,1,0,1,8,0,0,1,157100,0,1),
	/* Consent.provision.actor */
	E(27451,27264,126,1,1,0,1,4,8,444,0,0,0,0),
	E(170405,27298,126,1,1,0,1,16,0,0,2,175139,0,0),
	/* Consent.provision.data */
	E(173049,27397,127,1,1,0,1,8,0,0,1,157000,0,1),
	E(27451,27428,127,1,1,0,1,4,1,116,0,0,0,1),
	/* Consent.verification */
	E(27713,27692,128,0,1,0,1,26,0,0,0,0,0,0),
	E(27751,27730,128,1,1,0,1,19,0,0,0,0,0,1),
	E(27781,27760,128,0,1,0,1,4,2,20,0,0,0,0),
	/* ContactDetail */
	E(64395,27808,129,0,1,0,1,1,0,0,0,0,0,1),
	E(64709,27827,129,0,65535,0,1,230,0,0,0,0,0,1),
	/* ContactPoint */
	E(121990,27862,130,0,1,0,1,7,0,0,0,0,0,1),
	E(48577,27882,130,0,1,0,1,18,0,0,0,0,0,1),
	E(147322,27900,130,0,1,0,1,8,0,0,1,157357,0,1),
	E(159572,27920,130,0,1,0,1,8,0,0,1,157413,1,1),
	E(97965,27937,130,0,1,0,1,1,0,0,0,0,0,1),
	/* Contract */
	E(128911,27965,131,0,65535,0,1,1,0,0,0,0,0,0),
	E(29664,27980,131,0,1,0,1,7,0,0,0,0,0,1),
	E(5636,27997,131,0,1,0,1,4,4,452,0,0,0,0),
	E(66691,28013,131,0,65535,0,1,4,1,5,0,0,0,0),
	E(28041,28032,131,0,1,0,1,456,0,0,0,0,0,0),
	E(28297,28288,131,0,1,0,1,16,0,0,4,157948,0,0),
	E(136015,28315,131,0,65535,0,1,4,1,13,0,0,0,0),
	E(28340,28331,131,0,1,0,1,16,0,0,4,158168,0,0),
	E(28364,28355,131,0,65535,0,1,457,0,0,0,0,0,0),
	E(77147,28402,131,0,65535,0,1,3,0,0,0,0,0,1),
	E(110211,28422,131,0,1,0,1,4,1,439,0,0,0,0),
	E(110243,28453,131,0,1,0,1,51,0,0,0,0,0,0),
	E(77164,28478,131,0,1,0,1,26,0,0,0,0,0,1),
	E(28503,28494,131,0,65535,0,1,458,0,0,0,0,0,0),
	E(28544,28535,131,0,1,0,1,16,0,0,2,158222,0,0),
	E(180563,28555,131,0,1,1,2,320,4,459,0,0,0,0),
	E(64395,28582,131,0,1,0,1,1,0,0,0,0,0,1),
	E(139733,28596,131,0,65535,0,1,4,1,463,0,0,0,0),
	E(127812,28621,131,0,65535,0,1,464,0,0,0,0,0,0),
	E(158420,28660,131,0,1,0,1,16,0,0,4,158382,0,0),
	E(28684,28675,131,0,65535,0,1,465,0,0,0,0,0,0),
	E(165281,28760,131,0,65535,0,1,4,1,13,0,0,0,0),
	E(164438,28774,131,0,1,0,1,8,0,0,1,158649,1,1),
	E(20499,28790,131,0,65535,0,1,16,0,0,4,158700,0,1),
	E(77261,28807,131,0,65535,0,1,4,1,116,0,0,0,1),
	E(50076,28824,131,0,1,0,1,1,0,0,0,0,0,0),
	E(17160,28842,131,0,65535,0,1,4,1,116,0,0,0,0),
	E(153798,28866,131,0,65535,0,1,466,0,0,0,0,0,0),
	E(65617,31553,131,0,1,0,1,1,0,0,0,0,0,1),
	E(155890,31568,131,0,1,1,2,41,1,116,0,0,0,0),
	E(167524,31586,131,0,1,0,1,16,0,0,4,158845,0,1),
	E(26304,31600,131,0,1,0,1,51,0,0,0,0,0,0),
	E(37099,31613,131,0,1,0,1,1,0,0,0,0,0,1),
	/* Contract.contentDefinition */
	E(49701,28059,132,0,1,0,1,25,0,0,0,0,0,0),
	E(66177,28096,132,0,1,0,1,26,0,0,0,0,0,0),
	E(28166,28139,132,1,1,0,1,8,0,0,1,158320,0,0),
	E(49978,28184,132,0,1,0,1,4,3,214,0,0,0,0),
	E(20499,28221,132,0,1,0,1,16,0,0,4,158057,0,0),
	E(167524,28256,132,1,1,0,1,16,0,0,4,158114,0,0),
	/* Contract.friendly */
	E(77029,28373,133,1,1,1,2,320,3,459,0,0,0,0),
	/* Contract.legal */
	E(77029,28509,134,1,1,1,2,320,3,459,0,0,0,0),
	/* Contract.rule */
	E(77029,28635,135,1,1,1,2,320,1,62,0,0,0,0),
	/* Contract.signer */
	E(16823,28691,136,1,1,0,1,4,5,372,0,0,0,0),
	E(111436,28713,136,1,65535,0,1,161,0,0,0,0,0,0),
	E(167524,28739,136,1,1,0,1,130,0,0,3,158599,0,0),
	/* Contract.term */
	E(159783,28880,137,0,65535,0,1,467,0,0,0,0,0,0),
	E(29664,29650,137,0,1,0,1,7,0,0,0,0,0,1),
	E(29686,29672,137,0,65535,0,1,468,0,0,0,0,0,0),
	E(88590,30813,137,0,65535,0,1,466,0,0,0,0,0,0),
	E(77147,30833,137,0,1,0,1,3,0,0,0,0,0,1),
	E(77164,30858,137,0,1,0,1,26,0,0,0,0,0,1),
	E(30893,30879,137,1,1,0,1,469,0,0,0,0,0,0),
	E(41557,31291,137,0,65535,0,1,470,0,0,0,0,0,0),
	E(20499,31470,137,0,1,0,1,16,0,0,4,158746,0,0),
	E(41758,31492,137,0,1,0,1,1,0,0,0,0,0,1),
	E(155890,31511,137,0,1,1,2,41,1,116,0,0,0,0),
	E(167524,31534,137,0,1,0,1,16,0,0,4,158797,0,0),
	/* Contract.term.action */
	E(178243,28901,138,0,1,0,1,4,2,250,0,0,0,0),
	E(28951,28930,138,0,65535,0,1,1,0,0,0,0,0,0),
	E(11176,28965,138,0,1,0,1,19,0,0,0,0,1,0),
	E(139536,28999,138,1,1,0,1,16,0,0,4,180272,0,0),
	E(30435,29027,138,0,65535,0,1,1,0,0,0,0,0,0),
	E(77192,29055,138,0,65535,0,1,90,0,0,0,0,0,0),
	E(180675,29081,138,0,1,1,3,259,0,0,0,0,0,0),
	E(95243,29116,138,0,1,0,1,4,9,471,0,0,0,0),
	E(29168,29147,138,0,65535,0,1,1,0,0,0,0,0,0),
	E(29205,29184,138,0,1,0,1,16,0,0,4,171923,0,0),
	E(139663,29219,138,0,65535,0,1,16,0,0,4,171974,0,0),
	E(167733,29254,138,0,65535,0,1,1,0,0,0,0,0,0),
	E(77231,29282,138,0,65535,0,1,16,0,0,4,180272,0,0),
	E(29335,29314,138,0,65535,0,1,1,0,0,0,0,0,0),
	E(110488,29348,138,0,65535,0,1,4,6,480,0,0,0,0),
	E(139754,29385,138,0,65535,0,1,4,7,486,0,0,0,0),
	E(29437,29416,138,0,65535,0,1,1,0,0,0,0,0,0),
	E(30752,29453,138,0,65535,0,1,110,0,0,0,0,0,0),
	E(164438,29494,138,1,1,0,1,16,0,0,4,157650,0,0),
	E(77261,29522,138,0,65535,0,1,493,0,0,0,0,0,0),
	E(167524,29624,138,1,1,0,1,16,0,0,4,157605,0,0),
	/* Contract.term.action.subject */
	E(27451,29551,139,1,65535,0,1,4,7,486,0,0,0,0),
	E(170405,29590,139,0,1,0,1,16,0,0,4,157701,0,0),
	/* Contract.term.asset */
	E(112995,29692,140,0,65535,0,1,494,0,0,0,0,0,0),
	E(163881,29719,140,0,1,0,1,1,0,0,0,0,0,0),
	E(178243,29749,140,0,65535,0,1,495,0,0,0,0,0,0),
	E(30435,29881,140,0,65535,0,1,1,0,0,0,0,0,0),
	E(121990,29908,140,0,65535,0,1,7,0,0,0,0,0,0),
	E(29955,29935,140,0,65535,0,1,16,0,0,4,153320,0,0),
	E(173205,29966,140,0,1,0,1,130,0,0,2,156899,0,0),
	E(158420,29999,140,0,1,0,1,16,0,0,4,157800,0,0),
	E(30752,30025,140,0,65535,0,1,110,0,0,0,0,0,0),
	E(155258,30065,140,0,65535,0,1,16,0,0,4,157849,0,0),
	E(41758,30093,140,0,1,0,1,1,0,0,0,0,0,0),
	E(167524,30118,140,0,65535,0,1,16,0,0,4,157900,0,0),
	E(30163,30143,140,0,65535,0,1,4,1,116,0,0,0,0),
	E(30197,30177,140,0,65535,0,1,7,0,0,0,0,0,0),
	E(30227,30207,140,0,65535,0,1,496,0,0,0,0,0,0),
	/* Contract.term.asset.context */
	E(152908,29777,141,0,65535,0,1,16,0,0,4,157749,0,0),
	E(27451,29810,141,0,1,0,1,4,1,116,0,0,0,0),
	E(41758,29848,141,0,1,0,1,1,0,0,0,0,0,0),
	/* Contract.term.asset.valuedItem */
	E(30269,30238,142,0,1,0,1,26,0,0,0,0,0,0),
	E(111249,30283,142,0,1,1,2,41,1,116,0,0,0,0),
	E(121929,30324,142,0,1,0,1,157,0,0,0,0,0,0),
	E(77147,30362,142,0,1,0,1,3,0,0,0,0,0,0),
	E(30435,30404,142,0,65535,0,1,1,0,0,0,0,0,0),
	E(18011,30442,142,0,1,0,1,264,0,0,0,0,0,0),
	E(105199,30477,142,0,1,0,1,1,0,0,0,0,0,0),
	E(105221,30516,142,0,1,0,1,26,0,0,0,0,0,0),
	E(30590,30559,142,0,1,0,1,157,0,0,0,0,0,0),
	E(90330,30597,142,0,1,0,1,38,0,0,0,0,0,0),
	E(72862,30637,142,0,1,0,1,4,5,372,0,0,0,0),
	E(105745,30678,142,0,1,0,1,4,5,372,0,0,0,0),
	E(30752,30721,142,0,65535,0,1,110,0,0,0,0,0,0),
	E(18208,30772,142,0,1,0,1,264,0,0,0,0,0,0),
	/* Contract.term.offer */
	E(112995,30899,143,0,65535,0,1,494,0,0,0,0,0,0),
	E(30982,30962,143,0,1,0,1,16,0,0,2,179679,0,0),
	E(31011,30991,143,0,65535,0,1,16,0,0,4,158005,0,0),
	E(77147,31024,143,0,65535,0,1,3,0,0,0,0,0,0),
	E(30435,31055,143,0,65535,0,1,1,0,0,0,0,0,0),
	E(16823,31082,143,0,65535,0,1,497,0,0,0,0,0,0),
	E(30752,31175,143,0,65535,0,1,110,0,0,0,0,0,0),
	E(41758,31215,143,0,1,0,1,1,0,0,0,0,0,0),
	E(155890,31240,143,0,1,0,1,4,1,116,0,0,0,1),
	E(167524,31266,143,0,1,0,1,16,0,0,4,158797,0,0),
	/* Contract.term.offer.answer */
	E(97965,30926,144,1,1,1,12,498,1,116,0,0,0,0),
	/* Contract.term.offer.party */
	E(27451,31108,145,1,65535,0,1,4,7,486,0,0,0,0),
	E(170405,31144,145,1,1,0,1,16,0,0,4,158271,0,0),
	/* Contract.term.securityLabel */
	E(175495,31319,146,0,65535,0,1,130,0,0,4,158426,0,0),
	E(158529,31356,146,1,1,0,1,130,0,0,4,158482,0,0),
	E(158591,31399,146,0,65535,0,1,130,0,0,4,158544,0,0),
	E(65543,31435,146,0,65535,0,1,110,0,0,0,0,0,0),
	/* Contributor */
	E(36304,31642,147,0,65535,0,1,24,0,0,0,0,0,1),
	E(64395,31662,147,1,1,0,1,1,0,0,0,0,0,1),
	E(167524,31679,147,1,1,0,1,8,0,0,1,158888,0,1),
	/* Coverage */
	E(31705,31696,149,1,1,0,1,4,1,9,0,0,0,1),
	E(158978,31717,149,0,65535,0,1,510,0,0,0,0,0,0),
	E(31802,31793,149,0,65535,0,1,4,1,439,0,0,0,0),
	E(31820,31811,149,0,65535,0,1,511,0,0,0,0,0,0),
	E(32038,32029,149,0,1,0,1,1,0,0,0,0,0,1),
	E(77147,32048,149,0,65535,0,1,3,0,0,0,0,0,1),
	E(153753,32068,149,0,1,0,1,1,0,0,0,0,0,1),
	E(166359,32085,149,0,1,0,1,18,0,0,0,0,0,1),
	E(32109,32100,149,1,65535,0,1,4,3,313,0,0,0,1),
	E(121990,32115,149,0,1,0,1,7,0,0,0,0,0,1),
	E(32140,32131,149,0,1,0,1,4,3,20,0,0,0,1),
	E(173205,32153,149,0,1,0,1,16,0,0,2,176563,0,0),
	E(164438,32175,149,1,1,0,1,8,0,0,1,163033,1,1),
	E(32200,32191,149,0,1,0,1,19,0,0,0,0,0,0),
	E(32221,32212,149,0,1,0,1,4,2,20,0,0,0,1),
	E(32241,32232,149,0,1,0,1,1,0,0,0,0,0,1),
	E(167524,32254,149,0,1,0,1,16,0,0,3,159091,0,1),
	/* Coverage.class */
	E(64395,31732,150,0,1,0,1,1,0,0,0,0,0,1),
	E(167524,31752,150,1,1,0,1,16,0,0,2,158940,0,1),
	E(97965,31772,150,1,1,0,1,1,0,0,0,0,0,1),
	/* Coverage.costToBeneficiary */
	E(159081,31838,151,0,65535,0,1,512,0,0,0,0,0,0),
	E(167524,31961,151,0,1,0,1,16,0,0,2,158984,0,1),
	E(97965,31993,151,1,1,1,2,513,0,0,0,0,0,1),
	/* Coverage.costToBeneficiary.exception */
	E(121990,31875,152,0,1,0,1,7,0,0,0,0,0,1),
	E(167524,31919,152,1,1,0,1,16,0,0,4,159033,0,1),
	/* CoverageEligibilityRequest */
	E(5660,32295,153,1,1,0,1,26,0,0,0,0,0,1),
	E(13201,32330,153,0,1,0,1,4,2,11,0,0,0,0),
	E(32898,32365,153,0,1,0,1,4,1,13,0,0,0,0),
	E(77147,32401,153,0,65535,0,1,3,0,0,0,0,0,0),
	E(19122,32439,153,0,65535,0,1,515,0,0,0,0,0,0),
	E(19324,32622,153,1,1,0,1,4,1,5,0,0,0,1),
	E(176957,32657,153,0,65535,0,1,516,0,0,0,0,0,0),
	E(36619,33176,153,1,1,0,1,4,1,9,0,0,0,1),
	E(163358,33211,153,0,1,0,1,16,0,0,4,171568,0,0),
	E(105275,33247,153,0,1,0,1,4,3,214,0,0,0,0),
	E(112624,33283,153,1,65535,0,1,8,0,0,1,160878,0,1),
	E(180796,33318,153,0,1,1,2,308,0,0,0,0,0,0),
	E(164438,33357,153,1,1,0,1,8,0,0,1,163033,1,1),
	E(17160,33391,153,0,65535,0,1,517,0,0,0,0,0,0),
	/* CoverageEligibilityRequest.insurance */
	E(19156,32476,154,0,1,0,1,1,0,0,0,0,0,0),
	E(19238,32533,154,1,1,0,1,4,1,17,0,0,0,0),
	E(19271,32579,154,0,1,0,1,19,0,0,0,0,0,0),
	/* CoverageEligibilityRequest.item */
	E(175495,32689,155,0,1,0,1,16,0,0,4,162185,0,0),
	E(36003,32730,155,0,65535,0,1,4,1,116,0,0,0,0),
	E(48509,32769,155,0,65535,0,1,518,0,0,0,0,0,0),
	E(32898,32866,155,0,1,0,1,4,2,519,0,0,0,0),
	E(99378,32907,155,0,65535,0,1,16,0,0,4,155178,0,0),
	E(18104,32948,155,0,1,0,1,16,0,0,4,175700,0,0),
	E(105275,32997,155,0,1,0,1,4,2,11,0,0,0,0),
	E(90330,33038,155,0,1,0,1,38,0,0,0,0,0,0),
	E(33111,33079,155,0,65535,0,1,18,0,0,0,0,0,0),
	E(18208,33134,155,0,1,0,1,264,0,0,0,0,0,0),
	/* CoverageEligibilityRequest.item.diagnosis */
	E(48509,32811,156,0,1,1,2,41,1,63,4,164088,0,0),
	/* CoverageEligibilityRequest.supportingInfo */
	E(33475,33433,157,0,1,0,1,19,0,0,0,0,0,0),
	E(33530,33488,157,1,1,0,1,4,1,116,0,0,0,0),
	E(19301,33542,157,1,1,0,1,18,0,0,0,0,0,0),
	/* CoverageEligibilityResponse */
	E(5660,33621,158,1,1,0,1,26,0,0,0,0,0,1),
	E(161148,33657,158,0,1,0,1,1,0,0,0,0,0,0),
	E(151892,33697,158,0,65535,0,1,521,0,0,0,0,0,0),
	E(19028,33770,158,0,1,0,1,16,0,0,4,163158,0,0),
	E(77147,33803,158,0,65535,0,1,3,0,0,0,0,0,0),
	E(19122,33842,158,0,65535,0,1,522,0,0,0,0,0,0),
	E(19324,35006,158,1,1,0,1,4,1,5,0,0,0,1),
	E(171514,35042,158,1,1,0,1,8,0,0,1,173327,0,1),
	E(36619,35078,158,1,1,0,1,4,1,9,0,0,0,1),
	E(15507,35114,158,0,1,0,1,1,0,0,0,0,0,0),
	E(112624,35153,158,1,65535,0,1,8,0,0,1,160940,0,1),
	E(105322,35189,158,1,1,0,1,4,1,523,0,0,0,1),
	E(20454,35225,158,0,1,0,1,4,3,214,0,0,0,0),
	E(180796,35263,158,0,1,1,2,308,0,0,0,0,0,0),
	E(164438,35303,158,1,1,0,1,8,0,0,1,163033,1,1),
	/* CoverageEligibilityResponse.error */
	E(152908,33731,159,1,1,0,1,16,0,0,4,151850,0,0),
	/* CoverageEligibilityResponse.insurance */
	E(33918,33880,160,0,1,0,1,7,0,0,0,0,0,0),
	E(19238,33932,160,1,1,0,1,4,1,17,0,0,0,1),
	E(34017,33979,160,0,1,0,1,19,0,0,0,0,0,0),
	E(176957,34025,160,0,65535,0,1,524,0,0,0,0,0,0),
	/* CoverageEligibilityResponse.insurance.item */
	E(34111,34068,161,0,1,0,1,19,0,0,0,0,0,0),
	E(34176,34133,161,0,65535,0,1,16,0,0,4,159134,0,0),
	E(34243,34200,161,0,1,0,1,51,0,0,0,0,0,0),
	E(71195,34260,161,0,65535,0,1,525,0,0,0,0,0,0),
	E(175495,34488,161,0,1,0,1,16,0,0,4,162185,0,0),
	E(75776,34540,161,0,1,0,1,1,0,0,0,0,0,0),
	E(55105,34595,161,0,1,0,1,19,0,0,0,0,0,0),
	E(99378,34647,161,0,65535,0,1,16,0,0,4,155178,0,0),
	E(64395,34699,161,0,1,0,1,1,0,0,0,0,0,0),
	E(153753,34747,161,0,1,0,1,16,0,0,4,153716,0,0),
	E(18104,34798,161,0,1,0,1,16,0,0,4,175700,0,0),
	E(105275,34858,161,0,1,0,1,4,2,11,0,0,0,0),
	E(153798,34910,161,0,1,0,1,16,0,0,4,153761,0,0),
	E(153882,34958,161,0,1,0,1,16,0,0,4,153845,0,0),
	/* CoverageEligibilityResponse.insurance.item.benefit */
	E(81865,34311,162,0,1,1,3,526,0,0,0,0,0,0),
	E(167524,34373,162,1,1,0,1,16,0,0,4,153803,0,0),
	E(180901,34429,162,0,1,1,3,526,0,0,0,0,0,0),
	/* DataRequirement */
	E(35370,35354,163,0,65535,0,1,529,0,0,0,0,0,1),
	E(35536,35520,163,0,65535,0,1,530,0,0,0,0,0,1),
	E(71234,35654,163,0,1,0,1,18,0,0,0,0,0,1),
	E(45824,35676,163,0,65535,0,1,1,0,0,0,0,0,1),
	E(94681,35704,163,0,65535,0,1,29,1,37,0,0,0,1),
	E(35744,35728,163,0,65535,0,1,531,0,0,0,0,0,1),
	E(77261,35806,163,0,1,1,2,41,1,43,2,176521,0,1),
	E(167524,35833,163,1,1,0,1,8,0,0,1,152561,0,1),
	/* DataRequirement.codeFilter */
	E(152908,35381,164,0,65535,0,1,130,0,0,0,0,0,1),
	E(146100,35413,164,0,1,0,1,1,0,0,0,0,0,1),
	E(10056,35445,164,0,1,0,1,1,0,0,0,0,0,1),
	E(147354,35484,164,0,1,0,1,29,1,354,0,0,0,1),
	/* DataRequirement.dateFilter */
	E(146100,35547,165,0,1,0,1,1,0,0,0,0,0,1),
	E(10056,35579,165,0,1,0,1,1,0,0,0,0,0,1),
	E(97965,35618,165,0,1,1,3,532,0,0,0,0,0,1),
	/* DataRequirement.sort */
	E(144021,35749,166,1,1,0,1,8,0,0,1,175942,0,1),
	E(146100,35780,166,1,1,0,1,1,0,0,0,0,0,1),
	/* DetectedIssue */
	E(5636,35868,167,0,1,0,1,4,3,54,0,0,0,1),
	E(152908,35889,167,0,1,0,1,16,0,0,3,159576,0,1),
	E(36003,35908,167,0,1,0,1,1,0,0,0,0,0,0),
	E(35943,35929,167,0,65535,0,1,535,0,0,0,0,0,0),
	E(180508,36010,167,0,1,1,2,153,0,0,0,0,0,1),
	E(77147,36038,167,0,65535,0,1,3,0,0,0,0,0,1),
	E(36077,36063,167,0,65535,0,1,4,1,116,0,0,0,1),
	E(36102,36088,167,0,65535,0,1,536,0,0,0,0,0,0),
	E(36619,36207,167,0,1,0,1,4,1,9,0,0,0,1),
	E(27451,36229,167,0,1,0,1,51,0,0,0,0,0,0),
	E(156529,36253,167,0,1,0,1,8,0,0,1,159689,0,1),
	E(164438,36276,167,1,1,0,1,8,0,0,1,170153,1,1),
	/* DetectedIssue.evidence */
	E(152908,35952,168,0,65535,0,1,16,0,0,4,166564,0,0),
	E(36003,35980,168,0,65535,0,1,4,1,116,0,0,0,0),
	/* DetectedIssue.mitigation */
	E(159783,36113,169,1,1,0,1,16,0,0,3,159628,0,0),
	E(5636,36145,169,0,1,0,1,4,2,11,0,0,0,0),
	E(72452,36177,169,0,1,0,1,26,0,0,0,0,0,0),
	/* Device */
	E(36304,36297,170,0,65535,0,1,230,0,0,0,0,0,0),
	E(36319,36312,170,0,1,0,1,4,1,537,0,0,0,0),
	E(77073,36330,170,0,65535,0,1,538,0,0,0,0,0,0),
	E(36401,36394,170,0,1,0,1,1,0,0,0,0,0,0),
	E(36427,36420,170,0,1,0,1,26,0,0,0,0,0,0),
	E(77147,36442,170,0,65535,0,1,3,0,0,0,0,0,0),
	E(154127,36460,170,0,1,0,1,4,1,13,0,0,0,0),
	E(36483,36476,170,0,1,0,1,1,0,0,0,0,0,0),
	E(36500,36493,170,0,1,0,1,26,0,0,0,0,0,0),
	E(90712,36516,170,0,1,0,1,1,0,0,0,0,0,0),
	E(36543,36536,170,0,1,0,1,1,0,0,0,0,0,0),
	E(77192,36555,170,0,65535,0,1,90,0,0,0,0,0,0),
	E(36574,36567,170,0,1,0,1,4,1,5,0,0,0,0),
	E(38679,36580,170,0,1,0,1,4,1,10,0,0,0,0),
	E(36601,36594,170,0,1,0,1,1,0,0,0,0,0,0),
	E(36619,36612,170,0,1,0,1,4,1,9,0,0,0,0),
	E(36634,36627,170,0,65535,0,1,539,0,0,0,0,0,0),
	E(159918,36720,170,0,65535,0,1,16,0,0,0,0,0,1),
	E(36741,36734,170,0,1,0,1,1,0,0,0,0,0,0),
	E(36761,36754,170,0,65535,0,1,540,0,0,0,0,0,0),
	E(164438,36839,170,0,1,0,1,8,0,0,1,160034,1,1),
	E(36860,36853,170,0,65535,0,1,16,0,0,2,159984,0,0),
	E(167524,36873,170,0,1,0,1,16,0,0,4,160083,0,0),
	E(36892,36885,170,0,65535,0,1,541,0,0,0,0,0,1),
	E(26304,37081,170,0,1,0,1,51,0,0,0,0,0,0),
	E(37099,37092,170,0,65535,0,1,542,0,0,0,0,0,0),
	/* Device.deviceName */
	E(64395,36348,171,1,1,0,1,1,0,0,0,0,0,0),
	E(167524,36371,171,1,1,0,1,8,0,0,1,159831,0,0),
	/* Device.property */
	E(167524,36643,172,1,1,0,1,16,0,0,0,0,0,0),
	E(36680,36664,172,0,65535,0,1,16,0,0,0,0,0,0),
	E(36706,36690,172,0,65535,0,1,38,0,0,0,0,0,0),
	/* Device.specialization */
	E(36798,36776,173,1,1,0,1,16,0,0,0,0,0,0),
	E(37099,36809,173,0,1,0,1,1,0,0,0,0,0,0),
	/* Device.udiCarrier */
	E(36921,36903,174,0,1,0,1,125,0,0,0,0,0,1),
	E(36951,36933,174,0,1,0,1,1,0,0,0,0,0,1),
	E(38253,36962,174,0,1,0,1,1,0,0,0,0,0,1),
	E(37015,36997,174,0,1,0,1,8,0,0,1,178063,0,0),
	E(72484,37025,174,0,1,0,1,51,0,0,0,0,0,0),
	E(49887,37050,174,0,1,0,1,51,0,0,0,0,0,0),
	/* Device.version */
	E(76359,37107,175,0,1,0,1,3,0,0,0,0,0,0),
	E(167524,37132,175,0,1,0,1,16,0,0,0,0,0,0),
	E(97965,37152,175,1,1,0,1,1,0,0,0,0,0,0),
	/* DeviceDefinition */
	E(143145,37190,176,0,65535,0,1,543,0,0,0,0,0,0),
	E(36304,37291,176,0,65535,0,1,230,0,0,0,0,0,0),
	E(77073,37316,176,0,65535,0,1,544,0,0,0,0,0,0),
	E(77147,37410,176,0,65535,0,1,3,0,0,0,0,0,0),
	E(37455,37438,176,0,65535,0,1,16,0,0,0,0,0,0),
	E(90712,37468,176,0,1,1,2,545,1,5,0,0,0,0),
	E(157596,37501,176,0,65535,0,1,547,0,0,0,0,0,0),
	E(36543,37645,176,0,1,0,1,1,0,0,0,0,0,0),
	E(77192,37674,176,0,65535,0,1,90,0,0,0,0,0,0),
	E(37713,37696,176,0,1,0,1,51,0,0,0,0,0,0),
	E(36574,37731,176,0,1,0,1,4,1,5,0,0,0,0),
	E(37771,37754,176,0,1,0,1,4,1,537,0,0,0,1),
	E(90277,37784,176,0,1,0,1,548,0,0,0,0,0,0),
	E(36634,37825,176,0,65535,0,1,549,0,0,0,0,0,0),
	E(90330,37958,176,0,1,0,1,38,0,0,0,0,0,0),
	E(159918,37984,176,0,65535,0,1,16,0,0,4,159882,0,1),
	E(91399,38008,176,0,65535,0,1,550,0,0,0,0,0,0),
	E(36761,38042,176,0,65535,0,1,551,0,0,0,0,0,0),
	E(167524,38157,176,0,1,0,1,16,0,0,4,159790,0,0),
	E(38196,38179,176,0,65535,0,1,552,0,0,0,0,0,0),
	E(26304,38364,176,0,1,0,1,51,0,0,0,0,0,0),
	E(37099,38385,176,0,65535,0,1,1,0,0,0,0,0,0),
	/* DeviceDefinition.capability */
	E(75776,37218,177,0,65535,0,1,16,0,0,0,0,0,0),
	E(167524,37258,177,1,1,0,1,16,0,0,0,0,0,0),
	/* DeviceDefinition.deviceName */
	E(64395,37344,178,1,1,0,1,1,0,0,0,0,0,0),
	E(167524,37377,178,1,1,0,1,8,0,0,1,159831,0,0),
	/* DeviceDefinition.material */
	E(37553,37527,179,0,1,0,1,19,0,0,0,0,0,0),
	E(37599,37573,179,0,1,0,1,19,0,0,0,0,0,0),
	E(89565,37609,179,1,1,0,1,16,0,0,0,0,0,0),
	/* DeviceDefinition.property */
	E(167524,37851,180,1,1,0,1,16,0,0,0,0,0,0),
	E(36680,37882,180,0,65535,0,1,16,0,0,0,0,0,0),
	E(36706,37918,180,0,65535,0,1,38,0,0,0,0,0,0),
	/* DeviceDefinition.specialization */
	E(36798,38074,181,1,1,0,1,1,0,0,0,0,0,0),
	E(37099,38117,181,0,1,0,1,1,0,0,0,0,0,0),
	/* DeviceDefinition.udiDeviceIdentifier */
	E(38253,38216,182,1,1,0,1,1,0,0,0,0,0,0),
	E(72484,38270,182,1,1,0,1,51,0,0,0,0,0,0),
	E(49887,38314,182,1,1,0,1,51,0,0,0,0,0,0),
	/* DeviceMetric */
	E(38436,38423,183,0,65535,0,1,553,0,0,0,0,0,1),
	E(175495,38539,183,1,1,0,1,8,0,0,1,169144,0,1),
	E(38574,38561,183,0,1,0,1,8,0,0,1,169195,0,1),
	E(77147,38580,183,0,65535,0,1,3,0,0,0,0,0,1),
	E(38617,38604,183,0,1,0,1,44,0,0,0,0,0,1),
	E(38648,38635,183,0,1,0,1,8,0,0,1,169243,0,1),
	E(38679,38666,183,0,1,0,1,4,1,10,0,0,0,1),
	E(164752,38686,183,0,1,0,1,4,1,10,0,0,0,1),
	E(167524,38706,183,1,1,0,1,16,0,0,3,160124,0,1),
	E(153882,38724,183,0,1,0,1,16,0,0,3,160124,0,1),
	/* DeviceMetric.calibration */
	E(162179,38448,184,0,1,0,1,8,0,0,1,169025,0,1),
	E(38504,38479,184,0,1,0,1,108,0,0,0,0,0,1),
	E(167524,38509,184,0,1,0,1,8,0,0,1,169085,0,1),
	/* DeviceRequest */
	E(139257,38756,185,0,1,0,1,26,0,0,0,0,0,1),
	E(77000,38781,185,0,65535,0,1,4,1,116,0,0,0,1),
	E(152908,38803,185,1,1,1,2,33,1,10,4,159790,0,1),
	E(168837,38825,185,0,1,0,1,4,1,57,0,0,0,1),
	E(139389,38849,185,0,1,0,1,3,0,0,0,0,0,1),
	E(77147,38879,185,0,65535,0,1,3,0,0,0,0,0,1),
	E(110211,38904,185,0,65535,0,1,29,2,243,0,0,0,1),
	E(110243,38940,185,0,65535,0,1,51,0,0,0,0,0,1),
	E(19122,38970,185,0,65535,0,1,4,2,554,0,0,0,0),
	E(139536,38994,185,1,1,0,1,8,0,0,1,173705,1,1),
	E(77192,39015,185,0,65535,0,1,90,0,0,0,0,0,0),
	E(180675,39034,185,0,1,1,3,259,0,0,0,0,0,1),
	E(140942,39062,185,0,65535,0,1,556,0,0,0,0,0,0),
	E(95243,39148,185,0,1,0,1,4,8,557,0,0,0,1),
	E(139663,39172,185,0,1,0,1,16,0,0,4,170509,0,1),
	E(39214,39200,185,0,65535,0,1,4,1,116,0,0,0,1),
	E(163358,39227,185,0,1,0,1,8,0,0,1,173755,0,1),
	E(77231,39250,185,0,65535,0,1,16,0,0,4,156399,0,1),
	E(110488,39275,185,0,65535,0,1,4,4,222,0,0,0,1),
	E(139733,39305,185,0,65535,0,1,4,1,463,0,0,0,0),
	E(139754,39335,185,0,1,0,1,4,4,565,0,0,0,1),
	E(164438,39359,185,0,1,0,1,8,0,0,1,173865,1,1),
	E(77261,39380,185,1,1,0,1,4,4,569,0,0,0,1),
	E(17160,39402,185,0,65535,0,1,4,1,116,0,0,0,0),
	/* DeviceRequest.parameter */
	E(152908,39086,186,0,1,0,1,16,0,0,4,0,0,0),
	E(97965,39115,186,0,1,1,4,573,0,0,0,0,0,0),
	/* DeviceUseStatement */
	E(77000,39450,187,0,65535,0,1,4,1,107,0,0,0,1),
	E(77014,39477,187,0,1,0,1,16,0,0,4,153939,0,1),
	E(111682,39505,187,0,65535,0,1,4,6,577,0,0,0,1),
	E(77060,39536,187,1,1,0,1,4,1,10,0,0,0,1),
	E(77147,39562,187,0,65535,0,1,3,0,0,0,0,0,1),
	E(77192,39592,187,0,65535,0,1,90,0,0,0,0,0,0),
	E(77231,39616,187,0,65535,0,1,16,0,0,0,0,0,1),
	E(110488,39646,187,0,65535,0,1,4,5,583,0,0,0,1),
	E(39700,39681,187,0,1,0,1,26,0,0,0,0,0,1),
	E(164752,39711,187,0,1,0,1,4,4,58,0,0,0,1),
	E(164438,39737,187,1,1,0,1,8,0,0,1,159925,1,1),
	E(77261,39763,187,1,1,0,1,4,2,65,0,0,0,1),
	E(42097,39790,187,0,1,1,3,588,0,0,0,0,0,1),
	/* DiagnosticReport */
	E(77000,39836,188,0,65535,0,1,4,5,591,0,0,0,0),
	E(175495,39861,188,0,65535,0,1,16,0,0,4,160275,0,1),
	E(152908,39887,188,1,1,0,1,16,0,0,3,173443,0,1),
	E(39926,39909,188,0,1,0,1,1,0,0,0,0,0,0),
	E(39954,39937,188,0,65535,0,1,16,0,0,4,155351,0,0),
	E(150740,39969,188,0,1,1,2,153,0,0,0,0,0,1),
	E(168837,39999,188,0,1,0,1,4,1,57,0,0,0,1),
	E(77147,40026,188,0,65535,0,1,3,0,0,0,0,0,1),
	E(40071,40054,188,0,65535,0,1,4,1,269,0,0,0,0),
	E(77164,40084,188,0,1,0,1,108,0,0,0,0,0,1),
	E(4767,40108,188,0,65535,0,1,596,0,0,0,0,0,1),
	E(95243,40190,188,0,65535,0,1,4,4,276,0,0,0,1),
	E(40234,40217,188,0,65535,0,1,158,0,0,0,0,0,0),
	E(63619,40248,188,0,65535,0,1,4,1,70,0,0,0,0),
	E(40289,40272,188,0,65535,0,1,4,4,276,0,0,0,1),
	E(96824,40308,188,0,65535,0,1,4,1,597,0,0,0,0),
	E(164438,40334,188,1,1,0,1,8,0,0,1,160215,1,1),
	E(77261,40358,188,0,1,0,1,4,4,598,0,0,0,1),
	/* DiagnosticReport.media */
	E(40154,40131,189,0,1,0,1,1,0,0,0,0,0,0),
	E(40185,40162,189,1,1,0,1,4,1,75,0,0,0,1),
	/* DocumentManifest */
	E(5636,40409,191,0,65535,0,1,4,6,602,0,0,0,1),
	E(77029,40433,191,1,65535,0,1,4,1,116,0,0,0,1),
	E(5660,40458,191,0,1,0,1,26,0,0,0,0,0,0),
	E(75776,40483,191,0,1,0,1,1,0,0,0,0,0,1),
	E(77147,40512,191,0,65535,0,1,3,0,0,0,0,0,1),
	E(41426,40540,191,0,1,0,1,3,0,0,0,0,0,1),
	E(72862,40574,191,0,65535,0,1,4,5,608,0,0,0,0),
	E(17048,40601,191,0,65535,0,1,613,0,0,0,0,0,0),
	E(164752,40691,191,0,1,0,1,51,0,0,0,0,0,0),
	E(164438,40715,191,1,1,0,1,8,0,0,1,160661,1,1),
	E(77261,40739,191,0,1,0,1,4,4,614,0,0,0,1),
	E(167524,40764,191,0,1,0,1,16,0,0,4,179632,0,1),
	/* DocumentManifest.related */
	E(77147,40626,192,0,1,0,1,3,0,0,0,0,0,0),
	E(40687,40662,192,0,1,0,1,4,1,116,0,0,0,0),
	/* DocumentReference */
	E(40822,40804,193,0,1,0,1,4,3,214,0,0,0,0),
	E(5636,40836,193,0,65535,0,1,4,6,602,0,0,0,1),
	E(175495,40861,193,0,65535,0,1,16,0,0,4,160563,0,1),
	E(77029,40888,193,1,65535,0,1,618,0,0,0,0,0,1),
	E(178243,40984,193,0,1,0,1,619,0,0,0,0,0,1),
	E(41288,41270,193,0,1,0,1,4,1,5,0,0,0,0),
	E(72452,41298,193,0,1,0,1,108,0,0,0,0,0,1),
	E(75776,41321,193,0,1,0,1,1,0,0,0,0,0,1),
	E(41369,41351,193,0,1,0,1,8,0,0,1,156067,0,1),
	E(77147,41379,193,0,65535,0,1,3,0,0,0,0,0,1),
	E(41426,41408,193,0,1,0,1,3,0,0,0,0,0,1),
	E(41461,41443,193,0,65535,0,1,620,0,0,0,0,0,1),
	E(41557,41539,193,0,65535,0,1,16,0,0,2,175094,0,1),
	E(164438,41571,193,1,1,0,1,8,0,0,1,160661,1,1),
	E(77261,41596,193,0,1,0,1,4,4,614,0,0,0,1),
	E(167524,41622,193,0,1,0,1,16,0,0,3,154183,0,1),
	/* DocumentReference.content */
	E(131729,40914,194,1,1,0,1,158,0,0,0,0,0,1),
	E(8033,40951,194,0,1,0,1,130,0,0,3,163117,0,1),
	/* DocumentReference.context */
	E(168837,41010,195,0,65535,0,1,4,2,250,0,0,0,0),
	E(163407,41046,195,0,65535,0,1,16,0,0,4,179632,0,0),
	E(41104,41078,195,0,1,0,1,16,0,0,4,154230,0,0),
	E(121990,41117,195,0,1,0,1,7,0,0,0,0,0,1),
	E(41176,41150,195,0,1,0,1,16,0,0,4,154277,0,0),
	E(17048,41192,195,0,65535,0,1,4,1,116,0,0,0,0),
	E(41252,41226,195,0,1,0,1,4,1,9,0,0,0,0),
	/* DocumentReference.relatesTo */
	E(152908,41471,196,1,1,0,1,8,0,0,1,160722,0,1),
	E(111457,41504,196,1,1,0,1,4,1,62,0,0,0,1),
	/* DomainResource */
	E(41675,41660,197,0,65535,0,1,116,0,0,0,0,0,0),
	E(41700,41685,197,0,65535,0,1,141,0,0,0,0,0,0),
	E(41725,41710,197,0,65535,0,1,141,0,0,0,0,1,0),
	E(41758,41743,197,0,1,0,1,416,0,0,0,0,0,0),
	/* Dosage */
	E(41777,41770,198,0,65535,0,1,16,0,0,4,151655,0,1),
	E(150521,41799,198,0,1,1,2,621,0,0,4,167683,0,1),
	E(41825,41818,198,0,65535,0,1,623,0,0,0,0,0,1),
	E(41922,41915,198,0,1,0,1,38,0,0,0,0,0,1),
	E(41954,41947,198,0,1,0,1,38,0,0,0,0,0,1),
	E(41980,41973,198,0,1,0,1,624,0,0,0,0,0,1),
	E(175651,41997,198,0,1,0,1,16,0,0,4,151947,0,1),
	E(42018,42011,198,0,1,0,1,1,0,0,0,0,0,1),
	E(161728,42037,198,0,1,0,1,16,0,0,4,174784,0,1),
	E(19301,42050,198,0,1,0,1,151,0,0,0,0,0,1),
	E(165281,42066,198,0,1,0,1,16,0,0,4,153094,0,1),
	E(41758,42078,198,0,1,0,1,1,0,0,0,0,0,1),
	E(42097,42090,198,0,1,0,1,44,0,0,0,0,0,1),
	/* Dosage.doseAndRate */
	E(77795,41837,199,0,1,1,2,625,0,0,0,0,0,1),
	E(180769,41864,199,0,1,1,3,627,0,0,0,0,0,1),
	E(167524,41891,199,0,1,0,1,16,0,0,4,160784,0,1),
	/* EffectEvidenceSynthesis */
	E(49646,42128,201,0,1,0,1,23,0,0,0,0,0,0),
	E(5636,42165,201,0,65535,0,1,24,0,0,0,0,0,0),
	E(119950,42196,201,0,65535,0,1,630,0,0,0,0,0,0),
	E(36304,42551,201,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,42583,201,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,42617,201,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,42646,201,0,1,0,1,25,0,0,0,0,0,1),
	E(49755,42682,201,0,65535,0,1,24,0,0,0,0,0,0),
	E(42737,42713,201,0,65535,0,1,631,0,0,0,0,0,1),
	E(49771,43301,201,0,1,0,1,7,0,0,0,0,0,1),
	E(49796,43341,201,0,65535,0,1,24,0,0,0,0,0,0),
	E(115591,43374,201,1,1,0,1,4,1,632,0,0,0,1),
	E(115619,43407,201,1,1,0,1,4,1,632,0,0,0,1),
	E(77147,43451,201,0,65535,0,1,3,0,0,0,0,0,1),
	E(49887,43486,201,0,65535,0,1,16,0,0,2,165925,0,1),
	E(49909,43523,201,0,1,0,1,23,0,0,0,0,0,0),
	E(64395,43562,201,0,1,0,1,1,0,0,0,0,0,1),
	E(77192,43591,201,0,65535,0,1,90,0,0,0,0,0,0),
	E(171514,43620,201,1,1,0,1,4,1,632,0,0,0,1),
	E(167179,43652,201,1,1,0,1,4,1,632,0,0,0,1),
	E(49978,43687,201,0,1,0,1,1,0,0,0,0,0,1),
	E(49997,43721,201,0,65535,0,1,39,0,0,0,0,0,0),
	E(43785,43761,201,0,65535,0,1,633,0,0,0,0,0,0),
	E(50022,44032,201,0,65535,0,1,24,0,0,0,0,0,0),
	E(121464,44065,201,0,1,0,1,634,0,0,0,0,0,0),
	E(164438,44254,201,1,1,0,1,8,0,0,1,172135,1,1),
	E(121674,44285,201,0,1,0,1,16,0,0,2,176481,0,0),
	E(121706,44319,201,0,1,0,1,16,0,0,2,177265,0,0),
	E(65617,44357,201,0,1,0,1,1,0,0,0,0,0,1),
	E(155890,44387,201,0,65535,0,1,16,0,0,4,159441,0,0),
	E(26304,44417,201,0,1,0,1,51,0,0,0,0,0,1),
	E(50137,44445,201,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,44480,201,0,1,0,1,1,0,0,0,0,0,1),
	/* EffectEvidenceSynthesis.certainty */
	E(119992,42230,202,0,65535,0,1,635,0,0,0,0,0,0),
	E(77192,42471,202,0,65535,0,1,90,0,0,0,0,0,0),
	E(154814,42510,202,0,65535,0,1,16,0,0,2,162087,0,0),
	/* EffectEvidenceSynthesis.certainty.certaintySubcomponent */
	E(77192,42286,203,0,65535,0,1,90,0,0,0,0,0,0),
	E(154814,42347,203,0,65535,0,1,16,0,0,2,154762,0,0),
	E(167524,42410,203,0,1,0,1,16,0,0,2,154821,0,0),
	/* EffectEvidenceSynthesis.effectEstimate */
	E(75776,42752,204,0,1,0,1,1,0,0,0,0,0,0),
	E(121063,42803,204,0,65535,0,1,636,0,0,0,0,0,0),
	E(167524,43107,204,0,1,0,1,16,0,0,2,160828,0,0),
	E(117065,43151,204,0,1,0,1,16,0,0,1,178017,0,0),
	E(97965,43204,204,0,1,0,1,157,0,0,0,0,0,0),
	E(44019,43249,204,0,1,0,1,16,0,0,2,162133,0,0),
	/* EffectEvidenceSynthesis.effectEstimate.precisionEstimate */
	E(121134,42860,205,0,1,0,1,157,0,0,0,0,0,0),
	E(121192,42922,205,0,1,0,1,157,0,0,0,0,0,0),
	E(121251,42985,205,0,1,0,1,157,0,0,0,0,0,0),
	E(167524,43045,205,0,1,0,1,16,0,0,2,171151,0,0),
	/* EffectEvidenceSynthesis.resultsByExposure */
	E(75776,43803,206,0,1,0,1,1,0,0,0,0,0,0),
	E(43899,43857,206,0,1,0,1,8,0,0,1,162696,0,0),
	E(43955,43913,206,1,1,0,1,4,1,637,0,0,0,0),
	E(44019,43977,206,0,1,0,1,16,0,0,2,162133,0,0),
	/* EffectEvidenceSynthesis.sampleSize */
	E(75776,44100,207,0,1,0,1,1,0,0,0,0,0,0),
	E(121553,44147,207,0,1,0,1,151,0,0,0,0,0,0),
	E(121607,44203,207,0,1,0,1,151,0,0,0,0,0,0),
	/* Element */
	E(41700,44512,208,0,65535,0,1,141,0,0,0,0,0,0),
	E(119131,44530,208,0,1,0,1,1,0,0,0,0,0,0),
	/* ElementDefinition */
	E(128911,44541,209,0,65535,0,1,1,0,0,0,0,0,1),
	E(150334,44565,209,0,1,0,1,638,0,0,0,0,0,1),
	E(44688,44670,209,0,1,0,1,639,0,0,0,0,0,1),
	E(152908,44804,209,0,65535,0,1,130,0,0,4,169939,0,1),
	E(40154,117141,209,0,1,0,1,25,0,0,0,0,0,1),
	E(163881,44827,209,0,65535,0,1,640,0,0,0,0,0,1),
	E(44873,44855,209,0,65535,0,1,641,0,0,0,0,0,1),
	E(45161,45143,209,0,1,0,1,51,0,0,0,0,0,1),
	E(145922,45178,209,0,1,1,50,642,0,0,0,0,0,1),
	E(36319,45212,209,0,1,0,1,25,0,0,0,0,0,1),
	E(45259,45241,209,0,65535,0,1,692,0,0,0,0,0,1),
	E(150764,45334,209,0,1,1,50,642,0,0,0,0,0,1),
	E(45379,45361,209,0,1,0,1,19,0,0,0,0,0,1),
	E(45408,45390,209,0,1,0,1,1,0,0,0,0,0,1),
	E(45443,45425,209,0,1,0,1,19,0,0,0,0,0,1),
	E(45293,45453,209,0,1,0,1,1,0,0,0,0,0,1),
	E(126742,45477,209,0,65535,0,1,693,0,0,0,0,0,1),
	E(128164,45637,209,0,1,0,1,1,0,0,0,0,0,1),
	E(112344,45659,209,0,1,0,1,151,0,0,0,0,0,1),
	E(180602,45687,209,0,1,1,9,694,0,0,0,0,0,1),
	E(45735,45717,209,0,1,0,1,25,0,0,0,0,0,1),
	E(128199,45754,209,0,1,0,1,110,0,0,0,0,0,1),
	E(180622,45776,209,0,1,1,9,694,0,0,0,0,0,1),
	E(45824,45806,209,0,1,0,1,19,0,0,0,0,0,1),
	E(45854,45836,209,0,1,0,1,1,0,0,0,0,0,1),
	E(146100,45867,209,1,1,0,1,1,0,0,0,0,0,1),
	E(180721,45890,209,0,1,1,50,642,0,0,0,0,0,1),
	E(138142,45919,209,0,65535,0,1,8,0,0,1,171810,0,1),
	E(45970,45952,209,0,1,0,1,25,0,0,0,0,0,1),
	E(46001,45983,209,0,1,0,1,1,0,0,0,0,0,1),
	E(46025,46007,209,0,1,0,1,19,0,0,0,0,0,1),
	E(62264,46045,209,0,1,0,1,1,0,0,0,0,0,1),
	E(46091,46073,209,0,1,0,1,703,0,0,0,0,0,1),
	E(167524,117998,209,0,65535,0,1,704,0,0,0,0,0,1),
	/* ElementDefinition.base */
	E(128164,44588,210,1,1,0,1,1,0,0,0,0,0,1),
	E(128199,44615,210,1,1,0,1,110,0,0,0,0,0,1),
	E(146100,44642,210,1,1,0,1,1,0,0,0,0,0,1),
	/* ElementDefinition.binding */
	E(75776,44696,211,0,1,0,1,1,0,0,0,0,0,1),
	E(88642,44734,211,1,1,0,1,8,0,0,1,153887,0,1),
	E(147354,44769,211,0,1,0,1,29,1,354,0,0,0,1),
	/* ElementDefinition.constraint */
	E(145987,44884,212,0,1,0,1,1,0,0,0,0,0,1),
	E(155024,44924,212,1,1,0,1,1,0,0,0,0,0,1),
	E(44988,44959,212,1,1,0,1,640,0,0,0,0,0,1),
	E(45970,44992,212,0,1,0,1,1,0,0,0,0,0,1),
	E(156529,45034,212,1,1,0,1,8,0,0,1,157302,0,1),
	E(164752,45072,212,0,1,0,1,29,1,37,0,0,0,1),
	E(122885,45108,212,0,1,0,1,1,0,0,0,0,0,1),
	/* ElementDefinition.example */
	E(45293,45267,213,1,1,0,1,1,0,0,0,0,0,1),
	E(97965,45299,213,1,1,1,50,642,0,0,0,0,0,1),
	/* ElementDefinition.mapping */
	E(40154,45503,214,0,1,0,1,1,0,0,0,0,0,1),
	E(126814,45537,214,1,1,0,1,640,0,0,0,0,0,1),
	E(162786,45572,214,0,1,0,1,8,0,0,1,169304,0,1),
	E(45633,45607,214,1,1,0,1,1,0,0,0,0,0,1),
	/* ElementDefinition.slicing */
	E(75776,46099,215,0,1,0,1,1,0,0,0,0,0,1),
	E(46163,46137,215,0,65535,0,1,705,0,0,0,0,0,1),
	E(46293,46267,215,0,1,0,1,19,0,0,0,0,0,1),
	E(46327,46301,215,1,1,0,1,8,0,0,1,174376,0,1),
	/* ElementDefinition.slicing.discriminator */
	E(146100,46177,216,1,1,0,1,1,0,0,0,0,0,1),
	E(167524,46222,216,1,1,0,1,8,0,0,1,160419,0,1),
	/* ElementDefinition.type */
	E(46356,46333,217,0,65535,0,1,8,0,0,1,174315,0,1),
	E(152908,46368,217,1,1,0,1,51,0,0,2,159349,0,1),
	E(94681,46396,217,0,65535,0,1,29,2,706,0,0,0,1),
	E(46450,46427,217,0,65535,0,1,29,2,706,0,0,0,1),
	E(10509,46464,217,0,1,0,1,8,0,0,1,172892,0,1),
	/* Encounter */
	E(72412,46508,218,0,65535,0,1,4,1,6,0,0,0,0),
	E(4317,46526,218,0,65535,0,1,4,1,124,0,0,0,1),
	E(77000,46548,218,0,65535,0,1,4,1,107,0,0,0,0),
	E(158978,46566,218,1,1,0,1,130,0,0,2,179738,0,1),
	E(46592,46582,218,0,65535,0,1,708,0,0,0,0,0,0),
	E(48509,46664,218,0,65535,0,1,709,0,0,0,0,0,1),
	E(46773,46763,218,0,65535,0,1,4,1,251,0,0,0,1),
	E(46797,46787,218,0,1,0,1,710,0,0,0,0,0,0),
	E(77147,47184,218,0,65535,0,1,3,0,0,0,0,0,1),
	E(47215,47205,218,0,1,0,1,49,0,0,0,0,0,0),
	E(154127,47222,218,0,65535,0,1,711,0,0,0,0,0,0),
	E(77218,47353,218,0,1,0,1,4,1,57,0,0,0,0),
	E(72770,47370,218,0,65535,0,1,712,0,0,0,0,0,1),
	E(121990,47481,218,0,1,0,1,7,0,0,0,0,0,0),
	E(163358,47498,218,0,1,0,1,16,0,0,4,179910,0,0),
	E(77231,47517,218,0,65535,0,1,16,0,0,3,161277,0,1),
	E(110488,47538,218,0,65535,0,1,4,4,111,0,0,0,1),
	E(47574,47564,218,0,1,0,1,4,1,5,0,0,0,0),
	E(122156,47590,218,0,1,0,1,16,0,0,4,175658,0,1),
	E(164438,47612,218,1,1,0,1,8,0,0,1,161439,1,1),
	E(48779,47629,218,0,65535,0,1,713,0,0,0,0,0,0),
	E(77261,47715,218,0,1,0,1,4,2,65,0,0,0,1),
	E(167524,47733,218,0,65535,0,1,16,0,0,4,161491,0,1),
	/* Encounter.classHistory */
	E(158978,46605,219,1,1,0,1,130,0,0,2,179738,0,0),
	E(121990,46634,219,1,1,0,1,7,0,0,0,0,0,0),
	/* Encounter.diagnosis */
	E(163881,46684,220,1,1,0,1,4,2,111,0,0,0,1),
	E(48577,46714,220,0,1,0,1,18,0,0,0,0,0,0),
	E(159572,46739,220,0,1,0,1,16,0,0,3,160171,0,0),
	/* Encounter.hospitalization */
	E(46839,46813,221,0,1,0,1,16,0,0,3,161003,0,0),
	E(78788,46851,221,0,1,0,1,4,2,519,0,0,0,0),
	E(46915,46889,221,0,65535,0,1,16,0,0,4,161055,0,0),
	E(46956,46930,221,0,1,0,1,16,0,0,4,161099,0,0),
	E(164801,46977,221,0,1,0,1,4,2,519,0,0,0,0),
	E(47036,47010,221,0,1,0,1,3,0,0,0,0,0,0),
	E(47085,47059,221,0,1,0,1,16,0,0,4,179276,0,0),
	E(47123,47097,221,0,65535,0,1,16,0,0,3,161323,0,0),
	E(47168,47142,221,0,65535,0,1,16,0,0,3,161383,0,0),
	/* Encounter.location */
	E(154127,47241,222,1,1,0,1,4,1,13,0,0,0,0),
	E(121990,47269,222,0,1,0,1,7,0,0,0,0,0,0),
	E(74252,47295,222,0,1,0,1,16,0,0,4,166461,0,0),
	E(164438,47327,222,0,1,0,1,8,0,0,1,161160,0,0),
	/* Encounter.participant */
	E(119043,47392,223,0,1,0,1,4,3,59,0,0,0,1),
	E(121990,47425,223,0,1,0,1,7,0,0,0,0,0,0),
	E(167524,47454,223,0,65535,0,1,16,0,0,2,161221,0,1),
	/* Encounter.statusHistory */
	E(121990,47653,224,1,1,0,1,7,0,0,0,0,0,0),
	E(164438,47684,224,1,1,0,1,8,0,0,1,161439,0,0),
	/* Endpoint */
	E(4845,47757,225,1,1,0,1,126,0,0,0,0,0,1),
	E(47783,47774,225,1,1,0,1,130,0,0,2,161535,0,1),
	E(36304,47798,225,0,65535,0,1,230,0,0,0,0,0,0),
	E(129175,47815,225,0,65535,0,1,1,0,0,0,0,0,0),
	E(77147,47831,225,0,65535,0,1,3,0,0,0,0,0,1),
	E(48650,47851,225,0,1,0,1,4,1,5,0,0,0,1),
	E(64395,47881,225,0,1,0,1,1,0,0,0,0,0,1),
	E(47904,47895,225,0,65535,0,1,8,0,0,1,169304,0,1),
	E(47929,47920,225,1,65535,0,1,16,0,0,4,161589,0,1),
	E(121990,47941,225,0,1,0,1,7,0,0,0,0,0,1),
	E(164438,47957,225,1,1,0,1,8,0,0,1,161640,1,1),
	/* EnrollmentRequest */
	E(48009,47991,226,0,1,0,1,4,1,9,0,0,0,0),
	E(19238,48019,226,0,1,0,1,4,1,17,0,0,0,0),
	E(5660,48046,226,0,1,0,1,26,0,0,0,0,0,0),
	E(77147,48072,226,0,65535,0,1,3,0,0,0,0,0,0),
	E(19324,48101,226,0,1,0,1,4,1,5,0,0,0,0),
	E(105275,48127,226,0,1,0,1,4,3,214,0,0,0,0),
	E(164438,48154,226,0,1,0,1,8,0,0,1,163033,1,1),
	/* EnrollmentResponse */
	E(5660,48198,227,0,1,0,1,26,0,0,0,0,0,0),
	E(161148,48225,227,0,1,0,1,1,0,0,0,0,0,0),
	E(77147,48256,227,0,65535,0,1,3,0,0,0,0,0,0),
	E(109795,48286,227,0,1,0,1,4,1,5,0,0,0,0),
	E(171514,48318,227,0,1,0,1,8,0,0,1,173327,0,0),
	E(105322,48345,227,0,1,0,1,4,1,714,0,0,0,0),
	E(48391,48372,227,0,1,0,1,4,3,214,0,0,0,0),
	E(164438,48407,227,0,1,0,1,8,0,0,1,163033,1,1),
	/* EpisodeOfCare */
	E(72412,48447,228,0,65535,0,1,4,1,6,0,0,0,0),
	E(48483,48469,228,0,1,0,1,4,2,11,0,0,0,0),
	E(48509,48495,228,0,65535,0,1,715,0,0,0,0,0,1),
	E(77147,48611,228,0,65535,0,1,3,0,0,0,0,0,0),
	E(48650,48636,228,0,1,0,1,4,1,5,0,0,0,1),
	E(36619,48671,228,1,1,0,1,4,1,9,0,0,0,1),
	E(121990,48693,228,0,1,0,1,7,0,0,0,0,0,1),
	E(48728,48714,228,0,65535,0,1,4,1,107,0,0,0,0),
	E(164438,48744,228,1,1,0,1,8,0,0,1,161828,1,1),
	E(48779,48765,228,0,65535,0,1,716,0,0,0,0,0,0),
	E(48877,48863,228,0,65535,0,1,4,1,191,0,0,0,0),
	E(167524,48882,228,0,65535,0,1,16,0,0,4,161886,0,1),
	/* EpisodeOfCare.diagnosis */
	E(163881,48519,229,1,1,0,1,4,1,63,0,0,0,1),
	E(48577,48553,229,0,1,0,1,18,0,0,0,0,0,1),
	E(170405,48582,229,0,1,0,1,16,0,0,3,160171,0,1),
	/* EpisodeOfCare.statusHistory */
	E(121990,48793,230,1,1,0,1,7,0,0,0,0,0,0),
	E(164438,48828,230,1,1,0,1,8,0,0,1,161828,0,0),
	/* EventDefinition */
	E(49646,48917,231,0,1,0,1,23,0,0,0,0,0,1),
	E(5636,48946,231,0,65535,0,1,24,0,0,0,0,0,0),
	E(36304,48969,231,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,48993,231,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,49019,231,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,49040,231,0,1,0,1,25,0,0,0,0,0,0),
	E(49755,49068,231,0,65535,0,1,24,0,0,0,0,0,0),
	E(49771,49091,231,0,1,0,1,7,0,0,0,0,0,1),
	E(49796,49123,231,0,65535,0,1,24,0,0,0,0,0,0),
	E(94849,49148,231,0,1,0,1,19,0,0,0,0,0,1),
	E(77147,49177,231,0,65535,0,1,3,0,0,0,0,0,1),
	E(49887,49204,231,0,65535,0,1,16,0,0,2,165925,0,1),
	E(49909,49233,231,0,1,0,1,23,0,0,0,0,0,1),
	E(64395,49264,231,0,1,0,1,1,0,0,0,0,0,1),
	E(49978,49285,231,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,49311,231,0,1,0,1,25,0,0,0,0,0,0),
	E(49997,49335,231,0,65535,0,1,39,0,0,0,0,0,0),
	E(50022,49367,231,0,65535,0,1,24,0,0,0,0,0,0),
	E(164438,49392,231,1,1,0,1,8,0,0,1,172135,1,1),
	E(77261,49415,231,0,1,1,2,41,1,43,2,176521,0,0),
	E(50076,49442,231,0,1,0,1,1,0,0,0,0,0,0),
	E(65617,49467,231,0,1,0,1,1,0,0,0,0,0,1),
	E(155890,49489,231,0,65535,0,1,16,0,0,4,159441,0,0),
	E(107719,49511,231,1,65535,0,1,688,0,0,0,0,0,1),
	E(26304,49535,231,0,1,0,1,51,0,0,0,0,0,1),
	E(167072,49555,231,0,1,0,1,1,0,0,0,0,0,0),
	E(50137,49577,231,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,49604,231,0,1,0,1,1,0,0,0,0,0,1),
	/* Evidence */
	E(49646,49637,232,0,1,0,1,23,0,0,0,0,0,0),
	E(5636,49659,232,0,65535,0,1,24,0,0,0,0,0,0),
	E(36304,49675,232,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,49692,232,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,49711,232,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,49725,232,0,1,0,1,25,0,0,0,0,0,1),
	E(49755,49746,232,0,65535,0,1,24,0,0,0,0,0,0),
	E(49771,49762,232,0,1,0,1,7,0,0,0,0,0,1),
	E(49796,49787,232,0,65535,0,1,24,0,0,0,0,0,0),
	E(49814,49805,232,1,1,0,1,4,1,632,0,0,0,1),
	E(49842,49833,232,0,65535,0,1,4,1,632,0,0,0,1),
	E(77147,49858,232,0,65535,0,1,3,0,0,0,0,0,1),
	E(49887,49878,232,0,65535,0,1,16,0,0,2,165925,0,1),
	E(49909,49900,232,0,1,0,1,23,0,0,0,0,0,0),
	E(64395,49924,232,0,1,0,1,1,0,0,0,0,0,1),
	E(77192,49938,232,0,65535,0,1,90,0,0,0,0,0,0),
	E(171514,49952,232,0,65535,0,1,4,1,632,0,0,0,1),
	E(49978,49969,232,0,1,0,1,1,0,0,0,0,0,1),
	E(49997,49988,232,0,65535,0,1,39,0,0,0,0,0,0),
	E(50022,50013,232,0,65535,0,1,24,0,0,0,0,0,0),
	E(50040,50031,232,0,1,0,1,1,0,0,0,0,0,0),
	E(164438,50051,232,1,1,0,1,8,0,0,1,172135,1,1),
	E(50076,50067,232,0,1,0,1,1,0,0,0,0,0,0),
	E(65617,50085,232,0,1,0,1,1,0,0,0,0,0,1),
	E(155890,50100,232,0,65535,0,1,16,0,0,4,159441,0,0),
	E(26304,50115,232,0,1,0,1,51,0,0,0,0,0,1),
	E(50137,50128,232,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,50148,232,0,1,0,1,1,0,0,0,0,0,1),
	/* EvidenceVariable */
	E(49646,50182,233,0,1,0,1,23,0,0,0,0,0,0),
	E(5636,50212,233,0,65535,0,1,24,0,0,0,0,0,0),
	E(168308,50236,233,1,65535,0,1,717,0,0,0,0,0,1),
	E(36304,50590,233,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,50615,233,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,50642,233,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,50664,233,0,1,0,1,25,0,0,0,0,0,1),
	E(49755,50693,233,0,65535,0,1,24,0,0,0,0,0,0),
	E(49771,50717,233,0,1,0,1,7,0,0,0,0,0,1),
	E(49796,50750,233,0,65535,0,1,24,0,0,0,0,0,0),
	E(77147,50776,233,0,65535,0,1,3,0,0,0,0,0,1),
	E(49887,50804,233,0,65535,0,1,16,0,0,2,165925,0,1),
	E(49909,50834,233,0,1,0,1,23,0,0,0,0,0,0),
	E(64395,50866,233,0,1,0,1,1,0,0,0,0,0,1),
	E(77192,50888,233,0,65535,0,1,90,0,0,0,0,0,0),
	E(49978,50910,233,0,1,0,1,1,0,0,0,0,0,1),
	E(49997,50937,233,0,65535,0,1,39,0,0,0,0,0,0),
	E(50022,50970,233,0,65535,0,1,24,0,0,0,0,0,0),
	E(50040,50996,233,0,1,0,1,1,0,0,0,0,0,1),
	E(164438,51024,233,1,1,0,1,8,0,0,1,172135,1,1),
	E(50076,51048,233,0,1,0,1,1,0,0,0,0,0,0),
	E(65617,51074,233,0,1,0,1,1,0,0,0,0,0,1),
	E(155890,51097,233,0,65535,0,1,16,0,0,4,159441,0,0),
	E(167524,51120,233,0,1,0,1,8,0,0,1,178293,0,1),
	E(26304,51142,233,0,1,0,1,51,0,0,0,0,0,1),
	E(50137,51163,233,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,51191,233,0,1,0,1,1,0,0,0,0,0,1),
	/* EvidenceVariable.characteristic */
	E(36319,50268,234,1,1,1,6,718,2,724,0,0,0,1),
	E(75776,50314,234,0,1,0,1,1,0,0,0,0,0,0),
	E(50390,50358,234,0,1,0,1,19,0,0,0,0,0,0),
	E(50430,50398,234,0,1,0,1,8,0,0,1,163575,0,0),
	E(180700,50443,234,0,1,1,4,726,0,0,0,0,0,0),
	E(50531,50499,234,0,1,0,1,49,0,0,0,0,0,0),
	E(50577,50545,234,0,65535,0,1,52,0,0,0,0,0,0),
	/* ExampleScenario */
	E(122054,51232,235,0,65535,0,1,730,0,0,0,0,0,0),
	E(36304,51372,235,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,51396,235,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,51422,235,0,1,0,1,26,0,0,0,0,0,1),
	E(94849,51443,235,0,1,0,1,19,0,0,0,0,0,1),
	E(77147,51472,235,0,65535,0,1,3,0,0,0,0,0,1),
	E(129513,51499,235,0,65535,0,1,731,0,0,0,0,0,0),
	E(49887,51936,235,0,65535,0,1,16,0,0,2,165925,0,1),
	E(64395,51965,235,0,1,0,1,1,0,0,0,0,0,1),
	E(178848,51986,235,0,65535,0,1,732,0,0,0,0,0,0),
	E(49978,52966,235,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,52992,235,0,1,0,1,25,0,0,0,0,0,0),
	E(164438,53016,235,1,1,0,1,8,0,0,1,172135,1,1),
	E(26304,53039,235,0,1,0,1,51,0,0,0,0,0,1),
	E(50137,53059,235,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,53086,235,0,1,0,1,1,0,0,0,0,0,1),
	E(53126,53110,235,0,65535,0,1,29,1,733,0,0,0,0),
	/* ExampleScenario.actor */
	E(51276,51254,236,1,1,0,1,1,0,0,0,0,0,0),
	E(75776,51284,236,0,1,0,1,25,0,0,0,0,0,0),
	E(64395,51318,236,0,1,0,1,1,0,0,0,0,0,0),
	E(167524,51345,236,1,1,0,1,8,0,0,1,162571,0,0),
	/* ExampleScenario.instance */
	E(51549,51524,237,0,65535,0,1,734,0,0,0,0,0,0),
	E(75776,51674,237,0,1,0,1,25,0,0,0,0,0,0),
	E(64395,51711,237,0,1,0,1,1,0,0,0,0,0,0),
	E(51610,51741,237,1,1,0,1,1,0,0,0,0,0,0),
	E(51802,51777,237,1,1,0,1,8,0,0,1,174478,0,0),
	E(37099,51815,237,0,65535,0,1,735,0,0,0,0,0,0),
	/* ExampleScenario.instance.containedInstance */
	E(51610,51567,238,1,1,0,1,1,0,0,0,0,0,0),
	E(94729,51621,238,0,1,0,1,1,0,0,0,0,0,0),
	/* ExampleScenario.instance.version */
	E(75776,51848,239,1,1,0,1,25,0,0,0,0,0,0),
	E(94729,51893,239,1,1,0,1,1,0,0,0,0,0,0),
	/* ExampleScenario.process */
	E(75776,52010,240,0,1,0,1,25,0,0,0,0,0,0),
	E(52070,52046,240,0,1,0,1,25,0,0,0,0,0,0),
	E(52109,52085,240,0,1,0,1,25,0,0,0,0,0,0),
	E(52287,52123,240,0,65535,0,1,736,0,0,0,0,0,0),
	E(65617,52936,240,1,1,0,1,1,0,0,0,0,0,1),
	/* ExampleScenario.process.step */
	E(52181,52152,241,0,65535,0,1,737,0,0,0,0,0,0),
	E(9664,52339,241,0,1,0,1,738,0,0,0,0,0,0),
	E(52893,52864,241,0,1,0,1,19,0,0,0,0,0,0),
	E(178848,52899,241,0,65535,0,1,732,0,0,0,0,0,0),
	/* ExampleScenario.process.step.alternative */
	E(75776,52193,242,0,1,0,1,25,0,0,0,0,0,0),
	E(52287,52246,242,0,65535,0,1,736,0,0,0,0,0,0),
	E(65617,52292,242,1,1,0,1,1,0,0,0,0,0,0),
	/* ExampleScenario.process.step.operation */
	E(75776,52378,243,0,1,0,1,25,0,0,0,0,0,0),
	E(52468,52429,243,0,1,0,1,1,0,0,0,0,0,0),
	E(52517,52478,243,0,1,0,1,19,0,0,0,0,0,0),
	E(64395,52533,243,0,1,0,1,1,0,0,0,0,0,0),
	E(65543,52577,243,1,1,0,1,1,0,0,0,0,0,0),
	E(79192,52623,243,0,1,0,1,1,0,0,0,0,0,0),
	E(52710,52671,243,0,1,0,1,19,0,0,0,0,0,0),
	E(105322,52725,243,0,1,0,1,734,0,0,0,0,0,0),
	E(105344,52772,243,0,1,0,1,734,0,0,0,0,0,0),
	E(167524,52820,243,0,1,0,1,1,0,0,0,0,0,0),
	/* ExplanationOfBenefit */
	E(14873,53156,244,0,1,0,1,739,0,0,0,0,0,0),
	E(17411,53298,244,0,65535,0,1,740,0,0,0,0,0,0),
	E(18767,54906,244,0,65535,0,1,741,0,0,0,0,0,0),
	E(54961,54940,244,0,65535,0,1,742,0,0,0,0,0,0),
	E(33918,55489,244,0,1,0,1,7,0,0,0,0,0,0),
	E(14955,55524,244,0,1,0,1,7,0,0,0,0,0,1),
	E(14976,55560,244,0,65535,0,1,743,0,0,0,0,0,0),
	E(17070,55789,244,0,1,0,1,4,1,316,0,0,0,0),
	E(19200,55816,244,0,1,0,1,4,1,303,0,0,0,0),
	E(5660,55851,244,1,1,0,1,26,0,0,0,0,0,1),
	E(48509,55880,244,0,65535,0,1,744,0,0,0,0,0,0),
	E(161148,56117,244,0,1,0,1,1,0,0,0,0,0,0),
	E(13201,56150,244,0,1,0,1,4,2,11,0,0,0,0),
	E(32898,56179,244,0,1,0,1,4,1,13,0,0,0,0),
	E(19028,56209,244,0,1,0,1,158,0,0,0,0,0,0),
	E(19047,56235,244,0,1,0,1,16,0,0,4,163158,0,0),
	E(19070,56265,244,0,1,0,1,16,0,0,4,163193,0,0),
	E(56320,56299,244,0,1,0,1,16,0,0,4,163193,0,0),
	E(77147,56342,244,0,65535,0,1,3,0,0,0,0,0,0),
	E(19122,56374,244,1,65535,0,1,745,0,0,0,0,0,1),
	E(19324,56524,244,1,1,0,1,4,1,5,0,0,0,1),
	E(176957,56553,244,0,65535,0,1,746,0,0,0,0,0,0),
	E(16764,58890,244,0,1,0,1,4,1,203,0,0,0,0),
	E(171514,58932,244,1,1,0,1,8,0,0,1,173327,0,1),
	E(36619,58961,244,1,1,0,1,4,1,9,0,0,0,1),
	E(105179,58990,244,0,1,0,1,747,0,0,0,0,0,0),
	E(105199,59082,244,0,1,0,1,748,0,0,0,0,0,0),
	E(15507,59341,244,0,65535,0,1,1,0,0,0,0,0,0),
	E(59394,59373,244,0,65535,0,1,7,0,0,0,0,0,0),
	E(59432,59411,244,0,1,0,1,18,0,0,0,0,0,0),
	E(16852,59443,244,0,1,0,1,4,2,295,0,0,0,0),
	E(163358,59477,244,0,1,0,1,16,0,0,4,179222,0,0),
	E(176312,59507,244,0,65535,0,1,749,0,0,0,0,0,0),
	E(20276,59729,244,0,65535,0,1,750,0,0,0,0,0,0),
	E(105275,59920,244,1,1,0,1,4,3,214,0,0,0,1),
	E(17033,59950,244,0,1,0,1,4,1,107,0,0,0,0),
	E(17048,59980,244,0,65535,0,1,751,0,0,0,0,0,0),
	E(164438,60125,244,1,1,0,1,8,0,0,1,162633,1,1),
	E(20499,60153,244,0,1,0,1,16,0,0,4,155223,0,0),
	E(17160,60182,244,0,65535,0,1,752,0,0,0,0,0,0),
	E(7652,60483,244,0,65535,0,1,753,0,0,0,0,0,1),
	E(167524,60580,244,1,1,0,1,16,0,0,2,155266,0,1),
	E(159572,60606,244,1,1,0,1,8,0,0,1,155306,0,1),
	/* ExplanationOfBenefit.accident */
	E(72452,53186,245,0,1,0,1,23,0,0,0,0,0,0),
	E(154127,53221,245,0,1,1,2,301,1,13,0,0,0,0),
	E(167524,53263,245,0,1,0,1,16,0,0,2,179794,0,0),
	/* ExplanationOfBenefit.addItem */
	E(18767,53327,246,0,65535,0,1,741,0,0,0,0,0,0),
	E(77014,53369,246,0,1,0,1,16,0,0,4,177778,0,0),
	E(36003,53407,246,0,65535,0,1,754,0,0,0,0,0,0),
	E(19631,54305,246,0,65535,0,1,18,0,0,0,0,0,0),
	E(121929,54349,246,0,1,0,1,157,0,0,0,0,0,0),
	E(18345,54385,246,0,65535,0,1,18,0,0,0,0,0,0),
	E(154127,54427,246,0,1,1,3,305,1,13,4,175504,0,0),
	E(99378,54468,246,0,65535,0,1,16,0,0,4,155178,0,0),
	E(18011,54506,246,0,1,0,1,264,0,0,0,0,0,0),
	E(18054,54539,246,0,65535,0,1,18,0,0,0,0,0,0),
	E(18104,54579,246,1,1,0,1,16,0,0,4,175700,0,0),
	E(16142,54625,246,0,65535,0,1,16,0,0,4,162479,0,0),
	E(105275,54666,246,0,65535,0,1,4,3,214,0,0,0,0),
	E(90330,54704,246,0,1,0,1,38,0,0,0,0,0,0),
	E(180796,54742,246,0,1,1,2,308,0,0,0,0,0,0),
	E(19851,54783,246,0,65535,0,1,18,0,0,0,0,0,0),
	E(18673,54830,246,0,65535,0,1,16,0,0,4,177228,0,0),
	E(18208,54867,246,0,1,0,1,264,0,0,0,0,0,0),
	/* ExplanationOfBenefit.addItem.detail */
	E(18767,53443,247,0,65535,0,1,741,0,0,0,0,0,0),
	E(121929,53492,247,0,1,0,1,157,0,0,0,0,0,0),
	E(99378,53535,247,0,65535,0,1,16,0,0,4,155178,0,0),
	E(18011,53580,247,0,1,0,1,264,0,0,0,0,0,0),
	E(18054,53620,247,0,65535,0,1,18,0,0,0,0,0,0),
	E(18104,53667,247,1,1,0,1,16,0,0,4,175700,0,0),
	E(90330,53720,247,0,1,0,1,38,0,0,0,0,0,0),
	E(17816,53765,247,0,65535,0,1,755,0,0,0,0,0,0),
	E(18208,54259,247,0,1,0,1,264,0,0,0,0,0,0),
	/* ExplanationOfBenefit.addItem.detail.subDetail */
	E(18767,53811,248,0,65535,0,1,741,0,0,0,0,0,0),
	E(121929,53870,248,0,1,0,1,157,0,0,0,0,0,0),
	E(99378,53923,248,0,65535,0,1,16,0,0,4,155178,0,0),
	E(18011,53978,248,0,1,0,1,264,0,0,0,0,0,0),
	E(18054,54028,248,0,65535,0,1,18,0,0,0,0,0,0),
	E(18104,54085,248,1,1,0,1,16,0,0,4,175700,0,0),
	E(90330,54148,248,0,1,0,1,38,0,0,0,0,0,0),
	E(18208,54203,248,0,1,0,1,264,0,0,0,0,0,0),
	/* ExplanationOfBenefit.benefitBalance */
	E(175495,54976,249,1,1,0,1,16,0,0,4,162185,0,0),
	E(75776,55021,249,0,1,0,1,1,0,0,0,0,0,0),
	E(55105,55069,249,0,1,0,1,19,0,0,0,0,0,0),
	E(55150,55114,249,0,65535,0,1,756,0,0,0,0,0,0),
	E(64395,55322,249,0,1,0,1,1,0,0,0,0,0,0),
	E(153753,55363,249,0,1,0,1,16,0,0,4,153716,0,0),
	E(153798,55407,249,0,1,0,1,16,0,0,4,153761,0,0),
	E(153882,55448,249,0,1,0,1,16,0,0,4,153845,0,0),
	/* ExplanationOfBenefit.benefitBalance.financial */
	E(81865,55160,250,0,1,1,3,526,0,0,0,0,0,0),
	E(167524,55217,250,1,1,0,1,16,0,0,4,153803,0,0),
	E(180901,55268,250,0,1,1,2,757,0,0,0,0,0,0),
	/* ExplanationOfBenefit.careTeam */
	E(105275,55590,251,1,1,0,1,4,3,214,0,0,0,0),
	E(172121,55629,251,0,1,0,1,16,0,0,4,172083,0,0),
	E(105745,55673,251,0,1,0,1,19,0,0,0,0,0,0),
	E(170405,55715,251,0,1,0,1,16,0,0,4,155030,0,0),
	E(19301,55750,251,1,1,0,1,18,0,0,0,0,0,0),
	/* ExplanationOfBenefit.diagnosis */
	E(48509,55911,252,1,1,1,2,41,1,63,4,164088,0,0),
	E(15184,55955,252,0,1,0,1,16,0,0,4,162233,0,0),
	E(15212,55998,252,0,1,0,1,16,0,0,4,162288,0,0),
	E(19301,56041,252,1,1,0,1,18,0,0,0,0,0,0),
	E(167524,56081,252,0,65535,0,1,16,0,0,4,162342,0,0),
	/* ExplanationOfBenefit.insurance */
	E(19238,56405,253,1,1,0,1,4,1,17,0,0,0,1),
	E(19271,56445,253,1,1,0,1,19,0,0,0,0,0,1),
	E(15507,56482,253,0,65535,0,1,1,0,0,0,0,0,0),
	/* ExplanationOfBenefit.item */
	E(18767,56579,254,0,65535,0,1,741,0,0,0,0,0,0),
	E(77014,56803,254,0,1,0,1,16,0,0,4,177778,0,0),
	E(15599,56838,254,0,65535,0,1,18,0,0,0,0,0,0),
	E(175495,56881,254,0,1,0,1,16,0,0,4,162185,0,0),
	E(36003,56916,254,0,65535,0,1,759,0,0,0,0,0,0),
	E(16395,58224,254,0,65535,0,1,18,0,0,0,0,0,0),
	E(168837,58268,254,0,65535,0,1,4,1,57,0,0,0,0),
	E(121929,58304,254,0,1,0,1,157,0,0,0,0,0,0),
	E(16463,58337,254,0,65535,0,1,18,0,0,0,0,0,0),
	E(154127,58383,254,0,1,1,3,305,1,13,4,175504,0,0),
	E(99378,58421,254,0,65535,0,1,16,0,0,4,155178,0,0),
	E(18011,58456,254,0,1,0,1,264,0,0,0,0,0,0),
	E(18054,58486,254,0,65535,0,1,18,0,0,0,0,0,0),
	E(16552,58523,254,0,65535,0,1,18,0,0,0,0,0,0),
	E(18104,58567,254,1,1,0,1,16,0,0,4,175700,0,0),
	E(16142,58610,254,0,65535,0,1,16,0,0,4,162479,0,0),
	E(90330,58648,254,0,1,0,1,38,0,0,0,0,0,0),
	E(16219,58683,254,0,1,0,1,16,0,0,4,162524,0,0),
	E(19301,58717,254,1,1,0,1,18,0,0,0,0,0,0),
	E(180796,58752,254,0,1,1,2,308,0,0,0,0,0,0),
	E(18673,58790,254,0,65535,0,1,16,0,0,4,177228,0,0),
	E(17008,58824,254,0,65535,0,1,4,1,10,0,0,0,0),
	E(18208,58854,254,0,1,0,1,264,0,0,0,0,0,0),
	/* ExplanationOfBenefit.item.adjudication */
	E(105111,56618,255,0,1,0,1,264,0,0,0,0,0,0),
	E(175495,56664,255,1,1,0,1,16,0,0,4,151808,0,0),
	E(167733,56712,255,0,1,0,1,16,0,0,4,151898,0,0),
	E(97965,56758,255,0,1,0,1,157,0,0,0,0,0,0),
	/* ExplanationOfBenefit.item.detail */
	E(18767,56949,256,0,65535,0,1,741,0,0,0,0,0,0),
	E(175495,56995,256,0,1,0,1,16,0,0,4,162185,0,0),
	E(121929,57037,256,0,1,0,1,157,0,0,0,0,0,0),
	E(99378,57077,256,0,65535,0,1,16,0,0,4,155178,0,0),
	E(18011,57119,256,0,1,0,1,264,0,0,0,0,0,0),
	E(18054,57156,256,0,65535,0,1,18,0,0,0,0,0,0),
	E(18104,57200,256,1,1,0,1,16,0,0,4,175700,0,0),
	E(16142,57250,256,0,65535,0,1,16,0,0,4,162479,0,0),
	E(90330,57295,256,0,1,0,1,38,0,0,0,0,0,0),
	E(16219,57337,256,0,1,0,1,16,0,0,4,162524,0,0),
	E(19301,57378,256,1,1,0,1,18,0,0,0,0,0,0),
	E(17816,57420,256,0,65535,0,1,760,0,0,0,0,0,0),
	E(17008,58144,256,0,65535,0,1,4,1,10,0,0,0,0),
	E(18208,58181,256,0,1,0,1,264,0,0,0,0,0,0),
	/* ExplanationOfBenefit.item.detail.subDetail */
	E(18767,57463,257,0,65535,0,1,741,0,0,0,0,0,0),
	E(175495,57519,257,0,1,0,1,16,0,0,4,162185,0,0),
	E(121929,57571,257,0,1,0,1,157,0,0,0,0,0,0),
	E(99378,57621,257,0,65535,0,1,16,0,0,4,155178,0,0),
	E(18011,57673,257,0,1,0,1,264,0,0,0,0,0,0),
	E(18054,57720,257,0,65535,0,1,18,0,0,0,0,0,0),
	E(18104,57774,257,1,1,0,1,16,0,0,4,175700,0,0),
	E(16142,57834,257,0,65535,0,1,16,0,0,4,162479,0,0),
	E(90330,57889,257,0,1,0,1,38,0,0,0,0,0,0),
	E(16219,57941,257,0,1,0,1,16,0,0,4,162524,0,0),
	E(19301,57992,257,1,1,0,1,18,0,0,0,0,0,0),
	E(17008,58044,257,0,65535,0,1,4,1,10,0,0,0,0),
	E(18208,58091,257,0,1,0,1,264,0,0,0,0,0,0),
	/* ExplanationOfBenefit.payee */
	E(16823,59017,258,0,1,0,1,4,5,311,0,0,0,0),
	E(167524,59050,258,0,1,0,1,16,0,0,4,170775,0,0),
	/* ExplanationOfBenefit.payment */
	E(20043,59111,259,0,1,0,1,264,0,0,0,0,0,0),
	E(20076,59151,259,0,1,0,1,16,0,0,4,170814,0,0),
	E(105111,59197,259,0,1,0,1,264,0,0,0,0,0,0),
	E(72452,59233,259,0,1,0,1,23,0,0,0,0,0,0),
	E(77147,59267,259,0,1,0,1,3,0,0,0,0,0,0),
	E(167524,59307,259,0,1,0,1,16,0,0,4,162388,0,0),
	/* ExplanationOfBenefit.procedure */
	E(72452,59538,260,0,1,0,1,26,0,0,0,0,0,0),
	E(176312,59574,260,1,1,1,2,41,1,74,4,164124,0,0),
	E(19301,59618,260,1,1,0,1,18,0,0,0,0,0,0),
	E(167524,59658,260,0,65535,0,1,16,0,0,4,162432,0,0),
	E(17008,59694,260,0,65535,0,1,4,1,10,0,0,0,0),
	/* ExplanationOfBenefit.processNote */
	E(162786,59762,261,0,1,0,1,16,0,0,3,165967,0,0),
	E(65543,59804,261,0,1,0,1,18,0,0,0,0,0,0),
	E(41758,59844,261,0,1,0,1,1,0,0,0,0,0,0),
	E(167524,59882,261,0,1,0,1,8,0,0,1,169707,0,0),
	/* ExplanationOfBenefit.related */
	E(17070,60009,262,0,1,0,1,4,1,316,0,0,0,0),
	E(27451,60044,262,0,1,0,1,3,0,0,0,0,0,0),
	E(173205,60083,262,0,1,0,1,16,0,0,4,173162,0,0),
	/* ExplanationOfBenefit.supportingInfo */
	E(175495,60218,263,1,1,0,1,16,0,0,4,155123,0,0),
	E(152908,60263,263,0,1,0,1,16,0,0,4,155078,0,0),
	E(167733,60304,263,0,1,0,1,130,0,0,4,169349,0,0),
	E(19301,60347,263,1,1,0,1,18,0,0,0,0,0,0),
	E(42097,60392,263,0,1,1,2,308,0,0,0,0,0,0),
	E(97965,60438,263,0,1,1,5,317,1,116,0,0,0,0),
	/* ExplanationOfBenefit.total */
	E(105111,60510,264,1,1,0,1,264,0,0,0,0,0,1),
	E(175495,60544,264,1,1,0,1,16,0,0,4,151808,0,1),
	/* Expression */
	E(75776,60631,265,0,1,0,1,1,0,0,0,0,0,1),
	E(145987,60654,265,0,1,0,1,1,0,0,0,0,0,1),
	E(162786,60676,265,1,1,0,1,8,0,0,2,162746,0,1),
	E(64395,60696,265,0,1,0,1,640,0,0,0,0,0,1),
	E(27451,60712,265,0,1,0,1,51,0,0,0,0,0,1),
	/* Extension */
	E(26304,60733,266,1,1,0,1,51,0,0,0,0,0,0),
	E(97965,60747,266,0,1,1,50,642,0,0,0,0,0,0),
	/* FamilyMemberHistory */
	E(100330,60786,267,0,1,1,3,761,0,0,0,0,0,1),
	E(150584,60813,267,0,1,1,3,764,0,0,0,0,0,0),
	E(163881,60841,267,0,65535,0,1,767,0,0,0,0,0,0),
	E(99983,61067,267,0,1,0,1,16,0,0,4,163891,0,1),
	E(72452,61104,267,0,1,0,1,26,0,0,0,0,0,1),
	E(150680,61129,267,0,1,1,5,768,0,0,0,0,0,1),
	E(61181,61161,267,0,1,0,1,19,0,0,0,0,0,1),
	E(77147,61194,267,0,65535,0,1,3,0,0,0,0,0,1),
	E(110211,61225,267,0,65535,0,1,29,5,773,0,0,0,1),
	E(110243,61267,267,0,65535,0,1,51,0,0,0,0,0,1),
	E(64395,61303,267,0,1,0,1,1,0,0,0,0,0,1),
	E(77192,61328,267,0,65535,0,1,90,0,0,0,0,0,0),
	E(36619,61353,267,1,1,0,1,4,1,9,0,0,0,1),
	E(77231,61381,267,0,65535,0,1,16,0,0,4,155351,0,1),
	E(110488,61412,267,0,65535,0,1,4,6,778,0,0,0,1),
	E(173205,61448,267,1,1,0,1,16,0,0,4,180163,0,1),
	E(61501,61481,267,0,1,0,1,16,0,0,2,152004,0,1),
	E(164438,61505,267,1,1,0,1,8,0,0,1,163942,1,1),
	/* FamilyMemberHistory.condition */
	E(152908,60871,268,1,1,0,1,16,0,0,4,156399,0,0),
	E(60936,60906,268,0,1,0,1,19,0,0,0,0,0,0),
	E(77192,60955,268,0,65535,0,1,90,0,0,0,0,0,0),
	E(3292,60990,268,0,1,1,4,784,0,0,0,0,0,0),
	E(171514,61029,268,0,1,0,1,16,0,0,4,156443,0,0),
	/* Flag */
	E(5636,61537,269,0,1,0,1,4,5,371,0,0,0,1),
	E(175495,61549,269,0,65535,0,1,16,0,0,4,162904,0,1),
	E(152908,61563,269,1,1,0,1,16,0,0,4,162947,0,1),
	E(168837,61573,269,0,1,0,1,4,1,57,0,0,0,1),
	E(77147,61588,269,0,65535,0,1,3,0,0,0,0,0,1),
	E(121990,61604,269,0,1,0,1,7,0,0,0,0,0,1),
	E(164438,61616,269,1,1,0,1,8,0,0,1,162986,1,1),
	E(77261,61628,269,1,1,0,1,4,8,788,0,0,0,1),
	/* Goal */
	E(61651,61646,270,0,1,0,1,16,0,0,3,163235,0,1),
	E(61674,61669,270,0,65535,0,1,4,6,796,0,0,0,0),
	E(175495,61684,270,0,65535,0,1,16,0,0,4,163281,0,1),
	E(75776,61698,270,1,1,0,1,16,0,0,4,155351,0,1),
	E(61720,61715,270,0,1,0,1,4,4,58,0,0,0,1),
	E(77147,61732,270,0,65535,0,1,3,0,0,0,0,0,0),
	E(61753,61748,270,1,1,0,1,8,0,0,1,163413,1,1),
	E(77192,61769,270,0,65535,0,1,90,0,0,0,0,0,0),
	E(61784,61779,270,0,65535,0,1,16,0,0,4,155351,0,0),
	E(61801,61796,270,0,65535,0,1,4,1,70,0,0,0,0),
	E(163358,61818,270,0,1,0,1,16,0,0,3,163324,0,1),
	E(106354,61832,270,0,1,1,2,802,0,0,4,163367,0,1),
	E(135459,61846,270,0,1,0,1,23,0,0,0,0,0,1),
	E(36860,61862,270,0,1,0,1,1,0,0,0,0,0,0),
	E(77261,61880,270,1,1,0,1,4,3,804,0,0,0,1),
	E(111457,61893,270,0,65535,0,1,807,0,0,0,0,0,0),
	/* Goal.target */
	E(36003,61905,271,0,1,1,7,808,0,0,4,0,0,1),
	E(108295,61927,271,0,1,1,2,815,0,0,0,0,0,1),
	E(61958,61946,271,0,1,0,1,16,0,0,4,169939,0,1),
	/* GraphDefinition */
	E(36304,61982,272,0,65535,0,1,24,0,0,0,0,0,1),
	E(72452,62006,272,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,62027,272,0,1,0,1,25,0,0,0,0,0,0),
	E(94849,62055,272,0,1,0,1,19,0,0,0,0,0,1),
	E(49887,62084,272,0,65535,0,1,16,0,0,2,165925,0,1),
	E(40185,62113,272,0,65535,0,1,817,0,0,0,0,0,0),
	E(64395,62716,272,1,1,0,1,1,0,0,0,0,0,1),
	E(94681,62737,272,0,1,0,1,29,1,37,0,0,0,0),
	E(49978,62761,272,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,62787,272,0,1,0,1,25,0,0,0,0,0,0),
	E(106354,62811,272,1,1,0,1,8,0,0,1,174478,0,1),
	E(164438,62833,272,1,1,0,1,8,0,0,1,172135,1,1),
	E(26304,62856,272,0,1,0,1,51,0,0,0,0,0,1),
	E(50137,62876,272,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,62903,272,0,1,0,1,1,0,0,0,0,0,1),
	/* GraphDefinition.link */
	E(75776,62134,273,0,1,0,1,1,0,0,0,0,0,0),
	E(128164,62167,273,0,1,0,1,1,0,0,0,0,0,0),
	E(128199,62192,273,0,1,0,1,151,0,0,0,0,0,0),
	E(146100,62217,273,0,1,0,1,1,0,0,0,0,0,0),
	E(62264,62243,273,0,1,0,1,1,0,0,0,0,0,0),
	E(111457,62274,273,0,65535,0,1,818,0,0,0,0,0,0),
	/* GraphDefinition.link.target */
	E(62330,62302,274,0,65535,0,1,819,0,0,0,0,0,0),
	E(40185,62579,274,0,65535,0,1,817,0,0,0,0,0,0),
	E(145117,62612,274,0,1,0,1,1,0,0,0,0,0,0),
	E(94681,62647,274,0,1,0,1,29,1,37,0,0,0,0),
	E(167524,62683,274,1,1,0,1,8,0,0,1,174478,0,0),
	/* GraphDefinition.link.target.compartment */
	E(152908,62342,275,1,1,0,1,8,0,0,1,155896,0,0),
	E(75776,62387,275,0,1,0,1,1,0,0,0,0,0,0),
	E(145987,62439,275,0,1,0,1,1,0,0,0,0,0,0),
	E(127812,62490,275,1,1,0,1,8,0,0,1,163460,0,0),
	E(159572,62535,275,1,1,0,1,8,0,0,1,163518,0,0),
	/* Group */
	E(63711,62927,276,0,1,0,1,19,0,0,0,0,0,1),
	E(62946,62940,276,1,1,0,1,19,0,0,0,0,0,1),
	E(168308,62953,276,0,65535,0,1,820,0,0,0,0,0,0),
	E(152908,114909,276,0,1,0,1,16,0,0,4,0,0,1),
	E(77147,114979,276,0,65535,0,1,3,0,0,0,0,0,1),
	E(63093,63087,276,0,1,0,1,4,4,821,0,0,0,1),
	E(63114,63108,276,0,65535,0,1,825,0,0,0,0,0,0),
	E(64395,63183,276,0,1,0,1,1,0,0,0,0,0,1),
	E(90330,63194,276,0,1,0,1,110,0,0,0,0,0,1),
	E(167524,63209,276,1,1,0,1,8,0,0,1,163624,0,1),
	/* Group.characteristic */
	E(152908,62974,277,1,1,0,1,16,0,0,4,0,0,0),
	E(50390,63000,277,1,1,0,1,19,0,0,0,0,0,0),
	E(121990,63029,277,0,1,0,1,7,0,0,0,0,0,0),
	E(97965,63057,277,1,1,1,5,826,0,0,4,0,0,0),
	/* Group.member */
	E(111249,63121,278,1,1,0,1,4,7,831,0,0,0,0),
	E(146806,63141,278,0,1,0,1,19,0,0,0,0,0,0),
	E(121990,63163,278,0,1,0,1,7,0,0,0,0,0,0),
	/* GuidanceResponse */
	E(63254,63237,279,0,65535,0,1,684,0,0,0,0,0,0),
	E(168837,63270,279,0,1,0,1,4,1,57,0,0,0,0),
	E(63314,63297,279,0,65535,0,1,4,1,838,0,0,0,0),
	E(77147,63332,279,0,65535,0,1,3,0,0,0,0,0,1),
	E(180645,63360,279,1,1,1,3,839,0,0,0,0,0,1),
	E(77192,63387,279,0,65535,0,1,90,0,0,0,0,0,0),
	E(63426,63409,279,0,1,0,1,26,0,0,0,0,0,0),
	E(63462,63445,279,0,1,0,1,4,1,842,0,0,0,0),
	E(95243,63479,279,0,1,0,1,4,1,10,0,0,0,0),
	E(77231,63506,279,0,65535,0,1,16,0,0,0,0,0,0),
	E(110488,63534,279,0,65535,0,1,4,4,222,0,0,0,0),
	E(63584,63567,279,0,1,0,1,3,0,0,0,0,0,1),
	E(63619,63602,279,0,1,0,1,4,2,843,0,0,0,0),
	E(164438,63626,279,1,1,0,1,8,0,0,1,163670,1,1),
	E(77261,63650,279,0,1,0,1,4,2,65,0,0,0,0),
	/* HealthcareService */
	E(63711,63693,280,0,1,0,1,19,0,0,0,0,1,1),
	E(63736,63718,280,0,1,0,1,19,0,0,0,0,0,0),
	E(63774,63756,280,0,1,0,1,1,0,0,0,0,0,0),
	E(63815,63797,280,0,65535,0,1,845,0,0,0,0,0,0),
	E(175495,64011,280,0,65535,0,1,16,0,0,4,175458,0,1),
	E(168308,64038,280,0,65535,0,1,16,0,0,4,0,0,0),
	E(40154,64071,280,0,1,0,1,1,0,0,0,0,0,1),
	E(64115,64097,280,0,65535,0,1,16,0,0,3,165967,0,0),
	E(64147,64129,280,0,65535,0,1,4,1,13,0,0,0,0),
	E(164858,64160,280,0,65535,0,1,846,0,0,0,0,0,0),
	E(64281,64263,280,0,65535,0,1,4,1,847,0,0,0,0),
	E(64308,64290,280,0,1,0,1,25,0,0,0,0,0,0),
	E(77147,64321,280,0,65535,0,1,3,0,0,0,0,0,1),
	E(154127,64350,280,0,65535,0,1,4,1,13,0,0,0,1),
	E(64395,64377,280,0,1,0,1,1,0,0,0,0,0,1),
	E(64418,64400,280,0,65535,0,1,848,0,0,0,0,0,0),
	E(64530,64512,280,0,1,0,1,158,0,0,0,0,0,1),
	E(64554,64536,280,0,65535,0,1,16,0,0,4,171773,0,0),
	E(64580,64562,280,0,1,0,1,4,1,5,0,0,0,1),
	E(64609,64591,280,0,65535,0,1,16,0,0,4,175605,0,0),
	E(64642,64624,280,0,65535,0,1,16,0,0,4,175547,0,0),
	E(64681,64663,280,0,65535,0,1,16,0,0,3,154277,0,1),
	E(64709,64691,280,0,65535,0,1,230,0,0,0,0,0,0),
	E(167524,64717,280,0,65535,0,1,16,0,0,4,175658,0,1),
	/* HealthcareService.availableTime */
	E(63861,63829,281,0,1,0,1,19,0,0,0,0,0,0),
	E(63900,63868,281,0,1,0,1,503,0,0,0,0,0,0),
	E(63949,63917,281,0,1,0,1,503,0,0,0,0,0,0),
	E(64000,63968,281,0,65535,0,1,8,0,0,1,159301,0,0),
	/* HealthcareService.eligibility */
	E(152908,64190,282,0,1,0,1,16,0,0,4,0,0,0),
	E(40154,64225,282,0,1,0,1,25,0,0,0,0,0,0),
	/* HealthcareService.notAvailable */
	E(75776,64431,283,1,1,0,1,1,0,0,0,0,0,0),
	E(64505,64474,283,0,1,0,1,7,0,0,0,0,0,0),
	/* HumanName */
	E(64760,64750,284,0,1,0,1,1,0,0,0,0,0,1),
	E(64777,64767,284,0,65535,0,1,1,0,0,0,0,0,1),
	E(121990,64783,284,0,1,0,1,7,0,0,0,0,0,1),
	E(64810,64800,284,0,65535,0,1,1,0,0,0,0,0,1),
	E(64827,64817,284,0,65535,0,1,1,0,0,0,0,0,1),
	E(41758,64834,284,0,1,0,1,1,0,0,0,0,0,1),
	E(159572,64849,284,0,1,0,1,8,0,0,1,169446,1,1),
	/* Identifier */
	E(64874,64863,285,0,1,0,1,4,1,5,0,0,0,1),
	E(121990,64883,285,0,1,0,1,7,0,0,0,0,0,1),
	E(147322,64901,285,0,1,0,1,51,0,0,0,0,0,1),
	E(167524,64919,285,0,1,0,1,16,0,0,2,164171,0,1),
	E(159572,64935,285,0,1,0,1,8,0,0,1,164216,1,1),
	E(97965,64950,285,0,1,0,1,1,0,0,0,0,0,1),
	/* ImagingStudy */
	E(77000,64980,286,0,65535,0,1,4,5,849,0,0,0,1),
	E(75776,65001,286,0,1,0,1,1,0,0,0,0,0,1),
	E(168837,65026,286,0,1,0,1,4,1,57,0,0,0,1),
	E(64281,65049,286,0,65535,0,1,4,1,847,0,0,0,1),
	E(77147,65071,286,0,65535,0,1,3,0,0,0,0,0,1),
	E(65108,65095,286,0,65535,0,1,4,2,11,0,0,0,1),
	E(154127,65120,286,0,1,0,1,4,1,13,0,0,0,1),
	E(167480,65142,286,0,65535,0,1,130,0,0,2,150860,0,1),
	E(77192,65164,286,0,65535,0,1,90,0,0,0,0,0,1),
	E(65763,65182,286,0,1,0,1,110,0,0,0,0,0,1),
	E(65226,65213,286,0,1,0,1,110,0,0,0,0,0,1),
	E(65254,65241,286,0,65535,0,1,16,0,0,2,180467,0,1),
	E(65281,65268,286,0,1,0,1,4,1,74,0,0,0,1),
	E(77231,65300,286,0,65535,0,1,16,0,0,4,171522,0,1),
	E(110488,65324,286,0,65535,0,1,4,5,854,0,0,0,1),
	E(65366,65353,286,0,1,0,1,4,2,11,0,0,0,1),
	E(66773,65375,286,0,65535,0,1,859,0,0,0,0,0,1),
	E(65935,65967,286,0,1,0,1,26,0,0,0,0,0,1),
	E(164438,65988,286,1,1,0,1,8,0,0,1,164325,1,1),
	E(77261,66008,286,1,1,0,1,4,3,860,0,0,0,1),
	/* ImagingStudy.series */
	E(77014,65395,287,0,1,0,1,130,0,0,4,153939,0,1),
	E(75776,65424,287,0,1,0,1,1,0,0,0,0,0,1),
	E(64281,65456,287,0,65535,0,1,4,1,847,0,0,0,1),
	E(129513,65485,287,0,65535,0,1,863,0,0,0,0,0,0),
	E(154016,65656,287,0,1,0,1,130,0,0,4,153978,0,1),
	E(167480,65687,287,1,1,0,1,130,0,0,2,150860,0,1),
	E(65543,65716,287,0,1,0,1,110,0,0,0,0,0,1),
	E(65763,65743,287,0,1,0,1,110,0,0,0,0,0,1),
	E(95243,65781,287,0,65535,0,1,864,0,0,0,0,0,1),
	E(96824,65886,287,0,65535,0,1,4,1,597,0,0,0,1),
	E(65935,65915,287,0,1,0,1,26,0,0,0,0,0,1),
	E(65652,65943,287,1,1,0,1,640,0,0,0,0,0,1),
	/* ImagingStudy.series.instance */
	E(65543,65514,288,0,1,0,1,110,0,0,0,0,0,0),
	E(65579,65550,288,1,1,0,1,130,0,0,2,150770,0,0),
	E(65617,65588,288,0,1,0,1,1,0,0,0,0,0,0),
	E(65652,65623,288,1,1,0,1,640,0,0,0,0,0,0),
	/* ImagingStudy.series.performer */
	E(122054,65811,289,1,1,0,1,4,7,276,0,0,0,1),
	E(167436,65847,289,0,1,0,1,16,0,0,2,175403,0,1),
	/* Immunization */
	E(66042,66029,290,0,1,0,1,38,0,0,0,0,0,0),
	E(66068,66055,290,0,65535,0,1,865,0,0,0,0,0,0),
	E(168837,66226,290,0,1,0,1,4,1,57,0,0,0,0),
	E(36427,66249,290,0,1,0,1,23,0,0,0,0,0,0),
	E(66290,66277,290,0,1,0,1,16,0,0,4,164702,0,0),
	E(77147,66304,290,0,65535,0,1,3,0,0,0,0,0,0),
	E(66341,66328,290,0,1,0,1,19,0,0,0,0,1,1),
	E(154127,66353,290,0,1,0,1,4,1,13,0,0,0,0),
	E(36483,66375,290,0,1,0,1,1,0,0,0,0,0,0),
	E(90712,66398,290,0,1,0,1,4,1,5,0,0,0,0),
	E(77192,66424,290,0,65535,0,1,90,0,0,0,0,0,1),
	E(180675,66442,290,1,1,1,2,866,0,0,0,0,0,1),
	E(36619,66469,290,1,1,0,1,4,1,9,0,0,0,1),
	E(95243,66490,290,0,65535,0,1,868,0,0,0,0,0,1),
	E(66587,66574,290,0,1,0,1,19,0,0,0,0,0,1),
	E(66614,66601,290,0,65535,0,1,16,0,0,4,164808,0,0),
	E(66646,66633,290,0,65535,0,1,869,0,0,0,0,0,0),
	E(3098,66867,290,0,65535,0,1,870,0,0,0,0,0,0),
	E(77231,66976,290,0,65535,0,1,16,0,0,4,164870,0,0),
	E(110488,67000,290,0,65535,0,1,4,3,222,0,0,0,0),
	E(111416,67029,290,0,1,0,1,26,0,0,0,0,0,0),
	E(67064,67051,290,0,1,0,1,16,0,0,4,164759,0,0),
	E(161728,67077,290,0,1,0,1,16,0,0,4,165191,0,0),
	E(165281,67096,290,0,1,0,1,16,0,0,4,165239,0,0),
	E(164438,67114,290,1,1,0,1,8,0,0,1,165342,1,1),
	E(36860,67134,290,0,1,0,1,16,0,0,4,165286,0,0),
	E(67173,67160,290,0,65535,0,1,16,0,0,4,165397,0,0),
	E(68708,67189,290,1,1,0,1,16,0,0,4,178251,0,1),
	/* Immunization.education */
	E(66101,66078,291,0,1,0,1,1,0,0,0,0,0,0),
	E(66137,66114,291,0,1,0,1,26,0,0,0,0,0,0),
	E(66177,66154,291,0,1,0,1,26,0,0,0,0,0,0),
	E(27451,66193,291,0,1,0,1,51,0,0,0,0,0,0),
	/* Immunization.performer */
	E(122054,66513,292,1,1,0,1,4,3,214,0,0,0,1),
	E(167436,66542,292,0,1,0,1,16,0,0,2,164651,0,1),
	/* Immunization.protocolApplied */
	E(66691,66662,293,0,1,0,1,4,1,5,0,0,0,0),
	E(150729,66701,293,1,1,1,2,654,0,0,0,0,0,0),
	E(66773,66744,293,0,1,0,1,1,0,0,0,0,0,0),
	E(180784,66780,293,0,1,1,2,654,0,0,0,0,0,0),
	E(66853,66824,293,0,65535,0,1,16,0,0,4,165456,0,0),
	/* Immunization.reaction */
	E(72452,66889,294,0,1,0,1,26,0,0,0,0,0,0),
	E(36003,66916,294,0,1,0,1,4,1,70,0,0,0,0),
	E(66967,66945,294,0,1,0,1,19,0,0,0,0,0,0),
	/* ImmunizationEvaluation */
	E(66691,67237,295,0,1,0,1,4,1,5,0,0,0,0),
	E(72452,67270,295,0,1,0,1,26,0,0,0,0,0,0),
	E(75776,67298,295,0,1,0,1,1,0,0,0,0,0,0),
	E(150729,67333,295,0,1,1,2,654,0,0,0,0,0,0),
	E(67393,67370,295,1,1,0,1,16,0,0,4,164380,0,1),
	E(67427,67404,295,0,65535,0,1,16,0,0,4,164445,0,0),
	E(77147,67444,295,0,65535,0,1,3,0,0,0,0,0,0),
	E(67501,67478,295,1,1,0,1,4,1,73,0,0,0,1),
	E(36619,67519,295,1,1,0,1,4,1,9,0,0,0,1),
	E(66773,67550,295,0,1,0,1,1,0,0,0,0,0,0),
	E(180784,67580,295,0,1,1,2,654,0,0,0,0,0,0),
	E(164438,67618,295,1,1,0,1,8,0,0,1,164517,1,1),
	E(66853,67648,295,1,1,0,1,16,0,0,4,164583,0,1),
	/* ImmunizationRecommendation */
	E(66691,67712,296,0,1,0,1,4,1,5,0,0,0,0),
	E(72452,67749,296,1,1,0,1,26,0,0,0,0,0,1),
	E(77147,67781,296,0,65535,0,1,3,0,0,0,0,0,1),
	E(36619,67819,296,1,1,0,1,4,1,9,0,0,0,1),
	E(67881,67854,296,1,65535,0,1,871,0,0,0,0,0,1),
	/* ImmunizationRecommendation.recommendation */
	E(67938,67896,297,0,65535,0,1,16,0,0,4,178251,0,1),
	E(68007,67965,297,0,65535,0,1,872,0,0,0,0,0,0),
	E(75776,68144,297,0,1,0,1,1,0,0,0,0,0,0),
	E(150729,68198,297,0,1,1,2,654,0,0,0,0,0,1),
	E(68296,68254,297,0,65535,0,1,16,0,0,4,164991,0,1),
	E(68353,68311,297,1,1,0,1,16,0,0,4,165055,1,1),
	E(66773,68368,297,0,1,0,1,1,0,0,0,0,0,0),
	E(180784,68417,297,0,1,1,2,654,0,0,0,0,0,0),
	E(68516,68474,297,0,65535,0,1,4,2,873,0,0,0,0),
	E(68581,68539,297,0,65535,0,1,4,1,116,0,0,0,0),
	E(66853,68610,297,0,1,0,1,16,0,0,4,165119,0,1),
	E(68708,68666,297,0,65535,0,1,16,0,0,4,178251,0,1),
	/* ImmunizationRecommendation.recommendation.dateCriterion */
	E(152908,68021,298,1,1,0,1,16,0,0,4,164919,0,0),
	E(97965,68082,298,1,1,0,1,26,0,0,0,0,0,0),
	/* ImplementationGuide */
	E(36304,68740,299,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,68768,299,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,68798,299,0,1,0,1,26,0,0,0,0,0,1),
	E(36319,68823,299,0,1,0,1,875,0,0,0,0,0,0),
	E(69874,69854,299,0,65535,0,1,876,0,0,0,0,0,1),
	E(75776,69996,299,0,1,0,1,25,0,0,0,0,0,0),
	E(94849,70028,299,0,1,0,1,19,0,0,0,0,0,1),
	E(69518,70061,299,1,65535,0,1,8,0,0,1,150941,0,1),
	E(70113,70093,299,0,65535,0,1,877,0,0,0,0,0,1),
	E(49887,70187,299,0,65535,0,1,16,0,0,2,165925,0,1),
	E(70240,70220,299,0,1,0,1,8,0,0,1,175992,0,1),
	E(70268,70248,299,0,1,0,1,878,0,0,0,0,0,0),
	E(64395,70726,299,1,1,0,1,1,0,0,0,0,0,1),
	E(70771,70751,299,1,1,0,1,640,0,0,0,0,0,1),
	E(49978,70781,299,0,1,0,1,1,0,0,0,0,0,1),
	E(164438,70811,299,1,1,0,1,8,0,0,1,172135,1,1),
	E(65617,70838,299,0,1,0,1,1,0,0,0,0,0,1),
	E(26304,70864,299,1,1,0,1,51,0,0,0,0,0,1),
	E(50137,70888,299,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,70919,299,0,1,0,1,1,0,0,0,0,0,1),
	/* ImplementationGuide.definition */
	E(68885,68854,300,0,65535,0,1,879,0,0,0,0,0,0),
	E(69154,68991,300,0,1,0,1,880,0,0,0,0,0,0),
	E(140942,69201,300,0,65535,0,1,881,0,0,0,0,0,0),
	E(143050,69335,300,1,65535,0,1,882,0,0,0,0,0,0),
	E(69707,69676,300,0,65535,0,1,883,0,0,0,0,0,0),
	/* ImplementationGuide.definition.grouping */
	E(75776,68894,301,0,1,0,1,1,0,0,0,0,0,0),
	E(64395,68946,301,1,1,0,1,1,0,0,0,0,0,0),
	/* ImplementationGuide.definition.page */
	E(69063,69027,302,1,1,0,1,8,0,0,1,163730,0,0),
	E(64395,69074,302,1,1,1,2,884,1,247,0,0,0,0),
	E(69154,69118,302,0,65535,0,1,880,0,0,0,0,0,0),
	E(65617,69159,302,1,1,0,1,1,0,0,0,0,0,0),
	/* ImplementationGuide.definition.parameter */
	E(152908,69242,303,1,1,0,1,8,0,0,1,163787,0,0),
	E(97965,69288,303,1,1,0,1,1,0,0,0,0,0,0),
	/* ImplementationGuide.definition.resource */
	E(75776,69375,304,0,1,0,1,1,0,0,0,0,0,0),
	E(45259,69427,304,0,1,1,2,643,1,37,0,0,0,0),
	E(69518,69478,304,0,65535,0,1,8,0,0,1,150941,0,0),
	E(69570,69530,304,0,1,0,1,640,0,0,0,0,0,0),
	E(64395,69581,304,0,1,0,1,1,0,0,0,0,0,0),
	E(27451,69626,304,1,1,0,1,4,1,116,0,0,0,0),
	/* ImplementationGuide.definition.template */
	E(152908,69716,305,1,1,0,1,8,0,0,0,0,0,0),
	E(158420,69761,305,0,1,0,1,1,0,0,0,0,0,0),
	E(164752,69807,305,1,1,0,1,1,0,0,0,0,0,0),
	/* ImplementationGuide.dependsOn */
	E(70771,69884,306,0,1,0,1,640,0,0,0,0,0,1),
	E(126884,69924,306,1,1,0,1,29,1,167,0,0,0,1),
	E(37099,69958,306,0,1,0,1,1,0,0,0,0,0,1),
	/* ImplementationGuide.global */
	E(94681,70120,307,1,1,0,1,29,1,37,0,0,0,1),
	E(167524,70155,307,1,1,0,1,8,0,0,1,174478,0,1),
	/* ImplementationGuide.manifest */
	E(110791,70277,308,0,65535,0,1,1,0,0,0,0,0,0),
	E(104940,70312,308,0,65535,0,1,1,0,0,0,0,0,0),
	E(69154,70347,308,0,65535,0,1,886,0,0,0,0,0,0),
	E(70530,70501,308,0,1,0,1,126,0,0,0,0,0,1),
	E(143050,70540,308,1,65535,0,1,887,0,0,0,0,0,1),
	/* ImplementationGuide.manifest.page */
	E(70415,70381,309,0,65535,0,1,1,0,0,0,0,0,0),
	E(64395,70422,309,1,1,0,1,1,0,0,0,0,0,0),
	E(65617,70461,309,0,1,0,1,1,0,0,0,0,0,0),
	/* ImplementationGuide.manifest.resource */
	E(45259,70578,310,0,1,1,2,643,1,37,0,0,0,0),
	E(27451,70627,310,1,1,0,1,4,1,116,0,0,0,1),
	E(70713,70675,310,0,1,0,1,126,0,0,0,0,0,0),
	/* InsurancePlan */
	E(70975,70961,311,0,1,0,1,4,1,5,0,0,0,1),
	E(128911,70990,311,0,65535,0,1,1,0,0,0,0,0,0),
	E(36304,71010,311,0,65535,0,1,888,0,0,0,0,0,0),
	E(19238,71149,311,0,65535,0,1,889,0,0,0,0,0,0),
	E(64147,71463,311,0,65535,0,1,4,1,13,0,0,0,1),
	E(64281,71490,311,0,65535,0,1,4,1,847,0,0,0,0),
	E(77147,71513,311,0,65535,0,1,3,0,0,0,0,0,1),
	E(64395,71538,311,0,1,0,1,1,0,0,0,0,0,1),
	E(153753,71557,311,0,65535,0,1,4,1,5,0,0,0,0),
	E(71593,71579,311,0,1,0,1,4,1,5,0,0,0,1),
	E(121990,71601,311,0,1,0,1,7,0,0,0,0,0,0),
	E(71636,71622,311,0,65535,0,1,890,0,0,0,0,0,0),
	E(164438,72356,311,0,1,0,1,8,0,0,1,172135,1,1),
	E(167524,72377,311,0,65535,0,1,16,0,0,4,165576,0,1),
	/* InsurancePlan.contact */
	E(4845,71032,312,0,1,0,1,301,0,0,0,0,0,0),
	E(64395,71062,312,0,1,0,1,671,0,0,0,0,0,0),
	E(112624,71089,312,0,1,0,1,16,0,0,2,157466,0,0),
	E(64709,71119,312,0,65535,0,1,230,0,0,0,0,0,0),
	/* InsurancePlan.coverage */
	E(71195,71172,313,1,65535,0,1,891,0,0,0,0,0,0),
	E(153753,71404,313,0,65535,0,1,4,1,5,0,0,0,0),
	E(167524,71435,313,1,1,0,1,16,0,0,0,0,0,0),
	/* InsurancePlan.coverage.benefit */
	E(71234,71203,314,0,65535,0,1,892,0,0,0,0,0,0),
	E(126008,71325,314,0,1,0,1,1,0,0,0,0,0,0),
	E(167524,71368,314,1,1,0,1,16,0,0,0,0,0,0),
	/* InsurancePlan.coverage.benefit.limit */
	E(152908,71240,315,0,1,0,1,16,0,0,0,0,0,0),
	E(97965,71282,315,0,1,0,1,38,0,0,0,0,0,0),
	/* InsurancePlan.plan */
	E(64147,71641,316,0,65535,0,1,4,1,13,0,0,0,1),
	E(71692,71673,316,0,65535,0,1,893,0,0,0,0,0,0),
	E(77147,71856,316,0,65535,0,1,3,0,0,0,0,0,1),
	E(153753,71886,316,0,65535,0,1,4,1,5,0,0,0,0),
	E(71932,71913,316,0,65535,0,1,894,0,0,0,0,0,0),
	E(167524,72332,316,0,1,0,1,16,0,0,0,0,0,0),
	/* InsurancePlan.plan.generalCost */
	E(40154,71704,317,0,1,0,1,1,0,0,0,0,0,0),
	E(80274,71743,317,0,1,0,1,264,0,0,0,0,0,0),
	E(71810,71779,317,0,1,0,1,18,0,0,0,0,0,0),
	E(167524,71820,317,0,1,0,1,16,0,0,0,0,0,0),
	/* InsurancePlan.plan.specificCost */
	E(71195,71945,318,0,65535,0,1,895,0,0,0,0,0,0),
	E(175495,72291,318,1,1,0,1,16,0,0,0,0,0,0),
	/* InsurancePlan.plan.specificCost.benefit */
	E(80274,71985,319,0,65535,0,1,896,0,0,0,0,0,0),
	E(167524,72246,319,1,1,0,1,16,0,0,0,0,0,0),
	/* InsurancePlan.plan.specificCost.benefit.cost */
	E(13704,72030,320,0,1,0,1,16,0,0,1,165513,0,0),
	E(72134,72089,320,0,65535,0,1,16,0,0,0,0,0,0),
	E(167524,72145,320,1,1,0,1,16,0,0,0,0,0,0),
	E(97965,72195,320,0,1,0,1,38,0,0,0,0,0,0),
	/* Invoice */
	E(72412,72404,321,0,1,0,1,4,1,6,0,0,0,0),
	E(72428,72420,321,0,1,0,1,1,0,0,0,0,0,0),
	E(72452,72444,321,0,1,0,1,26,0,0,0,0,0,1),
	E(77147,72457,321,0,65535,0,1,3,0,0,0,0,0,1),
	E(72484,72476,321,0,1,0,1,4,1,5,0,0,0,0),
	E(72499,72491,321,0,65535,0,1,897,0,0,0,0,0,0),
	E(77192,72749,321,0,65535,0,1,90,0,0,0,0,0,0),
	E(72770,72762,321,0,65535,0,1,898,0,0,0,0,0,0),
	E(72841,72833,321,0,1,0,1,25,0,0,0,0,0,0),
	E(72862,72854,321,0,1,0,1,4,3,313,0,0,0,1),
	E(164438,72872,321,1,1,0,1,8,0,0,1,165734,1,1),
	E(77261,72887,321,0,1,0,1,4,2,65,0,0,0,1),
	E(72911,72903,321,0,1,0,1,264,0,0,0,0,0,1),
	E(72930,72922,321,0,1,0,1,264,0,0,0,0,0,1),
	E(72947,72939,321,0,65535,0,1,899,0,0,0,0,0,0),
	E(167524,72967,321,0,1,0,1,16,0,0,0,0,0,1),
	/* Invoice.lineItem */
	E(150622,72508,322,1,1,1,2,33,1,262,0,0,0,0),
	E(72556,72539,322,0,65535,0,1,899,0,0,0,0,0,0),
	E(19301,72723,322,0,1,0,1,18,0,0,0,0,0,0),
	/* Invoice.lineItem.priceComponent */
	E(105111,72571,323,0,1,0,1,264,0,0,0,0,0,0),
	E(152908,72610,323,0,1,0,1,16,0,0,0,0,0,0),
	E(121929,72647,323,0,1,0,1,157,0,0,0,0,0,0),
	E(167524,72686,323,1,1,0,1,8,0,0,1,165672,0,0),
	/* Invoice.participant */
	E(122054,72782,324,1,1,0,1,4,6,900,0,0,0,0),
	E(170405,72808,324,0,1,0,1,16,0,0,0,0,0,0),
	/* Library */
	E(49646,72988,325,0,1,0,1,23,0,0,0,0,0,0),
	E(5636,73009,325,0,65535,0,1,24,0,0,0,0,0,0),
	E(36304,73024,325,0,65535,0,1,24,0,0,0,0,0,1),
	E(77029,73040,325,0,65535,0,1,158,0,0,0,0,0,1),
	E(49701,73056,325,0,1,0,1,25,0,0,0,0,0,0),
	E(63254,73074,325,0,65535,0,1,684,0,0,0,0,0,0),
	E(72452,73098,325,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,73111,325,0,1,0,1,25,0,0,0,0,0,1),
	E(49755,73131,325,0,65535,0,1,24,0,0,0,0,0,0),
	E(49771,73146,325,0,1,0,1,7,0,0,0,0,0,1),
	E(49796,73170,325,0,65535,0,1,24,0,0,0,0,0,0),
	E(94849,73187,325,0,1,0,1,19,0,0,0,0,0,1),
	E(77147,73208,325,0,65535,0,1,3,0,0,0,0,0,1),
	E(49887,73227,325,0,65535,0,1,16,0,0,2,165925,0,1),
	E(49909,73248,325,0,1,0,1,23,0,0,0,0,0,0),
	E(64395,73271,325,0,1,0,1,1,0,0,0,0,0,1),
	E(140942,73284,325,0,65535,0,1,686,0,0,0,0,0,0),
	E(49978,73302,325,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,73320,325,0,1,0,1,25,0,0,0,0,0,0),
	E(49997,73336,325,0,65535,0,1,39,0,0,0,0,0,0),
	E(50022,73360,325,0,65535,0,1,24,0,0,0,0,0,0),
	E(164438,73377,325,1,1,0,1,8,0,0,1,172135,1,1),
	E(77261,73392,325,0,1,1,2,41,1,43,2,176521,0,0),
	E(50076,73411,325,0,1,0,1,1,0,0,0,0,0,0),
	E(65617,73428,325,0,1,0,1,1,0,0,0,0,0,1),
	E(155890,73442,325,0,65535,0,1,16,0,0,4,159441,0,0),
	E(167524,73456,325,1,1,0,1,16,0,0,2,166006,0,1),
	E(26304,73469,325,0,1,0,1,51,0,0,0,0,0,1),
	E(167072,73481,325,0,1,0,1,1,0,0,0,0,0,0),
	E(50137,73495,325,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,73514,325,0,1,0,1,1,0,0,0,0,0,1),
	/* Linkage */
	E(63711,73530,326,0,1,0,1,19,0,0,0,0,0,1),
	E(5636,73545,326,0,1,0,1,4,3,214,0,0,0,1),
	E(176957,73560,326,1,65535,0,1,906,0,0,0,0,0,1),
	/* Linkage.item */
	E(143050,73573,327,1,1,0,1,4,1,116,0,0,0,1),
	E(167524,73595,327,1,1,0,1,8,0,0,1,166093,0,1),
	/* List */
	E(152908,73618,328,0,1,0,1,16,0,0,4,166188,0,1),
	E(72452,73628,328,0,1,0,1,26,0,0,0,0,0,1),
	E(25082,73638,328,0,1,0,1,16,0,0,3,166141,0,0),
	E(168837,73655,328,0,1,0,1,4,1,57,0,0,0,0),
	E(7026,73670,328,0,65535,0,1,907,0,0,0,0,0,0),
	E(77147,73748,328,0,65535,0,1,3,0,0,0,0,0,0),
	E(158052,73764,328,1,1,0,1,8,0,0,1,166280,1,1),
	E(77192,73774,328,0,65535,0,1,90,0,0,0,0,0,0),
	E(25191,73784,328,0,1,0,1,16,0,0,3,166325,0,0),
	E(164752,73799,328,0,1,0,1,4,4,908,0,0,0,1),
	E(164438,73811,328,1,1,0,1,8,0,0,1,166365,1,1),
	E(77261,73823,328,0,1,0,1,4,4,598,0,0,0,1),
	E(65617,73836,328,0,1,0,1,1,0,0,0,0,0,1),
	/* List.entry */
	E(72452,73681,329,0,1,0,1,26,0,0,0,0,0,0),
	E(73708,73697,329,0,1,0,1,19,0,0,0,0,1,0),
	E(166275,73716,329,0,1,0,1,16,0,0,4,166236,0,0),
	E(176957,73732,329,1,1,0,1,4,1,116,0,0,0,0),
	/* Location */
	E(4845,73847,330,0,1,0,1,301,0,0,0,0,0,0),
	E(128911,73864,330,0,65535,0,1,1,0,0,0,0,0,0),
	E(63774,73879,330,0,1,0,1,1,0,0,0,0,0,0),
	E(75776,73911,330,0,1,0,1,1,0,0,0,0,0,1),
	E(64281,73932,330,0,65535,0,1,4,1,847,0,0,0,0),
	E(73959,73950,330,0,65535,0,1,912,0,0,0,0,0,0),
	E(77147,74122,330,0,65535,0,1,3,0,0,0,0,0,1),
	E(48650,74142,330,0,1,0,1,4,1,5,0,0,0,1),
	E(158052,74172,330,0,1,0,1,8,0,0,1,166412,0,1),
	E(64395,74186,330,0,1,0,1,1,0,0,0,0,0,1),
	E(38648,74200,330,0,1,0,1,130,0,0,3,179320,0,1),
	E(77218,74227,330,0,1,0,1,4,1,13,0,0,0,0),
	E(74252,74243,330,0,1,0,1,16,0,0,4,166461,0,1),
	E(74274,74265,330,0,1,0,1,913,0,0,0,0,0,0),
	E(164438,74365,330,0,1,0,1,8,0,0,1,166513,1,1),
	E(64709,74381,330,0,65535,0,1,230,0,0,0,0,0,0),
	E(167524,74398,330,0,65535,0,1,16,0,0,2,180324,0,1),
	/* Location.hoursOfOperation */
	E(63861,73976,331,0,1,0,1,19,0,0,0,0,0,0),
	E(74035,74009,331,0,1,0,1,503,0,0,0,0,0,0),
	E(64000,74047,331,0,65535,0,1,8,0,0,1,159301,0,0),
	E(74110,74084,331,0,1,0,1,503,0,0,0,0,0,0),
	/* Location.position */
	E(74301,74283,332,0,1,0,1,157,0,0,0,0,0,0),
	E(74328,74310,332,1,1,0,1,157,0,0,0,0,0,0),
	E(74355,74337,332,1,1,0,1,157,0,0,0,0,0,0),
	/* MarketingStatus */
	E(85115,74428,333,1,1,0,1,16,0,0,0,0,0,1),
	E(74468,74452,333,1,1,0,1,7,0,0,0,0,0,1),
	E(49887,74478,333,0,1,0,1,16,0,0,0,0,0,1),
	E(87034,74507,333,0,1,0,1,26,0,0,0,0,0,1),
	E(164438,74535,333,1,1,0,1,16,0,0,0,0,0,1),
	/* Measure */
	E(49646,74558,334,0,1,0,1,23,0,0,0,0,0,0),
	E(5636,74579,334,0,65535,0,1,24,0,0,0,0,0,0),
	E(74602,74594,334,0,1,0,1,25,0,0,0,0,0,1),
	E(74642,74634,334,0,1,0,1,16,0,0,2,155948,0,1),
	E(36304,74659,334,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,74675,334,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,74693,334,0,1,0,1,26,0,0,0,0,0,1),
	E(36319,74706,334,0,65535,0,1,25,0,0,0,0,0,1),
	E(75776,74725,334,0,1,0,1,25,0,0,0,0,0,1),
	E(74753,74745,334,0,1,0,1,25,0,0,0,0,0,1),
	E(49755,74764,334,0,65535,0,1,24,0,0,0,0,0,0),
	E(49771,74779,334,0,1,0,1,7,0,0,0,0,0,1),
	E(49796,74803,334,0,65535,0,1,24,0,0,0,0,0,0),
	E(94849,74820,334,0,1,0,1,19,0,0,0,0,0,1),
	E(88590,74841,334,0,65535,0,1,914,0,0,0,0,0,0),
	E(75326,75318,334,0,1,0,1,25,0,0,0,0,0,1),
	E(77147,75335,334,0,65535,0,1,3,0,0,0,0,0,1),
	E(75362,75354,334,0,1,0,1,16,0,0,1,167078,0,1),
	E(49887,75382,334,0,65535,0,1,16,0,0,2,165925,0,1),
	E(49909,75403,334,0,1,0,1,23,0,0,0,0,0,0),
	E(75434,75426,334,0,65535,0,1,29,1,30,0,0,0,0),
	E(64395,75442,334,0,1,0,1,1,0,0,0,0,0,1),
	E(49978,75455,334,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,75473,334,0,1,0,1,25,0,0,0,0,0,0),
	E(75497,75489,334,0,1,0,1,1,0,0,0,0,0,1),
	E(75521,75513,334,0,1,0,1,25,0,0,0,0,0,1),
	E(49997,75531,334,0,65535,0,1,39,0,0,0,0,0,0),
	E(50022,75555,334,0,65535,0,1,24,0,0,0,0,0,0),
	E(75580,75572,334,0,1,0,1,1,0,0,0,0,0,1),
	E(155995,75595,334,0,1,0,1,16,0,0,2,167302,0,1),
	E(164438,75611,334,1,1,0,1,8,0,0,1,172135,1,1),
	E(77261,75626,334,0,1,1,2,41,1,43,2,176521,0,0),
	E(50076,75645,334,0,1,0,1,1,0,0,0,0,0,0),
	E(75670,75662,334,0,65535,0,1,915,0,0,0,0,0,0),
	E(65617,75819,334,0,1,0,1,1,0,0,0,0,0,1),
	E(155890,75833,334,0,65535,0,1,16,0,0,4,159441,0,0),
	E(167524,75847,334,0,65535,0,1,16,0,0,2,167347,0,1),
	E(26304,75860,334,0,1,0,1,51,0,0,0,0,0,1),
	E(167072,75872,334,0,1,0,1,1,0,0,0,0,0,0),
	E(50137,75886,334,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,75905,334,0,1,0,1,1,0,0,0,0,0,1),
	/* Measure.group */
	E(152908,74855,335,0,1,0,1,16,0,0,0,0,0,0),
	E(75776,74874,335,0,1,0,1,1,0,0,0,0,0,0),
	E(167179,74900,335,0,65535,0,1,916,0,0,0,0,0,0),
	E(75040,75026,335,0,65535,0,1,917,0,0,0,0,0,0),
	/* Measure.group.population */
	E(152908,74925,336,0,1,0,1,16,0,0,2,167142,0,0),
	E(173096,74955,336,1,1,0,1,53,0,0,0,0,0,0),
	E(75776,74989,336,0,1,0,1,1,0,0,0,0,0,0),
	/* Measure.group.stratifier */
	E(152908,75051,337,0,1,0,1,16,0,0,0,0,0,0),
	E(76359,75081,337,0,65535,0,1,918,0,0,0,0,0,0),
	E(173096,75247,337,0,1,0,1,53,0,0,0,0,0,0),
	E(75776,75281,337,0,1,0,1,1,0,0,0,0,0,0),
	/* Measure.group.stratifier.component */
	E(152908,75116,338,0,1,0,1,16,0,0,0,0,0,0),
	E(173096,75156,338,1,1,0,1,53,0,0,0,0,0,0),
	E(75776,75200,338,0,1,0,1,1,0,0,0,0,0,0),
	/* Measure.supplementalData */
	E(152908,75687,339,0,1,0,1,16,0,0,0,0,0,0),
	E(173096,75717,339,1,1,0,1,53,0,0,0,0,0,0),
	E(75776,75751,339,0,1,0,1,1,0,0,0,0,0,0),
	E(167072,75788,339,0,65535,0,1,16,0,0,2,167030,0,0),
	/* MeasureReport */
	E(72452,75935,340,0,1,0,1,26,0,0,0,0,0,1),
	E(75968,75954,340,0,65535,0,1,4,1,116,0,0,0,0),
	E(88590,75986,340,0,65535,0,1,919,0,0,0,0,0,0),
	E(77147,76801,340,0,65535,0,1,3,0,0,0,0,0,1),
	E(75362,76826,340,0,1,0,1,16,0,0,1,167078,1,1),
	E(61958,76860,340,1,1,0,1,29,1,196,0,0,0,1),
	E(121990,76882,340,1,1,0,1,7,0,0,0,0,0,1),
	E(76917,76903,340,0,1,0,1,4,4,920,0,0,0,1),
	E(164438,76926,340,1,1,0,1,8,0,0,1,167190,1,1),
	E(77261,76947,340,0,1,0,1,4,7,924,0,0,0,1),
	E(167524,76969,340,1,1,0,1,8,0,0,1,167247,0,1),
	/* MeasureReport.group */
	E(152908,76006,341,0,1,0,1,16,0,0,0,0,0,1),
	E(76517,76031,341,0,1,0,1,38,0,0,0,0,0,1),
	E(167179,76064,341,0,65535,0,1,931,0,0,0,0,0,0),
	E(75040,76214,341,0,65535,0,1,932,0,0,0,0,0,0),
	/* MeasureReport.group.population */
	E(152908,76095,342,0,1,0,1,16,0,0,2,167142,0,1),
	E(21928,76131,342,0,1,0,1,151,0,0,0,0,0,0),
	E(76741,76168,342,0,1,0,1,4,1,933,0,0,0,0),
	/* MeasureReport.group.stratifier */
	E(152908,76245,343,0,65535,0,1,16,0,0,0,0,0,0),
	E(76312,76281,343,0,65535,0,1,934,0,0,0,0,0,0),
	/* MeasureReport.group.stratifier.stratum */
	E(76359,76320,344,0,65535,0,1,935,0,0,0,0,0,0),
	E(76517,76478,344,0,1,0,1,38,0,0,0,0,0,0),
	E(167179,76530,344,0,65535,0,1,936,0,0,0,0,0,0),
	E(97965,76756,344,0,1,0,1,16,0,0,0,0,0,0),
	/* MeasureReport.group.stratifier.stratum.component */
	E(152908,76369,345,1,1,0,1,16,0,0,0,0,0,0),
	E(97965,76423,345,1,1,0,1,16,0,0,0,0,0,0),
	/* MeasureReport.group.stratifier.stratum.population */
	E(152908,76580,346,0,1,0,1,16,0,0,2,167142,0,0),
	E(21928,76635,346,0,1,0,1,151,0,0,0,0,0,0),
	E(76741,76691,346,0,1,0,1,4,1,933,0,0,0,0),
	/* Media */
	E(77000,76994,347,0,65535,0,1,4,2,937,0,0,0,1),
	E(77014,77008,347,0,1,0,1,16,0,0,4,153939,0,1),
	E(77029,77023,347,1,1,0,1,158,0,0,0,0,0,1),
	E(5660,77037,347,0,1,1,2,153,0,0,0,0,0,1),
	E(77060,77054,347,0,1,0,1,4,2,939,0,0,0,1),
	E(77073,77067,347,0,1,0,1,1,0,0,0,0,0,1),
	E(77090,77084,347,0,1,0,1,157,0,0,0,0,0,1),
	E(168837,77099,347,0,1,0,1,4,1,57,0,0,0,1),
	E(77121,77115,347,0,1,0,1,18,0,0,0,0,0,1),
	E(77134,77128,347,0,1,0,1,18,0,0,0,0,0,1),
	E(77147,77141,347,0,65535,0,1,3,0,0,0,0,0,1),
	E(77164,77158,347,0,1,0,1,108,0,0,0,0,0,1),
	E(167480,77171,347,0,1,0,1,16,0,0,4,167445,0,1),
	E(77192,77186,347,0,65535,0,1,90,0,0,0,0,0,0),
	E(77203,77197,347,0,1,0,1,4,7,276,0,0,0,1),
	E(77218,77212,347,0,65535,0,1,4,1,116,0,0,0,1),
	E(77231,77225,347,0,65535,0,1,16,0,0,4,171522,0,1),
	E(164438,77242,347,1,1,0,1,8,0,0,1,161991,1,1),
	E(77261,77255,347,0,1,0,1,4,7,941,0,0,0,1),
	E(167524,77269,347,0,1,0,1,16,0,0,2,167489,0,1),
	E(167564,77280,347,0,1,0,1,16,0,0,4,167529,0,1),
	E(77297,77291,347,0,1,0,1,18,0,0,0,0,0,1),
	/* Medication */
	E(105111,77303,348,0,1,0,1,624,0,0,0,0,0,1),
	E(77332,77321,348,0,1,0,1,948,0,0,0,0,0,0),
	E(152908,77397,348,0,1,0,1,16,0,0,4,167740,0,1),
	E(19028,77413,348,0,1,0,1,16,0,0,4,167786,0,0),
	E(77147,77429,348,0,65535,0,1,3,0,0,0,0,0,1),
	E(90095,77451,348,0,65535,0,1,949,0,0,0,0,0,0),
	E(90712,77565,348,0,1,0,1,4,1,5,0,0,0,1),
	E(164438,77589,348,0,1,0,1,8,0,0,1,167959,1,1),
	/* Medication.batch */
	E(36427,77338,349,0,1,0,1,26,0,0,0,0,0,0),
	E(36483,77370,349,0,1,0,1,1,0,0,0,0,0,0),
	/* Medication.ingredient */
	E(80593,77473,350,0,1,0,1,19,0,0,0,0,0,0),
	E(176957,77504,350,1,1,1,2,41,2,81,0,0,0,0),
	E(88642,77534,350,0,1,0,1,624,0,0,0,0,0,0),
	/* MedicationAdministration */
	E(175495,77632,351,0,1,0,1,16,0,0,3,167569,0,0),
	E(178243,77666,351,0,1,0,1,4,2,250,0,0,0,0),
	E(77060,77699,351,0,65535,0,1,4,1,10,0,0,0,0),
	E(79773,77731,351,0,1,0,1,950,0,0,0,0,0,0),
	E(150740,77991,351,1,1,1,2,153,0,0,0,0,0,1),
	E(78889,78029,351,0,65535,0,1,4,1,463,0,0,0,0),
	E(77147,78067,351,0,65535,0,1,3,0,0,0,0,0,0),
	E(78128,78103,351,0,65535,0,1,51,0,0,0,0,0,1),
	E(180611,78141,351,1,1,1,2,41,1,35,4,167740,0,1),
	E(77192,78180,351,0,65535,0,1,90,0,0,0,0,0,0),
	E(77218,78210,351,0,65535,0,1,4,2,951,0,0,0,1),
	E(95243,78242,351,0,65535,0,1,953,0,0,0,0,0,1),
	E(77231,78362,351,0,65535,0,1,16,0,0,4,172649,0,0),
	E(110488,78398,351,0,65535,0,1,4,3,222,0,0,0,0),
	E(105322,78439,351,0,1,0,1,4,1,203,0,0,0,0),
	E(164438,78472,351,1,1,0,1,8,0,0,1,167624,1,1),
	E(36860,78504,351,0,65535,0,1,16,0,0,4,172708,0,0),
	E(77261,78542,351,1,1,0,1,4,2,65,0,0,0,1),
	E(92616,78575,351,0,65535,0,1,4,1,116,0,0,0,0),
	/* MedicationAdministration.dosage */
	E(77795,77763,352,0,1,0,1,38,0,0,0,0,0,0),
	E(175651,77800,352,0,1,0,1,16,0,0,4,151947,0,0),
	E(180769,77839,352,0,1,1,2,954,0,0,0,0,0,0),
	E(161728,77879,352,0,1,0,1,16,0,0,4,174784,0,0),
	E(165281,77917,352,0,1,0,1,16,0,0,4,153094,0,0),
	E(41758,77954,352,0,1,0,1,1,0,0,0,0,0,0),
	/* MedicationAdministration.performer */
	E(122054,78277,353,1,1,0,1,4,5,956,0,0,0,1),
	E(167436,78318,353,0,1,0,1,16,0,0,4,167389,0,0),
	/* MedicationDispense */
	E(78660,78641,354,0,65535,0,1,4,1,203,0,0,0,0),
	E(175495,78684,354,0,1,0,1,16,0,0,3,168012,0,0),
	E(178243,78712,354,0,1,0,1,4,2,250,0,0,0,0),
	E(78758,78739,354,0,1,0,1,38,0,0,0,0,0,0),
	E(78788,78769,354,0,1,0,1,4,1,13,0,0,0,0),
	E(78819,78800,354,0,65535,0,1,4,1,961,0,0,0,0),
	E(78852,78833,354,0,65535,0,1,27,0,0,0,0,0,0),
	E(78889,78870,354,0,65535,0,1,4,1,463,0,0,0,0),
	E(77147,78902,354,0,65535,0,1,3,0,0,0,0,0,0),
	E(154127,78932,354,0,1,0,1,4,1,13,0,0,0,0),
	E(180611,78960,354,1,1,1,2,41,1,35,4,167740,0,1),
	E(77192,78993,354,0,65535,0,1,90,0,0,0,0,0,0),
	E(77218,79017,354,0,65535,0,1,4,1,74,0,0,0,0),
	E(95243,79043,354,0,65535,0,1,962,0,0,0,0,0,0),
	E(90330,79145,354,0,1,0,1,38,0,0,0,0,0,0),
	E(79192,79173,354,0,65535,0,1,4,2,58,0,0,0,0),
	E(164438,79201,354,1,1,0,1,8,0,0,1,168198,1,1),
	E(36860,79227,354,0,1,1,2,41,1,961,4,168136,0,0),
	E(77261,79262,354,0,1,0,1,4,2,65,0,0,0,1),
	E(137890,79289,354,0,1,0,1,963,0,0,0,0,0,0),
	E(92616,79493,354,0,65535,0,1,4,1,116,0,0,0,0),
	E(167524,79534,354,0,1,0,1,16,0,0,4,179849,0,0),
	E(79577,79558,354,0,1,0,1,26,0,0,0,0,0,0),
	E(79611,79592,354,0,1,0,1,26,0,0,0,0,0,1),
	/* MedicationDispense.performer */
	E(122054,79072,355,1,1,0,1,4,6,253,0,0,0,0),
	E(167436,79107,355,0,1,0,1,16,0,0,4,168069,0,0),
	/* MedicationDispense.substitution */
	E(167733,79321,356,0,65535,0,1,16,0,0,4,180395,0,0),
	E(79392,79360,356,0,65535,0,1,4,2,11,0,0,0,0),
	E(167524,79409,356,0,1,0,1,16,0,0,4,180010,0,0),
	E(79478,79446,356,1,1,0,1,19,0,0,0,0,0,0),
	/* MedicationKnowledge */
	E(79644,79624,357,0,65535,0,1,964,0,0,0,0,0,0),
	E(105111,80124,357,0,1,0,1,38,0,0,0,0,0,1),
	E(80171,80151,357,0,65535,0,1,4,1,35,0,0,0,0),
	E(152908,80192,357,0,1,0,1,16,0,0,4,167740,0,1),
	E(80237,80217,357,0,65535,0,1,4,1,961,0,0,0,0),
	E(80274,80254,357,0,65535,0,1,965,0,0,0,0,0,0),
	E(80391,80371,357,0,1,0,1,16,0,0,4,167786,0,0),
	E(80420,80400,357,0,65535,0,1,966,0,0,0,0,0,0),
	E(90095,80531,357,0,65535,0,1,967,0,0,0,0,0,0),
	E(80701,80681,357,0,65535,0,1,16,0,0,4,174784,0,0),
	E(80735,80715,357,0,65535,0,1,968,0,0,0,0,0,0),
	E(90712,80874,357,0,1,0,1,4,1,5,0,0,0,1),
	E(80927,80907,357,0,65535,0,1,969,0,0,0,0,0,0),
	E(81076,81056,357,0,65535,0,1,970,0,0,0,0,0,0),
	E(81200,81180,357,0,65535,0,1,971,0,0,0,0,0,0),
	E(81302,81282,357,0,1,0,1,972,0,0,0,0,0,0),
	E(81406,81386,357,0,1,0,1,25,0,0,0,0,0,0),
	E(81449,81429,357,0,65535,0,1,16,0,0,0,0,0,0),
	E(81481,81461,357,0,65535,0,1,973,0,0,0,0,0,0),
	E(81942,81922,357,0,65535,0,1,974,0,0,0,0,0,0),
	E(164438,82078,357,0,1,0,1,8,0,0,1,168385,1,1),
	E(82125,82105,357,0,65535,0,1,1,0,0,0,0,0,1),
	/* MedicationKnowledge.administrationGuidelines */
	E(79773,79669,358,0,65535,0,1,975,0,0,0,0,0,0),
	E(87229,79837,358,0,1,1,2,41,1,31,0,0,0,0),
	E(79941,79896,358,0,65535,0,1,976,0,0,0,0,0,0),
	/* MedicationKnowledge.administrationGuidelines.dosage */
	E(79773,79721,359,1,65535,0,1,27,0,0,0,0,0,0),
	E(167524,79780,359,1,1,0,1,16,0,0,0,0,0,0),
	/* MedicationKnowledge.administrationGuidelines.patientCharacteristics */
	E(168308,79964,360,1,1,1,2,573,0,0,0,0,0,0),
	E(97965,80050,360,0,65535,0,1,1,0,0,0,0,0,0),
	/* MedicationKnowledge.cost */
	E(80274,80279,361,1,1,0,1,264,0,0,0,0,0,0),
	E(164752,80309,361,0,1,0,1,1,0,0,0,0,0,0),
	E(167524,80341,361,1,1,0,1,16,0,0,0,0,0,0),
	/* MedicationKnowledge.drugCharacteristic */
	E(167524,80439,362,0,1,0,1,16,0,0,4,168259,0,0),
	E(97965,80483,362,0,1,1,4,977,0,0,0,0,0,0),
	/* MedicationKnowledge.ingredient */
	E(80593,80562,363,0,1,0,1,19,0,0,0,0,0,0),
	E(176957,80602,363,1,1,1,2,41,1,36,0,0,0,0),
	E(88642,80641,363,0,1,0,1,624,0,0,0,0,0,0),
	/* MedicationKnowledge.kinetics */
	E(80773,80744,364,0,65535,0,1,38,0,0,0,0,0,0),
	E(80817,80788,364,0,1,0,1,49,0,0,0,0,0,0),
	E(80861,80832,364,0,65535,0,1,38,0,0,0,0,0,0),
	/* MedicationKnowledge.medicineClassification */
	E(158529,80950,365,0,65535,0,1,16,0,0,0,0,0,0),
	E(167524,81008,365,1,1,0,1,16,0,0,0,0,0,0),
	/* MedicationKnowledge.monitoringProgram */
	E(64395,81094,366,0,1,0,1,1,0,0,0,0,0,0),
	E(167524,81137,366,0,1,0,1,16,0,0,0,0,0,0),
	/* MedicationKnowledge.monograph */
	E(164752,81210,367,0,1,0,1,4,2,586,0,0,0,0),
	E(167524,81247,367,0,1,0,1,16,0,0,0,0,0,0),
	/* MedicationKnowledge.packaging */
	E(90330,81312,368,0,1,0,1,38,0,0,0,0,0,0),
	E(167524,81351,368,0,1,0,1,16,0,0,4,168323,0,0),
	/* MedicationKnowledge.regulatory */
	E(81523,81492,369,0,1,0,1,981,0,0,0,0,0,0),
	E(81668,81637,369,1,1,0,1,4,1,5,0,0,0,0),
	E(81768,81688,369,0,65535,0,1,982,0,0,0,0,0,0),
	E(137890,81777,369,0,65535,0,1,983,0,0,0,0,0,0),
	/* MedicationKnowledge.regulatory.maxDispense */
	E(121990,81535,370,0,1,0,1,49,0,0,0,0,0,0),
	E(90330,81585,370,1,1,0,1,38,0,0,0,0,0,0),
	/* MedicationKnowledge.regulatory.schedule */
	E(81768,81728,371,1,1,0,1,16,0,0,0,0,0,0),
	/* MedicationKnowledge.regulatory.substitution */
	E(81865,81821,372,1,1,0,1,19,0,0,0,0,0,0),
	E(167524,81873,372,1,1,0,1,16,0,0,0,0,0,0),
	/* MedicationKnowledge.relatedMedicationKnowledge */
	E(27451,81969,373,1,65535,0,1,4,1,984,0,0,0,0),
	E(167524,82026,373,1,1,0,1,16,0,0,0,0,0,0),
	/* MedicationRequest */
	E(139257,82151,374,0,1,0,1,26,0,0,0,0,0,1),
	E(77000,82180,374,0,65535,0,1,4,4,985,0,0,0,1),
	E(175495,82206,374,0,65535,0,1,16,0,0,4,168447,0,0),
	E(82251,82233,374,0,1,0,1,16,0,0,4,168503,0,0),
	E(78819,82271,374,0,65535,0,1,4,1,961,0,0,0,0),
	E(82321,82303,374,0,1,0,1,989,0,0,0,0,0,0),
	E(11176,82794,374,0,1,0,1,19,0,0,0,0,1,1),
	E(78852,82825,374,0,65535,0,1,27,0,0,0,0,0,0),
	E(168837,82861,374,0,1,0,1,4,1,57,0,0,0,0),
	E(78889,82889,374,0,65535,0,1,4,1,463,0,0,0,0),
	E(139389,82920,374,0,1,0,1,3,0,0,0,0,0,1),
	E(77147,82954,374,0,65535,0,1,3,0,0,0,0,0,0),
	E(110211,82983,374,0,65535,0,1,29,0,0,0,0,0,1),
	E(110243,83023,374,0,65535,0,1,51,0,0,0,0,0,1),
	E(19122,83057,374,0,65535,0,1,4,2,554,0,0,0,0),
	E(139536,83085,374,1,1,0,1,8,0,0,1,168568,1,1),
	E(180611,83110,374,1,1,1,2,41,1,35,4,167740,0,1),
	E(77192,83142,374,0,65535,0,1,90,0,0,0,0,0,0),
	E(95243,83165,374,0,1,0,1,4,7,990,0,0,0,0),
	E(139663,83193,374,0,1,0,1,16,0,0,4,170955,0,1),
	E(83243,83225,374,0,1,0,1,4,1,203,0,0,0,0),
	E(163358,83261,374,0,1,0,1,8,0,0,1,173755,0,1),
	E(77231,83288,374,0,65535,0,1,16,0,0,4,156399,0,0),
	E(110488,83317,374,0,65535,0,1,4,2,69,0,0,0,0),
	E(3424,83351,374,0,1,0,1,4,2,11,0,0,0,0),
	E(66967,83378,374,0,1,1,2,997,5,608,0,0,0,1),
	E(139754,83408,374,0,1,0,1,4,6,391,0,0,0,1),
	E(164438,83436,374,1,1,0,1,8,0,0,1,168689,1,1),
	E(36860,83461,374,0,1,0,1,16,0,0,4,168628,0,0),
	E(77261,83492,374,1,1,0,1,4,2,65,0,0,0,1),
	E(137890,83518,374,0,1,0,1,999,0,0,0,0,0,0),
	E(92616,83629,374,0,65535,0,1,4,1,116,0,0,0,0),
	/* MedicationRequest.dispenseRequest */
	E(82371,82337,375,0,1,0,1,49,0,0,0,0,0,0),
	E(82422,82388,375,0,1,0,1,49,0,0,0,0,0,0),
	E(82479,82445,375,0,1,0,1,1000,0,0,0,0,0,0),
	E(82635,82601,375,0,1,0,1,110,0,0,0,0,0,0),
	E(95243,82658,375,0,1,0,1,4,1,5,0,0,0,0),
	E(90330,82702,375,0,1,0,1,38,0,0,0,0,0,0),
	E(86672,82745,375,0,1,0,1,7,0,0,0,0,0,0),
	/* MedicationRequest.dispenseRequest.initialFill */
	E(77090,82491,376,0,1,0,1,49,0,0,0,0,0,0),
	E(90330,82546,376,0,1,0,1,38,0,0,0,0,0,0),
	/* MedicationRequest.substitution */
	E(81865,83549,377,1,1,1,2,621,0,0,4,180010,0,0),
	E(167733,83591,377,0,1,0,1,16,0,0,4,180395,0,0),
	/* MedicationStatement */
	E(77000,83689,378,0,65535,0,1,4,3,1001,0,0,0,1),
	E(175495,83717,378,0,1,0,1,16,0,0,3,167837,0,1),
	E(178243,83746,378,0,1,0,1,4,2,250,0,0,0,1),
	E(83794,83774,378,0,1,0,1,26,0,0,0,0,0,1),
	E(111682,83807,378,0,65535,0,1,4,1,116,0,0,0,0),
	E(79773,83839,378,0,65535,0,1,27,0,0,0,0,0,0),
	E(150740,83866,378,0,1,1,2,153,0,0,0,0,0,1),
	E(77147,83899,378,0,65535,0,1,3,0,0,0,0,0,1),
	E(83950,83930,378,0,1,0,1,4,5,608,0,0,0,0),
	E(180611,83968,378,1,1,1,2,41,1,35,4,167740,0,1),
	E(77192,84002,378,0,65535,0,1,90,0,0,0,0,0,0),
	E(77218,84027,378,0,65535,0,1,4,5,1004,0,0,0,1),
	E(77231,84054,378,0,65535,0,1,16,0,0,4,156399,0,0),
	E(110488,84085,378,0,65535,0,1,4,3,222,0,0,0,0),
	E(164438,84121,378,1,1,0,1,8,0,0,1,167896,1,1),
	E(36860,84148,378,0,65535,0,1,16,0,0,4,172771,0,0),
	E(77261,84181,378,1,1,0,1,4,2,65,0,0,0,1),
	/* MedicinalProduct */
	E(84226,84209,379,0,1,0,1,16,0,0,0,0,0,1),
	E(84273,84256,379,0,65535,0,1,4,1,62,0,0,0,1),
	E(84307,84290,379,0,65535,0,1,4,1,64,0,0,0,1),
	E(84338,84321,379,0,1,0,1,16,0,0,0,0,0,1),
	E(36304,84369,379,0,65535,0,1,4,2,1009,0,0,0,1),
	E(84411,84394,379,0,65535,0,1,3,0,0,0,0,0,1),
	E(136015,84426,379,0,1,0,1,130,0,0,0,0,0,1),
	E(77147,84450,379,0,65535,0,1,3,0,0,0,0,0,1),
	E(90667,84478,379,0,1,0,1,16,0,0,0,0,0,1),
	E(84532,84515,379,0,65535,0,1,1011,0,0,0,0,0,1),
	E(90798,84956,379,0,65535,0,1,1012,0,0,0,0,0,1),
	E(85006,84989,379,0,65535,0,1,4,1,62,0,0,0,1),
	E(64395,85017,379,1,65535,0,1,1013,0,0,0,0,0,1),
	E(85375,85358,379,0,65535,0,1,4,1,1014,0,0,0,1),
	E(85417,85400,379,0,1,0,1,16,0,0,0,0,0,1),
	E(85457,85440,379,0,65535,0,1,4,1,1015,0,0,0,1),
	E(85496,85479,379,0,65535,0,1,16,0,0,0,0,0,1),
	E(85535,85518,379,0,65535,0,1,1016,0,0,0,0,0,1),
	E(85885,85868,379,0,65535,0,1,1,0,0,0,0,0,1),
	E(167524,85901,379,0,1,0,1,16,0,0,0,0,0,1),
	/* MedicinalProduct.manufacturingBusinessOperation */
	E(84611,84563,380,0,1,0,1,3,0,0,0,0,0,1),
	E(84688,84640,380,0,1,0,1,16,0,0,0,0,0,1),
	E(84761,84713,380,0,1,0,1,26,0,0,0,0,0,1),
	E(90712,84775,380,0,65535,0,1,4,1,5,0,0,0,1),
	E(84884,84836,380,0,1,0,1,16,0,0,0,0,0,1),
	E(84946,84898,380,0,1,0,1,4,1,5,0,0,0,1),
	/* MedicinalProduct.name */
	E(85061,85039,381,0,65535,0,1,1017,0,0,0,0,0,1),
	E(85243,85221,381,0,65535,0,1,1018,0,0,0,0,0,1),
	E(85346,85324,381,1,1,0,1,1,0,0,0,0,0,1),
	/* MedicinalProduct.name.countryLanguage */
	E(85115,85077,382,1,1,0,1,16,0,0,0,0,0,1),
	E(49887,85123,382,0,1,0,1,16,0,0,0,0,0,1),
	E(162786,85174,382,1,1,0,1,16,0,0,0,0,0,1),
	/* MedicinalProduct.name.namePart */
	E(135052,85252,383,1,1,0,1,1,0,0,0,0,0,1),
	E(167524,85288,383,1,1,0,1,130,0,0,0,0,0,1),
	/* MedicinalProduct.specialDesignation */
	E(72452,85554,384,0,1,0,1,26,0,0,0,0,0,1),
	E(77147,85595,384,0,65535,0,1,3,0,0,0,0,0,1),
	E(87229,85642,384,0,1,1,2,41,1,1019,0,0,0,1),
	E(85728,85692,384,0,1,0,1,16,0,0,0,0,0,1),
	E(134806,85740,384,0,1,0,1,16,0,0,0,0,0,1),
	E(164438,85784,384,0,1,0,1,16,0,0,0,0,0,1),
	E(167524,85827,384,0,1,0,1,16,0,0,0,0,0,1),
	/* MedicinalProductAuthorization */
	E(85115,85953,385,0,65535,0,1,16,0,0,0,0,0,1),
	E(86021,85991,385,0,1,0,1,7,0,0,0,0,0,1),
	E(86073,86043,385,0,1,0,1,26,0,0,0,0,0,1),
	E(86128,86098,385,0,1,0,1,4,1,5,0,0,0,1),
	E(77147,86135,385,0,65535,0,1,3,0,0,0,0,0,1),
	E(86206,86176,385,0,1,0,1,26,0,0,0,0,0,1),
	E(49887,86229,385,0,65535,0,1,16,0,0,0,0,0,1),
	E(86302,86272,385,0,65535,0,1,1020,0,0,0,0,0,1),
	E(86717,86687,385,0,1,0,1,16,0,0,0,0,0,1),
	E(176312,86728,385,0,1,0,1,1021,0,0,0,0,0,1),
	E(84946,86964,385,0,1,0,1,4,1,5,0,0,0,1),
	E(87034,87004,385,0,1,0,1,26,0,0,0,0,0,1),
	E(164438,87046,385,0,1,0,1,16,0,0,0,0,0,1),
	E(135459,87083,385,0,1,0,1,26,0,0,0,0,0,1),
	E(77261,87124,385,0,1,0,1,4,2,1022,0,0,0,1),
	E(86672,87162,385,0,1,0,1,7,0,0,0,0,0,1),
	/* MedicinalProductAuthorization.jurisdictionalAuthorization */
	E(85115,86330,386,0,1,0,1,16,0,0,0,0,0,1),
	E(77147,86396,386,0,65535,0,1,3,0,0,0,0,0,1),
	E(49887,86465,386,0,65535,0,1,16,0,0,0,0,0,1),
	E(90667,86536,386,0,1,0,1,16,0,0,0,0,0,1),
	E(86672,86614,386,0,1,0,1,7,0,0,0,0,0,1),
	/* MedicinalProductAuthorization.procedure */
	E(86808,86768,387,0,65535,0,1,1021,0,0,0,0,0,1),
	E(72452,86820,387,0,1,1,2,589,0,0,0,0,0,1),
	E(77147,86868,387,0,1,0,1,3,0,0,0,0,0,1),
	E(167524,86919,387,1,1,0,1,16,0,0,0,0,0,1),
	/* MedicinalProductContraindication */
	E(87743,87240,388,0,65535,0,1,16,0,0,0,0,0,1),
	E(165183,87285,388,0,1,0,1,16,0,0,0,0,0,1),
	E(87782,87326,388,0,1,0,1,16,0,0,0,0,0,1),
	E(87952,87373,388,0,65535,0,1,1024,0,0,0,0,0,1),
	E(167179,87549,388,0,65535,0,1,1025,0,0,0,0,0,1),
	E(77261,87593,388,0,65535,0,1,4,2,1026,0,0,0,1),
	E(87667,87634,388,0,65535,0,1,4,1,1019,0,0,0,1),
	/* MedicinalProductContraindication.otherTherapy */
	E(180611,87419,389,1,1,1,2,41,4,1028,0,0,0,1),
	E(88059,87479,389,1,1,0,1,16,0,0,0,0,0,1),
	/* MedicinalProductIndication */
	E(87743,87716,390,0,65535,0,1,16,0,0,0,0,0,1),
	E(87782,87755,390,0,1,0,1,16,0,0,0,0,0,1),
	E(87823,87796,390,0,1,0,1,16,0,0,0,0,0,1),
	E(77090,87847,390,0,1,0,1,38,0,0,0,0,0,1),
	E(87910,87883,390,0,1,0,1,16,0,0,0,0,0,1),
	E(87952,87925,390,0,65535,0,1,1032,0,0,0,0,0,1),
	E(167179,88083,390,0,65535,0,1,1025,0,0,0,0,0,1),
	E(77261,88121,390,0,65535,0,1,4,2,1026,0,0,0,1),
	E(88183,88156,390,0,65535,0,1,4,1,1033,0,0,0,1),
	/* MedicinalProductIndication.otherTherapy */
	E(180611,87965,391,1,1,1,2,41,4,1028,0,0,0,1),
	E(88059,88019,391,1,1,0,1,16,0,0,0,0,0,1),
	/* MedicinalProductIngredient */
	E(37553,88228,392,0,1,0,1,19,0,0,0,0,0,1),
	E(77147,88275,392,0,1,0,1,3,0,0,0,0,0,1),
	E(90712,88313,392,0,65535,0,1,4,1,5,0,0,0,1),
	E(170405,88353,392,1,1,0,1,16,0,0,0,0,0,1),
	E(88412,88385,392,0,65535,0,1,1034,0,0,0,0,0,1),
	E(89565,89575,392,0,1,0,1,1035,0,0,0,0,0,1),
	/* MedicinalProductIngredient.specifiedSubstance */
	E(152908,88431,393,1,1,0,1,16,0,0,0,0,0,1),
	E(88528,88482,393,0,1,0,1,16,0,0,0,0,0,1),
	E(88590,88544,393,1,1,0,1,16,0,0,0,0,0,1),
	E(88642,88596,393,0,65535,0,1,1036,0,0,0,0,0,1),
	/* MedicinalProductIngredient.specifiedSubstance.strength */
	E(88706,88651,394,0,1,0,1,624,0,0,0,0,0,1),
	E(88775,88720,394,0,1,0,1,624,0,0,0,0,1,1),
	E(85115,88797,394,0,65535,0,1,16,0,0,0,0,0,1),
	E(89303,88860,394,0,1,0,1,1,0,0,0,0,0,1),
	E(88987,88932,394,1,1,0,1,624,0,0,0,0,0,1),
	E(89055,89000,394,0,1,0,1,624,0,0,0,0,1,1),
	E(89131,89076,394,0,65535,0,1,1037,0,0,0,0,0,1),
	/* MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength */
	E(85115,89149,395,0,65535,0,1,16,0,0,0,0,0,1),
	E(89303,89230,395,0,1,0,1,1,0,0,0,0,0,1),
	E(88642,89320,395,1,1,0,1,624,0,0,0,0,0,1),
	E(89475,89402,395,0,1,0,1,624,0,0,0,0,0,1),
	E(89565,89492,395,0,1,0,1,16,0,0,0,0,0,1),
	/* MedicinalProductIngredient.substance */
	E(152908,89612,396,1,1,0,1,16,0,0,0,0,0,1),
	E(88642,89654,396,0,65535,0,1,1036,0,0,0,0,0,1),
	/* MedicinalProductInteraction */
	E(75776,89728,397,0,1,0,1,1,0,0,0,0,0,1),
	E(89796,89768,397,0,1,0,1,16,0,0,0,0,0,1),
	E(89831,89803,397,0,1,0,1,16,0,0,0,0,0,1),
	E(89869,89841,397,0,65535,0,1,1038,0,0,0,0,0,1),
	E(89957,89929,397,0,1,0,1,16,0,0,0,0,0,1),
	E(77261,89968,397,0,65535,0,1,4,3,1028,0,0,0,1),
	E(167524,90004,397,0,1,0,1,16,0,0,0,0,0,1),
	/* MedicinalProductInteraction.interactant */
	E(176957,89881,398,1,1,1,2,33,4,1039,0,0,0,1),
	/* MedicinalProductManufactured */
	E(90095,90066,399,0,65535,0,1,4,1,1043,0,0,0,1),
	E(90135,90106,399,1,1,0,1,16,0,0,0,0,0,1),
	E(90712,90156,399,0,65535,0,1,4,1,5,0,0,0,1),
	E(90227,90198,399,0,65535,0,1,16,0,0,0,0,0,1),
	E(90277,90248,399,0,1,0,1,548,0,0,0,0,0,1),
	E(90330,90301,399,1,1,0,1,38,0,0,0,0,0,1),
	E(90368,90339,399,0,1,0,1,16,0,0,0,0,0,1),
	/* MedicinalProductPackaged */
	E(90437,90412,400,0,65535,0,1,1044,0,0,0,0,0,1),
	E(75776,90569,400,0,1,0,1,1,0,0,0,0,0,1),
	E(77147,90606,400,0,65535,0,1,3,0,0,0,0,0,1),
	E(90667,90642,400,0,1,0,1,16,0,0,0,0,0,1),
	E(90712,90687,400,0,65535,0,1,4,1,5,0,0,0,1),
	E(90750,90725,400,0,1,0,1,4,1,1045,0,0,0,1),
	E(90798,90773,400,0,65535,0,1,1012,0,0,0,0,0,1),
	E(90839,90814,400,1,65535,0,1,1046,0,0,0,0,0,1),
	E(77261,91458,400,0,65535,0,1,4,1,1022,0,0,0,1),
	/* MedicinalProductPackaged.batchIdentifier */
	E(90494,90453,401,0,1,0,1,3,0,0,0,0,0,1),
	E(90554,90513,401,1,1,0,1,3,0,0,0,0,0,1),
	/* MedicinalProductPackaged.packageItem */
	E(90888,90851,402,0,65535,0,1,16,0,0,0,0,0,1),
	E(77060,90906,402,0,65535,0,1,4,1,537,0,0,0,1),
	E(77147,90950,402,0,65535,0,1,3,0,0,0,0,0,1),
	E(91035,90998,402,0,65535,0,1,4,1,1047,0,0,0,1),
	E(90712,91052,402,0,65535,0,1,4,1,5,0,0,0,1),
	E(157596,91102,402,0,65535,0,1,16,0,0,0,0,0,1),
	E(90227,91148,402,0,65535,0,1,16,0,0,0,0,0,1),
	E(90839,91206,402,0,65535,0,1,1046,0,0,0,0,0,1),
	E(90277,91255,402,0,1,0,1,548,0,0,0,0,0,1),
	E(90330,91316,402,1,1,0,1,38,0,0,0,0,0,1),
	E(91399,91362,402,0,65535,0,1,550,0,0,0,0,0,1),
	E(167524,91416,402,1,1,0,1,16,0,0,0,0,0,1),
	/* MedicinalProductPharmaceutical */
	E(91553,91522,403,1,1,0,1,16,0,0,0,0,0,1),
	E(91606,91575,403,0,65535,0,1,1048,0,0,0,0,0,1),
	E(77060,91728,403,0,65535,0,1,4,1,537,0,0,0,1),
	E(77147,91766,403,0,65535,0,1,3,0,0,0,0,0,1),
	E(90095,91808,403,0,65535,0,1,4,1,1043,0,0,0,1),
	E(91881,91850,403,1,65535,0,1,1049,0,0,0,0,0,1),
	E(90368,92819,403,0,1,0,1,16,0,0,0,0,0,1),
	/* MedicinalProductPharmaceutical.characteristics */
	E(152908,91622,404,1,1,0,1,16,0,0,0,0,0,1),
	E(164438,91674,404,0,1,0,1,16,0,0,0,0,0,1),
	/* MedicinalProductPharmaceutical.routeOfAdministration */
	E(152908,91903,405,1,1,0,1,16,0,0,0,0,0,1),
	E(92014,91961,405,0,1,0,1,38,0,0,0,0,0,1),
	E(92077,92024,405,0,1,0,1,38,0,0,0,0,0,1),
	E(92144,92091,405,0,1,0,1,624,0,0,0,0,0,1),
	E(92223,92170,405,0,1,0,1,38,0,0,0,0,0,1),
	E(92290,92237,405,0,1,0,1,49,0,0,0,0,0,1),
	E(92362,92309,405,0,65535,0,1,1050,0,0,0,0,0,1),
	/* MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies */
	E(152908,92376,406,1,1,0,1,16,0,0,0,0,0,1),
	E(92515,92448,406,0,65535,0,1,1051,0,0,0,0,0,1),
	/* MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod */
	E(92616,92532,407,0,1,0,1,1,0,0,0,0,0,1),
	E(92722,92638,407,1,1,0,1,16,0,0,0,0,0,1),
	E(97965,92729,407,1,1,0,1,38,0,0,0,0,0,1),
	/* MedicinalProductUndesirableEffect */
	E(158529,92903,408,0,1,0,1,16,0,0,0,0,0,1),
	E(92986,92952,408,0,1,0,1,16,0,0,0,0,0,1),
	E(167179,93008,408,0,65535,0,1,1025,0,0,0,0,0,1),
	E(77261,93053,408,0,65535,0,1,4,2,1026,0,0,0,1),
	E(93129,93095,408,0,1,0,1,16,0,0,0,0,0,1),
	/* MessageDefinition */
	E(93188,93170,409,0,65535,0,1,1052,0,0,0,0,0,0),
	E(150334,93290,409,0,1,0,1,29,1,174,0,0,0,1),
	E(175495,93313,409,0,1,0,1,8,0,0,1,168847,0,1),
	E(36304,93340,409,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,93366,409,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,93394,409,1,1,0,1,26,0,0,0,0,0,1),
	E(75776,93417,409,0,1,0,1,25,0,0,0,0,0,1),
	E(163407,93447,409,1,1,1,2,1053,0,0,4,168749,0,1),
	E(94849,93474,409,0,1,0,1,19,0,0,0,0,0,1),
	E(139369,93505,409,0,65535,0,1,1055,0,0,0,0,0,1),
	E(93664,93646,409,0,65535,0,1,29,1,1056,0,0,0,0),
	E(77147,93670,409,0,65535,0,1,3,0,0,0,0,0,1),
	E(49887,93699,409,0,65535,0,1,16,0,0,2,165925,0,1),
	E(64395,93730,409,0,1,0,1,1,0,0,0,0,0,1),
	E(38679,93753,409,0,65535,0,1,29,2,243,0,0,0,1),
	E(49978,93778,409,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,93806,409,0,1,0,1,25,0,0,0,0,0,1),
	E(12119,93832,409,0,65535,0,1,29,1,174,0,0,0,1),
	E(93877,93859,409,0,1,0,1,8,0,0,1,168959,0,0),
	E(164438,93894,409,1,1,0,1,8,0,0,1,172135,1,1),
	E(65617,93919,409,0,1,0,1,1,0,0,0,0,0,1),
	E(26304,93943,409,0,1,0,1,51,0,0,0,0,0,1),
	E(50137,93965,409,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,93994,409,0,1,0,1,1,0,0,0,0,0,1),
	/* MessageDefinition.allowedResponse */
	E(93238,93204,410,1,1,0,1,29,1,174,0,0,0,0),
	E(93280,93246,410,0,1,0,1,25,0,0,0,0,0,0),
	/* MessageDefinition.focus */
	E(152908,93529,411,1,1,0,1,8,0,0,1,174478,0,1),
	E(128164,93558,411,0,1,0,1,1,0,0,0,0,0,0),
	E(128199,93586,411,1,1,0,1,110,0,0,0,0,0,1),
	E(94681,93614,411,0,1,0,1,29,1,37,0,0,0,0),
	/* MessageHeader */
	E(5636,94034,412,0,1,0,1,4,2,11,0,0,0,1),
	E(36319,94055,412,0,1,0,1,29,1,174,0,0,0,1),
	E(78788,94080,412,0,65535,0,1,1057,0,0,0,0,0,1),
	E(13201,94240,412,0,1,0,1,4,2,11,0,0,0,1),
	E(163407,94262,412,1,1,1,2,1053,0,0,4,168749,0,1),
	E(139369,94285,412,0,65535,0,1,4,1,116,0,0,0,1),
	E(167733,94305,412,0,1,0,1,16,0,0,4,168793,0,1),
	E(105344,94326,412,0,1,0,1,1058,0,0,0,0,0,1),
	E(105745,94442,412,0,1,0,1,4,3,214,0,0,0,1),
	E(23137,94468,412,0,1,0,1,4,3,214,0,0,0,1),
	E(164752,94489,412,1,1,0,1,1059,0,0,0,0,0,1),
	/* MessageHeader.destination */
	E(64281,94106,413,1,1,0,1,126,0,0,0,0,0,1),
	E(64395,94141,413,0,1,0,1,1,0,0,0,0,0,1),
	E(79192,94172,413,0,1,0,1,4,3,214,0,0,0,1),
	E(111457,94207,413,0,1,0,1,4,1,10,0,0,0,1),
	/* MessageHeader.response */
	E(152908,94349,414,1,1,0,1,8,0,0,1,174528,0,1),
	E(94400,94377,414,0,1,0,1,4,1,838,0,0,0,1),
	E(77147,94408,414,1,1,0,1,640,0,0,0,0,0,1),
	/* MessageHeader.source */
	E(36304,94510,415,0,1,0,1,230,0,0,0,0,0,1),
	E(64281,94539,415,1,1,0,1,126,0,0,0,0,0,1),
	E(64395,94569,415,0,1,0,1,1,0,0,0,0,0,1),
	E(94616,94595,415,0,1,0,1,1,0,0,0,0,0,1),
	E(37099,94625,415,0,1,0,1,1,0,0,0,0,0,1),
	/* Meta */
	E(94664,94659,416,0,1,0,1,108,0,0,0,0,0,1),
	E(94681,94676,416,0,65535,0,1,29,1,37,0,0,0,1),
	E(94694,94689,416,0,65535,0,1,130,0,0,2,175094,0,1),
	E(164752,94703,416,0,1,0,1,51,0,0,0,0,0,1),
	E(94720,94715,416,0,65535,0,1,130,0,0,4,155695,0,1),
	E(94729,94724,416,0,1,0,1,640,0,0,0,0,0,1),
	/* MetadataResource */
	E(36304,94756,417,0,65535,0,1,24,0,0,0,0,0,1),
	E(72452,94781,417,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,94803,417,0,1,0,1,25,0,0,0,0,0,0),
	E(94849,94832,417,0,1,0,1,19,0,0,0,0,0,1),
	E(49887,94862,417,0,65535,0,1,16,0,0,2,165925,0,1),
	E(64395,94892,417,0,1,0,1,1,0,0,0,0,0,1),
	E(49978,94914,417,0,1,0,1,1,0,0,0,0,0,1),
	E(164438,94941,417,1,1,0,1,8,0,0,1,172135,1,1),
	E(65617,94965,417,0,1,0,1,1,0,0,0,0,0,1),
	E(26304,94988,417,0,1,0,1,51,0,0,0,0,0,1),
	E(50137,95009,417,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,95037,417,0,1,0,1,1,0,0,0,0,0,1),
	/* MolecularSequence */
	E(95098,95080,418,1,1,0,1,151,0,0,0,0,0,1),
	E(77060,95115,418,0,1,0,1,4,1,10,0,0,0,1),
	E(77147,95140,418,0,65535,0,1,3,0,0,0,0,0,1),
	E(95187,95169,418,0,1,0,1,1,0,0,0,0,0,1),
	E(36619,95199,418,0,1,0,1,4,1,9,0,0,0,1),
	E(95243,95225,418,0,1,0,1,4,1,5,0,0,0,1),
	E(95271,95253,418,0,65535,0,1,4,1,1060,0,0,0,1),
	E(162125,95279,418,0,65535,0,1,1061,0,0,0,0,0,1),
	E(90330,96070,418,0,1,0,1,38,0,0,0,0,0,1),
	E(96115,96097,418,0,1,0,1,151,0,0,0,0,0,1),
	E(175341,96128,418,0,1,0,1,1062,0,0,0,0,0,1),
	E(96574,96556,418,0,65535,0,1,1063,0,0,0,0,0,1),
	E(96824,96806,418,0,1,0,1,4,1,597,0,0,0,1),
	E(96851,96833,418,0,65535,0,1,1064,0,0,0,0,0,1),
	E(167524,97264,418,0,1,0,1,8,0,0,1,175354,0,1),
	E(97305,97287,418,0,65535,0,1,1065,0,0,0,0,0,1),
	/* MolecularSequence.quality */
	E(106343,95305,419,0,1,0,1,151,0,0,0,0,0,1),
	E(95361,95335,419,0,1,0,1,157,0,0,0,0,0,1),
	E(95394,95368,419,0,1,0,1,157,0,0,0,0,0,1),
	E(175651,95399,419,0,1,0,1,16,0,0,4,175187,0,1),
	E(95776,95432,419,0,1,0,1,157,0,0,0,0,0,1),
	E(95494,95468,419,0,1,0,1,157,0,0,0,0,0,1),
	E(95528,95502,419,0,1,0,1,157,0,0,0,0,0,1),
	E(95562,95536,419,0,1,0,1,157,0,0,0,0,0,1),
	E(95595,95569,419,0,1,0,1,1066,0,0,0,0,0,1),
	E(95816,95864,419,0,1,0,1,38,0,0,0,0,0,1),
	E(175286,95896,419,0,1,0,1,16,0,0,4,175240,0,1),
	E(106354,95939,419,0,1,0,1,151,0,0,0,0,0,1),
	E(95997,95971,419,0,1,0,1,157,0,0,0,0,0,1),
	E(96031,96005,419,0,1,0,1,157,0,0,0,0,0,1),
	E(167524,96039,419,1,1,0,1,8,0,0,1,172189,0,1),
	/* MolecularSequence.quality.roc */
	E(95629,95599,420,0,65535,0,1,157,0,0,0,0,0,1),
	E(95668,95638,420,0,65535,0,1,151,0,0,0,0,0,1),
	E(95704,95674,420,0,65535,0,1,151,0,0,0,0,0,1),
	E(95740,95710,420,0,65535,0,1,151,0,0,0,0,0,1),
	E(95776,95746,420,0,65535,0,1,157,0,0,0,0,0,1),
	E(95816,95786,420,0,65535,0,1,151,0,0,0,0,0,1),
	E(95852,95822,420,0,65535,0,1,157,0,0,0,0,0,1),
	/* MolecularSequence.referenceSeq */
	E(96190,96159,421,0,1,0,1,16,0,0,4,154984,0,1),
	E(96232,96201,421,0,1,0,1,1,0,0,0,0,0,1),
	E(96275,96244,421,0,1,0,1,8,0,0,1,170457,0,1),
	E(96318,96287,421,0,1,0,1,16,0,0,4,175303,0,1),
	E(96364,96333,421,0,1,0,1,4,1,1060,0,0,0,1),
	E(96415,96384,421,0,1,0,1,1,0,0,0,0,0,1),
	E(96465,96434,421,0,1,0,1,8,0,0,1,176373,0,1),
	E(96503,96472,421,0,1,0,1,151,0,0,0,0,0,1),
	E(96544,96513,421,0,1,0,1,151,0,0,0,0,0,1),
	/* MolecularSequence.repository */
	E(96614,96585,422,0,1,0,1,1,0,0,0,0,0,1),
	E(64395,96624,422,0,1,0,1,1,0,0,0,0,0,1),
	E(96687,96658,422,0,1,0,1,1,0,0,0,0,0,1),
	E(167524,96697,422,1,1,0,1,8,0,0,1,173654,0,1),
	E(26304,96731,422,0,1,0,1,51,0,0,0,0,0,1),
	E(96793,96764,422,0,1,0,1,1,0,0,0,0,0,1),
	/* MolecularSequence.structureVariant */
	E(96903,96868,423,0,1,0,1,19,0,0,0,0,0,1),
	E(96944,96909,423,0,1,0,1,1067,0,0,0,0,0,1),
	E(47215,97042,423,0,1,0,1,151,0,0,0,0,0,1),
	E(97119,97084,423,0,1,0,1,1068,0,0,0,0,0,1),
	E(97252,97217,423,0,1,0,1,16,0,0,1,179188,0,1),
	/* MolecularSequence.structureVariant.inner */
	E(106343,96950,424,0,1,0,1,151,0,0,0,0,0,1),
	E(106354,96995,424,0,1,0,1,151,0,0,0,0,0,1),
	/* MolecularSequence.structureVariant.outer */
	E(106343,97125,425,0,1,0,1,151,0,0,0,0,0,1),
	E(106354,97170,425,0,1,0,1,151,0,0,0,0,0,1),
	/* MolecularSequence.variant */
	E(97339,97313,426,0,1,0,1,1,0,0,0,0,0,1),
	E(106343,97345,426,0,1,0,1,151,0,0,0,0,0,1),
	E(97401,97375,426,0,1,0,1,1,0,0,0,0,0,1),
	E(97442,97416,426,0,1,0,1,1,0,0,0,0,0,1),
	E(106354,97458,426,0,1,0,1,151,0,0,0,0,0,1),
	E(97516,97490,426,0,1,0,1,4,1,70,0,0,0,1),
	/* Money */
	E(97543,97537,427,0,1,0,1,8,0,0,1,159207,0,1),
	E(97965,97552,427,0,1,0,1,157,0,0,0,0,0,1),
	/* NamingSystem */
	E(36304,97591,429,0,65535,0,1,24,0,0,0,0,0,1),
	E(72452,97612,429,1,1,0,1,26,0,0,0,0,0,1),
	E(75776,97630,429,0,1,0,1,25,0,0,0,0,0,0),
	E(49887,97655,429,0,65535,0,1,16,0,0,2,165925,0,1),
	E(159826,97681,429,1,1,0,1,8,0,0,1,169554,0,1),
	E(64395,97699,429,1,1,0,1,1,0,0,0,0,0,1),
	E(49978,97717,429,0,1,0,1,1,0,0,0,0,0,1),
	E(105745,97740,429,0,1,0,1,1,0,0,0,0,0,0),
	E(164438,97765,429,1,1,0,1,8,0,0,1,172135,1,1),
	E(167524,97785,429,0,1,0,1,16,0,0,2,164171,0,0),
	E(97816,97803,429,1,65535,0,1,1069,0,0,0,0,0,1),
	E(167072,97971,429,0,1,0,1,1,0,0,0,0,0,0),
	E(50137,97990,429,0,65535,0,1,52,0,0,0,0,0,1),
	/* NamingSystem.uniqueId */
	E(40154,97825,430,0,1,0,1,1,0,0,0,0,0,0),
	E(121990,97855,430,0,1,0,1,7,0,0,0,0,0,0),
	E(97906,97884,430,0,1,0,1,19,0,0,0,0,0,0),
	E(167524,97916,430,1,1,0,1,8,0,0,1,169490,0,1),
	E(97965,97943,430,1,1,0,1,1,0,0,0,0,0,1),
	/* Narrative */
	E(98034,98024,431,1,1,0,1,1070,0,0,0,0,0,0),
	E(164438,98038,431,1,1,0,1,8,0,0,1,169607,0,0),
	/* NutritionOrder */
	E(98085,98070,432,0,65535,0,1,4,1,71,0,0,0,0),
	E(98119,98104,432,1,1,0,1,26,0,0,0,0,0,1),
	E(168837,98128,432,0,1,0,1,4,1,57,0,0,0,0),
	E(98168,98153,432,0,1,0,1,1071,0,0,0,0,0,0),
	E(98798,98783,432,0,65535,0,1,16,0,0,4,163078,0,0),
	E(98833,98818,432,0,65535,0,1,16,0,0,4,161055,0,0),
	E(77147,98856,432,0,65535,0,1,3,0,0,0,0,0,0),
	E(78128,98882,432,0,65535,0,1,51,0,0,0,0,0,0),
	E(110211,98910,432,0,65535,0,1,29,2,243,0,0,0,1),
	E(110243,98947,432,0,65535,0,1,51,0,0,0,0,0,1),
	E(139536,98978,432,1,1,0,1,8,0,0,1,173705,1,1),
	E(77192,99000,432,0,65535,0,1,90,0,0,0,0,0,0),
	E(99035,99020,432,0,1,0,1,1072,0,0,0,0,0,0),
	E(99431,99416,432,0,1,0,1,4,2,11,0,0,0,1),
	E(36619,99439,432,1,1,0,1,4,1,9,0,0,0,1),
	E(164438,99462,432,1,1,0,1,8,0,0,1,173865,1,1),
	E(99499,99484,432,0,65535,0,1,1073,0,0,0,0,0,0),
	/* NutritionOrder.enteralFormula */
	E(98213,98183,433,0,1,0,1,1,0,0,0,0,0,0),
	E(98263,98233,433,0,1,0,1,16,0,0,4,161734,0,0),
	E(98306,98276,433,0,65535,0,1,1074,0,0,0,0,0,0),
	E(98512,98482,433,0,1,0,1,1,0,0,0,0,0,1),
	E(98568,98538,433,0,1,0,1,1,0,0,0,0,0,0),
	E(98621,98591,433,0,1,0,1,16,0,0,4,161783,0,1),
	E(98667,98637,433,0,1,0,1,38,0,0,0,0,0,0),
	E(98712,98682,433,0,1,0,1,38,0,0,0,0,0,0),
	E(98761,98731,433,0,1,0,1,16,0,0,2,161691,0,0),
	/* NutritionOrder.enteralFormula.administration */
	E(90330,98321,434,0,1,0,1,38,0,0,0,0,0,0),
	E(180769,98375,434,0,1,1,2,1075,0,0,0,0,0,0),
	E(81768,98428,434,0,1,0,1,44,0,0,0,0,0,0),
	/* NutritionOrder.oralDiet */
	E(99068,99044,435,0,65535,0,1,16,0,0,4,157256,0,0),
	E(125669,99089,435,0,1,0,1,1,0,0,0,0,0,1),
	E(99149,99125,435,0,65535,0,1,1077,0,0,0,0,0,0),
	E(81768,99240,435,0,65535,0,1,44,0,0,0,0,0,0),
	E(99297,99273,435,0,65535,0,1,1078,0,0,0,0,0,0),
	E(167524,99387,435,0,65535,0,1,16,0,0,4,160380,0,1),
	/* NutritionOrder.oralDiet.nutrient */
	E(105111,99158,436,0,1,0,1,38,0,0,0,0,0,0),
	E(99378,99198,436,0,1,0,1,16,0,0,4,169752,0,0),
	/* NutritionOrder.oralDiet.texture */
	E(99337,99305,437,0,1,0,1,16,0,0,4,169399,0,0),
	E(99378,99346,437,0,1,0,1,16,0,0,4,177687,0,0),
	/* NutritionOrder.supplement */
	E(125669,99510,438,0,1,0,1,1,0,0,0,0,0,1),
	E(85346,99548,438,0,1,0,1,1,0,0,0,0,0,0),
	E(90330,99586,438,0,1,0,1,38,0,0,0,0,0,0),
	E(81768,99621,438,0,65535,0,1,44,0,0,0,0,0,0),
	E(167524,99656,438,0,1,0,1,16,0,0,4,176876,0,1),
	/* Observation */
	E(77000,99699,439,0,65535,0,1,4,6,1079,0,0,0,1),
	E(77014,99719,439,0,1,0,1,16,0,0,4,153939,0,0),
	E(175495,99740,439,0,65535,0,1,16,0,0,3,169889,0,0),
	E(152908,99761,439,1,1,0,1,16,0,0,4,169939,0,1),
	E(76359,99778,439,0,65535,0,1,1085,0,0,0,0,0,1),
	E(99983,99971,439,0,1,0,1,16,0,0,2,159253,0,0),
	E(111682,100000,439,0,65535,0,1,4,6,1086,0,0,0,1),
	E(77060,100024,439,0,1,0,1,4,2,939,0,0,0,0),
	E(150740,100043,439,0,1,1,4,1092,0,0,0,0,0,1),
	E(168837,100068,439,0,1,0,1,4,1,57,0,0,0,1),
	E(139369,100090,439,0,65535,0,1,4,1,116,0,0,0,1),
	E(100120,100108,439,0,65535,0,1,4,3,1096,0,0,0,1),
	E(77147,100130,439,0,65535,0,1,3,0,0,0,0,0,1),
	E(170027,100153,439,0,65535,0,1,16,0,0,2,169986,0,0),
	E(77164,100180,439,0,1,0,1,108,0,0,0,0,0,1),
	E(175651,100199,439,0,1,0,1,16,0,0,4,170042,0,0),
	E(77192,100218,439,0,65535,0,1,90,0,0,0,0,0,0),
	E(77218,100235,439,0,65535,0,1,4,6,1099,0,0,0,1),
	E(95243,100254,439,0,65535,0,1,4,6,1105,0,0,0,1),
	E(100288,100276,439,0,65535,0,1,1111,0,0,0,0,0,0),
	E(96824,100498,439,0,1,0,1,4,1,597,0,0,0,0),
	E(164438,100519,439,1,1,0,1,8,0,0,1,170153,1,1),
	E(77261,100538,439,0,1,0,1,4,4,598,0,0,0,1),
	E(97965,100558,439,0,1,1,11,1112,0,0,0,0,0,1),
	/* Observation.component */
	E(152908,99800,440,1,1,0,1,16,0,0,4,169939,0,1),
	E(99983,99827,440,0,1,0,1,16,0,0,2,159253,0,0),
	E(170027,99866,440,0,65535,0,1,16,0,0,2,169986,0,0),
	E(100288,99903,440,0,65535,0,1,1111,0,0,0,0,0,0),
	E(97965,99940,440,0,1,1,11,1112,0,0,0,0,0,1),
	/* Observation.referenceRange */
	E(100330,100303,441,0,1,0,1,48,0,0,0,0,0,0),
	E(100361,100334,441,0,65535,0,1,16,0,0,4,172951,0,0),
	E(100398,100371,441,0,1,0,1,38,0,0,0,0,0,0),
	E(100430,100403,441,0,1,0,1,38,0,0,0,0,0,0),
	E(41758,100434,441,0,1,0,1,1,0,0,0,0,0,0),
	E(167524,100466,441,0,1,0,1,16,0,0,3,173005,0,0),
	/* ObservationDefinition */
	E(100623,100601,442,0,1,0,1,4,1,354,0,0,0,0),
	E(175495,100645,442,0,65535,0,1,16,0,0,4,169889,0,1),
	E(152908,100676,442,1,1,0,1,16,0,0,4,169939,0,1),
	E(100725,100703,442,0,1,0,1,4,1,354,0,0,0,0),
	E(77147,100747,442,0,65535,0,1,3,0,0,0,0,0,1),
	E(175651,100780,442,0,1,0,1,16,0,0,4,170042,0,0),
	E(100831,100809,442,0,1,0,1,19,0,0,0,0,0,0),
	E(100876,100854,442,0,1,0,1,4,1,354,0,0,0,0),
	E(100918,100896,442,0,65535,0,1,8,0,0,1,170999,0,0),
	E(100958,100936,442,0,1,0,1,1,0,0,0,0,0,0),
	E(101000,100978,442,0,65535,0,1,1123,0,0,0,0,0,0),
	E(101429,101407,442,0,1,0,1,1124,0,0,0,0,0,0),
	E(101692,101670,442,0,1,0,1,4,1,354,0,0,0,0),
	/* ObservationDefinition.qualifiedInterval */
	E(100330,101018,443,0,1,0,1,48,0,0,0,0,0,0),
	E(100361,101062,443,0,65535,0,1,16,0,0,4,172951,0,0),
	E(175495,101112,443,0,1,0,1,8,0,0,1,170091,0,0),
	E(163881,101161,443,0,1,0,1,1,0,0,0,0,0,0),
	E(178243,101211,443,0,1,0,1,16,0,0,2,173005,0,0),
	E(152048,101259,443,0,1,0,1,8,0,0,1,152055,0,0),
	E(101346,101306,443,0,1,0,1,48,0,0,0,0,0,0),
	E(101401,101361,443,0,1,0,1,48,0,0,0,0,0,0),
	/* ObservationDefinition.quantitativeDetails */
	E(101491,101449,444,0,1,0,1,157,0,0,0,0,0,0),
	E(101550,101508,444,0,1,0,1,16,0,0,2,177977,0,0),
	E(101606,101564,444,0,1,0,1,151,0,0,0,0,0,0),
	E(153882,101623,444,0,1,0,1,16,0,0,2,177977,0,0),
	/* OperationDefinition */
	E(101751,101731,445,0,1,0,1,19,0,0,0,0,0,1),
	E(150334,101764,445,0,1,0,1,29,1,182,0,0,0,1),
	E(152908,101789,445,1,1,0,1,8,0,0,0,0,0,1),
	E(40154,101814,445,0,1,0,1,25,0,0,0,0,0,0),
	E(36304,101842,445,0,65535,0,1,24,0,0,0,0,0,1),
	E(72452,101870,445,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,101895,445,0,1,0,1,25,0,0,0,0,0,0),
	E(94849,101927,445,0,1,0,1,19,0,0,0,0,0,1),
	E(101980,101960,445,0,1,0,1,29,1,37,0,0,0,0),
	E(129513,101993,445,1,1,0,1,19,0,0,0,0,0,1),
	E(49887,102022,445,0,65535,0,1,16,0,0,2,165925,0,1),
	E(159826,102055,445,1,1,0,1,8,0,0,1,170207,0,1),
	E(64395,102080,445,1,1,0,1,1,0,0,0,0,0,1),
	E(102125,102105,445,0,1,0,1,29,1,37,0,0,0,0),
	E(102159,102139,445,0,65535,0,1,1125,0,0,0,0,0,0),
	E(140942,102248,445,0,65535,0,1,1126,0,0,0,0,0,0),
	E(49978,102897,445,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,102927,445,0,1,0,1,25,0,0,0,0,0,0),
	E(143050,102955,445,0,65535,0,1,8,0,0,1,174478,0,1),
	E(164438,102984,445,1,1,0,1,8,0,0,1,172135,1,1),
	E(147322,103011,445,1,1,0,1,19,0,0,0,0,0,1),
	E(65617,103038,445,0,1,0,1,1,0,0,0,0,0,1),
	E(167524,103064,445,1,1,0,1,19,0,0,0,0,0,1),
	E(26304,103089,445,0,1,0,1,51,0,0,0,0,0,1),
	E(50137,103113,445,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,103144,445,0,1,0,1,1,0,0,0,0,0,1),
	/* OperationDefinition.overload */
	E(40154,102168,446,0,1,0,1,1,0,0,0,0,0,0),
	E(102234,102205,446,0,65535,0,1,1,0,0,0,0,0,0),
	/* OperationDefinition.parameter */
	E(44688,102278,447,0,1,0,1,1127,0,0,0,0,0,0),
	E(24356,102410,447,0,1,0,1,1,0,0,0,0,0,0),
	E(128164,102454,447,1,1,0,1,1,0,0,0,0,0,0),
	E(128199,102488,447,1,1,0,1,151,0,0,0,0,0,0),
	E(64395,102522,447,1,1,0,1,8,0,0,0,0,0,0),
	E(135052,102557,447,0,65535,0,1,1126,0,0,0,0,0,0),
	E(102622,102592,447,0,65535,0,1,1128,0,0,0,0,0,0),
	E(102773,102743,447,0,1,0,1,8,0,0,1,174987,0,0),
	E(46450,102784,447,0,65535,0,1,29,1,37,0,0,0,0),
	E(167524,102828,447,0,1,0,1,8,0,0,1,152561,0,0),
	E(159572,102863,447,1,1,0,1,8,0,0,1,170304,0,0),
	/* OperationDefinition.parameter.binding */
	E(88642,102316,448,1,1,0,1,8,0,0,1,153887,0,0),
	E(147354,102363,448,1,1,0,1,29,1,354,0,0,0,0),
	/* OperationDefinition.parameter.referencedFrom */
	E(164752,102637,449,1,1,0,1,1,0,0,0,0,0,0),
	E(146125,102689,449,0,1,0,1,1,0,0,0,0,0,0),
	/* OperationOutcome */
	E(103206,103189,450,1,65535,0,1,1129,0,0,0,0,0,1),
	/* OperationOutcome.issue */
	E(152908,103212,451,1,1,0,1,8,0,0,1,165834,0,1),
	E(94400,103240,451,0,1,0,1,16,0,0,4,170257,0,1),
	E(103294,103271,451,0,1,0,1,1,0,0,0,0,0,1),
	E(145987,103306,451,0,65535,0,1,1,0,0,0,0,0,1),
	E(154127,103340,451,0,65535,0,1,1,0,0,0,0,0,1),
	E(156529,103372,451,1,1,0,1,8,0,0,1,165784,0,1),
	/* Organization */
	E(63711,103404,452,0,1,0,1,19,0,0,0,0,1,1),
	E(4845,103424,452,0,65535,0,1,301,0,0,0,0,0,0),
	E(128911,103445,452,0,65535,0,1,1,0,0,0,0,0,0),
	E(36304,103464,452,0,65535,0,1,1130,0,0,0,0,0,0),
	E(64281,103598,452,0,65535,0,1,4,1,847,0,0,0,0),
	E(77147,103620,452,0,65535,0,1,3,0,0,0,0,0,1),
	E(64395,103644,452,0,1,0,1,1,0,0,0,0,0,1),
	E(77218,103662,452,0,1,0,1,4,1,5,0,0,0,1),
	E(64709,103682,452,0,65535,0,1,230,0,0,0,0,0,0),
	E(167524,103703,452,0,65535,0,1,16,0,0,4,170410,0,1),
	/* Organization.contact */
	E(4845,103485,453,0,1,0,1,301,0,0,0,0,0,0),
	E(64395,103514,453,0,1,0,1,671,0,0,0,0,0,0),
	E(112624,103540,453,0,1,0,1,16,0,0,2,157466,0,0),
	E(64709,103569,453,0,65535,0,1,230,0,0,0,0,0,0),
	/* OrganizationAffiliation */
	E(63711,103745,454,0,1,0,1,19,0,0,0,0,0,1),
	E(152908,103776,454,0,65535,0,1,16,0,0,4,170363,0,1),
	E(64281,103805,454,0,65535,0,1,4,1,847,0,0,0,0),
	E(109597,103838,454,0,65535,0,1,4,1,14,0,0,0,0),
	E(77147,103880,454,0,65535,0,1,3,0,0,0,0,0,1),
	E(154127,103915,454,0,65535,0,1,4,1,13,0,0,0,1),
	E(153753,103948,454,0,65535,0,1,4,1,5,0,0,0,1),
	E(109795,103980,454,0,1,0,1,4,1,5,0,0,0,1),
	E(104041,104017,454,0,1,0,1,4,1,5,0,0,0,1),
	E(121990,104067,454,0,1,0,1,7,0,0,0,0,0,1),
	E(64681,104098,454,0,65535,0,1,16,0,0,3,154277,0,1),
	E(64709,104132,454,0,65535,0,1,230,0,0,0,0,0,1),
	/* ParameterDefinition */
	E(24356,104184,455,0,1,0,1,1,0,0,0,0,0,1),
	E(128164,104218,455,0,1,0,1,1,0,0,0,0,0,1),
	E(128199,104242,455,0,1,0,1,151,0,0,0,0,0,1),
	E(64395,104266,455,0,1,0,1,8,0,0,0,0,0,1),
	E(94681,104291,455,0,1,0,1,29,1,37,0,0,0,1),
	E(167524,104319,455,1,1,0,1,8,0,0,1,152561,0,1),
	E(159572,104344,455,1,1,0,1,8,0,0,1,170304,0,1),
	/* Parameters */
	E(140942,104368,456,0,65535,0,1,1131,0,0,0,0,0,1),
	/* Parameters.parameter */
	E(64395,104389,457,1,1,0,1,1,0,0,0,0,0,1),
	E(135052,104415,457,0,65535,0,1,1131,0,0,0,0,0,1),
	E(143050,104441,457,0,1,0,1,116,0,0,0,0,0,1),
	E(97965,104471,457,0,1,1,50,642,0,0,0,0,0,1),
	/* Patient */
	E(63711,104509,458,0,1,0,1,19,0,0,0,0,1,1),
	E(4845,104524,458,0,65535,0,1,301,0,0,0,0,0,1),
	E(113700,104540,458,0,1,0,1,23,0,0,0,0,0,1),
	E(64115,104558,458,0,65535,0,1,1132,0,0,0,0,0,0),
	E(36304,104643,458,0,65535,0,1,1133,0,0,0,0,0,0),
	E(150680,104832,458,0,1,1,2,361,0,0,0,0,1,1),
	E(152048,104852,458,0,1,0,1,8,0,0,1,152055,0,1),
	E(104875,104867,458,0,65535,0,1,4,3,239,0,0,0,0),
	E(77147,104895,458,0,65535,0,1,3,0,0,0,0,0,1),
	E(40185,104914,458,0,65535,0,1,1134,0,0,0,0,1,1),
	E(48650,104964,458,0,1,0,1,4,1,5,0,0,0,1),
	E(105001,104993,458,0,1,0,1,16,0,0,2,166986,0,0),
	E(180652,105015,458,0,1,1,2,812,0,0,0,0,0,0),
	E(64395,105040,458,0,65535,0,1,671,0,0,0,0,0,1),
	E(64530,105053,458,0,65535,0,1,158,0,0,0,0,0,0),
	E(64709,105067,458,0,65535,0,1,230,0,0,0,0,0,1),
	/* Patient.communication */
	E(162786,104580,459,1,1,0,1,16,0,0,3,165967,0,0),
	E(97906,104611,459,0,1,0,1,19,0,0,0,0,0,0),
	/* Patient.contact */
	E(4845,104659,460,0,1,0,1,301,0,0,0,0,0,0),
	E(152048,104683,460,0,1,0,1,8,0,0,1,152055,0,0),
	E(64395,104706,460,0,1,0,1,671,0,0,0,0,0,0),
	E(109795,104727,460,0,1,0,1,4,1,5,0,0,0,0),
	E(121990,104756,460,0,1,0,1,7,0,0,0,0,0,0),
	E(173205,104779,460,0,65535,0,1,16,0,0,2,170718,0,0),
	E(64709,104808,460,0,65535,0,1,230,0,0,0,0,0,0),
	/* Patient.link */
	E(104940,104927,461,1,1,0,1,4,2,20,0,0,0,1),
	E(167524,104946,461,1,1,0,1,8,0,0,1,166048,0,1),
	/* PaymentNotice */
	E(105111,105097,462,1,1,0,1,264,0,0,0,0,0,1),
	E(5660,105118,462,1,1,0,1,26,0,0,0,0,0,1),
	E(77147,105140,462,0,65535,0,1,3,0,0,0,0,0,0),
	E(105179,105165,462,0,1,0,1,4,3,214,0,0,0,0),
	E(105199,105185,462,1,1,0,1,4,1,1135,0,0,0,1),
	E(105221,105207,462,0,1,0,1,23,0,0,0,0,0,0),
	E(105247,105233,462,0,1,0,1,16,0,0,4,170869,0,0),
	E(105275,105261,462,0,1,0,1,4,3,214,0,0,0,0),
	E(72862,105284,462,1,1,0,1,4,1,5,0,0,0,1),
	E(105322,105308,462,0,1,0,1,4,1,116,0,0,0,0),
	E(105344,105330,462,0,1,0,1,4,1,116,0,0,0,0),
	E(164438,105353,462,1,1,0,1,8,0,0,1,163033,1,1),
	/* PaymentReconciliation */
	E(5660,105396,463,1,1,0,1,26,0,0,0,0,0,1),
	E(36003,105426,463,0,65535,0,1,1136,0,0,0,0,0,0),
	E(161148,105830,463,0,1,0,1,1,0,0,0,0,0,0),
	E(19047,105864,463,0,1,0,1,16,0,0,4,163158,0,0),
	E(77147,105895,463,0,65535,0,1,3,0,0,0,0,0,0),
	E(171514,105928,463,0,1,0,1,8,0,0,1,173327,0,0),
	E(105980,105958,463,1,1,0,1,264,0,0,0,0,0,1),
	E(105221,105994,463,1,1,0,1,23,0,0,0,0,0,1),
	E(106050,106028,463,0,1,0,1,3,0,0,0,0,0,0),
	E(106090,106068,463,0,1,0,1,4,1,5,0,0,0,1),
	E(121990,106104,463,0,1,0,1,7,0,0,0,0,0,1),
	E(20276,106133,463,0,65535,0,1,1137,0,0,0,0,0,0),
	E(105322,106245,463,0,1,0,1,4,1,205,0,0,0,0),
	E(20454,106275,463,0,1,0,1,4,3,214,0,0,0,0),
	E(164438,106307,463,1,1,0,1,8,0,0,1,163033,1,1),
	/* PaymentReconciliation.detail */
	E(105111,105455,464,0,1,0,1,264,0,0,0,0,0,0),
	E(72452,105491,464,0,1,0,1,23,0,0,0,0,0,0),
	E(77147,105525,464,0,1,0,1,3,0,0,0,0,0,0),
	E(105179,105565,464,0,1,0,1,4,3,214,0,0,0,0),
	E(105629,105600,464,0,1,0,1,3,0,0,0,0,0,0),
	E(105322,105641,464,0,1,0,1,4,1,116,0,0,0,0),
	E(105344,105678,464,0,1,0,1,4,1,116,0,0,0,0),
	E(105745,105716,464,0,1,0,1,4,1,12,0,0,0,0),
	E(105786,105757,464,0,1,0,1,4,3,214,0,0,0,0),
	E(167524,105796,464,1,1,0,1,16,0,0,4,170913,0,0),
	/* PaymentReconciliation.processNote */
	E(41758,106167,465,0,1,0,1,1,0,0,0,0,0,0),
	E(167524,106206,465,0,1,0,1,8,0,0,1,169707,0,0),
	/* Period */
	E(106343,106336,466,0,1,0,1,26,0,0,0,0,0,1),
	E(106354,106347,466,0,1,0,1,26,0,0,0,0,0,1),
	/* Person */
	E(63711,113650,467,0,1,0,1,19,0,0,0,0,1,1),
	E(4845,113671,467,0,65535,0,1,301,0,0,0,0,0,0),
	E(113700,113693,467,0,1,0,1,23,0,0,0,0,0,1),
	E(152048,113820,467,0,1,0,1,8,0,0,1,152055,0,1),
	E(77147,113841,467,0,65535,0,1,3,0,0,0,0,0,0),
	E(40185,106360,467,0,65535,0,1,1138,0,0,0,0,0,0),
	E(48650,106413,467,0,1,0,1,4,1,5,0,0,0,1),
	E(64395,113866,467,0,65535,0,1,671,0,0,0,0,0,1),
	E(64530,113928,467,0,1,0,1,158,0,0,0,0,0,0),
	E(64709,113975,467,0,65535,0,1,230,0,0,0,0,0,1),
	/* Person.link */
	E(106384,106372,468,0,1,0,1,8,0,0,1,164266,0,0),
	E(111457,106394,468,1,1,0,1,4,4,1139,0,0,0,0),
	/* PlanDefinition */
	E(159783,106456,469,0,65535,0,1,1143,0,0,0,0,0,0),
	E(49646,107754,469,0,1,0,1,23,0,0,0,0,0,0),
	E(5636,107782,469,0,65535,0,1,24,0,0,0,0,0,0),
	E(36304,107804,469,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,107827,469,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,107852,469,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,107872,469,0,1,0,1,25,0,0,0,0,0,1),
	E(49755,107899,469,0,65535,0,1,24,0,0,0,0,0,0),
	E(49771,107921,469,0,1,0,1,7,0,0,0,0,0,1),
	E(49796,107952,469,0,65535,0,1,24,0,0,0,0,0,0),
	E(94849,107976,469,0,1,0,1,19,0,0,0,0,0,1),
	E(11214,108004,469,0,65535,0,1,1144,0,0,0,0,0,0),
	E(77147,108334,469,0,65535,0,1,3,0,0,0,0,0,1),
	E(49887,108360,469,0,65535,0,1,16,0,0,2,165925,0,1),
	E(49909,108388,469,0,1,0,1,23,0,0,0,0,0,0),
	E(75434,108418,469,0,65535,0,1,29,1,30,0,0,0,0),
	E(64395,108441,469,0,1,0,1,1,0,0,0,0,0,1),
	E(49978,108461,469,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,108486,469,0,1,0,1,25,0,0,0,0,0,0),
	E(49997,108509,469,0,65535,0,1,39,0,0,0,0,0,0),
	E(50022,108540,469,0,65535,0,1,24,0,0,0,0,0,0),
	E(164438,108564,469,1,1,0,1,8,0,0,1,172135,1,1),
	E(77261,108586,469,0,1,1,2,41,1,43,2,176521,0,0),
	E(50076,108612,469,0,1,0,1,1,0,0,0,0,0,0),
	E(65617,108636,469,0,1,0,1,1,0,0,0,0,0,1),
	E(155890,108657,469,0,65535,0,1,16,0,0,4,159441,0,0),
	E(167524,108678,469,0,1,0,1,16,0,0,2,171054,0,1),
	E(26304,108698,469,0,1,0,1,51,0,0,0,0,0,1),
	E(167072,108717,469,0,1,0,1,1,0,0,0,0,0,0),
	E(50137,108738,469,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,108764,469,0,1,0,1,1,0,0,0,0,0,1),
	/* PlanDefinition.action */
	E(159783,106478,470,0,65535,0,1,1143,0,0,0,0,0,0),
	E(106529,106507,470,0,1,0,1,8,0,0,1,151081,0,0),
	E(152908,106549,470,0,65535,0,1,16,0,0,0,0,0,0),
	E(163881,106576,470,0,65535,0,1,1145,0,0,0,0,0,0),
	E(36319,106688,470,0,1,1,2,1146,3,1148,0,0,0,0),
	E(75776,106724,470,0,1,0,1,1,0,0,0,0,0,0),
	E(24356,106758,470,0,65535,0,1,39,0,0,0,0,0,0),
	E(106816,106794,470,0,65535,0,1,1151,0,0,0,0,0,0),
	E(106937,106915,470,0,65535,0,1,640,0,0,0,0,0,0),
	E(106966,106944,470,0,1,0,1,8,0,0,1,151201,0,0),
	E(139426,106983,470,0,65535,0,1,684,0,0,0,0,0,0),
	E(139590,107011,470,0,65535,0,1,684,0,0,0,0,0,0),
	E(72770,107040,470,0,65535,0,1,1152,0,0,0,0,0,0),
	E(107174,107152,470,0,1,0,1,8,0,0,1,151373,0,0),
	E(64810,107191,470,0,1,0,1,1,0,0,0,0,0,0),
	E(163358,107220,470,0,1,0,1,8,0,0,1,173755,0,0),
	E(167733,107251,470,0,65535,0,1,16,0,0,0,0,0,0),
	E(107302,107280,470,0,65535,0,1,1153,0,0,0,0,0,0),
	E(107478,107456,470,0,1,0,1,8,0,0,1,151493,0,0),
	E(107517,107495,470,0,1,0,1,8,0,0,1,151553,0,0),
	E(77261,107535,470,0,1,1,2,41,1,43,2,176521,0,0),
	E(107590,107568,470,0,1,0,1,1,0,0,0,0,0,0),
	E(42097,107605,470,0,1,1,6,1154,0,0,0,0,0,0),
	E(65617,107637,470,0,1,0,1,1,0,0,0,0,0,0),
	E(107687,107665,470,0,1,0,1,29,1,50,0,0,0,0),
	E(107719,107697,470,0,65535,0,1,688,0,0,0,0,0,0),
	E(167524,107727,470,0,1,0,1,16,0,0,2,151614,0,0),
	/* PlanDefinition.action.condition */
	E(145987,106608,471,0,1,0,1,53,0,0,0,0,0,0),
	E(159826,106651,471,1,1,0,1,8,0,0,1,151144,0,0),
	/* PlanDefinition.action.dynamicValue */
	E(145987,106829,472,0,1,0,1,53,0,0,0,0,0,0),
	E(146100,106875,472,0,1,0,1,1,0,0,0,0,0,0),
	/* PlanDefinition.action.participant */
	E(170405,107074,473,0,1,0,1,16,0,0,4,151261,0,0),
	E(167524,107113,473,1,1,0,1,8,0,0,1,151314,0,0),
	/* PlanDefinition.action.relatedAction */
	E(107352,107316,474,1,1,0,1,640,0,0,0,0,0,0),
	E(147882,107361,474,0,1,1,2,1157,0,0,0,0,0,0),
	E(173205,107407,474,1,1,0,1,8,0,0,1,151433,0,0),
	/* PlanDefinition.goal */
	E(61674,108024,475,0,65535,0,1,16,0,0,4,156399,0,0),
	E(175495,108054,475,0,1,0,1,16,0,0,4,163281,0,0),
	E(75776,108083,475,1,1,0,1,16,0,0,4,155351,0,0),
	E(24356,108115,475,0,65535,0,1,39,0,0,0,0,0,0),
	E(163358,108149,475,0,1,0,1,16,0,0,3,163324,0,0),
	E(106354,108178,475,0,1,0,1,16,0,0,4,163367,0,0),
	E(111457,108204,475,0,65535,0,1,1160,0,0,0,0,0,0),
	/* PlanDefinition.goal.target */
	E(36003,108231,476,0,1,1,3,808,0,0,0,0,0,0),
	E(108295,108268,476,0,1,0,1,49,0,0,0,0,0,0),
	E(61958,108299,476,0,1,0,1,16,0,0,4,169939,0,0),
	/* Population */
	E(100330,108798,477,0,1,1,2,809,0,0,0,0,0,1),
	E(152048,108816,477,0,1,0,1,16,0,0,0,0,0,1),
	E(108845,108834,477,0,1,0,1,16,0,0,0,0,0,1),
	E(108879,108868,477,0,1,0,1,16,0,0,0,0,0,1),
	/* Practitioner */
	E(63711,108884,478,0,1,0,1,19,0,0,0,0,0,1),
	E(4845,108904,478,0,65535,0,1,301,0,0,0,0,0,1),
	E(113700,108925,478,0,1,0,1,23,0,0,0,0,0,1),
	E(64115,108948,478,0,65535,0,1,16,0,0,3,165967,0,0),
	E(152048,108975,478,0,1,0,1,8,0,0,1,152055,0,1),
	E(77147,108995,478,0,65535,0,1,3,0,0,0,0,0,1),
	E(64395,109019,478,0,65535,0,1,671,0,0,0,0,0,1),
	E(64530,109037,478,0,65535,0,1,158,0,0,0,0,0,0),
	E(172121,109056,478,0,65535,0,1,1161,0,0,0,0,0,0),
	E(64709,109221,478,0,65535,0,1,230,0,0,0,0,0,1),
	/* Practitioner.qualification */
	E(152908,109083,479,1,1,0,1,16,0,0,4,179584,0,0),
	E(77147,109115,479,0,65535,0,1,3,0,0,0,0,0,0),
	E(72484,109153,479,0,1,0,1,4,1,5,0,0,0,0),
	E(121990,109187,479,0,1,0,1,7,0,0,0,0,0,0),
	/* PractitionerRole */
	E(63711,109259,480,0,1,0,1,19,0,0,0,0,0,1),
	E(63774,109283,480,0,1,0,1,1,0,0,0,0,0,0),
	E(63815,109323,480,0,65535,0,1,1162,0,0,0,0,0,0),
	E(152908,109532,480,0,65535,0,1,16,0,0,4,171104,0,1),
	E(64281,109554,480,0,65535,0,1,4,1,847,0,0,0,0),
	E(109597,109580,480,0,65535,0,1,4,1,14,0,0,0,0),
	E(77147,109615,480,0,65535,0,1,3,0,0,0,0,0,1),
	E(154127,109643,480,0,65535,0,1,4,1,13,0,0,0,1),
	E(64418,109669,480,0,65535,0,1,1163,0,0,0,0,0,0),
	E(109795,109778,480,0,1,0,1,4,1,5,0,0,0,1),
	E(121990,109808,480,0,1,0,1,7,0,0,0,0,0,1),
	E(109849,109832,480,0,1,0,1,4,1,11,0,0,0,1),
	E(64681,109862,480,0,65535,0,1,16,0,0,3,154277,0,1),
	E(64709,109889,480,0,65535,0,1,230,0,0,0,0,0,1),
	/* PractitionerRole.availableTime */
	E(63861,109354,481,0,1,0,1,19,0,0,0,0,0,0),
	E(63900,109392,481,0,1,0,1,503,0,0,0,0,0,0),
	E(63949,109440,481,0,1,0,1,503,0,0,0,0,0,0),
	E(64000,109490,481,0,65535,0,1,8,0,0,1,159301,0,0),
	/* PractitionerRole.notAvailable */
	E(75776,109699,482,1,1,0,1,1,0,0,0,0,0,0),
	E(64505,109741,482,0,1,0,1,7,0,0,0,0,0,0),
	/* Procedure */
	E(2781,109914,483,0,1,0,1,4,4,86,0,0,0,1),
	E(77000,109933,483,0,65535,0,1,4,2,849,0,0,0,1),
	E(77014,109951,483,0,65535,0,1,16,0,0,4,153939,0,1),
	E(175495,109970,483,0,1,0,1,16,0,0,4,171275,0,1),
	E(152908,109989,483,0,1,0,1,16,0,0,4,171323,0,1),
	E(110014,110004,483,0,65535,0,1,16,0,0,4,156399,0,0),
	E(110037,110027,483,0,65535,0,1,4,1,63,0,0,0,0),
	E(168837,110056,483,0,1,0,1,4,1,57,0,0,0,1),
	E(110086,110076,483,0,65535,0,1,1164,0,0,0,0,0,0),
	E(110171,110161,483,0,65535,0,1,16,0,0,4,171367,0,0),
	E(77147,110180,483,0,65535,0,1,3,0,0,0,0,0,1),
	E(110211,110201,483,0,65535,0,1,29,5,365,0,0,0,1),
	E(110243,110233,483,0,65535,0,1,51,0,0,0,0,0,1),
	E(154127,110259,483,0,1,0,1,4,1,13,0,0,0,1),
	E(77192,110278,483,0,65535,0,1,90,0,0,0,0,0,0),
	E(171514,110293,483,0,1,0,1,16,0,0,4,171475,0,1),
	E(77218,110311,483,0,65535,0,1,4,3,1165,0,0,0,1),
	E(180729,110328,483,0,1,1,5,1168,0,0,0,0,0,1),
	E(95243,110351,483,0,65535,0,1,1173,0,0,0,0,0,1),
	E(77231,110457,483,0,65535,0,1,16,0,0,4,171522,0,1),
	E(110488,110478,483,0,65535,0,1,4,5,1174,0,0,0,1),
	E(3424,110504,483,0,1,0,1,4,4,86,0,0,0,1),
	E(110533,110523,483,0,65535,0,1,4,3,1179,0,0,0,0),
	E(164438,110540,483,1,1,0,1,8,0,0,1,161991,1,1),
	E(36860,110557,483,0,1,0,1,16,0,0,4,171415,0,1),
	E(77261,110580,483,1,1,0,1,4,2,65,0,0,0,1),
	E(110608,110598,483,0,65535,0,1,16,0,0,4,159790,0,0),
	E(110627,110617,483,0,65535,0,1,4,3,265,0,0,0,0),
	/* Procedure.focalDevice */
	E(159783,110098,484,0,1,0,1,16,0,0,3,159747,0,0),
	E(110149,110127,484,1,1,0,1,4,1,10,0,0,0,0),
	/* Procedure.performer */
	E(122054,110371,485,1,1,0,1,4,6,391,0,0,0,1),
	E(167436,110397,485,0,1,0,1,16,0,0,4,170955,0,1),
	E(123835,110426,485,0,1,0,1,4,1,5,0,0,0,0),
	/* ProdCharacteristic */
	E(38574,110660,486,0,65535,0,1,1,0,0,0,0,0,1),
	E(110704,110685,486,0,1,0,1,38,0,0,0,0,0,1),
	E(110729,110710,486,0,1,0,1,38,0,0,0,0,0,1),
	E(77134,110746,486,0,1,0,1,38,0,0,0,0,0,1),
	E(110791,110772,486,0,65535,0,1,158,0,0,0,0,0,1),
	E(110816,110797,486,0,65535,0,1,1,0,0,0,0,0,1),
	E(110843,110824,486,0,1,0,1,38,0,0,0,0,0,1),
	E(155995,110857,486,0,1,0,1,16,0,0,0,0,0,1),
	E(110903,110884,486,0,1,0,1,1,0,0,0,0,0,1),
	E(110928,110909,486,0,1,0,1,38,0,0,0,0,0,1),
	E(77297,110935,486,0,1,0,1,38,0,0,0,0,0,1),
	/* ProductShelfLife */
	E(77147,110977,487,0,1,0,1,3,0,0,0,0,0,1),
	E(121990,111005,487,1,1,0,1,38,0,0,0,0,0,1),
	E(111046,111029,487,0,65535,0,1,16,0,0,0,0,0,1),
	E(167524,111075,487,1,1,0,1,16,0,0,0,0,0,1),
	/* Provenance */
	E(111119,111108,488,0,1,0,1,16,0,0,2,171869,0,0),
	E(111139,111128,488,1,65535,0,1,1182,0,0,0,0,0,0),
	E(111249,111238,488,0,65535,0,1,1183,0,0,0,0,0,0),
	E(154127,111326,488,0,1,0,1,4,1,13,0,0,0,0),
	E(180666,111346,488,0,1,1,2,589,0,0,0,0,0,0),
	E(157093,111369,488,0,65535,0,1,51,0,0,0,0,0,0),
	E(167733,111387,488,0,65535,0,1,16,0,0,2,180272,0,0),
	E(111416,111405,488,1,1,0,1,108,0,0,0,0,0,1),
	E(111436,111425,488,0,65535,0,1,161,0,0,0,0,0,0),
	E(111457,111446,488,1,65535,0,1,4,1,116,0,0,0,1),
	/* Provenance.agent */
	E(123835,111145,489,0,1,0,1,4,6,1184,0,0,0,0),
	E(170405,111173,489,0,65535,0,1,16,0,0,4,175139,0,0),
	E(167524,111195,489,0,1,0,1,16,0,0,2,171974,0,1),
	E(149184,111217,489,1,1,0,1,4,6,1184,0,0,0,1),
	/* Provenance.entity */
	E(111139,111256,490,0,65535,0,1,1182,0,0,0,0,0,0),
	E(170405,111280,490,1,1,0,1,8,0,0,1,172025,0,1),
	E(111321,111303,490,1,1,0,1,4,1,116,0,0,0,1),
	/* Quantity */
	E(152908,111464,491,0,1,0,1,8,0,0,0,0,0,1),
	E(122283,111478,491,0,1,0,1,8,0,0,1,172237,1,1),
	E(147322,111498,491,0,1,0,1,51,0,0,0,0,0,1),
	E(153882,111514,491,0,1,0,1,1,0,0,0,0,0,1),
	E(97965,111528,491,0,1,0,1,157,0,0,0,0,0,1),
	/* Questionnaire */
	E(49646,111557,492,0,1,0,1,23,0,0,0,0,0,0),
	E(152908,111584,492,0,65535,0,1,130,0,0,4,172537,0,1),
	E(36304,111603,492,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,111625,492,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,111649,492,0,1,0,1,26,0,0,0,0,0,1),
	E(111682,111668,492,0,65535,0,1,29,1,195,0,0,0,0),
	E(75776,111694,492,0,1,0,1,25,0,0,0,0,0,0),
	E(49771,111720,492,0,1,0,1,7,0,0,0,0,0,1),
	E(94849,111750,492,0,1,0,1,19,0,0,0,0,0,1),
	E(77147,111777,492,0,65535,0,1,3,0,0,0,0,0,1),
	E(176957,111802,492,0,65535,0,1,1190,0,0,0,0,0,0),
	E(49887,112511,492,0,65535,0,1,16,0,0,2,165925,0,1),
	E(49909,112538,492,0,1,0,1,23,0,0,0,0,0,0),
	E(64395,112567,492,0,1,0,1,1,0,0,0,0,0,1),
	E(49978,112586,492,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,112610,492,0,1,0,1,25,0,0,0,0,0,0),
	E(164438,112632,492,1,1,0,1,8,0,0,1,172135,1,1),
	E(112667,112653,492,0,65535,0,1,8,0,0,1,174478,0,1),
	E(65617,112679,492,0,1,0,1,1,0,0,0,0,0,1),
	E(26304,112699,492,0,1,0,1,51,0,0,0,0,0,1),
	E(50137,112717,492,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,112742,492,0,1,0,1,1,0,0,0,0,0,1),
	/* Questionnaire.item */
	E(111840,111821,493,0,65535,0,1,1191,0,0,0,0,0,0),
	E(111961,111942,493,0,1,0,1,29,1,354,0,0,0,0),
	E(152908,111976,493,0,65535,0,1,130,0,0,4,172537,0,0),
	E(36319,112000,493,0,1,0,1,51,0,0,0,0,0,0),
	E(112049,112030,493,0,1,0,1,8,0,0,1,172407,0,0),
	E(112083,112064,493,0,65535,0,1,1192,0,0,0,0,1,0),
	E(112231,112212,493,0,65535,0,1,1193,0,0,0,0,0,0),
	E(176957,112275,493,0,65535,0,1,1190,0,0,0,0,0,0),
	E(30435,112299,493,1,1,0,1,1,0,0,0,0,0,0),
	E(112344,112325,493,0,1,0,1,151,0,0,0,0,0,0),
	E(64810,112354,493,0,1,0,1,1,0,0,0,0,0,0),
	E(112399,112380,493,0,1,0,1,19,0,0,0,0,0,0),
	E(112427,112408,493,0,1,0,1,19,0,0,0,0,0,0),
	E(112454,112435,493,0,1,0,1,19,0,0,0,0,0,0),
	E(41758,112463,493,0,1,0,1,1,0,0,0,0,0,0),
	E(167524,112487,493,1,1,0,1,8,0,0,1,165880,0,0),
	/* Questionnaire.item.answerOption */
	E(111885,111853,494,0,1,0,1,19,0,0,0,0,0,0),
	E(97965,111901,494,1,1,1,6,1194,1,116,4,172292,0,0),
	/* Questionnaire.item.enableWhen */
	E(112995,112094,495,1,1,1,10,1200,1,116,4,172292,0,0),
	E(77203,112134,495,1,1,0,1,8,0,0,1,172472,0,0),
	E(112203,112173,495,1,1,0,1,1,0,0,0,0,0,0),
	/* Questionnaire.item.initial */
	E(97965,112239,496,1,1,1,12,498,1,116,4,172292,0,0),
	/* QuestionnaireResponse */
	E(5636,112786,497,0,1,0,1,4,6,1210,0,0,0,1),
	E(112837,112815,497,0,1,0,1,26,0,0,0,0,0,1),
	E(77000,112846,497,0,65535,0,1,4,2,849,0,0,0,1),
	E(168837,112876,497,0,1,0,1,4,1,57,0,0,0,1),
	E(77147,112908,497,0,1,0,1,3,0,0,0,0,0,1),
	E(176957,112941,497,0,65535,0,1,1216,0,0,0,0,0,0),
	E(77218,113220,497,0,65535,0,1,4,2,273,0,0,0,1),
	E(113271,113249,497,0,1,0,1,29,1,195,0,0,0,1),
	E(164752,113285,497,0,1,0,1,4,4,58,0,0,0,1),
	E(164438,113314,497,1,1,0,1,8,0,0,1,172343,1,1),
	E(77261,113343,497,0,1,0,1,4,1,116,0,0,0,1),
	/* QuestionnaireResponse.item */
	E(112995,112968,498,0,65535,0,1,1217,0,0,0,0,0,0),
	E(36319,113084,498,0,1,0,1,51,0,0,0,0,0,0),
	E(176957,113122,498,0,65535,0,1,1216,0,0,0,0,0,0),
	E(30435,113154,498,1,1,0,1,1,0,0,0,0,0,0),
	E(41758,113188,498,0,1,0,1,1,0,0,0,0,0,0),
	/* QuestionnaireResponse.item.answer */
	E(176957,113002,499,0,65535,0,1,1216,0,0,0,0,0,0),
	E(97965,113041,499,0,1,1,12,498,1,116,4,172292,0,0),
	/* Range */
	E(100398,100392,500,0,1,0,1,38,0,0,0,0,0,1),
	E(100430,100424,500,0,1,0,1,38,0,0,0,0,0,1),
	/* Ratio */
	E(113385,113379,501,0,1,0,1,38,0,0,0,0,0,1),
	E(113403,113397,501,0,1,0,1,38,0,0,0,0,0,1),
	/* Reference */
	E(26239,113413,502,0,1,0,1,1,0,0,0,0,0,1),
	E(77147,41387,502,0,1,0,1,3,0,0,0,0,0,1),
	E(27451,113431,502,0,1,0,1,1,0,0,0,0,0,1),
	E(167524,41630,502,0,1,0,1,51,0,0,2,174434,0,1),
	/* RelatedArtifact */
	E(113483,113467,503,0,1,0,1,25,0,0,0,0,0,1),
	E(26239,113492,503,0,1,0,1,1,0,0,0,0,0,1),
	E(113532,113516,503,0,1,0,1,158,0,0,0,0,0,1),
	E(45293,113541,503,0,1,0,1,1,0,0,0,0,0,1),
	E(143050,113563,503,0,1,0,1,29,1,116,0,0,0,1),
	E(167524,113588,503,1,1,0,1,8,0,0,1,173105,0,1),
	E(26304,113609,503,0,1,0,1,126,0,0,0,0,0,1),
	/* RelatedPerson */
	E(63711,113643,504,0,1,0,1,19,0,0,0,0,1,1),
	E(4845,113664,504,0,65535,0,1,301,0,0,0,0,0,1),
	E(113700,113686,504,0,1,0,1,23,0,0,0,0,0,1),
	E(64115,113710,504,0,65535,0,1,1218,0,0,0,0,0,0),
	E(152048,113813,504,0,1,0,1,8,0,0,1,152055,0,1),
	E(77147,113834,504,0,65535,0,1,3,0,0,0,0,0,1),
	E(64395,113859,504,0,65535,0,1,671,0,0,0,0,0,1),
	E(36619,113878,504,1,1,0,1,4,1,9,0,0,0,1),
	E(121990,113900,504,0,1,0,1,7,0,0,0,0,0,0),
	E(64530,113921,504,0,65535,0,1,158,0,0,0,0,0,0),
	E(173205,113941,504,0,65535,0,1,16,0,0,3,173218,0,1),
	E(64709,113968,504,0,65535,0,1,230,0,0,0,0,0,1),
	/* RelatedPerson.communication */
	E(162786,113738,505,1,1,0,1,16,0,0,3,165967,0,0),
	E(97906,113775,505,0,1,0,1,19,0,0,0,0,0,0),
	/* RequestGroup */
	E(159783,114003,506,0,65535,0,1,1219,0,0,0,0,0,0),
	E(5636,114837,506,0,1,0,1,4,3,10,0,0,0,0),
	E(139257,114857,506,0,1,0,1,26,0,0,0,0,0,0),
	E(77000,114881,506,0,65535,0,1,4,1,116,0,0,0,0),
	E(152908,114902,506,0,1,0,1,16,0,0,0,0,0,1),
	E(168837,114920,506,0,1,0,1,4,1,57,0,0,0,0),
	E(139389,114943,506,0,1,0,1,3,0,0,0,0,0,1),
	E(77147,114972,506,0,65535,0,1,3,0,0,0,0,0,1),
	E(110211,114996,506,0,65535,0,1,29,0,0,0,0,0,1),
	E(110243,115031,506,0,65535,0,1,51,0,0,0,0,0,1),
	E(139536,115060,506,1,1,0,1,8,0,0,1,173705,1,1),
	E(77192,115080,506,0,65535,0,1,90,0,0,0,0,0,0),
	E(163358,115098,506,0,1,0,1,8,0,0,1,173755,0,1),
	E(77231,115120,506,0,65535,0,1,16,0,0,0,0,0,0),
	E(110488,115144,506,0,65535,0,1,4,4,222,0,0,0,0),
	E(12119,115173,506,0,65535,0,1,4,1,116,0,0,0,0),
	E(164438,115195,506,1,1,0,1,8,0,0,1,173865,1,1),
	E(77261,115215,506,0,1,0,1,4,2,65,0,0,0,0),
	/* RequestGroup.action */
	E(159783,114023,507,0,65535,0,1,1219,0,0,0,0,0,0),
	E(106529,114050,507,0,1,0,1,8,0,0,1,151081,0,0),
	E(152908,114090,507,0,65535,0,1,16,0,0,0,0,0,0),
	E(163881,114115,507,0,65535,0,1,1220,0,0,0,0,0,0),
	E(75776,114221,507,0,1,0,1,1,0,0,0,0,0,1),
	E(24356,114253,507,0,65535,0,1,39,0,0,0,0,0,0),
	E(106966,114287,507,0,1,0,1,8,0,0,1,151201,0,0),
	E(72770,114324,507,0,65535,0,1,4,5,117,0,0,0,0),
	E(107174,114356,507,0,1,0,1,8,0,0,1,151373,0,0),
	E(64810,114393,507,0,1,0,1,1,0,0,0,0,0,0),
	E(163358,114420,507,0,1,0,1,8,0,0,1,173755,0,0),
	E(107302,114449,507,0,65535,0,1,1221,0,0,0,0,0,0),
	E(107478,114617,507,0,1,0,1,8,0,0,1,151493,0,0),
	E(143050,114654,507,0,1,0,1,4,1,116,0,0,0,0),
	E(107517,114683,507,0,1,0,1,8,0,0,1,151553,0,0),
	E(107590,114721,507,0,1,0,1,1,0,0,0,0,0,1),
	E(42097,114756,507,0,1,1,6,1154,0,0,0,0,0,0),
	E(65617,114786,507,0,1,0,1,1,0,0,0,0,0,0),
	E(167524,114812,507,0,1,0,1,16,0,0,2,151614,0,0),
	/* RequestGroup.action.condition */
	E(145987,114145,508,0,1,0,1,53,0,0,0,0,0,0),
	E(159826,114186,508,1,1,0,1,8,0,0,1,151144,0,0),
	/* RequestGroup.action.relatedAction */
	E(107352,114483,509,1,1,0,1,640,0,0,0,0,0,0),
	E(147882,114526,509,0,1,1,2,1157,0,0,0,0,0,0),
	E(173205,114570,509,1,1,0,1,8,0,0,1,151433,0,0),
	/* ResearchDefinition */
	E(49646,115255,510,0,1,0,1,23,0,0,0,0,0,0),
	E(5636,115287,510,0,65535,0,1,24,0,0,0,0,0,0),
	E(40154,115313,510,0,65535,0,1,1,0,0,0,0,0,0),
	E(36304,115340,510,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,115367,510,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,115396,510,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,115420,510,0,1,0,1,25,0,0,0,0,0,1),
	E(49755,115451,510,0,65535,0,1,24,0,0,0,0,0,0),
	E(49771,115477,510,0,1,0,1,7,0,0,0,0,0,1),
	E(49796,115512,510,0,65535,0,1,24,0,0,0,0,0,0),
	E(94849,115540,510,0,1,0,1,19,0,0,0,0,0,1),
	E(115591,115572,510,0,1,0,1,4,1,1222,0,0,0,1),
	E(115619,115600,510,0,1,0,1,4,1,1222,0,0,0,1),
	E(77147,115639,510,0,65535,0,1,3,0,0,0,0,0,1),
	E(49887,115669,510,0,65535,0,1,16,0,0,2,165925,0,1),
	E(49909,115701,510,0,1,0,1,23,0,0,0,0,0,0),
	E(75434,115735,510,0,65535,0,1,29,1,30,0,0,0,0),
	E(64395,115762,510,0,1,0,1,1,0,0,0,0,0,1),
	E(171514,115786,510,0,1,0,1,4,1,1222,0,0,0,1),
	E(167179,115813,510,1,1,0,1,4,1,1222,0,0,0,1),
	E(49978,115843,510,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,115872,510,0,1,0,1,25,0,0,0,0,0,0),
	E(49997,115899,510,0,65535,0,1,39,0,0,0,0,0,0),
	E(50022,115934,510,0,65535,0,1,24,0,0,0,0,0,0),
	E(50040,115962,510,0,1,0,1,1,0,0,0,0,0,0),
	E(164438,115992,510,1,1,0,1,8,0,0,1,172135,1,1),
	E(77261,116018,510,0,1,1,2,41,1,43,2,176521,0,0),
	E(50076,116048,510,0,1,0,1,1,0,0,0,0,0,0),
	E(65617,116076,510,0,1,0,1,1,0,0,0,0,0,1),
	E(155890,116101,510,0,65535,0,1,16,0,0,4,159441,0,0),
	E(26304,116126,510,0,1,0,1,51,0,0,0,0,0,1),
	E(167072,116149,510,0,1,0,1,1,0,0,0,0,0,0),
	E(50137,116174,510,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,116204,510,0,1,0,1,1,0,0,0,0,0,1),
	/* ResearchElementDefinition */
	E(49646,116257,511,0,1,0,1,23,0,0,0,0,0,0),
	E(5636,116296,511,0,65535,0,1,24,0,0,0,0,0,0),
	E(168308,116329,511,1,65535,0,1,1223,0,0,0,0,0,1),
	E(40154,117133,511,0,65535,0,1,1,0,0,0,0,0,0),
	E(36304,117167,511,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,117201,511,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,117237,511,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,117268,511,0,1,0,1,25,0,0,0,0,0,1),
	E(49755,117306,511,0,65535,0,1,24,0,0,0,0,0,0),
	E(49771,117339,511,0,1,0,1,7,0,0,0,0,0,1),
	E(49796,117381,511,0,65535,0,1,24,0,0,0,0,0,0),
	E(94849,117416,511,0,1,0,1,19,0,0,0,0,0,1),
	E(77147,117455,511,0,65535,0,1,3,0,0,0,0,0,1),
	E(49887,117492,511,0,65535,0,1,16,0,0,2,165925,0,1),
	E(49909,117531,511,0,1,0,1,23,0,0,0,0,0,0),
	E(75434,117572,511,0,65535,0,1,29,1,30,0,0,0,0),
	E(64395,117606,511,0,1,0,1,1,0,0,0,0,0,1),
	E(49978,117637,511,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,117673,511,0,1,0,1,25,0,0,0,0,0,0),
	E(49997,117707,511,0,65535,0,1,39,0,0,0,0,0,0),
	E(50022,117749,511,0,65535,0,1,24,0,0,0,0,0,0),
	E(50040,117784,511,0,1,0,1,1,0,0,0,0,0,1),
	E(164438,117821,511,1,1,0,1,8,0,0,1,172135,1,1),
	E(77261,117854,511,0,1,1,2,41,1,43,2,176521,0,0),
	E(50076,117891,511,0,1,0,1,1,0,0,0,0,0,0),
	E(65617,117926,511,0,1,0,1,1,0,0,0,0,0,1),
	E(155890,117958,511,0,65535,0,1,16,0,0,4,159441,0,0),
	E(167524,117990,511,1,1,0,1,8,0,0,1,173915,0,1),
	E(26304,118021,511,0,1,0,1,51,0,0,0,0,0,1),
	E(167072,118051,511,0,1,0,1,1,0,0,0,0,0,0),
	E(50137,118083,511,0,65535,0,1,52,0,0,0,0,0,1),
	E(118146,118120,511,0,1,0,1,8,0,0,1,178293,0,0),
	E(37099,118159,511,0,1,0,1,1,0,0,0,0,0,1),
	/* ResearchElementDefinition.characteristic */
	E(36319,116370,512,1,1,1,4,1224,1,354,0,0,0,1),
	E(50390,116425,512,0,1,0,1,19,0,0,0,0,0,0),
	E(180700,116696,512,0,1,1,4,726,0,0,0,0,0,0),
	E(116515,116474,512,0,1,0,1,1,0,0,0,0,0,0),
	E(116588,116547,512,0,1,0,1,8,0,0,1,163575,0,0),
	E(116662,116621,512,0,1,0,1,49,0,0,0,0,0,0),
	E(180825,116965,512,0,1,1,4,726,0,0,0,0,0,0),
	E(116802,116761,512,0,1,0,1,1,0,0,0,0,0,0),
	E(116869,116828,512,0,1,0,1,8,0,0,1,163575,0,0),
	E(116937,116896,512,0,1,0,1,49,0,0,0,0,0,0),
	E(117065,117024,512,0,1,0,1,16,0,0,1,178017,0,0),
	E(50577,117079,512,0,65535,0,1,52,0,0,0,0,0,0),
	/* ResearchStudy */
	E(118221,118207,513,0,65535,0,1,1228,0,0,0,0,0,0),
	E(175495,118301,513,0,65535,0,1,16,0,0,4,0,0,1),
	E(163881,118324,513,0,65535,0,1,16,0,0,4,156399,0,1),
	E(36304,118348,513,0,65535,0,1,24,0,0,0,0,0,1),
	E(75776,118370,513,0,1,0,1,25,0,0,0,0,0,0),
	E(118410,118396,513,0,65535,0,1,4,1,43,0,0,0,1),
	E(139369,118421,513,0,65535,0,1,16,0,0,4,0,0,1),
	E(77147,118441,513,0,65535,0,1,3,0,0,0,0,0,1),
	E(126689,118466,513,0,65535,0,1,16,0,0,4,0,0,1),
	E(154127,118488,513,0,65535,0,1,16,0,0,2,165925,0,1),
	E(77192,118511,513,0,65535,0,1,90,0,0,0,0,0,0),
	E(118544,118530,513,0,65535,0,1,1229,0,0,0,0,0,0),
	E(77218,118612,513,0,65535,0,1,4,1,64,0,0,0,1),
	E(121990,118633,513,0,1,0,1,7,0,0,0,0,0,1),
	E(174075,118654,513,0,1,0,1,16,0,0,4,174031,0,1),
	E(118688,118674,513,0,1,0,1,16,0,0,2,174081,0,1),
	E(118721,118707,513,0,1,0,1,4,2,11,0,0,0,1),
	E(21274,118743,513,0,65535,0,1,4,1,194,0,0,0,1),
	E(118780,118766,513,0,1,0,1,16,0,0,4,174140,0,1),
	E(49997,118794,513,0,65535,0,1,39,0,0,0,0,0,0),
	E(165281,118824,513,0,65535,0,1,4,1,13,0,0,0,1),
	E(118857,118843,513,0,1,0,1,4,1,5,0,0,0,1),
	E(164438,118865,513,1,1,0,1,8,0,0,1,174199,1,1),
	E(65617,118886,513,0,1,0,1,1,0,0,0,0,0,1),
	/* ResearchStudy.arm */
	E(75776,118225,514,0,1,0,1,1,0,0,0,0,0,0),
	E(64395,118255,514,1,1,0,1,1,0,0,0,0,0,0),
	E(167524,118278,514,0,1,0,1,16,0,0,0,0,0,0),
	/* ResearchStudy.objective */
	E(64395,118554,515,0,1,0,1,1,0,0,0,0,0,0),
	E(167524,118583,515,0,1,0,1,16,0,0,3,173972,0,0),
	/* ResearchSubject */
	E(118938,118922,516,0,1,0,1,1,0,0,0,0,0,0),
	E(118964,118948,516,0,1,0,1,1,0,0,0,0,0,0),
	E(118992,118976,516,0,1,0,1,4,1,437,0,0,0,0),
	E(77147,119000,516,0,65535,0,1,3,0,0,0,0,0,1),
	E(119043,119027,516,1,1,0,1,4,1,9,0,0,0,1),
	E(121990,119054,516,0,1,0,1,7,0,0,0,0,0,1),
	E(164438,119077,516,1,1,0,1,8,0,0,1,174256,1,1),
	E(119116,119100,516,1,1,0,1,4,1,64,0,0,0,1),
	/* Resource */
	E(119131,119122,517,0,1,0,1,1,0,0,0,0,0,1),
	E(119143,119134,517,0,1,0,1,51,0,0,0,0,1,1),
	E(162786,119157,517,0,1,0,1,8,0,0,3,165967,0,0),
	E(119184,119175,517,0,1,0,1,691,0,0,0,0,0,1),
	/* RiskAssessment */
	E(77000,119204,518,0,1,0,1,4,1,116,0,0,0,0),
	E(20861,119227,518,0,65535,0,1,4,1,116,0,0,0,0),
	E(152908,119248,518,0,1,0,1,16,0,0,0,0,0,1),
	E(163881,119268,518,0,1,0,1,4,1,63,0,0,0,1),
	E(168837,119293,518,0,1,0,1,4,1,57,0,0,0,1),
	E(77147,119318,518,0,65535,0,1,3,0,0,0,0,0,1),
	E(175651,119344,518,0,1,0,1,16,0,0,4,0,0,1),
	E(36102,119366,518,0,1,0,1,1,0,0,0,0,0,0),
	E(77192,119392,518,0,65535,0,1,90,0,0,0,0,0,0),
	E(180675,119412,518,0,1,1,2,153,0,0,0,0,0,1),
	E(38679,119441,518,0,1,0,1,4,1,116,0,0,0,0),
	E(95243,119463,518,0,1,0,1,4,3,54,0,0,0,1),
	E(119503,119488,518,0,65535,0,1,1230,0,0,0,0,0,0),
	E(77231,119740,518,0,65535,0,1,16,0,0,0,0,0,0),
	E(110488,119766,518,0,65535,0,1,4,4,222,0,0,0,0),
	E(164438,119797,518,1,1,0,1,8,0,0,1,170153,0,1),
	E(77261,119819,518,1,1,0,1,4,2,65,0,0,0,1),
	/* RiskAssessment.prediction */
	E(171514,119514,519,0,1,0,1,16,0,0,4,0,0,0),
	E(174772,119548,519,0,1,1,2,1231,0,0,0,0,0,0),
	E(119615,119589,519,0,1,0,1,16,0,0,4,174738,0,0),
	E(75521,119631,519,0,1,0,1,1,0,0,0,0,0,0),
	E(119693,119667,519,0,1,0,1,157,0,0,0,0,0,0),
	E(123914,119706,519,0,1,1,2,47,0,0,0,0,0,0),
	/* RiskEvidenceSynthesis */
	E(49646,119864,520,0,1,0,1,23,0,0,0,0,0,0),
	E(5636,119899,520,0,65535,0,1,24,0,0,0,0,0,0),
	E(119950,119928,520,0,65535,0,1,1233,0,0,0,0,0,0),
	E(36304,120269,520,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,120299,520,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,120331,520,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,120358,520,0,1,0,1,25,0,0,0,0,0,1),
	E(49755,120392,520,0,65535,0,1,24,0,0,0,0,0,0),
	E(49771,120421,520,0,1,0,1,7,0,0,0,0,0,1),
	E(49796,120459,520,0,65535,0,1,24,0,0,0,0,0,0),
	E(115591,120490,520,0,1,0,1,4,1,632,0,0,0,1),
	E(77147,120521,520,0,65535,0,1,3,0,0,0,0,0,1),
	E(49887,120554,520,0,65535,0,1,16,0,0,2,165925,0,1),
	E(49909,120589,520,0,1,0,1,23,0,0,0,0,0,0),
	E(64395,120626,520,0,1,0,1,1,0,0,0,0,0,1),
	E(77192,120653,520,0,65535,0,1,90,0,0,0,0,0,0),
	E(171514,120680,520,1,1,0,1,4,1,632,0,0,0,1),
	E(167179,120710,520,1,1,0,1,4,1,632,0,0,0,1),
	E(49978,120743,520,0,1,0,1,1,0,0,0,0,0,1),
	E(49997,120775,520,0,65535,0,1,39,0,0,0,0,0,0),
	E(50022,120813,520,0,65535,0,1,24,0,0,0,0,0,0),
	E(120866,120844,520,0,1,0,1,1234,0,0,0,0,0,1),
	E(121464,121442,520,0,1,0,1,1235,0,0,0,0,0,0),
	E(164438,121623,520,1,1,0,1,8,0,0,1,172135,1,1),
	E(121674,121652,520,0,1,0,1,16,0,0,2,176481,0,0),
	E(121706,121684,520,0,1,0,1,16,0,0,2,177265,0,0),
	E(65617,121720,520,0,1,0,1,1,0,0,0,0,0,1),
	E(155890,121748,520,0,65535,0,1,16,0,0,4,159441,0,0),
	E(26304,121776,520,0,1,0,1,51,0,0,0,0,0,1),
	E(50137,121802,520,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,121835,520,0,1,0,1,1,0,0,0,0,0,1),
	/* RiskEvidenceSynthesis.certainty */
	E(119992,119960,521,0,65535,0,1,1236,0,0,0,0,0,0),
	E(77192,120193,521,0,65535,0,1,90,0,0,0,0,0,0),
	E(154814,120230,521,0,65535,0,1,16,0,0,2,162087,0,0),
	/* RiskEvidenceSynthesis.certainty.certaintySubcomponent */
	E(77192,120014,522,0,65535,0,1,90,0,0,0,0,0,0),
	E(154814,120073,522,0,65535,0,1,16,0,0,2,154762,0,0),
	E(167524,120134,522,0,1,0,1,16,0,0,2,154821,0,0),
	/* RiskEvidenceSynthesis.riskEstimate */
	E(120914,120879,523,0,1,0,1,151,0,0,0,0,0,0),
	E(75776,120931,523,0,1,0,1,1,0,0,0,0,0,0),
	E(121013,120978,523,0,1,0,1,151,0,0,0,0,0,0),
	E(121063,121028,523,0,65535,0,1,1237,0,0,0,0,0,0),
	E(167524,121312,523,0,1,0,1,16,0,0,2,174690,0,0),
	E(117065,121352,523,0,1,0,1,16,0,0,1,178017,0,0),
	E(97965,121401,523,0,1,0,1,157,0,0,0,0,0,0),
	/* RiskEvidenceSynthesis.riskEstimate.precisionEstimate */
	E(121134,121081,524,0,1,0,1,157,0,0,0,0,0,0),
	E(121192,121139,524,0,1,0,1,157,0,0,0,0,0,0),
	E(121251,121198,524,0,1,0,1,157,0,0,0,0,0,0),
	E(167524,121254,524,0,1,0,1,16,0,0,2,171151,0,0),
	/* RiskEvidenceSynthesis.sampleSize */
	E(75776,121475,525,0,1,0,1,1,0,0,0,0,0,0),
	E(121553,121520,525,0,1,0,1,151,0,0,0,0,0,0),
	E(121607,121574,525,0,1,0,1,151,0,0,0,0,0,0),
	/* SampledData */
	E(121889,121877,526,0,1,0,1,1,0,0,0,0,0,0),
	E(121906,121894,526,1,1,0,1,18,0,0,0,0,0,1),
	E(121929,121917,526,0,1,0,1,157,0,0,0,0,0,1),
	E(121948,121936,526,0,1,0,1,157,0,0,0,0,0,1),
	E(164801,121959,526,1,1,0,1,38,0,0,0,0,0,1),
	E(121990,121978,526,1,1,0,1,157,0,0,0,0,0,1),
	E(122009,121997,526,0,1,0,1,157,0,0,0,0,0,1),
	/* Schedule */
	E(63711,122029,527,0,1,0,1,19,0,0,0,0,1,1),
	E(122054,122045,527,1,65535,0,1,4,7,117,0,0,0,1),
	E(40154,122060,527,0,1,0,1,1,0,0,0,0,0,0),
	E(77147,122077,527,0,65535,0,1,3,0,0,0,0,0,1),
	E(122106,122097,527,0,1,0,1,7,0,0,0,0,0,1),
	E(122131,122122,527,0,65535,0,1,16,0,0,4,175458,0,1),
	E(122156,122147,527,0,65535,0,1,16,0,0,4,175658,0,1),
	E(64681,122168,527,0,65535,0,1,16,0,0,3,154277,0,1),
	/* SearchParameter */
	E(150334,122203,528,1,65535,0,1,8,0,0,1,174478,0,1),
	E(122240,122224,528,0,65535,0,1,1,0,0,0,0,0,0),
	E(152908,122246,528,1,1,0,1,8,0,0,0,0,0,1),
	E(122283,122267,528,0,65535,0,1,8,0,0,1,174825,0,0),
	E(76359,122294,528,0,65535,0,1,1238,0,0,0,0,0,0),
	E(36304,122394,528,0,65535,0,1,24,0,0,0,0,0,1),
	E(72452,122418,528,0,1,0,1,26,0,0,0,0,0,1),
	E(111682,122439,528,0,1,0,1,29,1,183,0,0,0,0),
	E(75776,122467,528,1,1,0,1,25,0,0,0,0,0,1),
	E(94849,122495,528,0,1,0,1,19,0,0,0,0,0,1),
	E(145987,122524,528,0,1,0,1,1,0,0,0,0,0,0),
	E(49887,122551,528,0,65535,0,1,16,0,0,2,165925,0,1),
	E(99378,122580,528,0,65535,0,1,8,0,0,1,174931,0,0),
	E(122621,122605,528,0,1,0,1,19,0,0,0,0,0,0),
	E(122649,122633,528,0,1,0,1,19,0,0,0,0,0,0),
	E(64395,122660,528,1,1,0,1,1,0,0,0,0,0,1),
	E(49978,122681,528,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,122707,528,0,1,0,1,25,0,0,0,0,0,0),
	E(164438,122731,528,1,1,0,1,8,0,0,1,172135,1,1),
	E(111457,122754,528,0,65535,0,1,8,0,0,1,174478,0,0),
	E(167524,122777,528,1,1,0,1,8,0,0,1,174987,0,1),
	E(26304,122798,528,1,1,0,1,51,0,0,0,0,0,1),
	E(50137,122818,528,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,122845,528,0,1,0,1,1,0,0,0,0,0,1),
	E(122885,122869,528,0,1,0,1,1,0,0,0,0,0,0),
	E(122907,122891,528,0,1,0,1,8,0,0,1,175040,0,0),
	/* SearchParameter.component */
	E(36319,122320,529,1,1,0,1,29,1,183,0,0,0,0),
	E(145987,122357,529,1,1,0,1,1,0,0,0,0,0,0),
	/* ServiceRequest */
	E(150521,122933,530,0,1,1,2,621,0,0,4,167683,0,1),
	E(139257,122960,530,0,1,0,1,26,0,0,0,0,0,1),
	E(77000,122986,530,0,65535,0,1,4,3,1239,0,0,0,1),
	E(77014,123009,530,0,65535,0,1,16,0,0,4,153939,0,1),
	E(175495,123033,530,0,65535,0,1,16,0,0,4,175743,0,1),
	E(152908,123057,530,0,1,0,1,16,0,0,4,171323,0,1),
	E(11176,123077,530,0,1,0,1,19,0,0,0,0,1,1),
	E(168837,123105,530,0,1,0,1,4,1,57,0,0,0,1),
	E(77147,123130,530,0,65535,0,1,3,0,0,0,0,0,1),
	E(110211,123156,530,0,65535,0,1,29,2,243,0,0,0,1),
	E(110243,123193,530,0,65535,0,1,51,0,0,0,0,0,1),
	E(19122,123224,530,0,65535,0,1,4,2,554,0,0,0,0),
	E(139536,123249,530,1,1,0,1,8,0,0,1,173705,1,1),
	E(123286,123271,530,0,65535,0,1,16,0,0,4,180324,0,1),
	E(123314,123299,530,0,65535,0,1,4,1,13,0,0,0,1),
	E(77192,123332,530,0,65535,0,1,90,0,0,0,0,0,0),
	E(180675,123352,530,0,1,1,3,259,0,0,0,0,0,1),
	E(123396,123381,530,0,65535,0,1,16,0,0,4,175796,0,1),
	E(42018,123408,530,0,1,0,1,1,0,0,0,0,0,1),
	E(95243,123442,530,0,65535,0,1,4,8,557,0,0,0,1),
	E(139663,123467,530,0,1,0,1,16,0,0,4,170509,0,1),
	E(163358,123496,530,0,1,0,1,8,0,0,1,173755,0,1),
	E(90330,123520,530,0,1,1,3,1242,0,0,0,0,0,1),
	E(77231,123547,530,0,65535,0,1,16,0,0,4,171522,0,1),
	E(110488,123573,530,0,65535,0,1,4,4,222,0,0,0,1),
	E(139733,123604,530,0,65535,0,1,4,1,463,0,0,0,0),
	E(12119,123635,530,0,65535,0,1,4,1,107,0,0,0,1),
	E(139754,123659,530,0,1,0,1,4,6,391,0,0,0,1),
	E(123699,123684,530,0,1,0,1,3,0,0,0,0,0,1),
	E(96824,123711,530,0,65535,0,1,4,1,597,0,0,0,1),
	E(164438,123735,530,1,1,0,1,8,0,0,1,173865,1,1),
	E(77261,123757,530,1,1,0,1,4,4,569,0,0,0,1),
	E(17160,123780,530,0,65535,0,1,4,1,116,0,0,0,0),
	/* Signature */
	E(121889,123810,531,0,1,0,1,125,0,0,0,0,0,0),
	E(123835,123825,531,0,1,0,1,4,6,1184,0,0,0,1),
	E(123856,123846,531,0,1,0,1,8,0,0,1,169304,0,0),
	E(123876,123866,531,0,1,0,1,8,0,0,1,169304,0,0),
	E(167524,123889,531,1,65535,0,1,130,0,0,3,175852,0,1),
	E(123914,123904,531,1,1,0,1,108,0,0,0,0,0,1),
	E(149184,123919,531,1,1,0,1,4,6,1184,0,0,0,1),
	/* SimpleQuantity */
	E(122283,111478,532,0,0,0,1,8,0,0,1,172237,1,1),
	/* Slot */
	E(3583,123953,533,0,1,0,1,16,0,0,3,179364,0,1),
	E(40154,123974,533,0,1,0,1,1,0,0,0,0,0,0),
	E(106343,123987,533,1,1,0,1,108,0,0,0,0,0,1),
	E(77147,123996,533,0,65535,0,1,3,0,0,0,0,0,1),
	E(124017,124012,533,0,1,0,1,19,0,0,0,0,0,0),
	E(81768,124028,533,1,1,0,1,4,1,1245,0,0,0,1),
	E(122131,124042,533,0,65535,0,1,16,0,0,4,175458,0,1),
	E(122156,124063,533,0,65535,0,1,16,0,0,4,175658,0,1),
	E(64681,124080,533,0,65535,0,1,16,0,0,3,154277,0,1),
	E(106354,124095,533,1,1,0,1,108,0,0,0,0,0,1),
	E(164438,124106,533,1,1,0,1,8,0,0,1,175896,0,1),
	/* Specimen */
	E(124136,124127,534,0,1,0,1,3,0,0,0,0,0,1),
	E(171264,124156,534,0,1,0,1,1246,0,0,0,0,0,0),
	E(163881,124390,534,0,65535,0,1,16,0,0,2,179496,0,1),
	E(125123,124409,534,0,65535,0,1,1247,0,0,0,0,0,0),
	E(77147,124608,534,0,65535,0,1,3,0,0,0,0,0,1),
	E(77192,124628,534,0,65535,0,1,90,0,0,0,0,0,0),
	E(38679,124642,534,0,65535,0,1,4,1,597,0,0,0,0),
	E(124667,124658,534,0,65535,0,1,1248,0,0,0,0,0,0),
	E(124806,124797,534,0,1,0,1,26,0,0,0,0,0,1),
	E(105322,124819,534,0,65535,0,1,4,1,107,0,0,0,0),
	E(164438,124836,534,0,1,0,1,8,0,0,1,176322,1,1),
	E(77261,124852,534,0,1,0,1,4,5,1249,0,0,0,1),
	E(167524,124869,534,0,1,0,1,16,0,0,4,179452,0,1),
	/* Specimen.collection */
	E(77014,124176,535,0,1,0,1,16,0,0,4,153939,0,0),
	E(150644,124205,535,0,1,1,2,153,0,0,0,0,0,1),
	E(124258,124238,535,0,1,0,1,4,2,11,0,0,0,1),
	E(77090,124268,535,0,1,0,1,49,0,0,0,0,0,1),
	E(150750,124297,535,0,1,1,2,1254,0,0,2,179540,0,1),
	E(175651,124334,535,0,1,0,1,16,0,0,4,176089,0,0),
	E(90330,124361,535,0,1,0,1,38,0,0,0,0,0,0),
	/* Specimen.container */
	E(161774,124428,536,0,1,1,2,41,1,36,4,179408,0,0),
	E(125327,124459,536,0,1,0,1,38,0,0,0,0,0,0),
	E(75776,124487,536,0,1,0,1,1,0,0,0,0,0,0),
	E(77147,124518,536,0,65535,0,1,3,0,0,0,0,0,1),
	E(124567,124548,536,0,1,0,1,38,0,0,0,0,0,0),
	E(167524,124584,536,0,1,0,1,16,0,0,4,176210,0,0),
	/* Specimen.processing */
	E(161774,124678,537,0,65535,0,1,4,1,36,0,0,0,0),
	E(75776,124707,537,0,1,0,1,1,0,0,0,0,0,0),
	E(176312,124739,537,0,1,0,1,16,0,0,4,176263,0,0),
	E(38504,124769,537,0,1,1,2,153,0,0,0,0,0,0),
	/* SpecimenDefinition */
	E(171264,124902,538,0,65535,0,1,16,0,0,4,176040,0,1),
	E(77147,124932,538,0,1,0,1,3,0,0,0,0,0,1),
	E(124981,124962,538,0,65535,0,1,16,0,0,4,171204,0,1),
	E(125019,125000,538,0,1,0,1,1,0,0,0,0,0,1),
	E(125049,125030,538,0,1,0,1,16,0,0,4,179452,0,1),
	E(125082,125063,538,0,65535,0,1,1256,0,0,0,0,0,0),
	/* SpecimenDefinition.typeTested */
	E(125123,125093,539,0,1,0,1,1257,0,0,0,0,0,0),
	E(125621,125591,539,0,65535,0,1,1258,0,0,0,0,0,0),
	E(125878,125848,539,0,1,0,1,19,0,0,0,0,0,0),
	E(125918,125888,539,1,1,0,1,8,0,0,1,176145,0,0),
	E(125959,125929,539,0,65535,0,1,16,0,0,4,173057,0,0),
	E(126008,125978,539,0,1,0,1,1,0,0,0,0,0,0),
	E(126050,126020,539,0,1,0,1,49,0,0,0,0,0,0),
	E(167524,126064,539,0,1,0,1,16,0,0,4,179452,0,0),
	/* SpecimenDefinition.typeTested.container */
	E(161774,125133,540,0,65535,0,1,1259,0,0,0,0,0,0),
	E(157553,125243,540,0,1,0,1,16,0,0,4,157514,0,0),
	E(125327,125287,540,0,1,0,1,38,0,0,0,0,0,0),
	E(75776,125336,540,0,1,0,1,1,0,0,0,0,0,0),
	E(157596,125388,540,0,1,0,1,16,0,0,4,157557,0,0),
	E(180631,125437,540,0,1,1,2,1260,0,0,0,0,0,0),
	E(125534,125494,540,0,1,0,1,1,0,0,0,0,0,0),
	E(167524,125546,540,0,1,0,1,16,0,0,4,176210,0,0),
	/* SpecimenDefinition.typeTested.container.additive */
	E(161774,125182,541,1,1,1,2,41,1,36,4,179408,0,0),
	/* SpecimenDefinition.typeTested.handling */
	E(125669,125630,542,0,1,0,1,1,0,0,0,0,0,0),
	E(125720,125681,542,0,1,0,1,49,0,0,0,0,0,0),
	E(125771,125732,542,0,1,0,1,16,0,0,4,163843,0,0),
	E(125831,125792,542,0,1,0,1,48,0,0,0,0,0,0),
	/* StructureDefinition */
	E(126139,126119,543,1,1,0,1,19,0,0,0,0,0,1),
	E(126168,126148,543,0,1,0,1,29,1,37,0,0,0,1),
	E(36304,126183,543,0,65535,0,1,24,0,0,0,0,0,1),
	E(178243,126211,543,0,65535,0,1,1262,0,0,0,0,0,1),
	E(126331,126311,543,0,65535,0,1,1,0,0,0,0,0,1),
	E(49701,126348,543,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,126378,543,0,1,0,1,26,0,0,0,0,0,1),
	E(126423,126403,543,0,1,0,1,8,0,0,1,177861,0,1),
	E(75776,126434,543,0,1,0,1,25,0,0,0,0,0,0),
	E(126486,126466,543,0,1,0,1,1263,0,0,0,0,0,0),
	E(94849,126540,543,0,1,0,1,19,0,0,0,0,0,1),
	E(69518,126573,543,0,1,0,1,8,0,0,1,150941,0,1),
	E(77147,126605,543,0,65535,0,1,3,0,0,0,0,0,1),
	E(49887,126636,543,0,65535,0,1,16,0,0,2,165925,0,1),
	E(126689,126669,543,0,65535,0,1,130,0,0,2,159487,0,1),
	E(159826,126697,543,1,1,0,1,8,0,0,1,176420,0,1),
	E(126742,126722,543,0,65535,0,1,1264,0,0,0,0,0,0),
	E(64395,126888,543,1,1,0,1,1,0,0,0,0,0,1),
	E(49978,126913,543,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,126943,543,0,1,0,1,25,0,0,0,0,0,0),
	E(126991,126971,543,0,1,0,1,1265,0,0,0,0,0,0),
	E(164438,127037,543,1,1,0,1,8,0,0,1,172135,1,1),
	E(65617,127064,543,0,1,0,1,1,0,0,0,0,0,1),
	E(167524,127090,543,1,1,0,1,51,0,0,2,159349,0,1),
	E(26304,127115,543,1,1,0,1,51,0,0,0,0,0,1),
	E(50137,127139,543,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,127170,543,0,1,0,1,1,0,0,0,0,0,1),
	/* StructureDefinition.context */
	E(145987,126239,544,1,1,0,1,1,0,0,0,0,0,1),
	E(167524,126278,544,1,1,0,1,8,0,0,1,162795,0,1),
	/* StructureDefinition.differential */
	E(128043,126499,545,1,65535,0,1,1266,0,0,0,0,0,0),
	/* StructureDefinition.mapping */
	E(40154,126750,546,0,1,0,1,1,0,0,0,0,0,0),
	E(126814,126786,546,1,1,0,1,640,0,0,0,0,0,0),
	E(64395,126823,546,0,1,0,1,1,0,0,0,0,0,0),
	E(126884,126856,546,0,1,0,1,51,0,0,0,0,0,0),
	/* StructureDefinition.snapshot */
	E(128043,127000,547,1,65535,0,1,1266,0,0,0,0,0,0),
	/* StructureMap */
	E(36304,127211,548,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,127232,548,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,127255,548,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,127273,548,0,1,0,1,25,0,0,0,0,0,0),
	E(94849,127298,548,0,1,0,1,19,0,0,0,0,0,1),
	E(88590,127324,548,1,65535,0,1,1267,0,0,0,0,0,1),
	E(77147,128713,548,0,65535,0,1,3,0,0,0,0,0,1),
	E(128750,128737,548,0,65535,0,1,29,1,50,0,0,0,1),
	E(49887,128757,548,0,65535,0,1,16,0,0,2,165925,0,1),
	E(64395,128783,548,1,1,0,1,1,0,0,0,0,0,1),
	E(49978,128801,548,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,128824,548,0,1,0,1,25,0,0,0,0,0,0),
	E(164438,128845,548,1,1,0,1,8,0,0,1,172135,1,1),
	E(137403,128865,548,0,65535,0,1,1268,0,0,0,0,0,1),
	E(65617,129009,548,0,1,0,1,1,0,0,0,0,0,1),
	E(26304,129028,548,1,1,0,1,51,0,0,0,0,0,1),
	E(50137,129045,548,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,129069,548,0,1,0,1,1,0,0,0,0,0,1),
	/* StructureMap.group */
	E(24356,127343,549,0,1,0,1,1,0,0,0,0,0,1),
	E(127395,127376,549,0,1,0,1,640,0,0,0,0,0,1),
	E(139426,127403,549,1,65535,0,1,1269,0,0,0,0,0,1),
	E(64395,127557,549,1,1,0,1,640,0,0,0,0,0,1),
	E(127812,127581,549,1,65535,0,1,1270,0,0,0,0,0,1),
	E(128704,128685,549,1,1,0,1,8,0,0,1,166670,0,1),
	/* StructureMap.group.input */
	E(24356,127428,550,0,1,0,1,1,0,0,0,0,0,0),
	E(158052,127467,550,1,1,0,1,8,0,0,1,166725,0,1),
	E(64395,127497,550,1,1,0,1,640,0,0,0,0,0,1),
	E(167524,127527,550,0,1,0,1,1,0,0,0,0,0,1),
	/* StructureMap.group.rule */
	E(32038,127605,551,0,65535,0,1,1271,0,0,0,0,0,1),
	E(24356,127721,551,0,1,0,1,1,0,0,0,0,0,0),
	E(64395,127759,551,1,1,0,1,640,0,0,0,0,0,1),
	E(127812,127788,551,0,65535,0,1,1270,0,0,0,0,0,1),
	E(164752,127817,551,1,65535,0,1,1272,0,0,0,0,0,1),
	E(111457,128279,551,0,65535,0,1,1273,0,0,0,0,0,1),
	/* StructureMap.group.rule.dependent */
	E(64395,127639,552,1,1,0,1,640,0,0,0,0,0,1),
	E(128270,127678,552,1,65535,0,1,1,0,0,0,0,0,1),
	/* StructureMap.group.rule.source */
	E(127879,127848,553,0,1,0,1,1,0,0,0,0,0,1),
	E(163881,127885,553,0,1,0,1,1,0,0,0,0,0,1),
	E(178243,127926,553,1,1,0,1,640,0,0,0,0,0,1),
	E(145922,127965,553,0,1,1,50,642,0,0,0,0,0,1),
	E(128043,128012,553,0,1,0,1,1,0,0,0,0,0,1),
	E(128082,128051,553,0,1,0,1,8,0,0,1,166825,0,1),
	E(128122,128091,553,0,1,0,1,1,0,0,0,0,0,1),
	E(128164,128133,553,0,1,0,1,1,0,0,0,0,0,1),
	E(128199,128168,553,0,1,0,1,151,0,0,0,0,0,1),
	E(167524,128203,553,0,1,0,1,1,0,0,0,0,0,1),
	E(128270,128239,553,0,1,0,1,640,0,0,0,0,0,1),
	/* StructureMap.group.rule.target */
	E(178243,128310,554,0,1,0,1,640,0,0,0,0,0,1),
	E(128380,128349,554,0,1,0,1,8,0,0,1,166618,0,1),
	E(128043,128392,554,0,1,0,1,1,0,0,0,0,0,1),
	E(128082,128431,554,0,65535,0,1,8,0,0,1,166881,0,1),
	E(128502,128471,554,0,1,0,1,640,0,0,0,0,0,1),
	E(140942,128513,554,0,65535,0,1,1274,0,0,0,0,0,1),
	E(107687,128604,554,0,1,0,1,8,0,0,1,166937,0,1),
	E(128270,128645,554,0,1,0,1,640,0,0,0,0,0,1),
	/* StructureMap.group.rule.target.parameter */
	E(97965,128554,555,1,1,1,5,1275,0,0,0,0,0,1),
	/* StructureMap.structure */
	E(128911,128888,556,0,1,0,1,1,0,0,0,0,0,1),
	E(24356,128917,556,0,1,0,1,1,0,0,0,0,0,0),
	E(158052,128954,556,1,1,0,1,8,0,0,1,166775,0,1),
	E(26304,128982,556,1,1,0,1,29,1,37,0,0,0,1),
	/* Subscription */
	E(129116,129103,557,1,1,0,1,1280,0,0,0,0,0,1),
	E(36304,129237,557,0,65535,0,1,230,0,0,0,0,0,1),
	E(173096,129258,557,1,1,0,1,1,0,0,0,0,0,1),
	E(106343,129280,557,0,1,0,1,108,0,0,0,0,0,1),
	E(151892,129297,557,0,1,0,1,1,0,0,0,0,0,1),
	E(167733,129316,557,1,1,0,1,1,0,0,0,0,0,1),
	E(164438,129336,557,1,1,0,1,8,0,0,1,176677,1,1),
	/* Subscription.channel */
	E(64281,129124,558,0,1,0,1,126,0,0,0,0,0,1),
	E(129175,129154,558,0,65535,0,1,1,0,0,0,0,0,1),
	E(129203,129182,558,0,1,0,1,8,0,0,1,169304,0,1),
	E(167524,129211,558,1,1,0,1,8,0,0,1,176616,0,1),
	/* Substance */
	E(175495,129356,559,0,65535,0,1,16,0,0,2,176732,0,1),
	E(152908,88467,559,1,1,0,1,16,0,0,4,176780,0,1),
	E(75776,129375,559,0,1,0,1,1,0,0,0,0,0,1),
	E(77147,129397,559,0,65535,0,1,3,0,0,0,0,0,1),
	E(90095,129418,559,0,65535,0,1,1281,0,0,0,0,0,1),
	E(129513,129503,559,0,65535,0,1,1282,0,0,0,0,0,1),
	E(164438,129606,559,0,1,0,1,8,0,0,1,176824,1,1),
	/* Substance.ingredient */
	E(90330,129439,560,0,1,0,1,624,0,0,0,0,0,1),
	E(89565,129469,560,1,1,1,2,41,1,36,4,176780,0,1),
	/* Substance.instance */
	E(129541,129522,561,0,1,0,1,26,0,0,0,0,0,1),
	E(77147,129548,561,0,1,0,1,3,0,0,0,0,0,1),
	E(90330,129578,561,0,1,0,1,38,0,0,0,0,0,1),
	/* SubstanceAmount */
	E(105111,129693,562,0,1,1,3,1283,0,0,0,0,0,1),
	E(129655,129639,562,0,1,0,1,1,0,0,0,0,0,1),
	E(137037,129666,562,0,1,0,1,16,0,0,0,0,0,1),
	E(100288,129719,562,0,1,0,1,1286,0,0,0,0,0,1),
	/* SubstanceAmount.referenceRange */
	E(129781,129750,563,0,1,0,1,38,0,0,0,0,0,1),
	E(129822,129791,563,0,1,0,1,38,0,0,0,0,0,1),
	/* SubstanceNucleicAcid */
	E(129873,129852,564,0,1,0,1,1,0,0,0,0,0,1),
	E(129914,129893,564,0,1,0,1,151,0,0,0,0,0,1),
	E(129952,129931,564,0,1,0,1,16,0,0,0,0,0,1),
	E(129993,129972,564,0,1,0,1,16,0,0,0,0,0,1),
	E(130027,130006,564,0,65535,0,1,1287,0,0,0,0,0,1),
	/* SubstanceNucleicAcid.subunit */
	E(130064,130035,565,0,1,0,1,16,0,0,0,0,0,1),
	E(47215,130074,565,0,1,0,1,151,0,0,0,0,0,1),
	E(130139,130110,565,0,65535,0,1,1288,0,0,0,0,0,1),
	E(19301,130336,565,0,1,0,1,1,0,0,0,0,0,1),
	E(130403,130374,565,0,1,0,1,158,0,0,0,0,0,1),
	E(130027,130422,565,0,1,0,1,151,0,0,0,0,0,1),
	E(130488,130459,565,0,65535,0,1,1289,0,0,0,0,0,1),
	E(130656,130627,565,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstanceNucleicAcid.subunit.linkage */
	E(130184,130147,566,0,1,0,1,1,0,0,0,0,0,1),
	E(77147,130197,566,0,1,0,1,3,0,0,0,0,0,1),
	E(64395,130245,566,0,1,0,1,1,0,0,0,0,0,1),
	E(130324,130287,566,0,1,0,1,1,0,0,0,0,0,1),
	/* SubstanceNucleicAcid.subunit.sugar */
	E(77147,130494,567,0,1,0,1,3,0,0,0,0,0,1),
	E(64395,130540,567,0,1,0,1,1,0,0,0,0,0,1),
	E(130324,130580,567,0,1,0,1,1,0,0,0,0,0,1),
	/* SubstancePolymer */
	E(158978,130684,568,0,1,0,1,16,0,0,0,0,0,1),
	E(130724,130707,568,0,65535,0,1,16,0,0,0,0,0,1),
	E(130763,130746,568,0,1,0,1,16,0,0,0,0,0,1),
	E(130789,130772,568,0,65535,0,1,1,0,0,0,0,0,1),
	E(130819,130802,568,0,65535,0,1,1290,0,0,0,0,0,1),
	E(146192,131125,568,0,65535,0,1,1291,0,0,0,0,0,1),
	/* SubstancePolymer.monomerSet */
	E(130858,130830,569,0,1,0,1,16,0,0,0,0,0,1),
	E(130896,130868,569,0,65535,0,1,1292,0,0,0,0,0,1),
	/* SubstancePolymer.monomerSet.startingMaterial */
	E(105111,130913,570,0,1,0,1,1293,0,0,0,0,0,1),
	E(131010,130965,570,0,1,0,1,19,0,0,0,0,0,1),
	E(157596,131021,570,0,1,0,1,16,0,0,0,0,0,1),
	E(167524,131075,570,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstancePolymer.repeat */
	E(131173,131149,571,0,1,0,1,1,0,0,0,0,0,1),
	E(131221,131197,571,0,1,0,1,151,0,0,0,0,0,1),
	E(131259,131235,571,0,65535,0,1,1294,0,0,0,0,0,1),
	E(131904,131880,571,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstancePolymer.repeat.repeatUnit */
	E(105111,131270,572,0,1,0,1,1293,0,0,0,0,0,1),
	E(131347,131312,572,0,65535,0,1,1295,0,0,0,0,0,1),
	E(131535,131500,572,0,1,0,1,16,0,0,0,0,0,1),
	E(131259,131563,572,0,1,0,1,1,0,0,0,0,0,1),
	E(131644,131609,572,0,65535,0,1,1296,0,0,0,0,0,1),
	/* SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation */
	E(105111,131370,573,0,1,0,1,1293,0,0,0,0,0,1),
	E(131493,131435,573,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstancePolymer.repeat.repeatUnit.structuralRepresentation */
	E(131729,131669,574,0,1,0,1,158,0,0,0,0,0,1),
	E(138142,131740,574,0,1,0,1,1,0,0,0,0,0,1),
	E(167524,131815,574,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstanceProtein */
	E(131959,131942,575,0,65535,0,1,1,0,0,0,0,0,1),
	E(129914,131976,575,0,1,0,1,151,0,0,0,0,0,1),
	E(129993,132010,575,0,1,0,1,16,0,0,0,0,0,1),
	E(130027,132040,575,0,65535,0,1,1297,0,0,0,0,0,1),
	/* SubstanceProtein.subunit */
	E(132090,132065,576,0,1,0,1,1,0,0,0,0,0,1),
	E(132137,132112,576,0,1,0,1,3,0,0,0,0,0,1),
	E(47215,132161,576,0,1,0,1,151,0,0,0,0,0,1),
	E(132218,132193,576,0,1,0,1,1,0,0,0,0,0,1),
	E(132265,132240,576,0,1,0,1,3,0,0,0,0,0,1),
	E(19301,132289,576,0,1,0,1,1,0,0,0,0,0,1),
	E(130403,132323,576,0,1,0,1,158,0,0,0,0,0,1),
	E(130027,132367,576,0,1,0,1,151,0,0,0,0,0,1),
	/* SubstanceReferenceInformation */
	E(158529,132430,577,0,65535,0,1,1298,0,0,0,0,0,1),
	E(40154,132692,577,0,1,0,1,1,0,0,0,0,0,1),
	E(132800,132730,577,0,65535,0,1,1299,0,0,0,0,0,1),
	E(132931,132901,577,0,65535,0,1,1300,0,0,0,0,0,1),
	E(111457,133089,577,0,65535,0,1,1301,0,0,0,0,0,1),
	/* SubstanceReferenceInformation.classification */
	E(158529,132475,578,0,1,0,1,16,0,0,0,0,0,1),
	E(136015,132535,578,0,1,0,1,16,0,0,0,0,0,1),
	E(164752,132587,578,0,65535,0,1,4,1,62,0,0,0,1),
	E(155258,132639,578,0,65535,0,1,16,0,0,0,0,0,1),
	/* SubstanceReferenceInformation.gene */
	E(132800,132765,579,0,1,0,1,16,0,0,0,0,0,1),
	E(132840,132805,579,0,1,0,1,16,0,0,0,0,0,1),
	E(164752,132859,579,0,65535,0,1,4,1,62,0,0,0,1),
	/* SubstanceReferenceInformation.geneElement */
	E(128043,132943,580,0,1,0,1,3,0,0,0,0,0,1),
	E(164752,132993,580,0,65535,0,1,4,1,62,0,0,0,1),
	E(167524,133042,580,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstanceReferenceInformation.target */
	E(105111,133174,581,0,1,1,3,1283,0,0,0,0,0,1),
	E(137037,133126,581,0,1,0,1,16,0,0,0,0,0,1),
	E(9507,133221,581,0,1,0,1,16,0,0,0,0,0,1),
	E(133824,133270,581,0,1,0,1,16,0,0,0,0,0,1),
	E(133353,133316,581,0,1,0,1,16,0,0,0,0,0,1),
	E(164752,133366,581,0,65535,0,1,4,1,62,0,0,0,1),
	E(111457,133410,581,0,1,0,1,3,0,0,0,0,0,1),
	E(167524,133454,581,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstanceSourceMaterial */
	E(133544,133520,582,0,65535,0,1,16,0,0,0,0,0,1),
	E(133584,133560,582,0,1,0,1,16,0,0,0,0,0,1),
	E(133625,133601,582,0,65535,0,1,1302,0,0,0,0,0,1),
	E(133779,133755,582,0,65535,0,1,1,0,0,0,0,0,1),
	E(133824,133800,582,0,1,0,1,1303,0,0,0,0,0,1),
	E(134838,134814,582,0,1,0,1,3,0,0,0,0,0,1),
	E(134873,134849,582,0,1,0,1,1,0,0,0,0,0,1),
	E(134910,134886,582,0,65535,0,1,3,0,0,0,0,0,1),
	E(134952,134928,582,0,65535,0,1,1,0,0,0,0,0,1),
	E(134996,134972,582,0,65535,0,1,1304,0,0,0,0,0,1),
	E(135134,135110,582,0,1,0,1,16,0,0,0,0,0,1),
	E(135178,135154,582,0,1,0,1,16,0,0,0,0,0,1),
	E(135222,135198,582,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstanceSourceMaterial.fractionDescription */
	E(133689,133645,583,0,1,0,1,1,0,0,0,0,0,1),
	E(133742,133698,583,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstanceSourceMaterial.organism */
	E(5636,133833,584,0,65535,0,1,1305,0,0,0,0,0,1),
	E(64760,133982,584,0,1,0,1,16,0,0,0,0,0,1),
	E(134055,134022,584,0,1,0,1,16,0,0,0,0,0,1),
	E(134094,134061,584,0,1,0,1,1306,0,0,0,0,0,1),
	E(134425,134392,584,0,1,0,1,1,0,0,0,0,0,1),
	E(134483,134450,584,0,1,0,1,16,0,0,0,0,0,1),
	E(134534,134501,584,0,1,0,1,1307,0,0,0,0,0,1),
	E(134806,134773,584,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstanceSourceMaterial.organism.author */
	E(133913,133873,585,0,1,0,1,1,0,0,0,0,0,1),
	E(133971,133931,585,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstanceSourceMaterial.organism.hybrid */
	E(134141,134101,586,0,1,0,1,16,0,0,0,0,0,1),
	E(134192,134152,586,0,1,0,1,1,0,0,0,0,0,1),
	E(134251,134211,586,0,1,0,1,1,0,0,0,0,0,1),
	E(134312,134272,586,0,1,0,1,1,0,0,0,0,0,1),
	E(134371,134331,586,0,1,0,1,1,0,0,0,0,0,1),
	/* SubstanceSourceMaterial.organism.organismGeneral */
	E(158978,134550,587,0,1,0,1,16,0,0,0,0,0,1),
	E(134654,134605,587,0,1,0,1,16,0,0,0,0,0,1),
	E(166359,134662,587,0,1,0,1,16,0,0,0,0,0,1),
	E(134766,134717,587,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstanceSourceMaterial.partDescription */
	E(135052,135012,588,0,1,0,1,16,0,0,0,0,0,1),
	E(135097,135057,588,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstanceSpecification */
	E(152908,135264,589,0,65535,0,1,1308,0,0,0,0,0,1),
	E(40154,135470,589,0,1,0,1,1,0,0,0,0,0,1),
	E(75776,135501,589,0,1,0,1,1,0,0,0,0,0,1),
	E(136015,135536,589,0,1,0,1,16,0,0,0,0,0,1),
	E(77147,135566,589,0,1,0,1,3,0,0,0,0,0,1),
	E(135623,135600,589,0,65535,0,1,1309,0,0,0,0,0,1),
	E(137597,135920,589,0,65535,0,1,1310,0,0,0,0,0,1),
	E(64395,135959,589,0,65535,0,1,1311,0,0,0,0,0,1),
	E(136543,136520,589,0,1,0,1,4,1,1312,0,0,0,1),
	E(136578,136555,589,0,1,0,1,4,1,1313,0,0,0,1),
	E(36634,136586,589,0,65535,0,1,1314,0,0,0,0,0,1),
	E(136857,136834,589,0,1,0,1,4,1,1315,0,0,0,1),
	E(136888,136865,589,0,1,0,1,4,1,1316,0,0,0,1),
	E(173205,136909,589,0,65535,0,1,1317,0,0,0,0,0,1),
	E(164752,137282,589,0,65535,0,1,4,1,62,0,0,0,1),
	E(137335,137312,589,0,1,0,1,4,1,1318,0,0,0,1),
	E(164438,137350,589,0,1,0,1,16,0,0,0,0,0,1),
	E(137403,137380,589,0,1,0,1,1319,0,0,0,0,0,1),
	E(167524,138421,589,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstanceSpecification.code */
	E(152908,135292,590,0,1,0,1,16,0,0,0,0,0,1),
	E(40154,135325,590,0,1,0,1,1,0,0,0,0,0,1),
	E(164752,135361,590,0,65535,0,1,4,1,62,0,0,0,1),
	E(164438,135396,590,0,1,0,1,16,0,0,0,0,0,1),
	E(135459,135431,590,0,1,0,1,26,0,0,0,0,0,1),
	/* SubstanceSpecification.moiety */
	E(105111,135630,591,0,1,1,2,1260,0,0,0,0,0,1),
	E(77147,135670,591,0,1,0,1,3,0,0,0,0,0,1),
	E(137936,135711,591,0,1,0,1,1,0,0,0,0,0,1),
	E(64395,135758,591,0,1,0,1,1,0,0,0,0,0,1),
	E(138093,135793,591,0,1,0,1,16,0,0,0,0,0,1),
	E(170405,135839,591,0,1,0,1,16,0,0,0,0,0,1),
	E(138405,135874,591,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstanceSpecification.name */
	E(136015,135987,592,0,65535,0,1,16,0,0,0,0,0,1),
	E(49887,136022,592,0,65535,0,1,16,0,0,0,0,0,1),
	E(162786,136063,592,0,65535,0,1,16,0,0,0,0,0,1),
	E(64395,136100,592,1,1,0,1,1,0,0,0,0,0,1),
	E(136161,136133,592,0,65535,0,1,1320,0,0,0,0,0,1),
	E(97906,136303,592,0,1,0,1,19,0,0,0,0,0,1),
	E(164752,136341,592,0,65535,0,1,4,1,62,0,0,0,1),
	E(164438,136376,592,0,1,0,1,16,0,0,0,0,0,1),
	E(82125,136411,592,0,65535,0,1,1311,0,0,0,0,0,1),
	E(136475,136447,592,0,65535,0,1,1311,0,0,0,0,0,1),
	E(167524,136487,592,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstanceSpecification.name.official */
	E(66691,136170,593,0,1,0,1,16,0,0,0,0,0,1),
	E(72452,136217,593,0,1,0,1,26,0,0,0,0,0,1),
	E(164438,136259,593,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstanceSpecification.property */
	E(105111,136618,594,0,1,1,2,1260,0,0,0,0,0,1),
	E(175495,136660,594,0,1,0,1,16,0,0,0,0,0,1),
	E(152908,136701,594,0,1,0,1,16,0,0,0,0,0,1),
	E(150711,136738,594,0,1,1,2,33,2,1321,0,0,0,1),
	E(136823,136791,594,0,1,0,1,1,0,0,0,0,0,1),
	/* SubstanceSpecification.relationship */
	E(105111,137048,595,0,1,1,4,1323,0,0,0,0,0,1),
	E(136981,136945,595,0,1,0,1,624,0,0,0,0,0,1),
	E(137037,137001,595,0,1,0,1,16,0,0,0,0,0,1),
	E(131010,137094,595,0,1,0,1,19,0,0,0,0,0,1),
	E(173205,137141,595,0,1,0,1,16,0,0,0,0,0,1),
	E(164752,137190,595,0,65535,0,1,4,1,62,0,0,0,1),
	E(89565,137233,595,0,1,1,2,33,1,1031,0,0,0,1),
	/* SubstanceSpecification.structure */
	E(137446,137413,596,0,65535,0,1,1327,0,0,0,0,0,1),
	E(137936,137903,596,0,1,0,1,1,0,0,0,0,0,1),
	E(137986,137953,596,0,1,0,1,1,0,0,0,0,0,1),
	E(137597,138011,596,0,1,0,1,1310,0,0,0,0,0,1),
	E(138093,138060,596,0,1,0,1,16,0,0,0,0,0,1),
	E(138142,138109,596,0,65535,0,1,1328,0,0,0,0,0,1),
	E(164752,138332,596,0,65535,0,1,4,1,62,0,0,0,1),
	E(138405,138372,596,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstanceSpecification.structure.isotope */
	E(137495,137454,597,0,1,0,1,38,0,0,0,0,0,1),
	E(77147,137504,597,0,1,0,1,3,0,0,0,0,0,1),
	E(137597,137556,597,0,1,0,1,1310,0,0,0,0,0,1),
	E(64395,137803,597,0,1,0,1,16,0,0,0,0,0,1),
	E(137890,137849,597,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstanceSpecification.structure.isotope.molecularWeight */
	E(105111,137613,598,0,1,0,1,38,0,0,0,0,0,1),
	E(175651,137677,598,0,1,0,1,16,0,0,0,0,0,1),
	E(167524,137741,598,0,1,0,1,16,0,0,0,0,0,1),
	/* SubstanceSpecification.structure.representation */
	E(131729,138157,599,0,1,0,1,158,0,0,0,0,0,1),
	E(138142,138216,599,0,1,0,1,1,0,0,0,0,0,1),
	E(167524,138279,599,0,1,0,1,16,0,0,0,0,0,1),
	/* SupplyDelivery */
	E(77000,138464,600,0,65535,0,1,4,1,1329,0,0,0,1),
	E(78788,138487,600,0,1,0,1,4,1,13,0,0,0,0),
	E(77147,138514,600,0,65535,0,1,3,0,0,0,0,0,0),
	E(180675,138540,600,0,1,1,3,259,0,0,0,0,0,1),
	E(77218,138569,600,0,65535,0,1,4,2,1330,0,0,0,1),
	E(36619,138591,600,0,1,0,1,4,1,9,0,0,0,0),
	E(79192,138614,600,0,65535,0,1,4,2,11,0,0,0,0),
	E(164438,138638,600,0,1,0,1,8,0,0,1,176962,1,1),
	E(138675,138660,600,0,1,0,1,1332,0,0,0,0,0,0),
	E(139238,138761,600,0,1,0,1,4,3,214,0,0,0,0),
	E(167524,138785,600,0,1,0,1,16,0,0,1,177019,0,0),
	/* SupplyDelivery.suppliedItem */
	E(176957,138688,601,0,1,1,2,41,3,284,4,176921,0,0),
	E(90330,138724,601,0,1,0,1,38,0,0,0,0,0,0),
	/* SupplyRequest */
	E(139257,138819,602,0,1,0,1,26,0,0,0,0,0,1),
	E(175495,138844,602,0,1,0,1,16,0,0,4,177074,0,1),
	E(138881,138867,602,0,1,0,1,4,2,478,0,0,0,0),
	E(138907,138893,602,0,1,0,1,4,3,1333,0,0,0,0),
	E(77147,138917,602,0,65535,0,1,3,0,0,0,0,0,1),
	E(176957,138942,602,1,1,1,2,41,3,284,4,176921,0,1),
	E(180675,138964,602,0,1,1,3,259,0,0,0,0,0,1),
	E(140942,138992,602,0,65535,0,1,1336,0,0,0,0,0,0),
	E(163358,139078,602,0,1,0,1,8,0,0,1,173755,0,1),
	E(90330,139101,602,1,1,0,1,38,0,0,0,0,0,1),
	E(77231,139124,602,0,65535,0,1,16,0,0,4,177122,0,0),
	E(110488,139149,602,0,65535,0,1,4,4,222,0,0,0,0),
	E(139754,139179,602,0,1,0,1,4,6,391,0,0,0,1),
	E(164438,139203,602,0,1,0,1,8,0,0,1,177172,1,1),
	E(139238,139224,602,0,65535,0,1,4,2,1337,0,0,0,1),
	/* SupplyRequest.parameter */
	E(152908,139016,603,0,1,0,1,16,0,0,4,0,0,0),
	E(97965,139045,603,0,1,1,4,573,0,0,0,0,0,0),
	/* Task */
	E(139257,139252,604,0,1,0,1,26,0,0,0,0,0,0),
	E(77000,139268,604,0,65535,0,1,4,1,116,0,0,0,1),
	E(139286,139281,604,0,1,0,1,16,0,0,4,0,0,1),
	E(152908,139301,604,0,1,0,1,16,0,0,4,177371,0,1),
	E(75776,139311,604,0,1,0,1,1,0,0,0,0,0,1),
	E(168837,139328,604,0,1,0,1,4,1,57,0,0,0,1),
	E(139348,139343,604,0,1,0,1,7,0,0,0,0,0,1),
	E(139369,139364,604,0,1,0,1,4,1,116,0,0,0,1),
	E(139380,139375,604,0,1,0,1,4,1,116,0,0,0,1),
	E(139389,139384,604,0,1,0,1,3,0,0,0,0,0,1),
	E(77147,139405,604,0,65535,0,1,3,0,0,0,0,0,0),
	E(139426,139421,604,0,65535,0,1,1339,0,0,0,0,0,0),
	E(110211,139468,604,0,1,0,1,29,1,197,0,0,0,1),
	E(110243,139495,604,0,1,0,1,51,0,0,0,0,0,1),
	E(19122,139516,604,0,65535,0,1,4,2,554,0,0,0,0),
	E(139536,139531,604,1,1,0,1,8,0,0,1,177410,0,1),
	E(7370,139543,604,0,1,0,1,26,0,0,0,0,0,1),
	E(154127,139561,604,0,1,0,1,4,1,13,0,0,0,1),
	E(77192,139575,604,0,65535,0,1,90,0,0,0,0,0,0),
	E(139590,139585,604,0,65535,0,1,1340,0,0,0,0,0,0),
	E(36574,139635,604,0,1,0,1,4,8,557,0,0,0,1),
	E(77218,139646,604,0,65535,0,1,4,1,205,0,0,0,1),
	E(139663,139658,604,0,65535,0,1,16,0,0,3,170955,0,0),
	E(163358,139677,604,0,1,0,1,8,0,0,1,173755,0,0),
	E(77231,139691,604,0,1,0,1,16,0,0,4,0,0,0),
	E(110488,139707,604,0,1,0,1,4,1,116,0,0,0,0),
	E(139733,139728,604,0,65535,0,1,4,1,463,0,0,0,0),
	E(139754,139749,604,0,1,0,1,4,6,371,0,0,0,1),
	E(139769,139764,604,0,1,0,1,1341,0,0,0,0,0,0),
	E(164438,139861,604,1,1,0,1,8,0,0,1,177457,1,1),
	E(36860,139873,604,0,1,0,1,16,0,0,4,0,0,1),
	/* Task.input */
	E(167524,139432,605,1,1,0,1,16,0,0,4,0,0,0),
	E(97965,139448,605,1,1,1,50,642,0,0,0,0,0,0),
	/* Task.output */
	E(167524,139597,606,1,1,0,1,16,0,0,4,0,0,0),
	E(97965,139614,606,1,1,1,50,642,0,0,0,0,0,0),
	/* Task.restriction */
	E(121990,139781,607,0,1,0,1,7,0,0,0,0,0,0),
	E(72862,139805,607,0,65535,0,1,4,6,1342,0,0,0,0),
	E(139849,139832,607,0,1,0,1,18,0,0,0,0,0,0),
	/* TerminologyCapabilities */
	E(139939,139915,608,0,1,0,1,1348,0,0,0,0,0,0),
	E(140015,139991,608,0,1,0,1,8,0,0,1,155517,0,0),
	E(140050,140026,608,0,65535,0,1,1349,0,0,0,0,0,0),
	E(36304,140610,608,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,140642,608,0,1,0,1,25,0,0,0,0,0,1),
	E(72452,140676,608,1,1,0,1,26,0,0,0,0,0,1),
	E(75776,140705,608,0,1,0,1,25,0,0,0,0,0,0),
	E(140765,140741,608,0,1,0,1,1350,0,0,0,0,0,0),
	E(94849,141104,608,0,1,0,1,19,0,0,0,0,0,1),
	E(141165,141141,608,0,1,0,1,1351,0,0,0,0,0,1),
	E(49887,141274,608,0,65535,0,1,16,0,0,2,165925,0,1),
	E(159826,141311,608,1,1,0,1,8,0,0,1,154325,0,1),
	E(147413,141340,608,0,1,0,1,19,0,0,0,0,0,1),
	E(64395,141375,608,0,1,0,1,1,0,0,0,0,0,1),
	E(49978,141404,608,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,141438,608,0,1,0,1,25,0,0,0,0,0,0),
	E(94616,141470,608,0,1,0,1,1352,0,0,0,0,0,1),
	E(164438,141582,608,1,1,0,1,8,0,0,1,172135,1,1),
	E(65617,141613,608,0,1,0,1,1,0,0,0,0,0,1),
	E(136475,141643,608,0,1,0,1,1353,0,0,0,0,0,0),
	E(26304,141724,608,0,1,0,1,51,0,0,0,0,0,1),
	E(50137,141752,608,0,65535,0,1,52,0,0,0,0,0,1),
	E(141811,141787,608,0,1,0,1,1354,0,0,0,0,0,0),
	E(37099,141874,608,0,1,0,1,1,0,0,0,0,0,1),
	/* TerminologyCapabilities.closure */
	E(136475,139947,609,0,1,0,1,19,0,0,0,0,0,0),
	/* TerminologyCapabilities.codeSystem */
	E(140096,140061,610,0,1,0,1,19,0,0,0,0,0,0),
	E(126884,140108,610,0,1,0,1,29,1,353,0,0,0,0),
	E(37099,140147,610,0,65535,0,1,1355,0,0,0,0,0,0),
	/* TerminologyCapabilities.codeSystem.version */
	E(152908,140190,611,0,1,0,1,1,0,0,0,0,0,1),
	E(21476,140238,611,0,1,0,1,19,0,0,0,0,0,0),
	E(147176,140295,611,0,65535,0,1,1356,0,0,0,0,0,0),
	E(140496,140453,611,0,1,0,1,19,0,0,0,0,0,1),
	E(162786,140506,611,0,65535,0,1,8,0,0,0,0,0,0),
	E(36634,140558,611,0,65535,0,1,8,0,0,0,0,0,0),
	/* TerminologyCapabilities.codeSystem.version.filter */
	E(152908,140345,612,1,1,0,1,8,0,0,0,0,0,0),
	E(147215,140400,612,1,65535,0,1,8,0,0,0,0,0,0),
	/* TerminologyCapabilities.expansion */
	E(140809,140775,613,0,1,0,1,19,0,0,0,0,0,0),
	E(140856,140822,613,0,1,0,1,19,0,0,0,0,0,0),
	E(140901,140867,613,0,1,0,1,19,0,0,0,0,0,0),
	E(140942,140908,613,0,65535,0,1,1357,0,0,0,0,0,0),
	E(141093,141059,613,0,1,0,1,25,0,0,0,0,0,0),
	/* TerminologyCapabilities.expansion.parameter */
	E(24356,140952,614,0,1,0,1,1,0,0,0,0,0,0),
	E(64395,141010,614,1,1,0,1,8,0,0,0,0,0,0),
	/* TerminologyCapabilities.implementation */
	E(75776,141180,615,1,1,0,1,1,0,0,0,0,0,1),
	E(26304,141231,615,0,1,0,1,126,0,0,0,0,0,1),
	/* TerminologyCapabilities.software */
	E(64395,141503,616,1,1,0,1,1,0,0,0,0,0,1),
	E(37099,141541,616,0,1,0,1,1,0,0,0,0,0,1),
	/* TerminologyCapabilities.translation */
	E(141715,141679,617,1,1,0,1,19,0,0,0,0,0,0),
	/* TerminologyCapabilities.validateCode */
	E(141861,141824,618,1,1,0,1,19,0,0,0,0,0,0),
	/* TestReport */
	E(77147,141917,619,0,1,0,1,3,0,0,0,0,0,1),
	E(77164,141939,619,0,1,0,1,26,0,0,0,0,0,1),
	E(64395,141957,619,0,1,0,1,1,0,0,0,0,0,1),
	E(72770,141973,619,0,65535,0,1,1358,0,0,0,0,0,0),
	E(63619,142082,619,1,1,0,1,8,0,0,1,173544,0,1),
	E(95816,142100,619,0,1,0,1,157,0,0,0,0,0,1),
	E(143686,142117,619,0,1,0,1,1359,0,0,0,0,0,0),
	E(164438,142462,619,1,1,0,1,8,0,0,1,173599,1,1),
	E(145604,142480,619,0,1,0,1,1360,0,0,0,0,0,0),
	E(145688,142564,619,0,65535,0,1,1361,0,0,0,0,0,0),
	E(142726,142715,619,1,1,0,1,4,1,1362,0,0,0,1),
	E(142748,142737,619,0,1,0,1,1,0,0,0,0,0,1),
	/* TestReport.participant */
	E(26239,141996,620,0,1,0,1,1,0,0,0,0,0,0),
	E(167524,142027,620,1,1,0,1,8,0,0,1,173485,0,0),
	E(126884,142055,620,1,1,0,1,51,0,0,0,0,0,0),
	/* TestReport.setup */
	E(159783,142134,621,1,65535,0,1,1363,0,0,0,0,0,0),
	/* TestReport.setup.action */
	E(143740,142158,622,0,1,0,1,1364,0,0,0,0,0,0),
	E(9664,142304,622,0,1,0,1,1365,0,0,0,0,0,0),
	/* TestReport.setup.action.assert */
	E(36003,142189,623,0,1,0,1,1,0,0,0,0,0,0),
	E(93238,142227,623,0,1,0,1,25,0,0,0,0,0,0),
	E(63619,142266,623,1,1,0,1,8,0,0,1,173381,0,0),
	/* TestReport.setup.action.operation */
	E(36003,142338,624,0,1,0,1,51,0,0,0,0,0,0),
	E(93238,142379,624,0,1,0,1,25,0,0,0,0,0,0),
	E(63619,142421,624,1,1,0,1,8,0,0,1,173381,0,0),
	/* TestReport.teardown */
	E(159783,142500,625,1,65535,0,1,1366,0,0,0,0,0,0),
	/* TestReport.teardown.action */
	E(9664,142527,626,1,1,0,1,1365,0,0,0,0,0,0),
	/* TestReport.test */
	E(159783,142580,627,1,65535,0,1,1367,0,0,0,0,0,0),
	E(75776,142666,627,0,1,0,1,1,0,0,0,0,0,0),
	E(64395,142694,627,0,1,0,1,1,0,0,0,0,0,0),
	/* TestReport.test.action */
	E(143740,142603,628,0,1,0,1,1364,0,0,0,0,0,0),
	E(9664,142633,628,0,1,0,1,1365,0,0,0,0,0,0),
	/* TestScript */
	E(36304,142766,629,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,142785,629,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,142806,629,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,142822,629,0,1,0,1,25,0,0,0,0,0,0),
	E(78788,142845,629,0,65535,0,1,1368,0,0,0,0,0,0),
	E(94849,142928,629,0,1,0,1,19,0,0,0,0,0,1),
	E(142963,142952,629,0,65535,0,1,1369,0,0,0,0,0,0),
	E(77147,143059,629,0,1,0,1,3,0,0,0,0,0,1),
	E(49887,143081,629,0,65535,0,1,16,0,0,2,165925,0,1),
	E(143116,143105,629,0,1,0,1,1370,0,0,0,0,0,0),
	E(64395,143532,629,1,1,0,1,1,0,0,0,0,0,1),
	E(164801,143548,629,0,65535,0,1,1371,0,0,0,0,0,0),
	E(94681,143616,629,0,65535,0,1,4,1,116,0,0,0,0),
	E(49978,143635,629,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,143656,629,0,1,0,1,25,0,0,0,0,0,0),
	E(143686,143675,629,0,1,0,1,1372,0,0,0,0,0,0),
	E(164438,145575,629,1,1,0,1,8,0,0,1,172135,1,1),
	E(145604,145593,629,0,1,0,1,1373,0,0,0,0,0,0),
	E(145688,145677,629,0,65535,0,1,1374,0,0,0,0,0,0),
	E(65617,145828,629,0,1,0,1,1,0,0,0,0,0,1),
	E(26304,145845,629,1,1,0,1,51,0,0,0,0,0,1),
	E(50137,145860,629,0,65535,0,1,52,0,0,0,0,0,1),
	E(128270,145882,629,0,65535,0,1,1375,0,0,0,0,0,0),
	E(37099,146134,629,0,1,0,1,1,0,0,0,0,0,1),
	/* TestScript.destination */
	E(143584,142868,630,1,1,0,1,151,0,0,0,0,0,0),
	E(94681,142897,630,1,1,0,1,130,0,0,2,177560,0,0),
	/* TestScript.fixture */
	E(142990,142971,631,1,1,0,1,19,0,0,0,0,0,0),
	E(143020,143001,631,1,1,0,1,19,0,0,0,0,0,0),
	E(143050,143031,631,0,1,0,1,4,1,116,0,0,0,0),
	/* TestScript.metadata */
	E(143145,143125,632,1,65535,0,1,1376,0,0,0,0,0,0),
	E(40185,143441,632,0,65535,0,1,1377,0,0,0,0,0,0),
	/* TestScript.metadata.capability */
	E(143187,143156,633,1,1,0,1,29,1,168,0,0,0,0),
	E(75776,143200,633,0,1,0,1,1,0,0,0,0,0,0),
	E(78788,143243,633,0,1,0,1,151,0,0,0,0,0,0),
	E(40185,143286,633,0,65535,0,1,51,0,0,0,0,0,0),
	E(164801,143322,633,0,65535,0,1,151,0,0,0,0,0,0),
	E(112454,143360,633,1,1,0,1,19,0,0,0,0,0,0),
	E(143431,143400,633,1,1,0,1,19,0,0,0,0,0,0),
	/* TestScript.metadata.link */
	E(75776,143466,634,0,1,0,1,1,0,0,0,0,0,0),
	E(26304,143503,634,1,1,0,1,51,0,0,0,0,0,0),
	/* TestScript.origin */
	E(143584,143566,635,1,1,0,1,151,0,0,0,0,0,0),
	E(94681,143590,635,1,1,0,1,130,0,0,2,177626,0,0),
	/* TestScript.setup */
	E(159783,143692,636,1,65535,0,1,1378,0,0,0,0,0,0),
	/* TestScript.setup.action */
	E(143740,143716,637,0,1,0,1,1379,0,0,0,0,0,0),
	E(9664,144697,637,0,1,0,1,1380,0,0,0,0,0,0),
	/* TestScript.setup.action.assert */
	E(143778,143747,638,0,1,0,1,1,0,0,0,0,0,0),
	E(143835,143804,638,0,1,0,1,1,0,0,0,0,0,0),
	E(143884,143853,638,0,1,0,1,1,0,0,0,0,0,0),
	E(144806,143904,638,0,1,0,1,8,0,0,1,169304,0,0),
	E(75776,143947,638,0,1,0,1,1,0,0,0,0,0,0),
	E(144021,143990,638,0,1,0,1,8,0,0,1,153143,0,0),
	E(145987,144031,638,0,1,0,1,1,0,0,0,0,0,0),
	E(146018,144073,638,0,1,0,1,1,0,0,0,0,0,0),
	E(45293,144116,638,0,1,0,1,1,0,0,0,0,0,0),
	E(144184,144153,638,0,1,0,1,1,0,0,0,0,0,0),
	E(144225,144194,638,0,1,0,1,19,0,0,0,0,0,0),
	E(77203,144241,638,0,1,0,1,8,0,0,1,153201,0,0),
	E(146100,144281,638,0,1,0,1,1,0,0,0,0,0,0),
	E(144348,144317,638,0,1,0,1,8,0,0,1,163992,0,0),
	E(144393,144362,638,0,1,0,1,1,0,0,0,0,0,0),
	E(143050,144404,638,0,1,0,1,8,0,0,1,159392,0,0),
	E(105344,144444,638,0,1,0,1,8,0,0,1,153258,0,0),
	E(144515,144484,638,0,1,0,1,1,0,0,0,0,0,0),
	E(146125,144528,638,0,1,0,1,640,0,0,0,0,0,0),
	E(144599,144568,638,0,1,0,1,640,0,0,0,0,0,0),
	E(97965,144617,638,0,1,0,1,1,0,0,0,0,0,0),
	E(144685,144654,638,1,1,0,1,19,0,0,0,0,0,0),
	/* TestScript.setup.action.operation */
	E(144765,144731,639,0,1,0,1,8,0,0,1,169304,0,0),
	E(144806,144772,639,0,1,0,1,8,0,0,1,169304,0,0),
	E(75776,144818,639,0,1,0,1,1,0,0,0,0,0,0),
	E(78788,144864,639,0,1,0,1,151,0,0,0,0,0,0),
	E(144944,144910,639,1,1,0,1,19,0,0,0,0,0,0),
	E(45293,144961,639,0,1,0,1,1,0,0,0,0,0,0),
	E(175651,145001,639,0,1,0,1,8,0,0,1,163992,0,0),
	E(164801,145042,639,0,1,0,1,151,0,0,0,0,0,0),
	E(145117,145083,639,0,1,0,1,1,0,0,0,0,0,0),
	E(145158,145124,639,0,65535,0,1,1381,0,0,0,0,0,0),
	E(145314,145280,639,0,1,0,1,640,0,0,0,0,0,0),
	E(143050,145324,639,0,1,0,1,8,0,0,1,159392,0,0),
	E(145401,145367,639,0,1,0,1,640,0,0,0,0,0,0),
	E(146125,145412,639,0,1,0,1,640,0,0,0,0,0,0),
	E(145489,145455,639,0,1,0,1,640,0,0,0,0,0,0),
	E(167524,145498,639,0,1,0,1,130,0,0,2,177504,0,0),
	E(26304,145537,639,0,1,0,1,1,0,0,0,0,0,0),
	/* TestScript.setup.action.operation.requestHeader */
	E(145220,145172,640,1,1,0,1,1,0,0,0,0,0,0),
	E(97965,145226,640,1,1,0,1,1,0,0,0,0,0,0),
	/* TestScript.teardown */
	E(159783,145613,641,1,65535,0,1,1382,0,0,0,0,0,0),
	/* TestScript.teardown.action */
	E(9664,145640,642,1,1,0,1,1380,0,0,0,0,0,0),
	/* TestScript.test */
	E(159783,145693,643,1,65535,0,1,1383,0,0,0,0,0,0),
	E(75776,145779,643,0,1,0,1,1,0,0,0,0,0,0),
	E(64395,145807,643,0,1,0,1,1,0,0,0,0,0,0),
	/* TestScript.test.action */
	E(143740,145716,644,0,1,0,1,1379,0,0,0,0,0,0),
	E(9664,145746,644,0,1,0,1,1380,0,0,0,0,0,0),
	/* TestScript.variable */
	E(145922,145902,645,0,1,0,1,1,0,0,0,0,0,0),
	E(75776,145935,645,0,1,0,1,1,0,0,0,0,0,0),
	E(145987,145967,645,0,1,0,1,1,0,0,0,0,0,0),
	E(146018,145998,645,0,1,0,1,1,0,0,0,0,0,0),
	E(146050,146030,645,0,1,0,1,1,0,0,0,0,0,0),
	E(64395,146055,645,1,1,0,1,1,0,0,0,0,0,0),
	E(146100,146080,645,0,1,0,1,1,0,0,0,0,0,0),
	E(146125,146105,645,0,1,0,1,640,0,0,0,0,0,0),
	/* Timing */
	E(152908,146160,646,0,1,0,1,16,0,0,3,177729,0,1),
	E(163407,146172,646,0,65535,0,1,26,0,0,0,0,0,1),
	E(146192,146185,646,0,1,0,1,1384,0,0,0,0,0,1),
	/* Timing.repeat */
	E(150589,146199,647,0,1,1,3,1385,0,0,0,0,0,1),
	E(21928,146223,647,0,1,0,1,18,0,0,0,0,0,1),
	E(146257,146243,647,0,1,0,1,18,0,0,0,0,0,1),
	E(146280,146266,647,0,65535,0,1,8,0,0,1,159301,0,1),
	E(77090,146290,647,0,1,0,1,157,0,0,0,0,0,1),
	E(146327,146313,647,0,1,0,1,157,0,0,0,0,0,1),
	E(146353,146339,647,0,1,0,1,8,0,0,1,178113,0,1),
	E(146380,146366,647,0,1,0,1,18,0,0,0,0,0,1),
	E(146404,146390,647,0,1,0,1,18,0,0,0,0,0,1),
	E(147882,146417,647,0,1,0,1,110,0,0,0,0,0,1),
	E(121990,146438,647,0,1,0,1,157,0,0,0,0,0,1),
	E(146473,146459,647,0,1,0,1,157,0,0,0,0,0,1),
	E(146497,146483,647,0,1,0,1,8,0,0,1,178113,0,1),
	E(146522,146508,647,0,65535,0,1,503,0,0,0,0,0,1),
	E(123914,146532,647,0,65535,0,1,8,0,0,1,162039,0,1),
	/* TriggerDefinition */
	E(163881,146569,648,0,1,0,1,53,0,0,0,0,0,1),
	E(121889,146597,648,0,65535,0,1,684,0,0,0,0,0,1),
	E(64395,146620,648,0,1,0,1,1,0,0,0,0,0,1),
	E(42097,146643,648,0,1,1,4,1388,1,1245,0,0,0,1),
	E(167524,146671,648,1,1,0,1,8,0,0,1,177813,0,1),
	/* UsageContext */
	E(152908,146707,649,1,1,0,1,130,0,0,2,178162,0,1),
	E(97965,146725,649,1,1,1,4,1392,7,1396,4,178210,0,1),
	/* ValueSet */
	E(146756,146747,650,0,1,0,1,1403,0,0,0,0,0,0),
	E(36304,147424,650,0,65535,0,1,24,0,0,0,0,0,1),
	E(49701,147441,650,0,1,0,1,25,0,0,0,0,0,0),
	E(72452,147460,650,0,1,0,1,26,0,0,0,0,0,1),
	E(75776,147474,650,0,1,0,1,25,0,0,0,0,0,0),
	E(140765,147495,650,0,1,0,1,1404,0,0,0,0,0,0),
	E(94849,148044,650,0,1,0,1,19,0,0,0,0,0,1),
	E(77147,148066,650,0,65535,0,1,3,0,0,0,0,0,1),
	E(148095,148086,650,0,1,0,1,19,0,0,0,0,0,1),
	E(49887,148105,650,0,65535,0,1,16,0,0,2,165925,0,1),
	E(64395,148127,650,0,1,0,1,1,0,0,0,0,0,1),
	E(49978,148141,650,0,1,0,1,1,0,0,0,0,0,1),
	E(112624,148160,650,0,1,0,1,25,0,0,0,0,0,0),
	E(164438,148177,650,1,1,0,1,8,0,0,1,172135,1,1),
	E(65617,148193,650,0,1,0,1,1,0,0,0,0,0,1),
	E(26304,148208,650,0,1,0,1,51,0,0,0,0,0,1),
	E(50137,148221,650,0,65535,0,1,52,0,0,0,0,0,1),
	E(37099,148241,650,0,1,0,1,1,0,0,0,0,0,1),
	/* ValueSet.compose */
	E(50390,146764,651,0,65535,0,1,1405,0,0,0,0,0,0),
	E(146806,146789,651,0,1,0,1,19,0,0,0,0,0,1),
	E(146832,146815,651,1,65535,0,1,1405,0,0,0,0,0,1),
	E(147413,147396,651,0,1,0,1,23,0,0,0,0,0,1),
	/* ValueSet.compose.include */
	E(146865,146840,652,0,65535,0,1,1406,0,0,0,0,0,0),
	E(147176,147151,652,0,65535,0,1,1407,0,0,0,0,0,1),
	E(147322,147297,652,0,1,0,1,51,0,0,0,0,0,1),
	E(147354,147329,652,0,65535,0,1,29,1,354,0,0,0,1),
	E(37099,147363,652,0,1,0,1,1,0,0,0,0,0,1),
	/* ValueSet.compose.include.concept */
	E(152908,146873,653,1,1,0,1,8,0,0,0,0,0,0),
	E(147677,146911,653,0,65535,0,1,1408,0,0,0,0,0,0),
	E(26239,147110,653,0,1,0,1,1,0,0,0,0,0,0),
	/* ValueSet.compose.include.concept.designation */
	E(162786,146956,654,0,1,0,1,8,0,0,3,165967,0,0),
	E(159572,147010,654,0,1,0,1,130,0,0,2,159531,0,0),
	E(97965,147059,654,1,1,0,1,1,0,0,0,0,0,0),
	/* ValueSet.compose.include.filter */
	E(147215,147183,655,1,1,0,1,8,0,0,1,162853,0,1),
	E(36634,147218,655,1,1,0,1,8,0,0,0,0,0,1),
	E(97965,147259,655,1,1,0,1,1,0,0,0,0,0,1),
	/* ValueSet.expansion */
	E(147533,147514,656,0,65535,0,1,1409,0,0,0,0,0,0),
	E(77147,147833,656,0,1,0,1,51,0,0,0,0,0,0),
	E(147882,147863,656,0,1,0,1,151,0,0,0,0,0,0),
	E(140942,147889,656,0,65535,0,1,1410,0,0,0,0,0,0),
	E(7635,147990,656,1,1,0,1,26,0,0,0,0,0,0),
	E(7652,148019,656,0,1,0,1,151,0,0,0,0,0,0),
	/* ValueSet.expansion.contains */
	E(126139,147542,657,0,1,0,1,19,0,0,0,0,0,0),
	E(152908,147579,657,0,1,0,1,8,0,0,0,0,0,0),
	E(147533,147612,657,0,65535,0,1,1409,0,0,0,0,0,0),
	E(147677,147649,657,0,65535,0,1,1408,0,0,0,0,0,0),
	E(26239,147689,657,0,1,0,1,1,0,0,0,0,0,0),
	E(146806,147725,657,0,1,0,1,19,0,0,0,0,0,0),
	E(147322,147762,657,0,1,0,1,51,0,0,0,0,0,0),
	E(37099,147797,657,0,1,0,1,1,0,0,0,0,0,0),
	/* ValueSet.expansion.parameter */
	E(64395,147918,658,1,1,0,1,1,0,0,0,0,0,0),
	E(97965,147952,658,0,1,1,7,1411,0,0,0,0,0,0),
	/* VerificationResult */
	E(148296,148277,659,0,1,0,1,1418,0,0,0,0,0,0),
	E(148697,148678,659,0,1,0,1,16,0,0,3,178476,0,1),
	E(146380,148711,659,0,1,0,1,44,0,0,0,0,0,0),
	E(148759,148740,659,0,1,0,1,26,0,0,0,0,0,0),
	E(178587,148773,659,0,1,0,1,16,0,0,3,178539,0,1),
	E(148816,148797,659,0,1,0,1,23,0,0,0,0,0,0),
	E(66587,148830,659,0,65535,0,1,1419,0,0,0,0,0,0),
	E(164438,149188,659,1,1,0,1,8,0,0,1,178728,0,1),
	E(135459,149214,659,0,1,0,1,26,0,0,0,0,0,1),
	E(111457,149244,659,0,65535,0,1,4,1,116,0,0,0,1),
	E(149289,149270,659,0,65535,0,1,1,0,0,0,0,0,1),
	E(149323,149304,659,0,65535,0,1,16,0,0,4,178789,0,1),
	E(149360,149341,659,0,1,0,1,16,0,0,3,178922,0,1),
	E(149394,149375,659,0,65535,0,1,1420,0,0,0,0,0,0),
	/* VerificationResult.attestation */
	E(148944,148308,660,0,1,0,1,16,0,0,4,178407,0,1),
	E(72452,148359,660,0,1,0,1,23,0,0,0,0,0,1),
	E(123835,148395,660,0,1,0,1,4,3,239,0,0,0,1),
	E(148468,148437,660,0,1,0,1,1,0,0,0,0,0,0),
	E(148524,148493,660,0,1,0,1,161,0,0,0,0,0,0),
	E(148570,148539,660,0,1,0,1,1,0,0,0,0,0,0),
	E(148627,148596,660,0,1,0,1,161,0,0,0,0,0,0),
	E(149184,148643,660,0,1,0,1,4,3,214,0,0,0,1),
	/* VerificationResult.primarySource */
	E(148896,148863,661,0,1,0,1,16,0,0,3,178342,0,1),
	E(148944,148911,661,0,65535,0,1,16,0,0,4,178407,0,1),
	E(148997,148964,661,0,65535,0,1,16,0,0,3,178660,0,0),
	E(167524,149015,661,0,65535,0,1,16,0,0,4,178592,0,1),
	E(149086,149053,661,0,1,0,1,26,0,0,0,0,0,0),
	E(149134,149101,661,0,1,0,1,16,0,0,3,178856,0,0),
	E(149184,149151,661,0,1,0,1,4,3,239,0,0,0,0),
	/* VerificationResult.validator */
	E(149433,149404,662,0,1,0,1,161,0,0,0,0,0,0),
	E(149483,149454,662,0,1,0,1,1,0,0,0,0,0,0),
	E(109795,149503,662,1,1,0,1,4,1,5,0,0,0,0),
	/* VisionPrescription */
	E(5660,149564,663,1,1,0,1,26,0,0,0,0,0,1),
	E(149610,149591,663,1,1,0,1,26,0,0,0,0,0,1),
	E(168837,149622,663,0,1,0,1,4,1,57,0,0,0,0),
	E(77147,149651,663,0,65535,0,1,3,0,0,0,0,0,0),
	E(149700,149681,663,1,65535,0,1,1421,0,0,0,0,0,1),
	E(36619,150428,663,1,1,0,1,4,1,9,0,0,0,1),
	E(150474,150455,663,1,1,0,1,4,2,11,0,0,0,1),
	E(164438,150485,663,1,1,0,1,8,0,0,1,163033,1,1),
	/* VisionPrescription.lensSpecification */
	E(149755,149718,664,0,1,0,1,157,0,0,0,0,0,0),
	E(149796,149759,664,0,1,0,1,151,0,0,0,0,0,0),
	E(149838,149801,664,0,1,0,1,157,0,0,0,0,0,0),
	E(149885,149848,664,0,1,0,1,1,0,0,0,0,0,0),
	E(38574,149891,664,0,1,0,1,1,0,0,0,0,0,0),
	E(149971,149934,664,0,1,0,1,157,0,0,0,0,0,0),
	E(150017,149980,664,0,1,0,1,157,0,0,0,0,0,0),
	E(77090,150026,664,0,1,0,1,38,0,0,0,0,0,0),
	E(150109,150072,664,1,1,0,1,8,0,0,1,179092,0,1),
	E(77192,150113,664,0,65535,0,1,90,0,0,0,0,0,0),
	E(150192,150155,664,0,1,0,1,157,0,0,0,0,0,0),
	E(150235,150198,664,0,65535,0,1,1422,0,0,0,0,0,0),
	E(179180,150339,664,1,1,0,1,16,0,0,4,179144,0,1),
	E(150421,150384,664,0,1,0,1,157,0,0,0,0,0,0),
	/* VisionPrescription.lensSpecification.prism */
	E(105111,150241,665,1,1,0,1,157,0,0,0,0,0,0),
	E(150334,150291,665,1,1,0,1,8,0,0,1,179039,0,0),
	/* base64Binary */
	E(97965,150543,666,0,1,0,1,125,0,0,0,0,0,0),
	/* boolean */
	E(97965,150570,667,0,1,0,1,19,0,0,0,0,0,0),
	/* canonical */
	E(97965,150606,668,0,1,0,1,29,0,0,0,0,0,0),
	/* code */
	E(97965,150633,669,0,1,0,1,8,0,0,0,0,0,0),
	/* date */
	E(97965,150654,670,0,1,0,1,23,0,0,0,0,0,0),
	/* dateTime */
	E(97965,150665,671,0,1,0,1,26,0,0,0,0,0,0),
	/* decimal */
	E(97965,150697,672,0,1,0,1,157,0,0,0,0,0,0),
	/* id */
	E(97965,180691,673,0,1,0,1,640,0,0,0,0,0,0),
	/* instant */
	E(97965,180527,674,0,1,0,1,108,0,0,0,0,0,0),
	/* integer */
	E(97965,180549,675,0,1,0,1,151,0,0,0,0,0,0),
	/* markdown */
	E(97965,180587,676,0,1,0,1,25,0,0,0,0,0,0),
	/* oid */
	E(97965,180690,677,0,1,0,1,653,0,0,0,0,0,0),
	/* positiveInt */
	E(97965,180751,678,0,1,0,1,18,0,0,0,0,0,0),
	/* string */
	E(97965,180812,679,0,1,0,1,1,0,0,0,0,0,0),
	/* time */
	E(97965,180840,680,0,1,0,1,503,0,0,0,0,0,0),
	/* unsignedInt */
	E(97965,180863,681,0,1,0,1,110,0,0,0,0,0,0),
	/* uri */
	E(97965,180881,682,0,1,0,1,51,0,0,0,0,0,0),
	/* url */
	E(97965,180891,683,0,1,0,1,126,0,0,0,0,0,0),
	/* uuid */
	E(97965,180911,684,0,1,0,1,660,0,0,0,0,0,0),
	/* xhtml */
	E(41700,180928,685,0,0,0,1,141,0,0,0,0,0,0),
	E(97965,180944,685,1,1,0,1,1070,0,0,0,0,0,0),
};

/* name, first element, element count, base, kind, abstract, system type */
static const fp_type_row fp_types_r4[685] = {
	{ 0, 0, 11, 197, 2, 0, 0 },  /* 1 Account */
	{ 8, 11, 2, 25, 3, 0, 0 },  /* 2 Account.coverage */
	{ 97, 13, 3, 25, 3, 0, 0 },  /* 3 Account.guarantor */
	{ 316, 16, 46, 197, 2, 0, 0 },  /* 4 ActivityDefinition */
	{ 614, 62, 2, 25, 3, 0, 0 },  /* 5 ActivityDefinition.dynamicValue */
	{ 1162, 64, 2, 25, 3, 0, 0 },  /* 6 ActivityDefinition.participant */
	{ 1833, 66, 10, 208, 1, 0, 0 },  /* 7 Address */
	{ 1986, 76, 20, 197, 2, 0, 0 },  /* 8 AdverseEvent */
	{ 2451, 96, 2, 25, 3, 0, 0 },  /* 9 AdverseEvent.suspectEntity */
	{ 2478, 98, 4, 25, 3, 0, 0 },  /* 10 AdverseEvent.suspectEntity.causality */
	{ 61190, 102, 0, 491, 1, 0, 0 },  /* 11 Age */
	{ 2743, 102, 16, 197, 2, 0, 0 },  /* 12 AllergyIntolerance */
	{ 3079, 118, 7, 25, 3, 0, 0 },  /* 13 AllergyIntolerance.reaction */
	{ 3495, 125, 3, 208, 1, 0, 0 },  /* 14 Annotation */
	{ 3559, 128, 22, 197, 2, 0, 0 },  /* 15 Appointment */
	{ 3780, 150, 5, 25, 3, 0, 0 },  /* 16 Appointment.participant */
	{ 4251, 155, 8, 197, 2, 0, 0 },  /* 17 AppointmentResponse */
	{ 130411, 163, 8, 208, 1, 0, 0 },  /* 18 Attachment */
	{ 4655, 171, 11, 197, 2, 0, 0 },  /* 19 AuditEvent */
	{ 4684, 182, 11, 25, 3, 0, 0 },  /* 20 AuditEvent.agent */
	{ 4795, 193, 2, 25, 3, 0, 0 },  /* 21 AuditEvent.agent.network */
	{ 5029, 195, 9, 25, 3, 0, 0 },  /* 22 AuditEvent.entity */
	{ 5077, 204, 2, 25, 3, 0, 0 },  /* 23 AuditEvent.entity.detail */
	{ 5448, 206, 3, 25, 3, 0, 0 },  /* 24 AuditEvent.source */
	{ 5574, 209, 1, 208, 1, 1, 0 },  /* 25 BackboneElement */
	{ 5624, 210, 5, 197, 2, 0, 0 },  /* 26 Basic */
	{ 150536, 215, 3, 517, 2, 0, 0 },  /* 27 Binary */
	{ 5753, 218, 11, 197, 2, 0, 0 },  /* 28 BiologicallyDerivedProduct */
	{ 5780, 229, 3, 25, 3, 0, 0 },  /* 29 BiologicallyDerivedProduct.collection */
	{ 6000, 232, 2, 25, 3, 0, 0 },  /* 30 BiologicallyDerivedProduct.manipulation */
	{ 6174, 234, 4, 25, 3, 0, 0 },  /* 31 BiologicallyDerivedProduct.processing */
	{ 6590, 238, 4, 25, 3, 0, 0 },  /* 32 BiologicallyDerivedProduct.storage */
	{ 6804, 242, 8, 197, 2, 0, 0 },  /* 33 BodyStructure */
	{ 7012, 250, 7, 517, 2, 0, 0 },  /* 34 Bundle */
	{ 7019, 257, 6, 25, 3, 0, 0 },  /* 35 Bundle.entry */
	{ 7071, 263, 6, 25, 3, 0, 0 },  /* 36 Bundle.entry.request */
	{ 7299, 269, 5, 25, 3, 0, 0 },  /* 37 Bundle.entry.response */
	{ 7473, 274, 2, 25, 3, 0, 0 },  /* 38 Bundle.entry.search */
	{ 7562, 276, 2, 25, 3, 0, 0 },  /* 39 Bundle.link */
	{ 7670, 278, 26, 197, 2, 0, 0 },  /* 40 CapabilityStatement */
	{ 7805, 304, 3, 25, 3, 0, 0 },  /* 41 CapabilityStatement.document */
	{ 8040, 307, 3, 25, 3, 0, 0 },  /* 42 CapabilityStatement.implementation */
	{ 8365, 310, 4, 25, 3, 0, 0 },  /* 43 CapabilityStatement.messaging */
	{ 8439, 314, 2, 25, 3, 0, 0 },  /* 44 CapabilityStatement.messaging.endpoint */
	{ 8617, 316, 2, 25, 3, 0, 0 },  /* 45 CapabilityStatement.messaging.supportedMessage */
	{ 8889, 318, 8, 25, 3, 0, 0 },  /* 46 CapabilityStatement.rest */
	{ 8990, 326, 2, 25, 3, 0, 0 },  /* 47 CapabilityStatement.rest.interaction */
	{ 9185, 328, 17, 25, 3, 0, 0 },  /* 48 CapabilityStatement.rest.resource */
	{ 9473, 345, 2, 25, 3, 0, 0 },  /* 49 CapabilityStatement.rest.resource.interaction */
	{ 9630, 347, 3, 25, 3, 0, 0 },  /* 50 CapabilityStatement.rest.resource.operation */
	{ 10022, 350, 4, 25, 3, 0, 0 },  /* 51 CapabilityStatement.rest.resource.searchParam */
	{ 10557, 354, 3, 25, 3, 0, 0 },  /* 52 CapabilityStatement.rest.security */
	{ 10718, 357, 3, 25, 3, 0, 0 },  /* 53 CapabilityStatement.software */
	{ 10995, 360, 23, 197, 2, 0, 0 },  /* 54 CarePlan */
	{ 11004, 383, 5, 25, 3, 0, 0 },  /* 55 CarePlan.activity */
	{ 11022, 388, 17, 25, 3, 0, 0 },  /* 56 CarePlan.activity.detail */
	{ 12200, 405, 13, 197, 2, 0, 0 },  /* 57 CareTeam */
	{ 12324, 418, 4, 25, 3, 0, 0 },  /* 58 CareTeam.participant */
	{ 12570, 422, 13, 197, 2, 0, 0 },  /* 59 CatalogEntry */
	{ 12821, 435, 2, 25, 3, 0, 0 },  /* 60 CatalogEntry.relatedEntry */
	{ 13004, 437, 26, 197, 2, 0, 0 },  /* 61 ChargeItem */
	{ 13342, 463, 2, 25, 3, 0, 0 },  /* 62 ChargeItem.performer */
	{ 13662, 465, 23, 197, 2, 0, 0 },  /* 63 ChargeItemDefinition */
	{ 13683, 488, 3, 25, 3, 0, 0 },  /* 64 ChargeItemDefinition.applicability */
	{ 14301, 491, 2, 25, 3, 0, 0 },  /* 65 ChargeItemDefinition.propertyGroup */
	{ 14385, 493, 4, 25, 3, 0, 0 },  /* 66 ChargeItemDefinition.propertyGroup.priceComponent */
	{ 14861, 497, 27, 197, 2, 0, 0 },  /* 67 Claim */
	{ 14867, 524, 3, 25, 3, 0, 0 },  /* 68 Claim.accident */
	{ 14970, 527, 5, 25, 3, 0, 0 },  /* 69 Claim.careTeam */
	{ 15123, 532, 5, 25, 3, 0, 0 },  /* 70 Claim.diagnosis */
	{ 15335, 537, 7, 25, 3, 0, 0 },  /* 71 Claim.insurance */
	{ 15557, 544, 21, 25, 3, 0, 0 },  /* 72 Claim.item */
	{ 15636, 565, 12, 25, 3, 0, 0 },  /* 73 Claim.item.detail */
	{ 15900, 577, 11, 25, 3, 0, 0 },  /* 74 Claim.item.detail.subDetail */
	{ 16799, 588, 2, 25, 3, 0, 0 },  /* 75 Claim.payee */
	{ 16880, 590, 5, 25, 3, 0, 0 },  /* 76 Claim.procedure */
	{ 17042, 595, 3, 25, 3, 0, 0 },  /* 77 Claim.related */
	{ 17154, 598, 6, 25, 3, 0, 0 },  /* 78 Claim.supportingInfo */
	{ 17383, 604, 27, 197, 2, 0, 0 },  /* 79 ClaimResponse */
	{ 17397, 631, 18, 25, 3, 0, 0 },  /* 80 ClaimResponse.addItem */
	{ 17485, 649, 9, 25, 3, 0, 0 },  /* 81 ClaimResponse.addItem.detail */
	{ 17787, 658, 8, 25, 3, 0, 0 },  /* 82 ClaimResponse.addItem.detail.subDetail */
	{ 18863, 666, 4, 25, 3, 0, 0 },  /* 83 ClaimResponse.error */
	{ 19108, 670, 5, 25, 3, 0, 0 },  /* 84 ClaimResponse.insurance */
	{ 19332, 675, 4, 25, 3, 0, 0 },  /* 85 ClaimResponse.item */
	{ 19351, 679, 4, 25, 3, 0, 0 },  /* 86 ClaimResponse.item.adjudication */
	{ 19540, 683, 4, 25, 3, 0, 0 },  /* 87 ClaimResponse.item.detail */
	{ 19683, 687, 3, 25, 3, 0, 0 },  /* 88 ClaimResponse.item.detail.subDetail */
	{ 19999, 690, 6, 25, 3, 0, 0 },  /* 89 ClaimResponse.payment */
	{ 20262, 696, 4, 25, 3, 0, 0 },  /* 90 ClaimResponse.processNote */
	{ 20507, 700, 2, 25, 3, 0, 0 },  /* 91 ClaimResponse.total */
	{ 20620, 702, 20, 197, 2, 0, 0 },  /* 92 ClinicalImpression */
	{ 20807, 722, 3, 25, 3, 0, 0 },  /* 93 ClinicalImpression.finding */
	{ 20985, 725, 2, 25, 3, 0, 0 },  /* 94 ClinicalImpression.investigation */
	{ 21429, 727, 26, 197, 2, 0, 0 },  /* 95 CodeSystem */
	{ 21490, 753, 6, 25, 3, 0, 0 },  /* 96 CodeSystem.concept */
	{ 21590, 759, 3, 25, 3, 0, 0 },  /* 97 CodeSystem.concept.designation */
	{ 21760, 762, 2, 25, 3, 0, 0 },  /* 98 CodeSystem.concept.property */
	{ 21997, 764, 4, 25, 3, 0, 0 },  /* 99 CodeSystem.filter */
	{ 22209, 768, 4, 25, 3, 0, 0 },  /* 100 CodeSystem.property */
	{ 11686, 772, 2, 208, 1, 0, 0 },  /* 101 CodeableConcept */
	{ 22578, 774, 5, 208, 1, 0, 0 },  /* 102 Coding */
	{ 22661, 779, 23, 197, 2, 0, 0 },  /* 103 Communication */
	{ 22943, 802, 1, 25, 3, 0, 0 },  /* 104 Communication.payload */
	{ 23253, 803, 22, 197, 2, 0, 0 },  /* 105 CommunicationRequest */
	{ 23615, 825, 1, 25, 3, 0, 0 },  /* 106 CommunicationRequest.payload */
	{ 23994, 826, 14, 197, 2, 0, 0 },  /* 107 CompartmentDefinition */
	{ 24258, 840, 3, 25, 3, 0, 0 },  /* 108 CompartmentDefinition.resource */
	{ 24554, 843, 15, 197, 2, 0, 0 },  /* 109 Composition */
	{ 24566, 858, 3, 25, 3, 0, 0 },  /* 110 Composition.attester */
	{ 24795, 861, 3, 25, 3, 0, 0 },  /* 111 Composition.event */
	{ 24909, 864, 2, 25, 3, 0, 0 },  /* 112 Composition.relatesTo */
	{ 24990, 866, 10, 25, 3, 0, 0 },  /* 113 Composition.section */
	{ 25354, 876, 18, 197, 2, 0, 0 },  /* 114 ConceptMap */
	{ 25468, 894, 6, 25, 3, 0, 0 },  /* 115 ConceptMap.group */
	{ 25485, 900, 3, 25, 3, 0, 0 },  /* 116 ConceptMap.group.element */
	{ 25573, 903, 6, 25, 3, 0, 0 },  /* 117 ConceptMap.group.element.target */
	{ 25682, 909, 4, 25, 3, 0, 0 },  /* 118 ConceptMap.group.element.target.dependsOn */
	{ 26156, 913, 4, 25, 3, 0, 0 },  /* 119 ConceptMap.group.unmapped */
	{ 2319, 917, 17, 197, 2, 0, 0 },  /* 120 Condition */
	{ 26683, 934, 2, 25, 3, 0, 0 },  /* 121 Condition.evidence */
	{ 26868, 936, 3, 25, 3, 0, 0 },  /* 122 Condition.stage */
	{ 27003, 939, 13, 197, 2, 0, 0 },  /* 123 Consent */
	{ 27119, 952, 2, 25, 3, 0, 0 },  /* 124 Consent.policy */
	{ 27197, 954, 11, 25, 3, 0, 0 },  /* 125 Consent.provision */
	{ 27240, 965, 2, 25, 3, 0, 0 },  /* 126 Consent.provision.actor */
	{ 27374, 967, 2, 25, 3, 0, 0 },  /* 127 Consent.provision.data */
	{ 27671, 969, 3, 25, 3, 0, 0 },  /* 128 Consent.verification */
	{ 27794, 972, 2, 208, 1, 0, 0 },  /* 129 ContactDetail */
	{ 27849, 974, 5, 208, 1, 0, 0 },  /* 130 ContactPoint */
	{ 27956, 979, 33, 197, 2, 0, 0 },  /* 131 Contract */
	{ 28032, 1012, 6, 25, 3, 0, 0 },  /* 132 Contract.contentDefinition */
	{ 28355, 1018, 1, 25, 3, 0, 0 },  /* 133 Contract.friendly */
	{ 28494, 1019, 1, 25, 3, 0, 0 },  /* 134 Contract.legal */
	{ 28621, 1020, 1, 25, 3, 0, 0 },  /* 135 Contract.rule */
	{ 28675, 1021, 3, 25, 3, 0, 0 },  /* 136 Contract.signer */
	{ 28866, 1024, 12, 25, 3, 0, 0 },  /* 137 Contract.term */
	{ 28880, 1036, 21, 25, 3, 0, 0 },  /* 138 Contract.term.action */
	{ 29522, 1057, 2, 25, 3, 0, 0 },  /* 139 Contract.term.action.subject */
	{ 29672, 1059, 15, 25, 3, 0, 0 },  /* 140 Contract.term.asset */
	{ 29749, 1074, 3, 25, 3, 0, 0 },  /* 141 Contract.term.asset.context */
	{ 30207, 1077, 14, 25, 3, 0, 0 },  /* 142 Contract.term.asset.valuedItem */
	{ 30879, 1091, 10, 25, 3, 0, 0 },  /* 143 Contract.term.offer */
	{ 30899, 1101, 1, 25, 3, 0, 0 },  /* 144 Contract.term.offer.answer */
	{ 31082, 1102, 2, 25, 3, 0, 0 },  /* 145 Contract.term.offer.party */
	{ 31291, 1104, 4, 25, 3, 0, 0 },  /* 146 Contract.term.securityLabel */
	{ 31630, 1108, 3, 208, 1, 0, 0 },  /* 147 Contributor */
	{ 120925, 1111, 0, 491, 1, 0, 0 },  /* 148 Count */
	{ 96119, 1111, 17, 197, 2, 0, 0 },  /* 149 Coverage */
	{ 31717, 1128, 3, 25, 3, 0, 0 },  /* 150 Coverage.class */
	{ 31811, 1131, 3, 25, 3, 0, 0 },  /* 151 Coverage.costToBeneficiary */
	{ 31838, 1134, 2, 25, 3, 0, 0 },  /* 152 Coverage.costToBeneficiary.exception */
	{ 32268, 1136, 14, 197, 2, 0, 0 },  /* 153 CoverageEligibilityRequest */
	{ 32439, 1150, 3, 25, 3, 0, 0 },  /* 154 CoverageEligibilityRequest.insurance */
	{ 32657, 1153, 10, 25, 3, 0, 0 },  /* 155 CoverageEligibilityRequest.item */
	{ 32769, 1163, 1, 25, 3, 0, 0 },  /* 156 CoverageEligibilityRequest.item.diagnosis */
	{ 33391, 1164, 3, 25, 3, 0, 0 },  /* 157 CoverageEligibilityRequest.supportingInfo */
	{ 33593, 1167, 15, 197, 2, 0, 0 },  /* 158 CoverageEligibilityResponse */
	{ 33697, 1182, 1, 25, 3, 0, 0 },  /* 159 CoverageEligibilityResponse.error */
	{ 33842, 1183, 4, 25, 3, 0, 0 },  /* 160 CoverageEligibilityResponse.insurance */
	{ 34025, 1187, 14, 25, 3, 0, 0 },  /* 161 CoverageEligibilityResponse.insurance.item */
	{ 34260, 1201, 3, 25, 3, 0, 0 },  /* 162 CoverageEligibilityResponse.insurance.item.benefit */
	{ 35338, 1204, 8, 208, 1, 0, 0 },  /* 163 DataRequirement */
	{ 35354, 1212, 4, 208, 3, 0, 0 },  /* 164 DataRequirement.codeFilter */
	{ 35520, 1216, 3, 208, 3, 0, 0 },  /* 165 DataRequirement.dateFilter */
	{ 35728, 1219, 2, 208, 3, 0, 0 },  /* 166 DataRequirement.sort */
	{ 35854, 1221, 12, 197, 2, 0, 0 },  /* 167 DetectedIssue */
	{ 35929, 1233, 2, 25, 3, 0, 0 },  /* 168 DetectedIssue.evidence */
	{ 36088, 1235, 3, 25, 3, 0, 0 },  /* 169 DetectedIssue.mitigation */
	{ 110091, 1238, 26, 197, 2, 0, 0 },  /* 170 Device */
	{ 36330, 1264, 2, 25, 3, 0, 0 },  /* 171 Device.deviceName */
	{ 36627, 1266, 3, 25, 3, 0, 0 },  /* 172 Device.property */
	{ 36754, 1269, 2, 25, 3, 0, 0 },  /* 173 Device.specialization */
	{ 36885, 1271, 6, 25, 3, 0, 0 },  /* 174 Device.udiCarrier */
	{ 37092, 1277, 3, 25, 3, 0, 0 },  /* 175 Device.version */
	{ 37173, 1280, 22, 197, 2, 0, 0 },  /* 176 DeviceDefinition */
	{ 37190, 1302, 2, 25, 3, 0, 0 },  /* 177 DeviceDefinition.capability */
	{ 37316, 1304, 2, 25, 3, 0, 0 },  /* 178 DeviceDefinition.deviceName */
	{ 37501, 1306, 3, 25, 3, 0, 0 },  /* 179 DeviceDefinition.material */
	{ 37825, 1309, 3, 25, 3, 0, 0 },  /* 180 DeviceDefinition.property */
	{ 38042, 1312, 2, 25, 3, 0, 0 },  /* 181 DeviceDefinition.specialization */
	{ 38179, 1314, 3, 25, 3, 0, 0 },  /* 182 DeviceDefinition.udiDeviceIdentifier */
	{ 38410, 1317, 10, 197, 2, 0, 0 },  /* 183 DeviceMetric */
	{ 38423, 1327, 3, 25, 3, 0, 0 },  /* 184 DeviceMetric.calibration */
	{ 38742, 1330, 24, 197, 2, 0, 0 },  /* 185 DeviceRequest */
	{ 39062, 1354, 2, 25, 3, 0, 0 },  /* 186 DeviceRequest.parameter */
	{ 39431, 1356, 13, 197, 2, 0, 0 },  /* 187 DeviceUseStatement */
	{ 39819, 1369, 18, 197, 2, 0, 0 },  /* 188 DiagnosticReport */
	{ 40108, 1387, 2, 25, 3, 0, 0 },  /* 189 DiagnosticReport.media */
	{ 40383, 1389, 0, 491, 1, 0, 0 },  /* 190 Distance */
	{ 40392, 1389, 12, 197, 2, 0, 0 },  /* 191 DocumentManifest */
	{ 40601, 1401, 2, 25, 3, 0, 0 },  /* 192 DocumentManifest.related */
	{ 40786, 1403, 16, 197, 2, 0, 0 },  /* 193 DocumentReference */
	{ 40888, 1419, 2, 25, 3, 0, 0 },  /* 194 DocumentReference.content */
	{ 40984, 1421, 7, 25, 3, 0, 0 },  /* 195 DocumentReference.context */
	{ 41443, 1428, 2, 25, 3, 0, 0 },  /* 196 DocumentReference.relatesTo */
	{ 41645, 1430, 4, 517, 2, 1, 0 },  /* 197 DomainResource */
	{ 41763, 1434, 13, 25, 1, 0, 0 },  /* 198 Dosage */
	{ 41818, 1447, 3, 208, 3, 0, 0 },  /* 199 Dosage.doseAndRate */
	{ 3771, 1450, 0, 491, 1, 0, 0 },  /* 200 Duration */
	{ 42104, 1450, 33, 197, 2, 0, 0 },  /* 201 EffectEvidenceSynthesis */
	{ 42196, 1483, 3, 25, 3, 0, 0 },  /* 202 EffectEvidenceSynthesis.certainty */
	{ 42230, 1486, 3, 25, 3, 0, 0 },  /* 203 EffectEvidenceSynthesis.certainty.certaintySubcomponent */
	{ 42713, 1489, 6, 25, 3, 0, 0 },  /* 204 EffectEvidenceSynthesis.effectEstimate */
	{ 42803, 1495, 4, 25, 3, 0, 0 },  /* 205 EffectEvidenceSynthesis.effectEstimate.precisionEstimate */
	{ 43761, 1499, 4, 25, 3, 0, 0 },  /* 206 EffectEvidenceSynthesis.resultsByExposure */
	{ 44065, 1503, 3, 25, 3, 0, 0 },  /* 207 EffectEvidenceSynthesis.sampleSize */
	{ 132935, 1506, 2, 0, 1, 1, 0 },  /* 208 Element */
	{ 116239, 1508, 34, 25, 1, 0, 0 },  /* 209 ElementDefinition */
	{ 44565, 1542, 3, 208, 3, 0, 0 },  /* 210 ElementDefinition.base */
	{ 44670, 1545, 3, 208, 3, 0, 0 },  /* 211 ElementDefinition.binding */
	{ 44855, 1548, 7, 208, 3, 0, 0 },  /* 212 ElementDefinition.constraint */
	{ 45241, 1555, 2, 208, 3, 0, 0 },  /* 213 ElementDefinition.example */
	{ 45477, 1557, 4, 208, 3, 0, 0 },  /* 214 ElementDefinition.mapping */
	{ 46073, 1561, 4, 208, 3, 0, 0 },  /* 215 ElementDefinition.slicing */
	{ 46137, 1565, 2, 208, 3, 0, 0 },  /* 216 ElementDefinition.slicing.discriminator */
	{ 117998, 1567, 5, 208, 3, 0, 0 },  /* 217 ElementDefinition.type */
	{ 46498, 1572, 23, 197, 2, 0, 0 },  /* 218 Encounter */
	{ 46582, 1595, 2, 25, 3, 0, 0 },  /* 219 Encounter.classHistory */
	{ 46664, 1597, 3, 25, 3, 0, 0 },  /* 220 Encounter.diagnosis */
	{ 46787, 1600, 9, 25, 3, 0, 0 },  /* 221 Encounter.hospitalization */
	{ 47222, 1609, 4, 25, 3, 0, 0 },  /* 222 Encounter.location */
	{ 47370, 1613, 3, 25, 3, 0, 0 },  /* 223 Encounter.participant */
	{ 47629, 1616, 2, 25, 3, 0, 0 },  /* 224 Encounter.statusHistory */
	{ 47748, 1618, 11, 197, 2, 0, 0 },  /* 225 Endpoint */
	{ 47973, 1629, 7, 197, 2, 0, 0 },  /* 226 EnrollmentRequest */
	{ 48179, 1636, 8, 197, 2, 0, 0 },  /* 227 EnrollmentResponse */
	{ 48433, 1644, 12, 197, 2, 0, 0 },  /* 228 EpisodeOfCare */
	{ 48495, 1656, 3, 25, 3, 0, 0 },  /* 229 EpisodeOfCare.diagnosis */
	{ 48765, 1659, 2, 25, 3, 0, 0 },  /* 230 EpisodeOfCare.statusHistory */
	{ 48901, 1661, 28, 197, 2, 0, 0 },  /* 231 EventDefinition */
	{ 49628, 1689, 28, 197, 2, 0, 0 },  /* 232 Evidence */
	{ 50165, 1717, 27, 197, 2, 0, 0 },  /* 233 EvidenceVariable */
	{ 50236, 1744, 7, 25, 3, 0, 0 },  /* 234 EvidenceVariable.characteristic */
	{ 51216, 1751, 17, 197, 2, 0, 0 },  /* 235 ExampleScenario */
	{ 51232, 1768, 4, 25, 3, 0, 0 },  /* 236 ExampleScenario.actor */
	{ 51499, 1772, 6, 25, 3, 0, 0 },  /* 237 ExampleScenario.instance */
	{ 51524, 1778, 2, 25, 3, 0, 0 },  /* 238 ExampleScenario.instance.containedInstance */
	{ 51815, 1780, 2, 25, 3, 0, 0 },  /* 239 ExampleScenario.instance.version */
	{ 51986, 1782, 5, 25, 3, 0, 0 },  /* 240 ExampleScenario.process */
	{ 52123, 1787, 4, 25, 3, 0, 0 },  /* 241 ExampleScenario.process.step */
	{ 52152, 1791, 3, 25, 3, 0, 0 },  /* 242 ExampleScenario.process.step.alternative */
	{ 52339, 1794, 10, 25, 3, 0, 0 },  /* 243 ExampleScenario.process.step.operation */
	{ 53135, 1804, 43, 197, 2, 0, 0 },  /* 244 ExplanationOfBenefit */
	{ 53156, 1847, 3, 25, 3, 0, 0 },  /* 245 ExplanationOfBenefit.accident */
	{ 53298, 1850, 18, 25, 3, 0, 0 },  /* 246 ExplanationOfBenefit.addItem */
	{ 53407, 1868, 9, 25, 3, 0, 0 },  /* 247 ExplanationOfBenefit.addItem.detail */
	{ 53765, 1877, 8, 25, 3, 0, 0 },  /* 248 ExplanationOfBenefit.addItem.detail.subDetail */
	{ 54940, 1885, 8, 25, 3, 0, 0 },  /* 249 ExplanationOfBenefit.benefitBalance */
	{ 55114, 1893, 3, 25, 3, 0, 0 },  /* 250 ExplanationOfBenefit.benefitBalance.financial */
	{ 55560, 1896, 5, 25, 3, 0, 0 },  /* 251 ExplanationOfBenefit.careTeam */
	{ 55880, 1901, 5, 25, 3, 0, 0 },  /* 252 ExplanationOfBenefit.diagnosis */
	{ 56374, 1906, 3, 25, 3, 0, 0 },  /* 253 ExplanationOfBenefit.insurance */
	{ 56553, 1909, 23, 25, 3, 0, 0 },  /* 254 ExplanationOfBenefit.item */
	{ 56579, 1932, 4, 25, 3, 0, 0 },  /* 255 ExplanationOfBenefit.item.adjudication */
	{ 56916, 1936, 14, 25, 3, 0, 0 },  /* 256 ExplanationOfBenefit.item.detail */
	{ 57420, 1950, 13, 25, 3, 0, 0 },  /* 257 ExplanationOfBenefit.item.detail.subDetail */
	{ 58990, 1963, 2, 25, 3, 0, 0 },  /* 258 ExplanationOfBenefit.payee */
	{ 59082, 1965, 6, 25, 3, 0, 0 },  /* 259 ExplanationOfBenefit.payment */
	{ 59507, 1971, 5, 25, 3, 0, 0 },  /* 260 ExplanationOfBenefit.procedure */
	{ 59729, 1976, 4, 25, 3, 0, 0 },  /* 261 ExplanationOfBenefit.processNote */
	{ 59980, 1980, 3, 25, 3, 0, 0 },  /* 262 ExplanationOfBenefit.related */
	{ 60182, 1983, 6, 25, 3, 0, 0 },  /* 263 ExplanationOfBenefit.supportingInfo */
	{ 60483, 1989, 2, 25, 3, 0, 0 },  /* 264 ExplanationOfBenefit.total */
	{ 143793, 1991, 5, 208, 1, 0, 0 },  /* 265 Expression */
	{ 41733, 1996, 2, 208, 1, 0, 0 },  /* 266 Extension */
	{ 60766, 1998, 18, 197, 2, 0, 0 },  /* 267 FamilyMemberHistory */
	{ 60841, 2016, 5, 25, 3, 0, 0 },  /* 268 FamilyMemberHistory.condition */
	{ 61532, 2021, 8, 197, 2, 0, 0 },  /* 269 Flag */
	{ 61641, 2029, 16, 197, 2, 0, 0 },  /* 270 Goal */
	{ 61893, 2045, 3, 25, 3, 0, 0 },  /* 271 Goal.target */
	{ 61966, 2048, 15, 197, 2, 0, 0 },  /* 272 GraphDefinition */
	{ 62113, 2063, 6, 25, 3, 0, 0 },  /* 273 GraphDefinition.link */
	{ 62274, 2069, 5, 25, 3, 0, 0 },  /* 274 GraphDefinition.link.target */
	{ 62302, 2074, 5, 25, 3, 0, 0 },  /* 275 GraphDefinition.link.target.compartment */
	{ 113997, 2079, 10, 197, 2, 0, 0 },  /* 276 Group */
	{ 62953, 2089, 4, 25, 3, 0, 0 },  /* 277 Group.characteristic */
	{ 63108, 2093, 3, 25, 3, 0, 0 },  /* 278 Group.member */
	{ 63220, 2096, 15, 197, 2, 0, 0 },  /* 279 GuidanceResponse */
	{ 63675, 2111, 24, 197, 2, 0, 0 },  /* 280 HealthcareService */
	{ 63797, 2135, 4, 25, 3, 0, 0 },  /* 281 HealthcareService.availableTime */
	{ 64160, 2139, 2, 25, 3, 0, 0 },  /* 282 HealthcareService.eligibility */
	{ 64400, 2141, 2, 25, 3, 0, 0 },  /* 283 HealthcareService.notAvailable */
	{ 64740, 2143, 7, 208, 1, 0, 0 },  /* 284 HumanName */
	{ 38205, 2150, 6, 208, 1, 0, 0 },  /* 285 Identifier */
	{ 64967, 2156, 20, 197, 2, 0, 0 },  /* 286 ImagingStudy */
	{ 65375, 2176, 12, 25, 3, 0, 0 },  /* 287 ImagingStudy.series */
	{ 65485, 2188, 4, 25, 3, 0, 0 },  /* 288 ImagingStudy.series.instance */
	{ 65781, 2192, 2, 25, 3, 0, 0 },  /* 289 ImagingStudy.series.performer */
	{ 68526, 2194, 28, 197, 2, 0, 0 },  /* 290 Immunization */
	{ 66055, 2222, 4, 25, 3, 0, 0 },  /* 291 Immunization.education */
	{ 66490, 2226, 2, 25, 3, 0, 0 },  /* 292 Immunization.performer */
	{ 66633, 2228, 5, 25, 3, 0, 0 },  /* 293 Immunization.protocolApplied */
	{ 66867, 2233, 3, 25, 3, 0, 0 },  /* 294 Immunization.reaction */
	{ 67214, 2236, 13, 197, 2, 0, 0 },  /* 295 ImmunizationEvaluation */
	{ 67685, 2249, 5, 197, 2, 0, 0 },  /* 296 ImmunizationRecommendation */
	{ 67854, 2254, 12, 25, 3, 0, 0 },  /* 297 ImmunizationRecommendation.recommendation */
	{ 67965, 2266, 2, 25, 3, 0, 0 },  /* 298 ImmunizationRecommendation.recommendation.dateCriterion */
	{ 68720, 2268, 20, 197, 2, 0, 0 },  /* 299 ImplementationGuide */
	{ 68823, 2288, 5, 25, 3, 0, 0 },  /* 300 ImplementationGuide.definition */
	{ 68854, 2293, 2, 25, 3, 0, 0 },  /* 301 ImplementationGuide.definition.grouping */
	{ 68991, 2295, 4, 25, 3, 0, 0 },  /* 302 ImplementationGuide.definition.page */
	{ 69201, 2299, 2, 25, 3, 0, 0 },  /* 303 ImplementationGuide.definition.parameter */
	{ 69335, 2301, 6, 25, 3, 0, 0 },  /* 304 ImplementationGuide.definition.resource */
	{ 69676, 2307, 3, 25, 3, 0, 0 },  /* 305 ImplementationGuide.definition.template */
	{ 69854, 2310, 3, 25, 3, 0, 0 },  /* 306 ImplementationGuide.dependsOn */
	{ 70093, 2313, 2, 25, 3, 0, 0 },  /* 307 ImplementationGuide.global */
	{ 70248, 2315, 5, 25, 3, 0, 0 },  /* 308 ImplementationGuide.manifest */
	{ 70347, 2320, 3, 25, 3, 0, 0 },  /* 309 ImplementationGuide.manifest.page */
	{ 70540, 2323, 3, 25, 3, 0, 0 },  /* 310 ImplementationGuide.manifest.resource */
	{ 70947, 2326, 14, 197, 2, 0, 0 },  /* 311 InsurancePlan */
	{ 71010, 2340, 4, 25, 3, 0, 0 },  /* 312 InsurancePlan.contact */
	{ 71149, 2344, 3, 25, 3, 0, 0 },  /* 313 InsurancePlan.coverage */
	{ 71172, 2347, 3, 25, 3, 0, 0 },  /* 314 InsurancePlan.coverage.benefit */
	{ 71203, 2350, 2, 25, 3, 0, 0 },  /* 315 InsurancePlan.coverage.benefit.limit */
	{ 71622, 2352, 6, 25, 3, 0, 0 },  /* 316 InsurancePlan.plan */
	{ 71673, 2358, 4, 25, 3, 0, 0 },  /* 317 InsurancePlan.plan.generalCost */
	{ 71913, 2362, 2, 25, 3, 0, 0 },  /* 318 InsurancePlan.plan.specificCost */
	{ 71945, 2364, 2, 25, 3, 0, 0 },  /* 319 InsurancePlan.plan.specificCost.benefit */
	{ 71985, 2366, 4, 25, 3, 0, 0 },  /* 320 InsurancePlan.plan.specificCost.benefit.cost */
	{ 72396, 2370, 16, 197, 2, 0, 0 },  /* 321 Invoice */
	{ 72491, 2386, 3, 25, 3, 0, 0 },  /* 322 Invoice.lineItem */
	{ 72539, 2389, 4, 25, 3, 0, 0 },  /* 323 Invoice.lineItem.priceComponent */
	{ 72762, 2393, 2, 25, 3, 0, 0 },  /* 324 Invoice.participant */
	{ 72980, 2395, 31, 197, 2, 0, 0 },  /* 325 Library */
	{ 131968, 2426, 3, 197, 2, 0, 0 },  /* 326 Linkage */
	{ 73560, 2429, 2, 25, 3, 0, 0 },  /* 327 Linkage.item */
	{ 73613, 2431, 13, 197, 2, 0, 0 },  /* 328 List */
	{ 73670, 2444, 4, 25, 3, 0, 0 },  /* 329 List.entry */
	{ 133791, 2448, 17, 197, 2, 0, 0 },  /* 330 Location */
	{ 73950, 2465, 4, 25, 3, 0, 0 },  /* 331 Location.hoursOfOperation */
	{ 74265, 2469, 3, 25, 3, 0, 0 },  /* 332 Location.position */
	{ 74412, 2472, 5, 25, 1, 0, 0 },  /* 333 MarketingStatus */
	{ 95630, 2477, 41, 197, 2, 0, 0 },  /* 334 Measure */
	{ 74841, 2518, 4, 25, 3, 0, 0 },  /* 335 Measure.group */
	{ 74900, 2522, 3, 25, 3, 0, 0 },  /* 336 Measure.group.population */
	{ 75026, 2525, 4, 25, 3, 0, 0 },  /* 337 Measure.group.stratifier */
	{ 75081, 2529, 3, 25, 3, 0, 0 },  /* 338 Measure.group.stratifier.component */
	{ 75662, 2532, 4, 25, 3, 0, 0 },  /* 339 Measure.supplementalData */
	{ 75921, 2536, 11, 197, 2, 0, 0 },  /* 340 MeasureReport */
	{ 75986, 2547, 4, 25, 3, 0, 0 },  /* 341 MeasureReport.group */
	{ 76064, 2551, 3, 25, 3, 0, 0 },  /* 342 MeasureReport.group.population */
	{ 76214, 2554, 2, 25, 3, 0, 0 },  /* 343 MeasureReport.group.stratifier */
	{ 76281, 2556, 4, 25, 3, 0, 0 },  /* 344 MeasureReport.group.stratifier.stratum */
	{ 76320, 2560, 2, 25, 3, 0, 0 },  /* 345 MeasureReport.group.stratifier.stratum.component */
	{ 76530, 2562, 3, 25, 3, 0, 0 },  /* 346 MeasureReport.group.stratifier.stratum.population */
	{ 76988, 2565, 22, 197, 2, 0, 0 },  /* 347 Media */
	{ 80181, 2587, 8, 197, 2, 0, 0 },  /* 348 Medication */
	{ 77321, 2595, 2, 25, 3, 0, 0 },  /* 349 Medication.batch */
	{ 77451, 2597, 3, 25, 3, 0, 0 },  /* 350 Medication.ingredient */
	{ 77607, 2600, 19, 197, 2, 0, 0 },  /* 351 MedicationAdministration */
	{ 77731, 2619, 6, 25, 3, 0, 0 },  /* 352 MedicationAdministration.dosage */
	{ 78242, 2625, 2, 25, 3, 0, 0 },  /* 353 MedicationAdministration.performer */
	{ 78622, 2627, 24, 197, 2, 0, 0 },  /* 354 MedicationDispense */
	{ 79043, 2651, 2, 25, 3, 0, 0 },  /* 355 MedicationDispense.performer */
	{ 79289, 2653, 4, 25, 3, 0, 0 },  /* 356 MedicationDispense.substitution */
	{ 81949, 2657, 22, 197, 2, 0, 0 },  /* 357 MedicationKnowledge */
	{ 79624, 2679, 3, 25, 3, 0, 0 },  /* 358 MedicationKnowledge.administrationGuidelines */
	{ 79669, 2682, 2, 25, 3, 0, 0 },  /* 359 MedicationKnowledge.administrationGuidelines.dosage */
	{ 79896, 2684, 2, 25, 3, 0, 0 },  /* 360 MedicationKnowledge.administrationGuidelines.patientCharacteristics */
	{ 80254, 2686, 3, 25, 3, 0, 0 },  /* 361 MedicationKnowledge.cost */
	{ 80400, 2689, 2, 25, 3, 0, 0 },  /* 362 MedicationKnowledge.drugCharacteristic */
	{ 80531, 2691, 3, 25, 3, 0, 0 },  /* 363 MedicationKnowledge.ingredient */
	{ 80715, 2694, 3, 25, 3, 0, 0 },  /* 364 MedicationKnowledge.kinetics */
	{ 80907, 2697, 2, 25, 3, 0, 0 },  /* 365 MedicationKnowledge.medicineClassification */
	{ 81056, 2699, 2, 25, 3, 0, 0 },  /* 366 MedicationKnowledge.monitoringProgram */
	{ 81180, 2701, 2, 25, 3, 0, 0 },  /* 367 MedicationKnowledge.monograph */
	{ 81282, 2703, 2, 25, 3, 0, 0 },  /* 368 MedicationKnowledge.packaging */
	{ 81461, 2705, 4, 25, 3, 0, 0 },  /* 369 MedicationKnowledge.regulatory */
	{ 81492, 2709, 2, 25, 3, 0, 0 },  /* 370 MedicationKnowledge.regulatory.maxDispense */
	{ 81688, 2711, 1, 25, 3, 0, 0 },  /* 371 MedicationKnowledge.regulatory.schedule */
	{ 81777, 2712, 2, 25, 3, 0, 0 },  /* 372 MedicationKnowledge.regulatory.substitution */
	{ 81922, 2714, 2, 25, 3, 0, 0 },  /* 373 MedicationKnowledge.relatedMedicationKnowledge */
	{ 82133, 2716, 32, 197, 2, 0, 0 },  /* 374 MedicationRequest */
	{ 82303, 2748, 7, 25, 3, 0, 0 },  /* 375 MedicationRequest.dispenseRequest */
	{ 82445, 2755, 2, 25, 3, 0, 0 },  /* 376 MedicationRequest.dispenseRequest.initialFill */
	{ 83518, 2757, 2, 25, 3, 0, 0 },  /* 377 MedicationRequest.substitution */
	{ 83669, 2759, 17, 197, 2, 0, 0 },  /* 378 MedicationStatement */
	{ 85383, 2776, 20, 197, 2, 0, 0 },  /* 379 MedicinalProduct */
	{ 84515, 2796, 6, 25, 3, 0, 0 },  /* 380 MedicinalProduct.manufacturingBusinessOperation */
	{ 85017, 2802, 3, 25, 3, 0, 0 },  /* 381 MedicinalProduct.name */
	{ 85039, 2805, 3, 25, 3, 0, 0 },  /* 382 MedicinalProduct.name.countryLanguage */
	{ 85221, 2808, 2, 25, 3, 0, 0 },  /* 383 MedicinalProduct.name.namePart */
	{ 85518, 2810, 7, 25, 3, 0, 0 },  /* 384 MedicinalProduct.specialDesignation */
	{ 85923, 2817, 16, 197, 2, 0, 0 },  /* 385 MedicinalProductAuthorization */
	{ 86272, 2833, 5, 25, 3, 0, 0 },  /* 386 MedicinalProductAuthorization.jurisdictionalAuthorization */
	{ 86728, 2838, 4, 25, 3, 0, 0 },  /* 387 MedicinalProductAuthorization.procedure */
	{ 87207, 2842, 7, 197, 2, 0, 0 },  /* 388 MedicinalProductContraindication */
	{ 87373, 2849, 2, 25, 3, 0, 0 },  /* 389 MedicinalProductContraindication.otherTherapy */
	{ 87689, 2851, 9, 197, 2, 0, 0 },  /* 390 MedicinalProductIndication */
	{ 87925, 2860, 2, 25, 3, 0, 0 },  /* 391 MedicinalProductIndication.otherTherapy */
	{ 88201, 2862, 6, 197, 2, 0, 0 },  /* 392 MedicinalProductIngredient */
	{ 88385, 2868, 4, 25, 3, 0, 0 },  /* 393 MedicinalProductIngredient.specifiedSubstance */
	{ 88596, 2872, 7, 25, 3, 0, 0 },  /* 394 MedicinalProductIngredient.specifiedSubstance.strength */
	{ 89076, 2879, 5, 25, 3, 0, 0 },  /* 395 MedicinalProductIngredient.specifiedSubstance.strength.referenceStrength */
	{ 89575, 2884, 2, 25, 3, 0, 0 },  /* 396 MedicinalProductIngredient.substance */
	{ 89700, 2886, 7, 197, 2, 0, 0 },  /* 397 MedicinalProductInteraction */
	{ 89841, 2893, 1, 25, 3, 0, 0 },  /* 398 MedicinalProductInteraction.interactant */
	{ 90037, 2894, 7, 197, 2, 0, 0 },  /* 399 MedicinalProductManufactured */
	{ 90387, 2901, 9, 197, 2, 0, 0 },  /* 400 MedicinalProductPackaged */
	{ 90412, 2910, 2, 25, 3, 0, 0 },  /* 401 MedicinalProductPackaged.batchIdentifier */
	{ 90814, 2912, 12, 25, 3, 0, 0 },  /* 402 MedicinalProductPackaged.packageItem */
	{ 91491, 2924, 7, 197, 2, 0, 0 },  /* 403 MedicinalProductPharmaceutical */
	{ 91575, 2931, 2, 25, 3, 0, 0 },  /* 404 MedicinalProductPharmaceutical.characteristics */
	{ 91850, 2933, 7, 25, 3, 0, 0 },  /* 405 MedicinalProductPharmaceutical.routeOfAdministration */
	{ 92309, 2940, 2, 25, 3, 0, 0 },  /* 406 MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies */
	{ 92448, 2942, 3, 25, 3, 0, 0 },  /* 407 MedicinalProductPharmaceutical.routeOfAdministration.targetSpecies.withdrawalPeriod */
	{ 92869, 2945, 5, 197, 2, 0, 0 },  /* 408 MedicinalProductUndesirableEffect */
	{ 93152, 2950, 24, 197, 2, 0, 0 },  /* 409 MessageDefinition */
	{ 93170, 2974, 2, 25, 3, 0, 0 },  /* 410 MessageDefinition.allowedResponse */
	{ 93505, 2976, 4, 25, 3, 0, 0 },  /* 411 MessageDefinition.focus */
	{ 94020, 2980, 11, 197, 2, 0, 0 },  /* 412 MessageHeader */
	{ 94080, 2991, 4, 25, 3, 0, 0 },  /* 413 MessageHeader.destination */
	{ 94326, 2995, 3, 25, 3, 0, 0 },  /* 414 MessageHeader.response */
	{ 94489, 2998, 5, 25, 3, 0, 0 },  /* 415 MessageHeader.source */
	{ 94654, 3003, 6, 208, 1, 0, 0 },  /* 416 Meta */
	{ 94739, 3009, 12, 197, 2, 1, 0 },  /* 417 MetadataResource */
	{ 95062, 3021, 16, 197, 2, 0, 0 },  /* 418 MolecularSequence */
	{ 95279, 3037, 15, 25, 3, 0, 0 },  /* 419 MolecularSequence.quality */
	{ 95569, 3052, 7, 25, 3, 0, 0 },  /* 420 MolecularSequence.quality.roc */
	{ 96128, 3059, 9, 25, 3, 0, 0 },  /* 421 MolecularSequence.referenceSeq */
	{ 96556, 3068, 6, 25, 3, 0, 0 },  /* 422 MolecularSequence.repository */
	{ 96833, 3074, 5, 25, 3, 0, 0 },  /* 423 MolecularSequence.structureVariant */
	{ 96909, 3079, 2, 25, 3, 0, 0 },  /* 424 MolecularSequence.structureVariant.inner */
	{ 97084, 3081, 2, 25, 3, 0, 0 },  /* 425 MolecularSequence.structureVariant.outer */
	{ 97287, 3083, 6, 25, 3, 0, 0 },  /* 426 MolecularSequence.variant */
	{ 97531, 3089, 2, 208, 1, 0, 0 },  /* 427 Money */
	{ 97564, 3091, 0, 491, 1, 0, 0 },  /* 428 MoneyQuantity */
	{ 97578, 3091, 13, 197, 2, 0, 0 },  /* 429 NamingSystem */
	{ 97803, 3104, 5, 25, 3, 0, 0 },  /* 430 NamingSystem.uniqueId */
	{ 98014, 3109, 2, 208, 1, 0, 0 },  /* 431 Narrative */
	{ 98055, 3111, 17, 197, 2, 0, 0 },  /* 432 NutritionOrder */
	{ 98153, 3128, 9, 25, 3, 0, 0 },  /* 433 NutritionOrder.enteralFormula */
	{ 98276, 3137, 3, 25, 3, 0, 0 },  /* 434 NutritionOrder.enteralFormula.administration */
	{ 99020, 3140, 6, 25, 3, 0, 0 },  /* 435 NutritionOrder.oralDiet */
	{ 99125, 3146, 2, 25, 3, 0, 0 },  /* 436 NutritionOrder.oralDiet.nutrient */
	{ 99273, 3148, 2, 25, 3, 0, 0 },  /* 437 NutritionOrder.oralDiet.texture */
	{ 99484, 3150, 5, 25, 3, 0, 0 },  /* 438 NutritionOrder.supplement */
	{ 99687, 3155, 24, 197, 2, 0, 0 },  /* 439 Observation */
	{ 99778, 3179, 5, 25, 3, 0, 0 },  /* 440 Observation.component */
	{ 100276, 3184, 6, 25, 3, 0, 0 },  /* 441 Observation.referenceRange */
	{ 100579, 3190, 13, 197, 2, 0, 0 },  /* 442 ObservationDefinition */
	{ 100978, 3203, 8, 25, 3, 0, 0 },  /* 443 ObservationDefinition.qualifiedInterval */
	{ 101407, 3211, 4, 25, 3, 0, 0 },  /* 444 ObservationDefinition.quantitativeDetails */
	{ 101711, 3215, 26, 197, 2, 0, 0 },  /* 445 OperationDefinition */
	{ 102139, 3241, 2, 25, 3, 0, 0 },  /* 446 OperationDefinition.overload */
	{ 102248, 3243, 11, 25, 3, 0, 0 },  /* 447 OperationDefinition.parameter */
	{ 102278, 3254, 2, 25, 3, 0, 0 },  /* 448 OperationDefinition.parameter.binding */
	{ 102592, 3256, 2, 25, 3, 0, 0 },  /* 449 OperationDefinition.parameter.referencedFrom */
	{ 103172, 3258, 1, 197, 2, 0, 0 },  /* 450 OperationOutcome */
	{ 103189, 3259, 6, 25, 3, 0, 0 },  /* 451 OperationOutcome.issue */
	{ 48658, 3265, 10, 197, 2, 0, 0 },  /* 452 Organization */
	{ 103464, 3275, 4, 25, 3, 0, 0 },  /* 453 Organization.contact */
	{ 103721, 3279, 12, 197, 2, 0, 0 },  /* 454 OrganizationAffiliation */
	{ 104164, 3291, 7, 208, 1, 0, 0 },  /* 455 ParameterDefinition */
	{ 63468, 3298, 1, 517, 2, 0, 0 },  /* 456 Parameters */
	{ 104368, 3299, 4, 25, 3, 0, 0 },  /* 457 Parameters.parameter */
	{ 104501, 3303, 16, 197, 2, 0, 0 },  /* 458 Patient */
	{ 104558, 3319, 2, 25, 3, 0, 0 },  /* 459 Patient.communication */
	{ 104643, 3321, 7, 25, 3, 0, 0 },  /* 460 Patient.contact */
	{ 104914, 3328, 2, 25, 3, 0, 0 },  /* 461 Patient.link */
	{ 105083, 3330, 12, 197, 2, 0, 0 },  /* 462 PaymentNotice */
	{ 105374, 3342, 15, 197, 2, 0, 0 },  /* 463 PaymentReconciliation */
	{ 105426, 3357, 10, 25, 3, 0, 0 },  /* 464 PaymentReconciliation.detail */
	{ 106133, 3367, 2, 25, 3, 0, 0 },  /* 465 PaymentReconciliation.processNote */
	{ 27483, 3369, 2, 208, 1, 0, 0 },  /* 466 Period */
	{ 113636, 3371, 10, 197, 2, 0, 0 },  /* 467 Person */
	{ 106360, 3381, 2, 25, 3, 0, 0 },  /* 468 Person.link */
	{ 106441, 3383, 31, 197, 2, 0, 0 },  /* 469 PlanDefinition */
	{ 106456, 3414, 27, 25, 3, 0, 0 },  /* 470 PlanDefinition.action */
	{ 106576, 3441, 2, 25, 3, 0, 0 },  /* 471 PlanDefinition.action.condition */
	{ 106794, 3443, 2, 25, 3, 0, 0 },  /* 472 PlanDefinition.action.dynamicValue */
	{ 107040, 3445, 2, 25, 3, 0, 0 },  /* 473 PlanDefinition.action.participant */
	{ 107280, 3447, 3, 25, 3, 0, 0 },  /* 474 PlanDefinition.action.relatedAction */
	{ 108004, 3450, 7, 25, 3, 0, 0 },  /* 475 PlanDefinition.goal */
	{ 108204, 3457, 3, 25, 3, 0, 0 },  /* 476 PlanDefinition.goal.target */
	{ 108787, 3460, 4, 25, 1, 0, 0 },  /* 477 Population */
	{ 104882, 3464, 10, 197, 2, 0, 0 },  /* 478 Practitioner */
	{ 109056, 3474, 4, 25, 3, 0, 0 },  /* 479 Practitioner.qualification */
	{ 109242, 3478, 14, 197, 2, 0, 0 },  /* 480 PractitionerRole */
	{ 109323, 3492, 4, 25, 3, 0, 0 },  /* 481 PractitionerRole.availableTime */
	{ 109669, 3496, 2, 25, 3, 0, 0 },  /* 482 PractitionerRole.notAvailable */
	{ 87837, 3498, 28, 197, 2, 0, 0 },  /* 483 Procedure */
	{ 110076, 3526, 2, 25, 3, 0, 0 },  /* 484 Procedure.focalDevice */
	{ 110351, 3528, 3, 25, 3, 0, 0 },  /* 485 Procedure.performer */
	{ 110641, 3531, 11, 25, 1, 0, 0 },  /* 486 ProdCharacteristic */
	{ 110960, 3542, 4, 25, 1, 0, 0 },  /* 487 ProductShelfLife */
	{ 111097, 3546, 10, 197, 2, 0, 0 },  /* 488 Provenance */
	{ 111128, 3556, 4, 25, 3, 0, 0 },  /* 489 Provenance.agent */
	{ 111238, 3560, 3, 25, 3, 0, 0 },  /* 490 Provenance.entity */
	{ 123939, 3563, 5, 208, 1, 0, 0 },  /* 491 Quantity */
	{ 111543, 3568, 22, 197, 2, 0, 0 },  /* 492 Questionnaire */
	{ 111802, 3590, 16, 25, 3, 0, 0 },  /* 493 Questionnaire.item */
	{ 111821, 3606, 2, 25, 3, 0, 0 },  /* 494 Questionnaire.item.answerOption */
	{ 112064, 3608, 3, 25, 3, 0, 0 },  /* 495 Questionnaire.item.enableWhen */
	{ 112212, 3611, 1, 25, 3, 0, 0 },  /* 496 Questionnaire.item.initial */
	{ 112764, 3612, 11, 197, 2, 0, 0 },  /* 497 QuestionnaireResponse */
	{ 112941, 3623, 5, 25, 3, 0, 0 },  /* 498 QuestionnaireResponse.item */
	{ 112968, 3628, 2, 25, 3, 0, 0 },  /* 499 QuestionnaireResponse.item.answer */
	{ 100297, 3630, 2, 208, 1, 0, 0 },  /* 500 Range */
	{ 113373, 3632, 2, 208, 1, 0, 0 },  /* 501 Ratio */
	{ 110631, 3634, 4, 208, 1, 0, 0 },  /* 502 Reference */
	{ 113451, 3638, 7, 208, 1, 0, 0 },  /* 503 RelatedArtifact */
	{ 113629, 3645, 12, 197, 2, 0, 0 },  /* 504 RelatedPerson */
	{ 113710, 3657, 2, 25, 3, 0, 0 },  /* 505 RelatedPerson.communication */
	{ 113990, 3659, 18, 197, 2, 0, 0 },  /* 506 RequestGroup */
	{ 114003, 3677, 19, 25, 3, 0, 0 },  /* 507 RequestGroup.action */
	{ 114115, 3696, 2, 25, 3, 0, 0 },  /* 508 RequestGroup.action.condition */
	{ 114449, 3698, 3, 25, 3, 0, 0 },  /* 509 RequestGroup.action.relatedAction */
	{ 115236, 3701, 34, 197, 2, 0, 0 },  /* 510 ResearchDefinition */
	{ 116231, 3735, 33, 197, 2, 0, 0 },  /* 511 ResearchElementDefinition */
	{ 116329, 3768, 12, 25, 3, 0, 0 },  /* 512 ResearchElementDefinition.characteristic */
	{ 118193, 3780, 24, 197, 2, 0, 0 },  /* 513 ResearchStudy */
	{ 118207, 3804, 3, 25, 3, 0, 0 },  /* 514 ResearchStudy.arm */
	{ 118530, 3807, 2, 25, 3, 0, 0 },  /* 515 ResearchStudy.objective */
	{ 118906, 3809, 8, 197, 2, 0, 0 },  /* 516 ResearchSubject */
	{ 94747, 3817, 4, 0, 2, 1, 0 },  /* 517 Resource */
	{ 119189, 3821, 17, 197, 2, 0, 0 },  /* 518 RiskAssessment */
	{ 119488, 3838, 6, 25, 3, 0, 0 },  /* 519 RiskAssessment.prediction */
	{ 119842, 3844, 31, 197, 2, 0, 0 },  /* 520 RiskEvidenceSynthesis */
	{ 119928, 3875, 3, 25, 3, 0, 0 },  /* 521 RiskEvidenceSynthesis.certainty */
	{ 119960, 3878, 3, 25, 3, 0, 0 },  /* 522 RiskEvidenceSynthesis.certainty.certaintySubcomponent */
	{ 120844, 3881, 7, 25, 3, 0, 0 },  /* 523 RiskEvidenceSynthesis.riskEstimate */
	{ 121028, 3888, 4, 25, 3, 0, 0 },  /* 524 RiskEvidenceSynthesis.riskEstimate.precisionEstimate */
	{ 121442, 3892, 3, 25, 3, 0, 0 },  /* 525 RiskEvidenceSynthesis.sampleSize */
	{ 121865, 3895, 7, 208, 1, 0, 0 },  /* 526 SampledData */
	{ 122020, 3902, 8, 197, 2, 0, 0 },  /* 527 Schedule */
	{ 122187, 3910, 26, 197, 2, 0, 0 },  /* 528 SearchParameter */
	{ 122294, 3936, 2, 25, 3, 0, 0 },  /* 529 SearchParameter.component */
	{ 122918, 3938, 33, 197, 2, 0, 0 },  /* 530 ServiceRequest */
	{ 148633, 3971, 7, 208, 1, 0, 0 },  /* 531 Signature */
	{ 123933, 3978, 1, 491, 1, 0, 0 },  /* 532 SimpleQuantity */
	{ 123948, 3979, 11, 197, 2, 0, 0 },  /* 533 Slot */
	{ 124118, 3990, 13, 197, 2, 0, 0 },  /* 534 Specimen */
	{ 124156, 4003, 7, 25, 3, 0, 0 },  /* 535 Specimen.collection */
	{ 124409, 4010, 6, 25, 3, 0, 0 },  /* 536 Specimen.container */
	{ 124658, 4016, 4, 25, 3, 0, 0 },  /* 537 Specimen.processing */
	{ 124883, 4020, 6, 197, 2, 0, 0 },  /* 538 SpecimenDefinition */
	{ 125063, 4026, 8, 25, 3, 0, 0 },  /* 539 SpecimenDefinition.typeTested */
	{ 125093, 4034, 8, 25, 3, 0, 0 },  /* 540 SpecimenDefinition.typeTested.container */
	{ 125133, 4042, 1, 25, 3, 0, 0 },  /* 541 SpecimenDefinition.typeTested.container.additive */
	{ 125591, 4043, 4, 25, 3, 0, 0 },  /* 542 SpecimenDefinition.typeTested.handling */
	{ 126099, 4047, 27, 197, 2, 0, 0 },  /* 543 StructureDefinition */
	{ 126211, 4074, 2, 25, 3, 0, 0 },  /* 544 StructureDefinition.context */
	{ 126466, 4076, 1, 25, 3, 0, 0 },  /* 545 StructureDefinition.differential */
	{ 126722, 4077, 4, 25, 3, 0, 0 },  /* 546 StructureDefinition.mapping */
	{ 126971, 4081, 1, 25, 3, 0, 0 },  /* 547 StructureDefinition.snapshot */
	{ 127198, 4082, 18, 197, 2, 0, 0 },  /* 548 StructureMap */
	{ 127324, 4100, 6, 25, 3, 0, 0 },  /* 549 StructureMap.group */
	{ 127403, 4106, 4, 25, 3, 0, 0 },  /* 550 StructureMap.group.input */
	{ 127581, 4110, 6, 25, 3, 0, 0 },  /* 551 StructureMap.group.rule */
	{ 127605, 4116, 2, 25, 3, 0, 0 },  /* 552 StructureMap.group.rule.dependent */
	{ 127817, 4118, 11, 25, 3, 0, 0 },  /* 553 StructureMap.group.rule.source */
	{ 128279, 4129, 8, 25, 3, 0, 0 },  /* 554 StructureMap.group.rule.target */
	{ 128513, 4137, 1, 25, 3, 0, 0 },  /* 555 StructureMap.group.rule.target.parameter */
	{ 128865, 4138, 4, 25, 3, 0, 0 },  /* 556 StructureMap.structure */
	{ 129090, 4142, 7, 197, 2, 0, 0 },  /* 557 Subscription */
	{ 129103, 4149, 4, 25, 3, 0, 0 },  /* 558 Subscription.channel */
	{ 88421, 4153, 7, 197, 2, 0, 0 },  /* 559 Substance */
	{ 129418, 4160, 2, 25, 3, 0, 0 },  /* 560 Substance.ingredient */
	{ 129503, 4162, 3, 25, 3, 0, 0 },  /* 561 Substance.instance */
	{ 129623, 4165, 4, 25, 1, 0, 0 },  /* 562 SubstanceAmount */
	{ 129719, 4169, 2, 208, 3, 0, 0 },  /* 563 SubstanceAmount.referenceRange */
	{ 129831, 4171, 5, 197, 2, 0, 0 },  /* 564 SubstanceNucleicAcid */
	{ 130006, 4176, 8, 25, 3, 0, 0 },  /* 565 SubstanceNucleicAcid.subunit */
	{ 130110, 4184, 4, 25, 3, 0, 0 },  /* 566 SubstanceNucleicAcid.subunit.linkage */
	{ 130459, 4188, 3, 25, 3, 0, 0 },  /* 567 SubstanceNucleicAcid.subunit.sugar */
	{ 130667, 4191, 6, 197, 2, 0, 0 },  /* 568 SubstancePolymer */
	{ 130802, 4197, 2, 25, 3, 0, 0 },  /* 569 SubstancePolymer.monomerSet */
	{ 130868, 4199, 4, 25, 3, 0, 0 },  /* 570 SubstancePolymer.monomerSet.startingMaterial */
	{ 131125, 4203, 4, 25, 3, 0, 0 },  /* 571 SubstancePolymer.repeat */
	{ 131235, 4207, 5, 25, 3, 0, 0 },  /* 572 SubstancePolymer.repeat.repeatUnit */
	{ 131312, 4212, 2, 25, 3, 0, 0 },  /* 573 SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation */
	{ 131609, 4214, 3, 25, 3, 0, 0 },  /* 574 SubstancePolymer.repeat.repeatUnit.structuralRepresentation */
	{ 131925, 4217, 4, 197, 2, 0, 0 },  /* 575 SubstanceProtein */
	{ 132040, 4221, 8, 25, 3, 0, 0 },  /* 576 SubstanceProtein.subunit */
	{ 132400, 4229, 5, 197, 2, 0, 0 },  /* 577 SubstanceReferenceInformation */
	{ 132430, 4234, 4, 25, 3, 0, 0 },  /* 578 SubstanceReferenceInformation.classification */
	{ 132730, 4238, 3, 25, 3, 0, 0 },  /* 579 SubstanceReferenceInformation.gene */
	{ 132901, 4241, 3, 25, 3, 0, 0 },  /* 580 SubstanceReferenceInformation.geneElement */
	{ 133089, 4244, 8, 25, 3, 0, 0 },  /* 581 SubstanceReferenceInformation.target */
	{ 133496, 4252, 13, 197, 2, 0, 0 },  /* 582 SubstanceSourceMaterial */
	{ 133601, 4265, 2, 25, 3, 0, 0 },  /* 583 SubstanceSourceMaterial.fractionDescription */
	{ 133800, 4267, 8, 25, 3, 0, 0 },  /* 584 SubstanceSourceMaterial.organism */
	{ 133833, 4275, 2, 25, 3, 0, 0 },  /* 585 SubstanceSourceMaterial.organism.author */
	{ 134061, 4277, 5, 25, 3, 0, 0 },  /* 586 SubstanceSourceMaterial.organism.hybrid */
	{ 134501, 4282, 4, 25, 3, 0, 0 },  /* 587 SubstanceSourceMaterial.organism.organismGeneral */
	{ 134972, 4286, 2, 25, 3, 0, 0 },  /* 588 SubstanceSourceMaterial.partDescription */
	{ 135241, 4288, 19, 197, 2, 0, 0 },  /* 589 SubstanceSpecification */
	{ 135264, 4307, 5, 25, 3, 0, 0 },  /* 590 SubstanceSpecification.code */
	{ 135600, 4312, 7, 25, 3, 0, 0 },  /* 591 SubstanceSpecification.moiety */
	{ 135959, 4319, 11, 25, 3, 0, 0 },  /* 592 SubstanceSpecification.name */
	{ 136133, 4330, 3, 25, 3, 0, 0 },  /* 593 SubstanceSpecification.name.official */
	{ 136586, 4333, 5, 25, 3, 0, 0 },  /* 594 SubstanceSpecification.property */
	{ 136909, 4338, 7, 25, 3, 0, 0 },  /* 595 SubstanceSpecification.relationship */
	{ 137380, 4345, 8, 25, 3, 0, 0 },  /* 596 SubstanceSpecification.structure */
	{ 137413, 4353, 5, 25, 3, 0, 0 },  /* 597 SubstanceSpecification.structure.isotope */
	{ 137556, 4358, 3, 25, 3, 0, 0 },  /* 598 SubstanceSpecification.structure.isotope.molecularWeight */
	{ 138109, 4361, 3, 25, 3, 0, 0 },  /* 599 SubstanceSpecification.structure.representation */
	{ 138449, 4364, 11, 197, 2, 0, 0 },  /* 600 SupplyDelivery */
	{ 138660, 4375, 2, 25, 3, 0, 0 },  /* 601 SupplyDelivery.suppliedItem */
	{ 138805, 4377, 15, 197, 2, 0, 0 },  /* 602 SupplyRequest */
	{ 138992, 4392, 2, 25, 3, 0, 0 },  /* 603 SupplyRequest.parameter */
	{ 139247, 4394, 31, 197, 2, 0, 0 },  /* 604 Task */
	{ 139421, 4425, 2, 25, 3, 0, 0 },  /* 605 Task.input */
	{ 139585, 4427, 2, 25, 3, 0, 0 },  /* 606 Task.output */
	{ 139764, 4429, 3, 25, 3, 0, 0 },  /* 607 Task.restriction */
	{ 139891, 4432, 24, 197, 2, 0, 0 },  /* 608 TerminologyCapabilities */
	{ 139915, 4456, 1, 25, 3, 0, 0 },  /* 609 TerminologyCapabilities.closure */
	{ 140026, 4457, 3, 25, 3, 0, 0 },  /* 610 TerminologyCapabilities.codeSystem */
	{ 140147, 4460, 6, 25, 3, 0, 0 },  /* 611 TerminologyCapabilities.codeSystem.version */
	{ 140295, 4466, 2, 25, 3, 0, 0 },  /* 612 TerminologyCapabilities.codeSystem.version.filter */
	{ 140741, 4468, 5, 25, 3, 0, 0 },  /* 613 TerminologyCapabilities.expansion */
	{ 140908, 4473, 2, 25, 3, 0, 0 },  /* 614 TerminologyCapabilities.expansion.parameter */
	{ 141141, 4475, 2, 25, 3, 0, 0 },  /* 615 TerminologyCapabilities.implementation */
	{ 141470, 4477, 2, 25, 3, 0, 0 },  /* 616 TerminologyCapabilities.software */
	{ 141643, 4479, 1, 25, 3, 0, 0 },  /* 617 TerminologyCapabilities.translation */
	{ 141787, 4480, 1, 25, 3, 0, 0 },  /* 618 TerminologyCapabilities.validateCode */
	{ 141906, 4481, 12, 197, 2, 0, 0 },  /* 619 TestReport */
	{ 141973, 4493, 3, 25, 3, 0, 0 },  /* 620 TestReport.participant */
	{ 142117, 4496, 1, 25, 3, 0, 0 },  /* 621 TestReport.setup */
	{ 142134, 4497, 2, 25, 3, 0, 0 },  /* 622 TestReport.setup.action */
	{ 142158, 4499, 3, 25, 3, 0, 0 },  /* 623 TestReport.setup.action.assert */
	{ 142304, 4502, 3, 25, 3, 0, 0 },  /* 624 TestReport.setup.action.operation */
	{ 142480, 4505, 1, 25, 3, 0, 0 },  /* 625 TestReport.teardown */
	{ 142500, 4506, 1, 25, 3, 0, 0 },  /* 626 TestReport.teardown.action */
	{ 142564, 4507, 3, 25, 3, 0, 0 },  /* 627 TestReport.test */
	{ 142580, 4510, 2, 25, 3, 0, 0 },  /* 628 TestReport.test.action */
	{ 142755, 4512, 24, 197, 2, 0, 0 },  /* 629 TestScript */
	{ 142845, 4536, 2, 25, 3, 0, 0 },  /* 630 TestScript.destination */
	{ 142952, 4538, 3, 25, 3, 0, 0 },  /* 631 TestScript.fixture */
	{ 143105, 4541, 2, 25, 3, 0, 0 },  /* 632 TestScript.metadata */
	{ 143125, 4543, 7, 25, 3, 0, 0 },  /* 633 TestScript.metadata.capability */
	{ 143441, 4550, 2, 25, 3, 0, 0 },  /* 634 TestScript.metadata.link */
	{ 143548, 4552, 2, 25, 3, 0, 0 },  /* 635 TestScript.origin */
	{ 143675, 4554, 1, 25, 3, 0, 0 },  /* 636 TestScript.setup */
	{ 143692, 4555, 2, 25, 3, 0, 0 },  /* 637 TestScript.setup.action */
	{ 143716, 4557, 22, 25, 3, 0, 0 },  /* 638 TestScript.setup.action.assert */
	{ 144697, 4579, 17, 25, 3, 0, 0 },  /* 639 TestScript.setup.action.operation */
	{ 145124, 4596, 2, 25, 3, 0, 0 },  /* 640 TestScript.setup.action.operation.requestHeader */
	{ 145593, 4598, 1, 25, 3, 0, 0 },  /* 641 TestScript.teardown */
	{ 145613, 4599, 1, 25, 3, 0, 0 },  /* 642 TestScript.teardown.action */
	{ 145677, 4600, 3, 25, 3, 0, 0 },  /* 643 TestScript.test */
	{ 145693, 4603, 2, 25, 3, 0, 0 },  /* 644 TestScript.test.action */
	{ 145882, 4605, 8, 25, 3, 0, 0 },  /* 645 TestScript.variable */
	{ 146153, 4613, 3, 25, 1, 0, 0 },  /* 646 Timing */
	{ 146185, 4616, 15, 208, 3, 0, 0 },  /* 647 Timing.repeat */
	{ 146551, 4631, 5, 208, 1, 0, 0 },  /* 648 TriggerDefinition */
	{ 146694, 4636, 2, 208, 1, 0, 0 },  /* 649 UsageContext */
	{ 101702, 4638, 18, 197, 2, 0, 0 },  /* 650 ValueSet */
	{ 146747, 4656, 4, 25, 3, 0, 0 },  /* 651 ValueSet.compose */
	{ 146815, 4660, 5, 25, 3, 0, 0 },  /* 652 ValueSet.compose.include */
	{ 146840, 4665, 3, 25, 3, 0, 0 },  /* 653 ValueSet.compose.include.concept */
	{ 146911, 4668, 3, 25, 3, 0, 0 },  /* 654 ValueSet.compose.include.concept.designation */
	{ 147151, 4671, 3, 25, 3, 0, 0 },  /* 655 ValueSet.compose.include.filter */
	{ 147495, 4674, 6, 25, 3, 0, 0 },  /* 656 ValueSet.expansion */
	{ 147514, 4680, 8, 25, 3, 0, 0 },  /* 657 ValueSet.expansion.contains */
	{ 147889, 4688, 2, 25, 3, 0, 0 },  /* 658 ValueSet.expansion.parameter */
	{ 148258, 4690, 14, 197, 2, 0, 0 },  /* 659 VerificationResult */
	{ 148277, 4704, 8, 25, 3, 0, 0 },  /* 660 VerificationResult.attestation */
	{ 148830, 4712, 7, 25, 3, 0, 0 },  /* 661 VerificationResult.primarySource */
	{ 149375, 4719, 3, 25, 3, 0, 0 },  /* 662 VerificationResult.validator */
	{ 149545, 4722, 8, 197, 2, 0, 0 },  /* 663 VisionPrescription */
	{ 149681, 4730, 14, 25, 3, 0, 0 },  /* 664 VisionPrescription.lensSpecification */
	{ 150198, 4744, 2, 25, 3, 0, 0 },  /* 665 VisionPrescription.lensSpecification.prism */
	{ 150530, 4746, 1, 208, 0, 0, 1 },  /* 666 base64Binary */
	{ 150562, 4747, 1, 208, 0, 0, 2 },  /* 667 boolean */
	{ 150596, 4748, 1, 682, 0, 0, 1 },  /* 668 canonical */
	{ 152908, 4749, 1, 679, 0, 0, 1 },  /* 669 code */
	{ 72452, 4750, 1, 208, 0, 0, 6 },  /* 670 date */
	{ 98119, 4751, 1, 208, 0, 0, 7 },  /* 671 dateTime */
	{ 150689, 4752, 1, 208, 0, 0, 5 },  /* 672 decimal */
	{ 119131, 4753, 1, 679, 0, 0, 1 },  /* 673 id */
	{ 180519, 4754, 1, 208, 0, 0, 7 },  /* 674 instant */
	{ 180541, 4755, 1, 208, 0, 0, 3 },  /* 675 integer */
	{ 180578, 4756, 1, 679, 0, 0, 1 },  /* 676 markdown */
	{ 180686, 4757, 1, 682, 0, 0, 1 },  /* 677 oid */
	{ 180739, 4758, 1, 675, 0, 0, 3 },  /* 678 positiveInt */
	{ 180805, 4759, 1, 208, 0, 0, 1 },  /* 679 string */
	{ 38504, 4760, 1, 208, 0, 0, 8 },  /* 680 time */
	{ 180851, 4761, 1, 675, 0, 0, 3 },  /* 681 unsignedInt */
	{ 126884, 4762, 1, 208, 0, 0, 1 },  /* 682 uri */
	{ 26304, 4763, 1, 682, 0, 0, 1 },  /* 683 url */
	{ 180906, 4764, 1, 682, 0, 0, 1 },  /* 684 uuid */
	{ 180922, 4765, 2, 208, 0, 0, 1 },  /* 685 xhtml */
};

const fp_model fp_model_r4 = {
	FP_FHIR_R4,
	fp_pool_r4, fp_types_r4, 685, fp_elements_r4, 4767,
	sizeof fp_pool_r4 + sizeof fp_ids_r4 + sizeof fp_elements_r4 + sizeof fp_types_r4,
};
