/*
 * model_r5.c - the embedded FHIR R5 model. GENERATED, do not edit:
 *     python3 src/model/gen/genmodel.py
 * from the official definitions (profiles-types.json, profiles-resources.json).
 * 863 types, 6022 elements; layout in src/model/tables.h.
 */
#include "model/tables.h"

#define S(o) (fp_pool_r5 + (o))
#define T(o) (fp_ids_r5 + (o))
/* E(name, path, owner, min, max, choice, ntypes, types, ntargets, targets,
     binding, valueset, modifier, summary) */
#define E(nm, pa, ow, mi, ma, ch, nt, ty, ng, tg, bi, vs, mo, su) \
	{ S(nm), S(pa), ow, mi, ma, ch, nt, T(ty), ng, (ng) ? T(tg) : NULL, \
	  (fp_binding_strength)(bi), (vs) ? S(vs) : NULL, mo, su }

static const char fp_pool_r5[234447] =
	"Account.balance\0"
	"Account.balance.aggregate\0"
	"Account.balance.amount\0"
	"Account.balance.estimate\0"
	"Account.balance.term\0"
	"Account.billingStatus\0"
	"Account.calculatedAt\0"
	"Account.coverage\0"
	"Account.coverage.coverage\0"
	"Account.coverage.priority\0"
	"Account.currency\0"
	"Account.description\0"
	"Account.diagnosis\0"
	"Account.diagnosis.condition\0"
	"Account.diagnosis.dateOfDiagnosis\0"
	"Account.diagnosis.onAdmission\0"
	"Account.diagnosis.packageCode\0"
	"Account.diagnosis.sequence\0"
	"Account.diagnosis.type\0"
	"Account.guarantor\0"
	"Account.guarantor.onHold\0"
	"Account.guarantor.party\0"
	"Account.guarantor.period\0"
	"Account.identifier\0"
	"Account.name\0"
	"Account.owner\0"
	"Account.procedure\0"
	"Account.procedure.code\0"
	"Account.procedure.dateOfService\0"
	"Account.procedure.device\0"
	"Account.procedure.packageCode\0"
	"Account.procedure.sequence\0"
	"Account.procedure.type\0"
	"Account.relatedAccount\0"
	"Account.relatedAccount.account\0"
	"Account.relatedAccount.relationship\0"
	"Account.servicePeriod\0"
	"Account.status\0"
	"Account.subject\0"
	"Account.type\0"
	"ActivityDefinition\0"
	"ActivityDefinition.approvalDate\0"
	"ActivityDefinition.asNeeded[x]\0"
	"ActivityDefinition.author\0"
	"ActivityDefinition.bodySite\0"
	"ActivityDefinition.code\0"
	"ActivityDefinition.contact\0"
	"ActivityDefinition.copyright\0"
	"ActivityDefinition.copyrightLabel\0"
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
	"ActivityDefinition.participant.function\0"
	"ActivityDefinition.participant.role\0"
	"ActivityDefinition.participant.type\0"
	"ActivityDefinition.participant.typeCanonical\0"
	"ActivityDefinition.participant.typeReference\0"
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
	"ActivityDefinition.versionAlgorithm[x]\0"
	"ActorDefinition\0"
	"ActorDefinition.capabilities\0"
	"ActorDefinition.contact\0"
	"ActorDefinition.copyright\0"
	"ActorDefinition.copyrightLabel\0"
	"ActorDefinition.date\0"
	"ActorDefinition.derivedFrom\0"
	"ActorDefinition.description\0"
	"ActorDefinition.documentation\0"
	"ActorDefinition.experimental\0"
	"ActorDefinition.identifier\0"
	"ActorDefinition.jurisdiction\0"
	"ActorDefinition.name\0"
	"ActorDefinition.publisher\0"
	"ActorDefinition.purpose\0"
	"ActorDefinition.reference\0"
	"ActorDefinition.status\0"
	"ActorDefinition.title\0"
	"ActorDefinition.type\0"
	"ActorDefinition.url\0"
	"ActorDefinition.useContext\0"
	"ActorDefinition.version\0"
	"ActorDefinition.versionAlgorithm[x]\0"
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
	"AdministrableProductDefinition.description\0"
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
	"AdverseEvent.code\0"
	"AdverseEvent.contributingFactor\0"
	"AdverseEvent.contributingFactor.item[x]\0"
	"AdverseEvent.detected\0"
	"AdverseEvent.encounter\0"
	"AdverseEvent.expectedInResearchStudy\0"
	"AdverseEvent.identifier\0"
	"AdverseEvent.location\0"
	"AdverseEvent.mitigatingAction\0"
	"AdverseEvent.mitigatingAction.item[x]\0"
	"AdverseEvent.note\0"
	"AdverseEvent.occurrence[x]\0"
	"AdverseEvent.outcome\0"
	"AdverseEvent.participant\0"
	"AdverseEvent.participant.actor\0"
	"AdverseEvent.participant.function\0"
	"AdverseEvent.preventiveAction\0"
	"AdverseEvent.preventiveAction.item[x]\0"
	"AdverseEvent.recordedDate\0"
	"AdverseEvent.recorder\0"
	"AdverseEvent.resultingEffect\0"
	"AdverseEvent.seriousness\0"
	"AdverseEvent.status\0"
	"AdverseEvent.study\0"
	"AdverseEvent.subject\0"
	"AdverseEvent.supportingInfo\0"
	"AdverseEvent.supportingInfo.item[x]\0"
	"AdverseEvent.suspectEntity\0"
	"AdverseEvent.suspectEntity.causality\0"
	"AdverseEvent.suspectEntity.causality.assessmentMethod\0"
	"AdverseEvent.suspectEntity.causality.author\0"
	"AdverseEvent.suspectEntity.causality.entityRelatedness\0"
	"AdverseEvent.suspectEntity.instance[x]\0"
	"AllergyIntolerance\0"
	"AllergyIntolerance.category\0"
	"AllergyIntolerance.clinicalStatus\0"
	"AllergyIntolerance.code\0"
	"AllergyIntolerance.criticality\0"
	"AllergyIntolerance.encounter\0"
	"AllergyIntolerance.identifier\0"
	"AllergyIntolerance.lastOccurrence\0"
	"AllergyIntolerance.note\0"
	"AllergyIntolerance.onset[x]\0"
	"AllergyIntolerance.participant\0"
	"AllergyIntolerance.participant.actor\0"
	"AllergyIntolerance.participant.function\0"
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
	"AllergyIntolerance.type\0"
	"AllergyIntolerance.verificationStatus\0"
	"Annotation\0"
	"Annotation.author[x]\0"
	"Annotation.text\0"
	"Annotation.time\0"
	"Appointment.account\0"
	"Appointment.appointmentType\0"
	"Appointment.basedOn\0"
	"Appointment.cancellationDate\0"
	"Appointment.cancellationReason\0"
	"Appointment.class\0"
	"Appointment.created\0"
	"Appointment.description\0"
	"Appointment.end\0"
	"Appointment.identifier\0"
	"Appointment.minutesDuration\0"
	"Appointment.note\0"
	"Appointment.occurrenceChanged\0"
	"Appointment.originatingAppointment\0"
	"Appointment.participant\0"
	"Appointment.participant.actor\0"
	"Appointment.participant.period\0"
	"Appointment.participant.required\0"
	"Appointment.participant.status\0"
	"Appointment.participant.type\0"
	"Appointment.patientInstruction\0"
	"Appointment.previousAppointment\0"
	"Appointment.priority\0"
	"Appointment.reason\0"
	"Appointment.recurrenceId\0"
	"Appointment.recurrenceTemplate\0"
	"Appointment.recurrenceTemplate.excludingDate\0"
	"Appointment.recurrenceTemplate.excludingRecurrenceId\0"
	"Appointment.recurrenceTemplate.lastOccurrenceDate\0"
	"Appointment.recurrenceTemplate.monthlyTemplate\0"
	"Appointment.recurrenceTemplate.monthlyTemplate.dayOfMonth\0"
	"Appointment.recurrenceTemplate.monthlyTemplate.dayOfWeek\0"
	"Appointment.recurrenceTemplate.monthlyTemplate.monthInterval\0"
	"Appointment.recurrenceTemplate.monthlyTemplate.nthWeekOfMonth\0"
	"Appointment.recurrenceTemplate.occurrenceCount\0"
	"Appointment.recurrenceTemplate.occurrenceDate\0"
	"Appointment.recurrenceTemplate.recurrenceType\0"
	"Appointment.recurrenceTemplate.timezone\0"
	"Appointment.recurrenceTemplate.weeklyTemplate\0"
	"Appointment.recurrenceTemplate.weeklyTemplate.friday\0"
	"Appointment.recurrenceTemplate.weeklyTemplate.monday\0"
	"Appointment.recurrenceTemplate.weeklyTemplate.saturday\0"
	"Appointment.recurrenceTemplate.weeklyTemplate.sunday\0"
	"Appointment.recurrenceTemplate.weeklyTemplate.thursday\0"
	"Appointment.recurrenceTemplate.weeklyTemplate.tuesday\0"
	"Appointment.recurrenceTemplate.weeklyTemplate.wednesday\0"
	"Appointment.recurrenceTemplate.weeklyTemplate.weekInterval\0"
	"Appointment.recurrenceTemplate.yearlyTemplate\0"
	"Appointment.recurrenceTemplate.yearlyTemplate.yearInterval\0"
	"Appointment.replaces\0"
	"Appointment.requestedPeriod\0"
	"Appointment.serviceCategory\0"
	"Appointment.serviceType\0"
	"Appointment.slot\0"
	"Appointment.specialty\0"
	"Appointment.start\0"
	"Appointment.status\0"
	"Appointment.subject\0"
	"Appointment.supportingInformation\0"
	"Appointment.virtualService\0"
	"AppointmentResponse\0"
	"AppointmentResponse.actor\0"
	"AppointmentResponse.appointment\0"
	"AppointmentResponse.comment\0"
	"AppointmentResponse.end\0"
	"AppointmentResponse.identifier\0"
	"AppointmentResponse.occurrenceDate\0"
	"AppointmentResponse.participantStatus\0"
	"AppointmentResponse.participantType\0"
	"AppointmentResponse.proposedNewTime\0"
	"AppointmentResponse.recurrenceId\0"
	"AppointmentResponse.recurring\0"
	"AppointmentResponse.start\0"
	"ArtifactAssessment\0"
	"ArtifactAssessment.approvalDate\0"
	"ArtifactAssessment.artifact[x]\0"
	"ArtifactAssessment.citeAs[x]\0"
	"ArtifactAssessment.content\0"
	"ArtifactAssessment.content.author\0"
	"ArtifactAssessment.content.classifier\0"
	"ArtifactAssessment.content.component\0"
	"ArtifactAssessment.content.freeToShare\0"
	"ArtifactAssessment.content.informationType\0"
	"ArtifactAssessment.content.path\0"
	"ArtifactAssessment.content.quantity\0"
	"ArtifactAssessment.content.relatedArtifact\0"
	"ArtifactAssessment.content.summary\0"
	"ArtifactAssessment.content.type\0"
	"ArtifactAssessment.copyright\0"
	"ArtifactAssessment.date\0"
	"ArtifactAssessment.disposition\0"
	"ArtifactAssessment.identifier\0"
	"ArtifactAssessment.lastReviewDate\0"
	"ArtifactAssessment.title\0"
	"ArtifactAssessment.workflowStatus\0"
	"Attachment.contentType\0"
	"Attachment.creation\0"
	"Attachment.data\0"
	"Attachment.duration\0"
	"Attachment.frames\0"
	"Attachment.hash\0"
	"Attachment.height\0"
	"Attachment.language\0"
	"Attachment.pages\0"
	"Attachment.size\0"
	"Attachment.title\0"
	"Attachment.url\0"
	"Attachment.width\0"
	"AuditEvent\0"
	"AuditEvent.action\0"
	"AuditEvent.agent\0"
	"AuditEvent.agent.authorization\0"
	"AuditEvent.agent.location\0"
	"AuditEvent.agent.network[x]\0"
	"AuditEvent.agent.policy\0"
	"AuditEvent.agent.requestor\0"
	"AuditEvent.agent.role\0"
	"AuditEvent.agent.type\0"
	"AuditEvent.agent.who\0"
	"AuditEvent.authorization\0"
	"AuditEvent.basedOn\0"
	"AuditEvent.category\0"
	"AuditEvent.code\0"
	"AuditEvent.encounter\0"
	"AuditEvent.entity\0"
	"AuditEvent.entity.agent\0"
	"AuditEvent.entity.detail\0"
	"AuditEvent.entity.detail.type\0"
	"AuditEvent.entity.detail.value[x]\0"
	"AuditEvent.entity.query\0"
	"AuditEvent.entity.role\0"
	"AuditEvent.entity.securityLabel\0"
	"AuditEvent.entity.what\0"
	"AuditEvent.occurred[x]\0"
	"AuditEvent.outcome\0"
	"AuditEvent.outcome.code\0"
	"AuditEvent.outcome.detail\0"
	"AuditEvent.patient\0"
	"AuditEvent.recorded\0"
	"AuditEvent.severity\0"
	"AuditEvent.source\0"
	"AuditEvent.source.observer\0"
	"AuditEvent.source.site\0"
	"AuditEvent.source.type\0"
	"Availability\0"
	"Availability.availableTime\0"
	"Availability.availableTime.allDay\0"
	"Availability.availableTime.availableEndTime\0"
	"Availability.availableTime.availableStartTime\0"
	"Availability.availableTime.daysOfWeek\0"
	"Availability.notAvailableTime\0"
	"Availability.notAvailableTime.description\0"
	"Availability.notAvailableTime.during\0"
	"BackboneElement\0"
	"BackboneElement.modifierExtension\0"
	"BackboneType\0"
	"BackboneType.modifierExtension\0"
	"Base\0"
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
	"BiologicallyDerivedProduct.biologicalSourceEvent\0"
	"BiologicallyDerivedProduct.collection\0"
	"BiologicallyDerivedProduct.collection.collected[x]\0"
	"BiologicallyDerivedProduct.collection.collector\0"
	"BiologicallyDerivedProduct.collection.source\0"
	"BiologicallyDerivedProduct.division\0"
	"BiologicallyDerivedProduct.expirationDate\0"
	"BiologicallyDerivedProduct.identifier\0"
	"BiologicallyDerivedProduct.parent\0"
	"BiologicallyDerivedProduct.processingFacility\0"
	"BiologicallyDerivedProduct.productCategory\0"
	"BiologicallyDerivedProduct.productCode\0"
	"BiologicallyDerivedProduct.productStatus\0"
	"BiologicallyDerivedProduct.property\0"
	"BiologicallyDerivedProduct.property.type\0"
	"BiologicallyDerivedProduct.property.value[x]\0"
	"BiologicallyDerivedProduct.request\0"
	"BiologicallyDerivedProduct.storageTempRequirements\0"
	"BiologicallyDerivedProductDispense\0"
	"BiologicallyDerivedProductDispense.basedOn\0"
	"BiologicallyDerivedProductDispense.destination\0"
	"BiologicallyDerivedProductDispense.identifier\0"
	"BiologicallyDerivedProductDispense.location\0"
	"BiologicallyDerivedProductDispense.matchStatus\0"
	"BiologicallyDerivedProductDispense.note\0"
	"BiologicallyDerivedProductDispense.originRelationshipType\0"
	"BiologicallyDerivedProductDispense.partOf\0"
	"BiologicallyDerivedProductDispense.patient\0"
	"BiologicallyDerivedProductDispense.performer\0"
	"BiologicallyDerivedProductDispense.performer.actor\0"
	"BiologicallyDerivedProductDispense.performer.function\0"
	"BiologicallyDerivedProductDispense.preparedDate\0"
	"BiologicallyDerivedProductDispense.product\0"
	"BiologicallyDerivedProductDispense.quantity\0"
	"BiologicallyDerivedProductDispense.status\0"
	"BiologicallyDerivedProductDispense.usageInstruction\0"
	"BiologicallyDerivedProductDispense.whenHandedOver\0"
	"BodyStructure\0"
	"BodyStructure.active\0"
	"BodyStructure.description\0"
	"BodyStructure.excludedStructure\0"
	"BodyStructure.identifier\0"
	"BodyStructure.image\0"
	"BodyStructure.includedStructure\0"
	"BodyStructure.includedStructure.bodyLandmarkOrientation\0"
	"BodyStructure.includedStructure.bodyLandmarkOrientation.clockFacePosition\0"
	"BodyStructure.includedStructure.bodyLandmarkOrientation.distanceFromLandmark\0"
	"BodyStructure.includedStructure.bodyLandmarkOrientation.distanceFromLandmark.device\0"
	"BodyStructure.includedStructure.bodyLandmarkOrientation.distanceFromLandmark.value\0"
	"BodyStructure.includedStructure.bodyLandmarkOrientation.landmarkDescription\0"
	"BodyStructure.includedStructure.bodyLandmarkOrientation.surfaceOrientation\0"
	"BodyStructure.includedStructure.laterality\0"
	"BodyStructure.includedStructure.qualifier\0"
	"BodyStructure.includedStructure.spatialReference\0"
	"BodyStructure.includedStructure.structure\0"
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
	"Bundle.issues\0"
	"Bundle.link\0"
	"Bundle.link.relation\0"
	"Bundle.link.url\0"
	"Bundle.signature\0"
	"Bundle.timestamp\0"
	"Bundle.total\0"
	"Bundle.type\0"
	"CanonicalResource\0"
	"CanonicalResource.contact\0"
	"CanonicalResource.copyright\0"
	"CanonicalResource.copyrightLabel\0"
	"CanonicalResource.date\0"
	"CanonicalResource.description\0"
	"CanonicalResource.experimental\0"
	"CanonicalResource.identifier\0"
	"CanonicalResource.jurisdiction\0"
	"CanonicalResource.name\0"
	"CanonicalResource.publisher\0"
	"CanonicalResource.purpose\0"
	"CanonicalResource.status\0"
	"CanonicalResource.title\0"
	"CanonicalResource.url\0"
	"CanonicalResource.useContext\0"
	"CanonicalResource.version\0"
	"CanonicalResource.versionAlgorithm[x]\0"
	"CapabilityStatement\0"
	"CapabilityStatement.acceptLanguage\0"
	"CapabilityStatement.contact\0"
	"CapabilityStatement.copyright\0"
	"CapabilityStatement.copyrightLabel\0"
	"CapabilityStatement.date\0"
	"CapabilityStatement.description\0"
	"CapabilityStatement.document\0"
	"CapabilityStatement.document.documentation\0"
	"CapabilityStatement.document.mode\0"
	"CapabilityStatement.document.profile\0"
	"CapabilityStatement.experimental\0"
	"CapabilityStatement.fhirVersion\0"
	"CapabilityStatement.format\0"
	"CapabilityStatement.identifier\0"
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
	"CapabilityStatement.rest.resource.conditionalPatch\0"
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
	"CapabilityStatement.versionAlgorithm[x]\0"
	"CarePlan\0"
	"CarePlan.activity\0"
	"CarePlan.activity.performedActivity\0"
	"CarePlan.activity.plannedActivityReference\0"
	"CarePlan.activity.progress\0"
	"CarePlan.addresses\0"
	"CarePlan.basedOn\0"
	"CarePlan.careTeam\0"
	"CarePlan.category\0"
	"CarePlan.contributor\0"
	"CarePlan.created\0"
	"CarePlan.custodian\0"
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
	"CareTeam.identifier\0"
	"CareTeam.managingOrganization\0"
	"CareTeam.name\0"
	"CareTeam.note\0"
	"CareTeam.participant\0"
	"CareTeam.participant.coverage[x]\0"
	"CareTeam.participant.member\0"
	"CareTeam.participant.onBehalfOf\0"
	"CareTeam.participant.role\0"
	"CareTeam.period\0"
	"CareTeam.reason\0"
	"CareTeam.status\0"
	"CareTeam.subject\0"
	"CareTeam.telecom\0"
	"ChargeItem\0"
	"ChargeItem.account\0"
	"ChargeItem.bodysite\0"
	"ChargeItem.code\0"
	"ChargeItem.costCenter\0"
	"ChargeItem.definitionCanonical\0"
	"ChargeItem.definitionUri\0"
	"ChargeItem.encounter\0"
	"ChargeItem.enteredDate\0"
	"ChargeItem.enterer\0"
	"ChargeItem.identifier\0"
	"ChargeItem.note\0"
	"ChargeItem.occurrence[x]\0"
	"ChargeItem.overrideReason\0"
	"ChargeItem.partOf\0"
	"ChargeItem.performer\0"
	"ChargeItem.performer.actor\0"
	"ChargeItem.performer.function\0"
	"ChargeItem.performingOrganization\0"
	"ChargeItem.product\0"
	"ChargeItem.quantity\0"
	"ChargeItem.reason\0"
	"ChargeItem.requestingOrganization\0"
	"ChargeItem.service\0"
	"ChargeItem.status\0"
	"ChargeItem.subject\0"
	"ChargeItem.supportingInformation\0"
	"ChargeItem.totalPriceComponent\0"
	"ChargeItem.unitPriceComponent\0"
	"ChargeItemDefinition\0"
	"ChargeItemDefinition.applicability\0"
	"ChargeItemDefinition.applicability.condition\0"
	"ChargeItemDefinition.applicability.effectivePeriod\0"
	"ChargeItemDefinition.applicability.relatedArtifact\0"
	"ChargeItemDefinition.approvalDate\0"
	"ChargeItemDefinition.code\0"
	"ChargeItemDefinition.contact\0"
	"ChargeItemDefinition.copyright\0"
	"ChargeItemDefinition.copyrightLabel\0"
	"ChargeItemDefinition.date\0"
	"ChargeItemDefinition.derivedFromUri\0"
	"ChargeItemDefinition.description\0"
	"ChargeItemDefinition.experimental\0"
	"ChargeItemDefinition.identifier\0"
	"ChargeItemDefinition.instance\0"
	"ChargeItemDefinition.jurisdiction\0"
	"ChargeItemDefinition.lastReviewDate\0"
	"ChargeItemDefinition.name\0"
	"ChargeItemDefinition.partOf\0"
	"ChargeItemDefinition.propertyGroup\0"
	"ChargeItemDefinition.propertyGroup.applicability\0"
	"ChargeItemDefinition.propertyGroup.priceComponent\0"
	"ChargeItemDefinition.publisher\0"
	"ChargeItemDefinition.purpose\0"
	"ChargeItemDefinition.replaces\0"
	"ChargeItemDefinition.status\0"
	"ChargeItemDefinition.title\0"
	"ChargeItemDefinition.url\0"
	"ChargeItemDefinition.useContext\0"
	"ChargeItemDefinition.version\0"
	"ChargeItemDefinition.versionAlgorithm[x]\0"
	"Citation.approvalDate\0"
	"Citation.author\0"
	"Citation.citedArtifact\0"
	"Citation.citedArtifact.abstract\0"
	"Citation.citedArtifact.abstract.copyright\0"
	"Citation.citedArtifact.abstract.language\0"
	"Citation.citedArtifact.abstract.text\0"
	"Citation.citedArtifact.abstract.type\0"
	"Citation.citedArtifact.classification\0"
	"Citation.citedArtifact.classification.artifactAssessment\0"
	"Citation.citedArtifact.classification.classifier\0"
	"Citation.citedArtifact.classification.type\0"
	"Citation.citedArtifact.contributorship\0"
	"Citation.citedArtifact.contributorship.complete\0"
	"Citation.citedArtifact.contributorship.entry\0"
	"Citation.citedArtifact.contributorship.entry.affiliation\0"
	"Citation.citedArtifact.contributorship.entry.contributionInstance\0"
	"Citation.citedArtifact.contributorship.entry.contributionInstance.time\0"
	"Citation.citedArtifact.contributorship.entry.contributionInstance.type\0"
	"Citation.citedArtifact.contributorship.entry.contributionType\0"
	"Citation.citedArtifact.contributorship.entry.contributor\0"
	"Citation.citedArtifact.contributorship.entry.correspondingContact\0"
	"Citation.citedArtifact.contributorship.entry.forenameInitials\0"
	"Citation.citedArtifact.contributorship.entry.rankingOrder\0"
	"Citation.citedArtifact.contributorship.entry.role\0"
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
	"Citation.citedArtifact.publicationForm.citedMedium\0"
	"Citation.citedArtifact.publicationForm.copyright\0"
	"Citation.citedArtifact.publicationForm.firstPage\0"
	"Citation.citedArtifact.publicationForm.issue\0"
	"Citation.citedArtifact.publicationForm.language\0"
	"Citation.citedArtifact.publicationForm.lastPage\0"
	"Citation.citedArtifact.publicationForm.lastRevisionDate\0"
	"Citation.citedArtifact.publicationForm.pageCount\0"
	"Citation.citedArtifact.publicationForm.pageString\0"
	"Citation.citedArtifact.publicationForm.publicationDateSeason\0"
	"Citation.citedArtifact.publicationForm.publicationDateText\0"
	"Citation.citedArtifact.publicationForm.publishedIn\0"
	"Citation.citedArtifact.publicationForm.publishedIn.identifier\0"
	"Citation.citedArtifact.publicationForm.publishedIn.publisher\0"
	"Citation.citedArtifact.publicationForm.publishedIn.publisherLocation\0"
	"Citation.citedArtifact.publicationForm.publishedIn.title\0"
	"Citation.citedArtifact.publicationForm.publishedIn.type\0"
	"Citation.citedArtifact.publicationForm.volume\0"
	"Citation.citedArtifact.relatedIdentifier\0"
	"Citation.citedArtifact.relatesTo\0"
	"Citation.citedArtifact.relatesTo.citation\0"
	"Citation.citedArtifact.relatesTo.classifier\0"
	"Citation.citedArtifact.relatesTo.display\0"
	"Citation.citedArtifact.relatesTo.document\0"
	"Citation.citedArtifact.relatesTo.label\0"
	"Citation.citedArtifact.relatesTo.resource\0"
	"Citation.citedArtifact.relatesTo.resourceReference\0"
	"Citation.citedArtifact.relatesTo.type\0"
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
	"Citation.citedArtifact.webLocation.classifier\0"
	"Citation.citedArtifact.webLocation.url\0"
	"Citation.classification\0"
	"Citation.classification.classifier\0"
	"Citation.classification.type\0"
	"Citation.contact\0"
	"Citation.copyright\0"
	"Citation.copyrightLabel\0"
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
	"Citation.relatedArtifact\0"
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
	"Citation.versionAlgorithm[x]\0"
	"Claim\0"
	"Claim.accident\0"
	"Claim.accident.date\0"
	"Claim.accident.location[x]\0"
	"Claim.accident.type\0"
	"Claim.billablePeriod\0"
	"Claim.careTeam\0"
	"Claim.careTeam.provider\0"
	"Claim.careTeam.responsible\0"
	"Claim.careTeam.role\0"
	"Claim.careTeam.sequence\0"
	"Claim.careTeam.specialty\0"
	"Claim.created\0"
	"Claim.diagnosis\0"
	"Claim.diagnosis.diagnosis[x]\0"
	"Claim.diagnosis.onAdmission\0"
	"Claim.diagnosis.sequence\0"
	"Claim.diagnosis.type\0"
	"Claim.diagnosisRelatedGroup\0"
	"Claim.encounter\0"
	"Claim.enterer\0"
	"Claim.event\0"
	"Claim.event.type\0"
	"Claim.event.when[x]\0"
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
	"Claim.item.bodySite.site\0"
	"Claim.item.bodySite.subSite\0"
	"Claim.item.careTeamSequence\0"
	"Claim.item.category\0"
	"Claim.item.detail\0"
	"Claim.item.detail.category\0"
	"Claim.item.detail.factor\0"
	"Claim.item.detail.modifier\0"
	"Claim.item.detail.net\0"
	"Claim.item.detail.patientPaid\0"
	"Claim.item.detail.productOrService\0"
	"Claim.item.detail.productOrServiceEnd\0"
	"Claim.item.detail.programCode\0"
	"Claim.item.detail.quantity\0"
	"Claim.item.detail.revenue\0"
	"Claim.item.detail.sequence\0"
	"Claim.item.detail.subDetail\0"
	"Claim.item.detail.subDetail.category\0"
	"Claim.item.detail.subDetail.factor\0"
	"Claim.item.detail.subDetail.modifier\0"
	"Claim.item.detail.subDetail.net\0"
	"Claim.item.detail.subDetail.patientPaid\0"
	"Claim.item.detail.subDetail.productOrService\0"
	"Claim.item.detail.subDetail.productOrServiceEnd\0"
	"Claim.item.detail.subDetail.programCode\0"
	"Claim.item.detail.subDetail.quantity\0"
	"Claim.item.detail.subDetail.revenue\0"
	"Claim.item.detail.subDetail.sequence\0"
	"Claim.item.detail.subDetail.tax\0"
	"Claim.item.detail.subDetail.traceNumber\0"
	"Claim.item.detail.subDetail.udi\0"
	"Claim.item.detail.subDetail.unitPrice\0"
	"Claim.item.detail.tax\0"
	"Claim.item.detail.traceNumber\0"
	"Claim.item.detail.udi\0"
	"Claim.item.detail.unitPrice\0"
	"Claim.item.diagnosisSequence\0"
	"Claim.item.encounter\0"
	"Claim.item.factor\0"
	"Claim.item.informationSequence\0"
	"Claim.item.location[x]\0"
	"Claim.item.modifier\0"
	"Claim.item.net\0"
	"Claim.item.patientPaid\0"
	"Claim.item.procedureSequence\0"
	"Claim.item.productOrService\0"
	"Claim.item.productOrServiceEnd\0"
	"Claim.item.programCode\0"
	"Claim.item.quantity\0"
	"Claim.item.request\0"
	"Claim.item.revenue\0"
	"Claim.item.sequence\0"
	"Claim.item.serviced[x]\0"
	"Claim.item.tax\0"
	"Claim.item.traceNumber\0"
	"Claim.item.udi\0"
	"Claim.item.unitPrice\0"
	"Claim.originalPrescription\0"
	"Claim.patient\0"
	"Claim.patientPaid\0"
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
	"Claim.traceNumber\0"
	"Claim.type\0"
	"Claim.use\0"
	"ClaimResponse\0"
	"ClaimResponse.addItem\0"
	"ClaimResponse.addItem.adjudication\0"
	"ClaimResponse.addItem.bodySite\0"
	"ClaimResponse.addItem.bodySite.site\0"
	"ClaimResponse.addItem.bodySite.subSite\0"
	"ClaimResponse.addItem.detail\0"
	"ClaimResponse.addItem.detail.adjudication\0"
	"ClaimResponse.addItem.detail.factor\0"
	"ClaimResponse.addItem.detail.modifier\0"
	"ClaimResponse.addItem.detail.net\0"
	"ClaimResponse.addItem.detail.noteNumber\0"
	"ClaimResponse.addItem.detail.productOrService\0"
	"ClaimResponse.addItem.detail.productOrServiceEnd\0"
	"ClaimResponse.addItem.detail.quantity\0"
	"ClaimResponse.addItem.detail.revenue\0"
	"ClaimResponse.addItem.detail.reviewOutcome\0"
	"ClaimResponse.addItem.detail.subDetail\0"
	"ClaimResponse.addItem.detail.subDetail.adjudication\0"
	"ClaimResponse.addItem.detail.subDetail.factor\0"
	"ClaimResponse.addItem.detail.subDetail.modifier\0"
	"ClaimResponse.addItem.detail.subDetail.net\0"
	"ClaimResponse.addItem.detail.subDetail.noteNumber\0"
	"ClaimResponse.addItem.detail.subDetail.productOrService\0"
	"ClaimResponse.addItem.detail.subDetail.productOrServiceEnd\0"
	"ClaimResponse.addItem.detail.subDetail.quantity\0"
	"ClaimResponse.addItem.detail.subDetail.revenue\0"
	"ClaimResponse.addItem.detail.subDetail.reviewOutcome\0"
	"ClaimResponse.addItem.detail.subDetail.tax\0"
	"ClaimResponse.addItem.detail.subDetail.traceNumber\0"
	"ClaimResponse.addItem.detail.subDetail.unitPrice\0"
	"ClaimResponse.addItem.detail.tax\0"
	"ClaimResponse.addItem.detail.traceNumber\0"
	"ClaimResponse.addItem.detail.unitPrice\0"
	"ClaimResponse.addItem.detailSequence\0"
	"ClaimResponse.addItem.factor\0"
	"ClaimResponse.addItem.itemSequence\0"
	"ClaimResponse.addItem.location[x]\0"
	"ClaimResponse.addItem.modifier\0"
	"ClaimResponse.addItem.net\0"
	"ClaimResponse.addItem.noteNumber\0"
	"ClaimResponse.addItem.productOrService\0"
	"ClaimResponse.addItem.productOrServiceEnd\0"
	"ClaimResponse.addItem.programCode\0"
	"ClaimResponse.addItem.provider\0"
	"ClaimResponse.addItem.quantity\0"
	"ClaimResponse.addItem.request\0"
	"ClaimResponse.addItem.revenue\0"
	"ClaimResponse.addItem.reviewOutcome\0"
	"ClaimResponse.addItem.serviced[x]\0"
	"ClaimResponse.addItem.subdetailSequence\0"
	"ClaimResponse.addItem.tax\0"
	"ClaimResponse.addItem.traceNumber\0"
	"ClaimResponse.addItem.unitPrice\0"
	"ClaimResponse.adjudication\0"
	"ClaimResponse.communicationRequest\0"
	"ClaimResponse.created\0"
	"ClaimResponse.decision\0"
	"ClaimResponse.diagnosisRelatedGroup\0"
	"ClaimResponse.disposition\0"
	"ClaimResponse.encounter\0"
	"ClaimResponse.error\0"
	"ClaimResponse.error.code\0"
	"ClaimResponse.error.detailSequence\0"
	"ClaimResponse.error.expression\0"
	"ClaimResponse.error.itemSequence\0"
	"ClaimResponse.error.subDetailSequence\0"
	"ClaimResponse.event\0"
	"ClaimResponse.event.type\0"
	"ClaimResponse.event.when[x]\0"
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
	"ClaimResponse.item.adjudication.quantity\0"
	"ClaimResponse.item.adjudication.reason\0"
	"ClaimResponse.item.detail\0"
	"ClaimResponse.item.detail.adjudication\0"
	"ClaimResponse.item.detail.detailSequence\0"
	"ClaimResponse.item.detail.noteNumber\0"
	"ClaimResponse.item.detail.reviewOutcome\0"
	"ClaimResponse.item.detail.subDetail\0"
	"ClaimResponse.item.detail.subDetail.adjudication\0"
	"ClaimResponse.item.detail.subDetail.noteNumber\0"
	"ClaimResponse.item.detail.subDetail.reviewOutcome\0"
	"ClaimResponse.item.detail.subDetail.subDetailSequence\0"
	"ClaimResponse.item.detail.subDetail.traceNumber\0"
	"ClaimResponse.item.detail.traceNumber\0"
	"ClaimResponse.item.itemSequence\0"
	"ClaimResponse.item.noteNumber\0"
	"ClaimResponse.item.reviewOutcome\0"
	"ClaimResponse.item.reviewOutcome.decision\0"
	"ClaimResponse.item.reviewOutcome.preAuthPeriod\0"
	"ClaimResponse.item.reviewOutcome.preAuthRef\0"
	"ClaimResponse.item.reviewOutcome.reason\0"
	"ClaimResponse.item.traceNumber\0"
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
	"ClaimResponse.traceNumber\0"
	"ClaimResponse.type\0"
	"ClaimResponse.use\0"
	"ClinicalImpression\0"
	"ClinicalImpression.changePattern\0"
	"ClinicalImpression.date\0"
	"ClinicalImpression.description\0"
	"ClinicalImpression.effective[x]\0"
	"ClinicalImpression.encounter\0"
	"ClinicalImpression.finding\0"
	"ClinicalImpression.finding.basis\0"
	"ClinicalImpression.finding.item\0"
	"ClinicalImpression.identifier\0"
	"ClinicalImpression.note\0"
	"ClinicalImpression.performer\0"
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
	"ClinicalUseDefinition.contraindication.applicability\0"
	"ClinicalUseDefinition.contraindication.comorbidity\0"
	"ClinicalUseDefinition.contraindication.diseaseStatus\0"
	"ClinicalUseDefinition.contraindication.diseaseSymptomProcedure\0"
	"ClinicalUseDefinition.contraindication.indication\0"
	"ClinicalUseDefinition.contraindication.otherTherapy\0"
	"ClinicalUseDefinition.contraindication.otherTherapy.relationshipType\0"
	"ClinicalUseDefinition.contraindication.otherTherapy.treatment\0"
	"ClinicalUseDefinition.identifier\0"
	"ClinicalUseDefinition.indication\0"
	"ClinicalUseDefinition.indication.applicability\0"
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
	"ClinicalUseDefinition.library\0"
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
	"CodeSystem.approvalDate\0"
	"CodeSystem.author\0"
	"CodeSystem.caseSensitive\0"
	"CodeSystem.compositional\0"
	"CodeSystem.concept\0"
	"CodeSystem.concept.code\0"
	"CodeSystem.concept.concept\0"
	"CodeSystem.concept.definition\0"
	"CodeSystem.concept.designation\0"
	"CodeSystem.concept.designation.additionalUse\0"
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
	"CodeSystem.copyrightLabel\0"
	"CodeSystem.count\0"
	"CodeSystem.date\0"
	"CodeSystem.description\0"
	"CodeSystem.editor\0"
	"CodeSystem.effectivePeriod\0"
	"CodeSystem.endorser\0"
	"CodeSystem.experimental\0"
	"CodeSystem.filter\0"
	"CodeSystem.filter.code\0"
	"CodeSystem.filter.description\0"
	"CodeSystem.filter.operator\0"
	"CodeSystem.filter.value\0"
	"CodeSystem.hierarchyMeaning\0"
	"CodeSystem.identifier\0"
	"CodeSystem.jurisdiction\0"
	"CodeSystem.lastReviewDate\0"
	"CodeSystem.name\0"
	"CodeSystem.property\0"
	"CodeSystem.property.code\0"
	"CodeSystem.property.description\0"
	"CodeSystem.property.type\0"
	"CodeSystem.property.uri\0"
	"CodeSystem.publisher\0"
	"CodeSystem.purpose\0"
	"CodeSystem.relatedArtifact\0"
	"CodeSystem.reviewer\0"
	"CodeSystem.status\0"
	"CodeSystem.supplements\0"
	"CodeSystem.title\0"
	"CodeSystem.topic\0"
	"CodeSystem.url\0"
	"CodeSystem.useContext\0"
	"CodeSystem.valueSet\0"
	"CodeSystem.version\0"
	"CodeSystem.versionAlgorithm[x]\0"
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
	"Communication.reason\0"
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
	"CommunicationRequest.informationProvider\0"
	"CommunicationRequest.intent\0"
	"CommunicationRequest.medium\0"
	"CommunicationRequest.note\0"
	"CommunicationRequest.occurrence[x]\0"
	"CommunicationRequest.payload\0"
	"CommunicationRequest.payload.content[x]\0"
	"CommunicationRequest.priority\0"
	"CommunicationRequest.reason\0"
	"CommunicationRequest.recipient\0"
	"CommunicationRequest.replaces\0"
	"CommunicationRequest.requester\0"
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
	"CompartmentDefinition.resource.endParam\0"
	"CompartmentDefinition.resource.param\0"
	"CompartmentDefinition.resource.startParam\0"
	"CompartmentDefinition.search\0"
	"CompartmentDefinition.status\0"
	"CompartmentDefinition.title\0"
	"CompartmentDefinition.url\0"
	"CompartmentDefinition.useContext\0"
	"CompartmentDefinition.version\0"
	"CompartmentDefinition.versionAlgorithm[x]\0"
	"Composition\0"
	"Composition.attester\0"
	"Composition.attester.mode\0"
	"Composition.attester.party\0"
	"Composition.attester.time\0"
	"Composition.author\0"
	"Composition.category\0"
	"Composition.custodian\0"
	"Composition.date\0"
	"Composition.encounter\0"
	"Composition.event\0"
	"Composition.event.detail\0"
	"Composition.event.period\0"
	"Composition.identifier\0"
	"Composition.name\0"
	"Composition.note\0"
	"Composition.relatesTo\0"
	"Composition.section\0"
	"Composition.section.author\0"
	"Composition.section.code\0"
	"Composition.section.emptyReason\0"
	"Composition.section.entry\0"
	"Composition.section.focus\0"
	"Composition.section.orderedBy\0"
	"Composition.section.section\0"
	"Composition.section.text\0"
	"Composition.section.title\0"
	"Composition.status\0"
	"Composition.subject\0"
	"Composition.title\0"
	"Composition.type\0"
	"Composition.url\0"
	"Composition.useContext\0"
	"Composition.version\0"
	"ConceptMap\0"
	"ConceptMap.additionalAttribute\0"
	"ConceptMap.additionalAttribute.code\0"
	"ConceptMap.additionalAttribute.description\0"
	"ConceptMap.additionalAttribute.type\0"
	"ConceptMap.additionalAttribute.uri\0"
	"ConceptMap.approvalDate\0"
	"ConceptMap.author\0"
	"ConceptMap.contact\0"
	"ConceptMap.copyright\0"
	"ConceptMap.copyrightLabel\0"
	"ConceptMap.date\0"
	"ConceptMap.description\0"
	"ConceptMap.editor\0"
	"ConceptMap.effectivePeriod\0"
	"ConceptMap.endorser\0"
	"ConceptMap.experimental\0"
	"ConceptMap.group\0"
	"ConceptMap.group.element\0"
	"ConceptMap.group.element.code\0"
	"ConceptMap.group.element.display\0"
	"ConceptMap.group.element.noMap\0"
	"ConceptMap.group.element.target\0"
	"ConceptMap.group.element.target.code\0"
	"ConceptMap.group.element.target.comment\0"
	"ConceptMap.group.element.target.dependsOn\0"
	"ConceptMap.group.element.target.dependsOn.attribute\0"
	"ConceptMap.group.element.target.dependsOn.valueSet\0"
	"ConceptMap.group.element.target.dependsOn.value[x]\0"
	"ConceptMap.group.element.target.display\0"
	"ConceptMap.group.element.target.product\0"
	"ConceptMap.group.element.target.property\0"
	"ConceptMap.group.element.target.property.code\0"
	"ConceptMap.group.element.target.property.value[x]\0"
	"ConceptMap.group.element.target.relationship\0"
	"ConceptMap.group.element.target.valueSet\0"
	"ConceptMap.group.element.valueSet\0"
	"ConceptMap.group.source\0"
	"ConceptMap.group.target\0"
	"ConceptMap.group.unmapped\0"
	"ConceptMap.group.unmapped.code\0"
	"ConceptMap.group.unmapped.display\0"
	"ConceptMap.group.unmapped.mode\0"
	"ConceptMap.group.unmapped.otherMap\0"
	"ConceptMap.group.unmapped.relationship\0"
	"ConceptMap.group.unmapped.valueSet\0"
	"ConceptMap.identifier\0"
	"ConceptMap.jurisdiction\0"
	"ConceptMap.lastReviewDate\0"
	"ConceptMap.name\0"
	"ConceptMap.property\0"
	"ConceptMap.property.code\0"
	"ConceptMap.property.description\0"
	"ConceptMap.property.system\0"
	"ConceptMap.property.type\0"
	"ConceptMap.property.uri\0"
	"ConceptMap.publisher\0"
	"ConceptMap.purpose\0"
	"ConceptMap.relatedArtifact\0"
	"ConceptMap.reviewer\0"
	"ConceptMap.sourceScope[x]\0"
	"ConceptMap.status\0"
	"ConceptMap.targetScope[x]\0"
	"ConceptMap.title\0"
	"ConceptMap.topic\0"
	"ConceptMap.url\0"
	"ConceptMap.useContext\0"
	"ConceptMap.version\0"
	"ConceptMap.versionAlgorithm[x]\0"
	"Condition\0"
	"Condition.abatement[x]\0"
	"Condition.bodySite\0"
	"Condition.category\0"
	"Condition.clinicalStatus\0"
	"Condition.code\0"
	"Condition.encounter\0"
	"Condition.evidence\0"
	"Condition.identifier\0"
	"Condition.note\0"
	"Condition.onset[x]\0"
	"Condition.participant\0"
	"Condition.participant.actor\0"
	"Condition.participant.function\0"
	"Condition.recordedDate\0"
	"Condition.severity\0"
	"Condition.stage\0"
	"Condition.stage.assessment\0"
	"Condition.stage.summary\0"
	"Condition.stage.type\0"
	"Condition.subject\0"
	"Condition.verificationStatus\0"
	"ConditionDefinition\0"
	"ConditionDefinition.bodySite\0"
	"ConditionDefinition.code\0"
	"ConditionDefinition.contact\0"
	"ConditionDefinition.date\0"
	"ConditionDefinition.definition\0"
	"ConditionDefinition.description\0"
	"ConditionDefinition.experimental\0"
	"ConditionDefinition.hasBodySite\0"
	"ConditionDefinition.hasSeverity\0"
	"ConditionDefinition.hasStage\0"
	"ConditionDefinition.identifier\0"
	"ConditionDefinition.jurisdiction\0"
	"ConditionDefinition.medication\0"
	"ConditionDefinition.medication.category\0"
	"ConditionDefinition.medication.code\0"
	"ConditionDefinition.name\0"
	"ConditionDefinition.observation\0"
	"ConditionDefinition.observation.category\0"
	"ConditionDefinition.observation.code\0"
	"ConditionDefinition.plan\0"
	"ConditionDefinition.plan.reference\0"
	"ConditionDefinition.plan.role\0"
	"ConditionDefinition.precondition\0"
	"ConditionDefinition.precondition.code\0"
	"ConditionDefinition.precondition.type\0"
	"ConditionDefinition.precondition.value[x]\0"
	"ConditionDefinition.publisher\0"
	"ConditionDefinition.questionnaire\0"
	"ConditionDefinition.questionnaire.purpose\0"
	"ConditionDefinition.questionnaire.reference\0"
	"ConditionDefinition.severity\0"
	"ConditionDefinition.stage\0"
	"ConditionDefinition.status\0"
	"ConditionDefinition.subtitle\0"
	"ConditionDefinition.team\0"
	"ConditionDefinition.title\0"
	"ConditionDefinition.url\0"
	"ConditionDefinition.useContext\0"
	"ConditionDefinition.version\0"
	"ConditionDefinition.versionAlgorithm[x]\0"
	"Consent\0"
	"Consent.category\0"
	"Consent.controller\0"
	"Consent.date\0"
	"Consent.decision\0"
	"Consent.grantee\0"
	"Consent.grantor\0"
	"Consent.identifier\0"
	"Consent.manager\0"
	"Consent.period\0"
	"Consent.policyBasis\0"
	"Consent.policyBasis.reference\0"
	"Consent.policyBasis.url\0"
	"Consent.policyText\0"
	"Consent.provision\0"
	"Consent.provision.action\0"
	"Consent.provision.actor\0"
	"Consent.provision.actor.reference\0"
	"Consent.provision.actor.role\0"
	"Consent.provision.code\0"
	"Consent.provision.data\0"
	"Consent.provision.data.meaning\0"
	"Consent.provision.data.reference\0"
	"Consent.provision.dataPeriod\0"
	"Consent.provision.documentType\0"
	"Consent.provision.expression\0"
	"Consent.provision.period\0"
	"Consent.provision.provision\0"
	"Consent.provision.purpose\0"
	"Consent.provision.resourceType\0"
	"Consent.provision.securityLabel\0"
	"Consent.regulatoryBasis\0"
	"Consent.sourceAttachment\0"
	"Consent.sourceReference\0"
	"Consent.status\0"
	"Consent.subject\0"
	"Consent.verification\0"
	"Consent.verification.verificationDate\0"
	"Consent.verification.verificationType\0"
	"Consent.verification.verified\0"
	"Consent.verification.verifiedBy\0"
	"Consent.verification.verifiedWith\0"
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
	"Contract.term.action.reasonLinkId\0"
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
	"Coverage\0"
	"Coverage.beneficiary\0"
	"Coverage.class\0"
	"Coverage.class.name\0"
	"Coverage.class.type\0"
	"Coverage.class.value\0"
	"Coverage.contract\0"
	"Coverage.costToBeneficiary\0"
	"Coverage.costToBeneficiary.category\0"
	"Coverage.costToBeneficiary.exception\0"
	"Coverage.costToBeneficiary.exception.period\0"
	"Coverage.costToBeneficiary.exception.type\0"
	"Coverage.costToBeneficiary.network\0"
	"Coverage.costToBeneficiary.term\0"
	"Coverage.costToBeneficiary.type\0"
	"Coverage.costToBeneficiary.unit\0"
	"Coverage.costToBeneficiary.value[x]\0"
	"Coverage.dependent\0"
	"Coverage.identifier\0"
	"Coverage.insurancePlan\0"
	"Coverage.insurer\0"
	"Coverage.kind\0"
	"Coverage.network\0"
	"Coverage.order\0"
	"Coverage.paymentBy\0"
	"Coverage.paymentBy.party\0"
	"Coverage.paymentBy.responsibility\0"
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
	"CoverageEligibilityRequest.event\0"
	"CoverageEligibilityRequest.event.type\0"
	"CoverageEligibilityRequest.event.when[x]\0"
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
	"CoverageEligibilityResponse.error.expression\0"
	"CoverageEligibilityResponse.event\0"
	"CoverageEligibilityResponse.event.type\0"
	"CoverageEligibilityResponse.event.when[x]\0"
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
	"DataRequirement.valueFilter\0"
	"DataRequirement.valueFilter.comparator\0"
	"DataRequirement.valueFilter.path\0"
	"DataRequirement.valueFilter.searchParam\0"
	"DataRequirement.valueFilter.value[x]\0"
	"DetectedIssue\0"
	"DetectedIssue.author\0"
	"DetectedIssue.category\0"
	"DetectedIssue.code\0"
	"DetectedIssue.detail\0"
	"DetectedIssue.encounter\0"
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
	"DetectedIssue.mitigation.note\0"
	"DetectedIssue.reference\0"
	"DetectedIssue.severity\0"
	"DetectedIssue.status\0"
	"DetectedIssue.subject\0"
	"Device.availabilityStatus\0"
	"Device.biologicalSourceEvent\0"
	"Device.category\0"
	"Device.conformsTo\0"
	"Device.conformsTo.category\0"
	"Device.conformsTo.specification\0"
	"Device.conformsTo.version\0"
	"Device.contact\0"
	"Device.cycle\0"
	"Device.definition\0"
	"Device.displayName\0"
	"Device.duration\0"
	"Device.endpoint\0"
	"Device.expirationDate\0"
	"Device.gateway\0"
	"Device.identifier\0"
	"Device.location\0"
	"Device.lotNumber\0"
	"Device.manufactureDate\0"
	"Device.manufacturer\0"
	"Device.mode\0"
	"Device.modelNumber\0"
	"Device.name\0"
	"Device.name.display\0"
	"Device.name.type\0"
	"Device.name.value\0"
	"Device.note\0"
	"Device.owner\0"
	"Device.parent\0"
	"Device.partNumber\0"
	"Device.property\0"
	"Device.property.type\0"
	"Device.property.value[x]\0"
	"Device.safety\0"
	"Device.serialNumber\0"
	"Device.status\0"
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
	"Device.version.installDate\0"
	"Device.version.type\0"
	"Device.version.value\0"
	"DeviceAssociation\0"
	"DeviceAssociation.bodyStructure\0"
	"DeviceAssociation.category\0"
	"DeviceAssociation.device\0"
	"DeviceAssociation.identifier\0"
	"DeviceAssociation.operation\0"
	"DeviceAssociation.operation.operator\0"
	"DeviceAssociation.operation.period\0"
	"DeviceAssociation.operation.status\0"
	"DeviceAssociation.period\0"
	"DeviceAssociation.status\0"
	"DeviceAssociation.statusReason\0"
	"DeviceAssociation.subject\0"
	"DeviceDefinition\0"
	"DeviceDefinition.chargeItem\0"
	"DeviceDefinition.chargeItem.chargeItemCode\0"
	"DeviceDefinition.chargeItem.count\0"
	"DeviceDefinition.chargeItem.effectivePeriod\0"
	"DeviceDefinition.chargeItem.useContext\0"
	"DeviceDefinition.classification\0"
	"DeviceDefinition.classification.justification\0"
	"DeviceDefinition.classification.type\0"
	"DeviceDefinition.conformsTo\0"
	"DeviceDefinition.conformsTo.category\0"
	"DeviceDefinition.conformsTo.source\0"
	"DeviceDefinition.conformsTo.specification\0"
	"DeviceDefinition.conformsTo.version\0"
	"DeviceDefinition.contact\0"
	"DeviceDefinition.correctiveAction\0"
	"DeviceDefinition.correctiveAction.period\0"
	"DeviceDefinition.correctiveAction.recall\0"
	"DeviceDefinition.correctiveAction.scope\0"
	"DeviceDefinition.description\0"
	"DeviceDefinition.deviceName\0"
	"DeviceDefinition.deviceName.name\0"
	"DeviceDefinition.deviceName.type\0"
	"DeviceDefinition.guideline\0"
	"DeviceDefinition.guideline.contraindication\0"
	"DeviceDefinition.guideline.indication\0"
	"DeviceDefinition.guideline.intendedUse\0"
	"DeviceDefinition.guideline.relatedArtifact\0"
	"DeviceDefinition.guideline.usageInstruction\0"
	"DeviceDefinition.guideline.useContext\0"
	"DeviceDefinition.guideline.warning\0"
	"DeviceDefinition.hasPart\0"
	"DeviceDefinition.hasPart.count\0"
	"DeviceDefinition.hasPart.reference\0"
	"DeviceDefinition.identifier\0"
	"DeviceDefinition.languageCode\0"
	"DeviceDefinition.link\0"
	"DeviceDefinition.link.relatedDevice\0"
	"DeviceDefinition.link.relation\0"
	"DeviceDefinition.manufacturer\0"
	"DeviceDefinition.material\0"
	"DeviceDefinition.material.allergenicIndicator\0"
	"DeviceDefinition.material.alternate\0"
	"DeviceDefinition.material.substance\0"
	"DeviceDefinition.modelNumber\0"
	"DeviceDefinition.note\0"
	"DeviceDefinition.owner\0"
	"DeviceDefinition.packaging\0"
	"DeviceDefinition.packaging.count\0"
	"DeviceDefinition.packaging.distributor\0"
	"DeviceDefinition.packaging.distributor.name\0"
	"DeviceDefinition.packaging.distributor.organizationReference\0"
	"DeviceDefinition.packaging.identifier\0"
	"DeviceDefinition.packaging.packaging\0"
	"DeviceDefinition.packaging.type\0"
	"DeviceDefinition.packaging.udiDeviceIdentifier\0"
	"DeviceDefinition.partNumber\0"
	"DeviceDefinition.productionIdentifierInUDI\0"
	"DeviceDefinition.property\0"
	"DeviceDefinition.property.type\0"
	"DeviceDefinition.property.value[x]\0"
	"DeviceDefinition.regulatoryIdentifier\0"
	"DeviceDefinition.regulatoryIdentifier.deviceIdentifier\0"
	"DeviceDefinition.regulatoryIdentifier.issuer\0"
	"DeviceDefinition.regulatoryIdentifier.jurisdiction\0"
	"DeviceDefinition.regulatoryIdentifier.type\0"
	"DeviceDefinition.safety\0"
	"DeviceDefinition.shelfLifeStorage\0"
	"DeviceDefinition.udiDeviceIdentifier\0"
	"DeviceDefinition.udiDeviceIdentifier.deviceIdentifier\0"
	"DeviceDefinition.udiDeviceIdentifier.issuer\0"
	"DeviceDefinition.udiDeviceIdentifier.jurisdiction\0"
	"DeviceDefinition.udiDeviceIdentifier.marketDistribution\0"
	"DeviceDefinition.udiDeviceIdentifier.marketDistribution.marketPeriod\0"
	"DeviceDefinition.udiDeviceIdentifier.marketDistribution.subJurisdiction\0"
	"DeviceDefinition.version\0"
	"DeviceDefinition.version.component\0"
	"DeviceDefinition.version.type\0"
	"DeviceDefinition.version.value\0"
	"DeviceDispense\0"
	"DeviceDispense.basedOn\0"
	"DeviceDispense.category\0"
	"DeviceDispense.destination\0"
	"DeviceDispense.device\0"
	"DeviceDispense.encounter\0"
	"DeviceDispense.eventHistory\0"
	"DeviceDispense.identifier\0"
	"DeviceDispense.location\0"
	"DeviceDispense.note\0"
	"DeviceDispense.partOf\0"
	"DeviceDispense.performer\0"
	"DeviceDispense.performer.actor\0"
	"DeviceDispense.performer.function\0"
	"DeviceDispense.preparedDate\0"
	"DeviceDispense.quantity\0"
	"DeviceDispense.receiver\0"
	"DeviceDispense.status\0"
	"DeviceDispense.statusReason\0"
	"DeviceDispense.subject\0"
	"DeviceDispense.supportingInformation\0"
	"DeviceDispense.type\0"
	"DeviceDispense.usageInstruction\0"
	"DeviceDispense.whenHandedOver\0"
	"DeviceMetric\0"
	"DeviceMetric.calibration\0"
	"DeviceMetric.calibration.state\0"
	"DeviceMetric.calibration.time\0"
	"DeviceMetric.calibration.type\0"
	"DeviceMetric.category\0"
	"DeviceMetric.color\0"
	"DeviceMetric.device\0"
	"DeviceMetric.identifier\0"
	"DeviceMetric.measurementFrequency\0"
	"DeviceMetric.operationalStatus\0"
	"DeviceMetric.type\0"
	"DeviceMetric.unit\0"
	"DeviceRequest\0"
	"DeviceRequest.asNeeded\0"
	"DeviceRequest.asNeededFor\0"
	"DeviceRequest.authoredOn\0"
	"DeviceRequest.basedOn\0"
	"DeviceRequest.code\0"
	"DeviceRequest.doNotPerform\0"
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
	"DeviceRequest.priority\0"
	"DeviceRequest.quantity\0"
	"DeviceRequest.reason\0"
	"DeviceRequest.relevantHistory\0"
	"DeviceRequest.replaces\0"
	"DeviceRequest.requester\0"
	"DeviceRequest.status\0"
	"DeviceRequest.subject\0"
	"DeviceRequest.supportingInfo\0"
	"DeviceUsage\0"
	"DeviceUsage.adherence\0"
	"DeviceUsage.adherence.code\0"
	"DeviceUsage.adherence.reason\0"
	"DeviceUsage.basedOn\0"
	"DeviceUsage.bodySite\0"
	"DeviceUsage.category\0"
	"DeviceUsage.context\0"
	"DeviceUsage.dateAsserted\0"
	"DeviceUsage.derivedFrom\0"
	"DeviceUsage.device\0"
	"DeviceUsage.identifier\0"
	"DeviceUsage.informationSource\0"
	"DeviceUsage.note\0"
	"DeviceUsage.patient\0"
	"DeviceUsage.reason\0"
	"DeviceUsage.status\0"
	"DeviceUsage.timing[x]\0"
	"DeviceUsage.usageReason\0"
	"DeviceUsage.usageStatus\0"
	"DiagnosticReport\0"
	"DiagnosticReport.basedOn\0"
	"DiagnosticReport.category\0"
	"DiagnosticReport.code\0"
	"DiagnosticReport.composition\0"
	"DiagnosticReport.conclusion\0"
	"DiagnosticReport.conclusionCode\0"
	"DiagnosticReport.effective[x]\0"
	"DiagnosticReport.encounter\0"
	"DiagnosticReport.identifier\0"
	"DiagnosticReport.issued\0"
	"DiagnosticReport.media\0"
	"DiagnosticReport.media.comment\0"
	"DiagnosticReport.media.link\0"
	"DiagnosticReport.note\0"
	"DiagnosticReport.performer\0"
	"DiagnosticReport.presentedForm\0"
	"DiagnosticReport.result\0"
	"DiagnosticReport.resultsInterpreter\0"
	"DiagnosticReport.specimen\0"
	"DiagnosticReport.status\0"
	"DiagnosticReport.study\0"
	"DiagnosticReport.subject\0"
	"DiagnosticReport.supportingInfo\0"
	"DiagnosticReport.supportingInfo.reference\0"
	"DiagnosticReport.supportingInfo.type\0"
	"Distance\0"
	"DocumentReference\0"
	"DocumentReference.attester\0"
	"DocumentReference.attester.mode\0"
	"DocumentReference.attester.party\0"
	"DocumentReference.attester.time\0"
	"DocumentReference.author\0"
	"DocumentReference.basedOn\0"
	"DocumentReference.bodySite\0"
	"DocumentReference.category\0"
	"DocumentReference.content\0"
	"DocumentReference.content.attachment\0"
	"DocumentReference.content.profile\0"
	"DocumentReference.content.profile.value[x]\0"
	"DocumentReference.context\0"
	"DocumentReference.custodian\0"
	"DocumentReference.date\0"
	"DocumentReference.description\0"
	"DocumentReference.docStatus\0"
	"DocumentReference.event\0"
	"DocumentReference.facilityType\0"
	"DocumentReference.identifier\0"
	"DocumentReference.modality\0"
	"DocumentReference.period\0"
	"DocumentReference.practiceSetting\0"
	"DocumentReference.relatesTo\0"
	"DocumentReference.relatesTo.code\0"
	"DocumentReference.relatesTo.target\0"
	"DocumentReference.securityLabel\0"
	"DocumentReference.status\0"
	"DocumentReference.subject\0"
	"DocumentReference.type\0"
	"DocumentReference.version\0"
	"DomainResource\0"
	"DomainResource.contained\0"
	"DomainResource.extension\0"
	"DomainResource.modifierExtension\0"
	"DomainResource.text\0"
	"Dosage\0"
	"Dosage.additionalInstruction\0"
	"Dosage.asNeeded\0"
	"Dosage.asNeededFor\0"
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
	"ElementDefinition\0"
	"ElementDefinition.alias\0"
	"ElementDefinition.base\0"
	"ElementDefinition.base.max\0"
	"ElementDefinition.base.min\0"
	"ElementDefinition.base.path\0"
	"ElementDefinition.binding\0"
	"ElementDefinition.binding.additional\0"
	"ElementDefinition.binding.additional.any\0"
	"ElementDefinition.binding.additional.documentation\0"
	"ElementDefinition.binding.additional.purpose\0"
	"ElementDefinition.binding.additional.shortDoco\0"
	"ElementDefinition.binding.additional.usage\0"
	"ElementDefinition.binding.additional.valueSet\0"
	"ElementDefinition.binding.description\0"
	"ElementDefinition.binding.strength\0"
	"ElementDefinition.binding.valueSet\0"
	"ElementDefinition.code\0"
	"ElementDefinition.comment\0"
	"ElementDefinition.condition\0"
	"ElementDefinition.constraint\0"
	"ElementDefinition.constraint.expression\0"
	"ElementDefinition.constraint.human\0"
	"ElementDefinition.constraint.key\0"
	"ElementDefinition.constraint.requirements\0"
	"ElementDefinition.constraint.severity\0"
	"ElementDefinition.constraint.source\0"
	"ElementDefinition.constraint.suppress\0"
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
	"ElementDefinition.mustHaveValue\0"
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
	"ElementDefinition.type\0"
	"ElementDefinition.type.aggregation\0"
	"ElementDefinition.type.code\0"
	"ElementDefinition.type.profile\0"
	"ElementDefinition.type.targetProfile\0"
	"ElementDefinition.type.versioning\0"
	"ElementDefinition.valueAlternatives\0"
	"Encounter\0"
	"Encounter.account\0"
	"Encounter.actualPeriod\0"
	"Encounter.admission\0"
	"Encounter.admission.admitSource\0"
	"Encounter.admission.destination\0"
	"Encounter.admission.dischargeDisposition\0"
	"Encounter.admission.origin\0"
	"Encounter.admission.preAdmissionIdentifier\0"
	"Encounter.admission.reAdmission\0"
	"Encounter.appointment\0"
	"Encounter.basedOn\0"
	"Encounter.careTeam\0"
	"Encounter.class\0"
	"Encounter.diagnosis\0"
	"Encounter.diagnosis.condition\0"
	"Encounter.diagnosis.use\0"
	"Encounter.dietPreference\0"
	"Encounter.episodeOfCare\0"
	"Encounter.identifier\0"
	"Encounter.length\0"
	"Encounter.location\0"
	"Encounter.location.form\0"
	"Encounter.location.location\0"
	"Encounter.location.period\0"
	"Encounter.location.status\0"
	"Encounter.partOf\0"
	"Encounter.participant\0"
	"Encounter.participant.actor\0"
	"Encounter.participant.period\0"
	"Encounter.participant.type\0"
	"Encounter.plannedEndDate\0"
	"Encounter.plannedStartDate\0"
	"Encounter.priority\0"
	"Encounter.reason\0"
	"Encounter.reason.use\0"
	"Encounter.reason.value\0"
	"Encounter.serviceProvider\0"
	"Encounter.serviceType\0"
	"Encounter.specialArrangement\0"
	"Encounter.specialCourtesy\0"
	"Encounter.status\0"
	"Encounter.subject\0"
	"Encounter.subjectStatus\0"
	"Encounter.type\0"
	"Encounter.virtualService\0"
	"EncounterHistory\0"
	"EncounterHistory.actualPeriod\0"
	"EncounterHistory.class\0"
	"EncounterHistory.encounter\0"
	"EncounterHistory.identifier\0"
	"EncounterHistory.length\0"
	"EncounterHistory.location\0"
	"EncounterHistory.location.form\0"
	"EncounterHistory.location.location\0"
	"EncounterHistory.plannedEndDate\0"
	"EncounterHistory.plannedStartDate\0"
	"EncounterHistory.serviceType\0"
	"EncounterHistory.status\0"
	"EncounterHistory.subject\0"
	"EncounterHistory.subjectStatus\0"
	"EncounterHistory.type\0"
	"Endpoint\0"
	"Endpoint.address\0"
	"Endpoint.connectionType\0"
	"Endpoint.contact\0"
	"Endpoint.description\0"
	"Endpoint.environmentType\0"
	"Endpoint.header\0"
	"Endpoint.identifier\0"
	"Endpoint.managingOrganization\0"
	"Endpoint.name\0"
	"Endpoint.payload\0"
	"Endpoint.payload.mimeType\0"
	"Endpoint.payload.type\0"
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
	"EpisodeOfCare.careTeam\0"
	"EpisodeOfCare.diagnosis\0"
	"EpisodeOfCare.diagnosis.condition\0"
	"EpisodeOfCare.diagnosis.use\0"
	"EpisodeOfCare.identifier\0"
	"EpisodeOfCare.managingOrganization\0"
	"EpisodeOfCare.patient\0"
	"EpisodeOfCare.period\0"
	"EpisodeOfCare.reason\0"
	"EpisodeOfCare.reason.use\0"
	"EpisodeOfCare.reason.value\0"
	"EpisodeOfCare.referralRequest\0"
	"EpisodeOfCare.status\0"
	"EpisodeOfCare.statusHistory\0"
	"EpisodeOfCare.statusHistory.period\0"
	"EpisodeOfCare.statusHistory.status\0"
	"EpisodeOfCare.type\0"
	"EventDefinition\0"
	"EventDefinition.approvalDate\0"
	"EventDefinition.author\0"
	"EventDefinition.contact\0"
	"EventDefinition.copyright\0"
	"EventDefinition.copyrightLabel\0"
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
	"EventDefinition.versionAlgorithm[x]\0"
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
	"Evidence.copyright\0"
	"Evidence.copyrightLabel\0"
	"Evidence.date\0"
	"Evidence.description\0"
	"Evidence.editor\0"
	"Evidence.endorser\0"
	"Evidence.experimental\0"
	"Evidence.identifier\0"
	"Evidence.lastReviewDate\0"
	"Evidence.name\0"
	"Evidence.note\0"
	"Evidence.publisher\0"
	"Evidence.purpose\0"
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
	"Evidence.studyDesign\0"
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
	"Evidence.versionAlgorithm[x]\0"
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
	"EvidenceReport.relatesTo.target\0"
	"EvidenceReport.relatesTo.target.display\0"
	"EvidenceReport.relatesTo.target.identifier\0"
	"EvidenceReport.relatesTo.target.resource\0"
	"EvidenceReport.relatesTo.target.url\0"
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
	"EvidenceVariable.approvalDate\0"
	"EvidenceVariable.author\0"
	"EvidenceVariable.category\0"
	"EvidenceVariable.category.name\0"
	"EvidenceVariable.category.value[x]\0"
	"EvidenceVariable.characteristic\0"
	"EvidenceVariable.characteristic.definitionByCombination\0"
	"EvidenceVariable.characteristic.definitionByCombination.characteristic\0"
	"EvidenceVariable.characteristic.definitionByCombination.code\0"
	"EvidenceVariable.characteristic.definitionByCombination.threshold\0"
	"EvidenceVariable.characteristic.definitionByTypeAndValue\0"
	"EvidenceVariable.characteristic.definitionByTypeAndValue.device\0"
	"EvidenceVariable.characteristic.definitionByTypeAndValue.method\0"
	"EvidenceVariable.characteristic.definitionByTypeAndValue.offset\0"
	"EvidenceVariable.characteristic.definitionByTypeAndValue.type\0"
	"EvidenceVariable.characteristic.definitionByTypeAndValue.value[x]\0"
	"EvidenceVariable.characteristic.definitionCanonical\0"
	"EvidenceVariable.characteristic.definitionCodeableConcept\0"
	"EvidenceVariable.characteristic.definitionExpression\0"
	"EvidenceVariable.characteristic.definitionId\0"
	"EvidenceVariable.characteristic.definitionReference\0"
	"EvidenceVariable.characteristic.description\0"
	"EvidenceVariable.characteristic.duration[x]\0"
	"EvidenceVariable.characteristic.exclude\0"
	"EvidenceVariable.characteristic.instances[x]\0"
	"EvidenceVariable.characteristic.linkId\0"
	"EvidenceVariable.characteristic.note\0"
	"EvidenceVariable.characteristic.timeFromEvent\0"
	"EvidenceVariable.characteristic.timeFromEvent.description\0"
	"EvidenceVariable.characteristic.timeFromEvent.event[x]\0"
	"EvidenceVariable.characteristic.timeFromEvent.note\0"
	"EvidenceVariable.characteristic.timeFromEvent.quantity\0"
	"EvidenceVariable.characteristic.timeFromEvent.range\0"
	"EvidenceVariable.contact\0"
	"EvidenceVariable.copyright\0"
	"EvidenceVariable.copyrightLabel\0"
	"EvidenceVariable.date\0"
	"EvidenceVariable.description\0"
	"EvidenceVariable.editor\0"
	"EvidenceVariable.effectivePeriod\0"
	"EvidenceVariable.endorser\0"
	"EvidenceVariable.experimental\0"
	"EvidenceVariable.handling\0"
	"EvidenceVariable.identifier\0"
	"EvidenceVariable.lastReviewDate\0"
	"EvidenceVariable.name\0"
	"EvidenceVariable.note\0"
	"EvidenceVariable.publisher\0"
	"EvidenceVariable.purpose\0"
	"EvidenceVariable.relatedArtifact\0"
	"EvidenceVariable.reviewer\0"
	"EvidenceVariable.shortTitle\0"
	"EvidenceVariable.status\0"
	"EvidenceVariable.title\0"
	"EvidenceVariable.url\0"
	"EvidenceVariable.useContext\0"
	"EvidenceVariable.version\0"
	"EvidenceVariable.versionAlgorithm[x]\0"
	"ExampleScenario\0"
	"ExampleScenario.actor\0"
	"ExampleScenario.actor.description\0"
	"ExampleScenario.actor.key\0"
	"ExampleScenario.actor.title\0"
	"ExampleScenario.actor.type\0"
	"ExampleScenario.contact\0"
	"ExampleScenario.copyright\0"
	"ExampleScenario.copyrightLabel\0"
	"ExampleScenario.date\0"
	"ExampleScenario.description\0"
	"ExampleScenario.experimental\0"
	"ExampleScenario.identifier\0"
	"ExampleScenario.instance\0"
	"ExampleScenario.instance.containedInstance\0"
	"ExampleScenario.instance.containedInstance.instanceReference\0"
	"ExampleScenario.instance.containedInstance.versionReference\0"
	"ExampleScenario.instance.content\0"
	"ExampleScenario.instance.description\0"
	"ExampleScenario.instance.key\0"
	"ExampleScenario.instance.structureProfile[x]\0"
	"ExampleScenario.instance.structureType\0"
	"ExampleScenario.instance.structureVersion\0"
	"ExampleScenario.instance.title\0"
	"ExampleScenario.instance.version\0"
	"ExampleScenario.instance.version.content\0"
	"ExampleScenario.instance.version.description\0"
	"ExampleScenario.instance.version.key\0"
	"ExampleScenario.instance.version.title\0"
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
	"ExampleScenario.process.step.number\0"
	"ExampleScenario.process.step.operation\0"
	"ExampleScenario.process.step.operation.description\0"
	"ExampleScenario.process.step.operation.initiator\0"
	"ExampleScenario.process.step.operation.initiatorActive\0"
	"ExampleScenario.process.step.operation.receiver\0"
	"ExampleScenario.process.step.operation.receiverActive\0"
	"ExampleScenario.process.step.operation.request\0"
	"ExampleScenario.process.step.operation.response\0"
	"ExampleScenario.process.step.operation.title\0"
	"ExampleScenario.process.step.operation.type\0"
	"ExampleScenario.process.step.pause\0"
	"ExampleScenario.process.step.process\0"
	"ExampleScenario.process.step.workflow\0"
	"ExampleScenario.process.title\0"
	"ExampleScenario.publisher\0"
	"ExampleScenario.purpose\0"
	"ExampleScenario.status\0"
	"ExampleScenario.title\0"
	"ExampleScenario.url\0"
	"ExampleScenario.useContext\0"
	"ExampleScenario.version\0"
	"ExampleScenario.versionAlgorithm[x]\0"
	"ExplanationOfBenefit\0"
	"ExplanationOfBenefit.accident\0"
	"ExplanationOfBenefit.accident.date\0"
	"ExplanationOfBenefit.accident.location[x]\0"
	"ExplanationOfBenefit.accident.type\0"
	"ExplanationOfBenefit.addItem\0"
	"ExplanationOfBenefit.addItem.adjudication\0"
	"ExplanationOfBenefit.addItem.bodySite\0"
	"ExplanationOfBenefit.addItem.bodySite.site\0"
	"ExplanationOfBenefit.addItem.bodySite.subSite\0"
	"ExplanationOfBenefit.addItem.detail\0"
	"ExplanationOfBenefit.addItem.detail.adjudication\0"
	"ExplanationOfBenefit.addItem.detail.factor\0"
	"ExplanationOfBenefit.addItem.detail.modifier\0"
	"ExplanationOfBenefit.addItem.detail.net\0"
	"ExplanationOfBenefit.addItem.detail.noteNumber\0"
	"ExplanationOfBenefit.addItem.detail.patientPaid\0"
	"ExplanationOfBenefit.addItem.detail.productOrService\0"
	"ExplanationOfBenefit.addItem.detail.productOrServiceEnd\0"
	"ExplanationOfBenefit.addItem.detail.quantity\0"
	"ExplanationOfBenefit.addItem.detail.revenue\0"
	"ExplanationOfBenefit.addItem.detail.reviewOutcome\0"
	"ExplanationOfBenefit.addItem.detail.subDetail\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.adjudication\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.factor\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.modifier\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.net\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.noteNumber\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.patientPaid\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.productOrService\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.productOrServiceEnd\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.quantity\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.revenue\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.reviewOutcome\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.tax\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.traceNumber\0"
	"ExplanationOfBenefit.addItem.detail.subDetail.unitPrice\0"
	"ExplanationOfBenefit.addItem.detail.tax\0"
	"ExplanationOfBenefit.addItem.detail.traceNumber\0"
	"ExplanationOfBenefit.addItem.detail.unitPrice\0"
	"ExplanationOfBenefit.addItem.detailSequence\0"
	"ExplanationOfBenefit.addItem.factor\0"
	"ExplanationOfBenefit.addItem.itemSequence\0"
	"ExplanationOfBenefit.addItem.location[x]\0"
	"ExplanationOfBenefit.addItem.modifier\0"
	"ExplanationOfBenefit.addItem.net\0"
	"ExplanationOfBenefit.addItem.noteNumber\0"
	"ExplanationOfBenefit.addItem.patientPaid\0"
	"ExplanationOfBenefit.addItem.productOrService\0"
	"ExplanationOfBenefit.addItem.productOrServiceEnd\0"
	"ExplanationOfBenefit.addItem.programCode\0"
	"ExplanationOfBenefit.addItem.provider\0"
	"ExplanationOfBenefit.addItem.quantity\0"
	"ExplanationOfBenefit.addItem.request\0"
	"ExplanationOfBenefit.addItem.revenue\0"
	"ExplanationOfBenefit.addItem.reviewOutcome\0"
	"ExplanationOfBenefit.addItem.serviced[x]\0"
	"ExplanationOfBenefit.addItem.subDetailSequence\0"
	"ExplanationOfBenefit.addItem.tax\0"
	"ExplanationOfBenefit.addItem.traceNumber\0"
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
	"ExplanationOfBenefit.careTeam.responsible\0"
	"ExplanationOfBenefit.careTeam.role\0"
	"ExplanationOfBenefit.careTeam.sequence\0"
	"ExplanationOfBenefit.careTeam.specialty\0"
	"ExplanationOfBenefit.claim\0"
	"ExplanationOfBenefit.claimResponse\0"
	"ExplanationOfBenefit.created\0"
	"ExplanationOfBenefit.decision\0"
	"ExplanationOfBenefit.diagnosis\0"
	"ExplanationOfBenefit.diagnosis.diagnosis[x]\0"
	"ExplanationOfBenefit.diagnosis.onAdmission\0"
	"ExplanationOfBenefit.diagnosis.sequence\0"
	"ExplanationOfBenefit.diagnosis.type\0"
	"ExplanationOfBenefit.diagnosisRelatedGroup\0"
	"ExplanationOfBenefit.disposition\0"
	"ExplanationOfBenefit.encounter\0"
	"ExplanationOfBenefit.enterer\0"
	"ExplanationOfBenefit.event\0"
	"ExplanationOfBenefit.event.type\0"
	"ExplanationOfBenefit.event.when[x]\0"
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
	"ExplanationOfBenefit.item.adjudication.quantity\0"
	"ExplanationOfBenefit.item.adjudication.reason\0"
	"ExplanationOfBenefit.item.bodySite\0"
	"ExplanationOfBenefit.item.bodySite.site\0"
	"ExplanationOfBenefit.item.bodySite.subSite\0"
	"ExplanationOfBenefit.item.careTeamSequence\0"
	"ExplanationOfBenefit.item.category\0"
	"ExplanationOfBenefit.item.detail\0"
	"ExplanationOfBenefit.item.detail.adjudication\0"
	"ExplanationOfBenefit.item.detail.category\0"
	"ExplanationOfBenefit.item.detail.factor\0"
	"ExplanationOfBenefit.item.detail.modifier\0"
	"ExplanationOfBenefit.item.detail.net\0"
	"ExplanationOfBenefit.item.detail.noteNumber\0"
	"ExplanationOfBenefit.item.detail.patientPaid\0"
	"ExplanationOfBenefit.item.detail.productOrService\0"
	"ExplanationOfBenefit.item.detail.productOrServiceEnd\0"
	"ExplanationOfBenefit.item.detail.programCode\0"
	"ExplanationOfBenefit.item.detail.quantity\0"
	"ExplanationOfBenefit.item.detail.revenue\0"
	"ExplanationOfBenefit.item.detail.reviewOutcome\0"
	"ExplanationOfBenefit.item.detail.sequence\0"
	"ExplanationOfBenefit.item.detail.subDetail\0"
	"ExplanationOfBenefit.item.detail.subDetail.adjudication\0"
	"ExplanationOfBenefit.item.detail.subDetail.category\0"
	"ExplanationOfBenefit.item.detail.subDetail.factor\0"
	"ExplanationOfBenefit.item.detail.subDetail.modifier\0"
	"ExplanationOfBenefit.item.detail.subDetail.net\0"
	"ExplanationOfBenefit.item.detail.subDetail.noteNumber\0"
	"ExplanationOfBenefit.item.detail.subDetail.patientPaid\0"
	"ExplanationOfBenefit.item.detail.subDetail.productOrService\0"
	"ExplanationOfBenefit.item.detail.subDetail.productOrServiceEnd\0"
	"ExplanationOfBenefit.item.detail.subDetail.programCode\0"
	"ExplanationOfBenefit.item.detail.subDetail.quantity\0"
	"ExplanationOfBenefit.item.detail.subDetail.revenue\0"
	"ExplanationOfBenefit.item.detail.subDetail.reviewOutcome\0"
	"ExplanationOfBenefit.item.detail.subDetail.sequence\0"
	"ExplanationOfBenefit.item.detail.subDetail.tax\0"
	"ExplanationOfBenefit.item.detail.subDetail.traceNumber\0"
	"ExplanationOfBenefit.item.detail.subDetail.udi\0"
	"ExplanationOfBenefit.item.detail.subDetail.unitPrice\0"
	"ExplanationOfBenefit.item.detail.tax\0"
	"ExplanationOfBenefit.item.detail.traceNumber\0"
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
	"ExplanationOfBenefit.item.patientPaid\0"
	"ExplanationOfBenefit.item.procedureSequence\0"
	"ExplanationOfBenefit.item.productOrService\0"
	"ExplanationOfBenefit.item.productOrServiceEnd\0"
	"ExplanationOfBenefit.item.programCode\0"
	"ExplanationOfBenefit.item.quantity\0"
	"ExplanationOfBenefit.item.request\0"
	"ExplanationOfBenefit.item.revenue\0"
	"ExplanationOfBenefit.item.reviewOutcome\0"
	"ExplanationOfBenefit.item.reviewOutcome.decision\0"
	"ExplanationOfBenefit.item.reviewOutcome.preAuthPeriod\0"
	"ExplanationOfBenefit.item.reviewOutcome.preAuthRef\0"
	"ExplanationOfBenefit.item.reviewOutcome.reason\0"
	"ExplanationOfBenefit.item.sequence\0"
	"ExplanationOfBenefit.item.serviced[x]\0"
	"ExplanationOfBenefit.item.tax\0"
	"ExplanationOfBenefit.item.traceNumber\0"
	"ExplanationOfBenefit.item.udi\0"
	"ExplanationOfBenefit.item.unitPrice\0"
	"ExplanationOfBenefit.originalPrescription\0"
	"ExplanationOfBenefit.outcome\0"
	"ExplanationOfBenefit.patient\0"
	"ExplanationOfBenefit.patientPaid\0"
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
	"ExplanationOfBenefit.traceNumber\0"
	"ExplanationOfBenefit.type\0"
	"ExplanationOfBenefit.use\0"
	"Expression.description\0"
	"Expression.expression\0"
	"Expression.language\0"
	"Expression.name\0"
	"Expression.reference\0"
	"ExtendedContactDetail\0"
	"ExtendedContactDetail.address\0"
	"ExtendedContactDetail.name\0"
	"ExtendedContactDetail.organization\0"
	"ExtendedContactDetail.period\0"
	"ExtendedContactDetail.purpose\0"
	"ExtendedContactDetail.telecom\0"
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
	"FamilyMemberHistory.participant\0"
	"FamilyMemberHistory.participant.actor\0"
	"FamilyMemberHistory.participant.function\0"
	"FamilyMemberHistory.patient\0"
	"FamilyMemberHistory.procedure\0"
	"FamilyMemberHistory.procedure.code\0"
	"FamilyMemberHistory.procedure.contributedToDeath\0"
	"FamilyMemberHistory.procedure.note\0"
	"FamilyMemberHistory.procedure.outcome\0"
	"FamilyMemberHistory.procedure.performed[x]\0"
	"FamilyMemberHistory.reason\0"
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
	"FormularyItem\0"
	"FormularyItem.code\0"
	"FormularyItem.identifier\0"
	"FormularyItem.status\0"
	"GenomicStudy\0"
	"GenomicStudy.analysis\0"
	"GenomicStudy.analysis.changeType\0"
	"GenomicStudy.analysis.date\0"
	"GenomicStudy.analysis.device\0"
	"GenomicStudy.analysis.device.device\0"
	"GenomicStudy.analysis.device.function\0"
	"GenomicStudy.analysis.focus\0"
	"GenomicStudy.analysis.genomeBuild\0"
	"GenomicStudy.analysis.identifier\0"
	"GenomicStudy.analysis.input\0"
	"GenomicStudy.analysis.input.file\0"
	"GenomicStudy.analysis.input.generatedBy[x]\0"
	"GenomicStudy.analysis.input.type\0"
	"GenomicStudy.analysis.instantiatesCanonical\0"
	"GenomicStudy.analysis.instantiatesUri\0"
	"GenomicStudy.analysis.methodType\0"
	"GenomicStudy.analysis.note\0"
	"GenomicStudy.analysis.output\0"
	"GenomicStudy.analysis.output.file\0"
	"GenomicStudy.analysis.output.type\0"
	"GenomicStudy.analysis.performer\0"
	"GenomicStudy.analysis.performer.actor\0"
	"GenomicStudy.analysis.performer.role\0"
	"GenomicStudy.analysis.protocolPerformed\0"
	"GenomicStudy.analysis.regionsCalled\0"
	"GenomicStudy.analysis.regionsStudied\0"
	"GenomicStudy.analysis.specimen\0"
	"GenomicStudy.analysis.title\0"
	"GenomicStudy.basedOn\0"
	"GenomicStudy.description\0"
	"GenomicStudy.encounter\0"
	"GenomicStudy.identifier\0"
	"GenomicStudy.instantiatesCanonical\0"
	"GenomicStudy.instantiatesUri\0"
	"GenomicStudy.interpreter\0"
	"GenomicStudy.note\0"
	"GenomicStudy.reason\0"
	"GenomicStudy.referrer\0"
	"GenomicStudy.startDate\0"
	"GenomicStudy.status\0"
	"GenomicStudy.subject\0"
	"GenomicStudy.type\0"
	"Goal\0"
	"Goal.achievementStatus\0"
	"Goal.addresses\0"
	"Goal.category\0"
	"Goal.continuous\0"
	"Goal.description\0"
	"Goal.identifier\0"
	"Goal.lifecycleStatus\0"
	"Goal.note\0"
	"Goal.outcome\0"
	"Goal.priority\0"
	"Goal.source\0"
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
	"GraphDefinition.copyright\0"
	"GraphDefinition.copyrightLabel\0"
	"GraphDefinition.date\0"
	"GraphDefinition.description\0"
	"GraphDefinition.experimental\0"
	"GraphDefinition.identifier\0"
	"GraphDefinition.jurisdiction\0"
	"GraphDefinition.link\0"
	"GraphDefinition.link.compartment\0"
	"GraphDefinition.link.compartment.code\0"
	"GraphDefinition.link.compartment.description\0"
	"GraphDefinition.link.compartment.expression\0"
	"GraphDefinition.link.compartment.rule\0"
	"GraphDefinition.link.compartment.use\0"
	"GraphDefinition.link.description\0"
	"GraphDefinition.link.max\0"
	"GraphDefinition.link.min\0"
	"GraphDefinition.link.params\0"
	"GraphDefinition.link.path\0"
	"GraphDefinition.link.sliceName\0"
	"GraphDefinition.link.sourceId\0"
	"GraphDefinition.link.targetId\0"
	"GraphDefinition.name\0"
	"GraphDefinition.node\0"
	"GraphDefinition.node.description\0"
	"GraphDefinition.node.nodeId\0"
	"GraphDefinition.node.profile\0"
	"GraphDefinition.node.type\0"
	"GraphDefinition.publisher\0"
	"GraphDefinition.purpose\0"
	"GraphDefinition.start\0"
	"GraphDefinition.status\0"
	"GraphDefinition.title\0"
	"GraphDefinition.url\0"
	"GraphDefinition.useContext\0"
	"GraphDefinition.version\0"
	"GraphDefinition.versionAlgorithm[x]\0"
	"Group.active\0"
	"Group.characteristic\0"
	"Group.characteristic.code\0"
	"Group.characteristic.exclude\0"
	"Group.characteristic.period\0"
	"Group.characteristic.value[x]\0"
	"Group.code\0"
	"Group.identifier\0"
	"Group.managingEntity\0"
	"Group.member\0"
	"Group.member.entity\0"
	"Group.member.inactive\0"
	"Group.member.period\0"
	"Group.membership\0"
	"Group.quantity\0"
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
	"GuidanceResponse.reason\0"
	"GuidanceResponse.requestIdentifier\0"
	"GuidanceResponse.result\0"
	"GuidanceResponse.status\0"
	"GuidanceResponse.subject\0"
	"HealthcareService\0"
	"HealthcareService.active\0"
	"HealthcareService.appointmentRequired\0"
	"HealthcareService.availability\0"
	"HealthcareService.category\0"
	"HealthcareService.characteristic\0"
	"HealthcareService.comment\0"
	"HealthcareService.communication\0"
	"HealthcareService.contact\0"
	"HealthcareService.coverageArea\0"
	"HealthcareService.eligibility\0"
	"HealthcareService.eligibility.code\0"
	"HealthcareService.eligibility.comment\0"
	"HealthcareService.endpoint\0"
	"HealthcareService.extraDetails\0"
	"HealthcareService.identifier\0"
	"HealthcareService.location\0"
	"HealthcareService.name\0"
	"HealthcareService.offeredIn\0"
	"HealthcareService.photo\0"
	"HealthcareService.program\0"
	"HealthcareService.providedBy\0"
	"HealthcareService.referralMethod\0"
	"HealthcareService.serviceProvisionCode\0"
	"HealthcareService.specialty\0"
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
	"Identifier.use\0"
	"Identifier.value\0"
	"ImagingSelection\0"
	"ImagingSelection.basedOn\0"
	"ImagingSelection.bodySite\0"
	"ImagingSelection.category\0"
	"ImagingSelection.code\0"
	"ImagingSelection.derivedFrom\0"
	"ImagingSelection.endpoint\0"
	"ImagingSelection.focus\0"
	"ImagingSelection.frameOfReferenceUid\0"
	"ImagingSelection.identifier\0"
	"ImagingSelection.instance\0"
	"ImagingSelection.instance.imageRegion2D\0"
	"ImagingSelection.instance.imageRegion2D.coordinate\0"
	"ImagingSelection.instance.imageRegion2D.regionType\0"
	"ImagingSelection.instance.imageRegion3D\0"
	"ImagingSelection.instance.imageRegion3D.coordinate\0"
	"ImagingSelection.instance.imageRegion3D.regionType\0"
	"ImagingSelection.instance.number\0"
	"ImagingSelection.instance.sopClass\0"
	"ImagingSelection.instance.subset\0"
	"ImagingSelection.instance.uid\0"
	"ImagingSelection.issued\0"
	"ImagingSelection.performer\0"
	"ImagingSelection.performer.actor\0"
	"ImagingSelection.performer.function\0"
	"ImagingSelection.seriesNumber\0"
	"ImagingSelection.seriesUid\0"
	"ImagingSelection.status\0"
	"ImagingSelection.studyUid\0"
	"ImagingSelection.subject\0"
	"ImagingStudy\0"
	"ImagingStudy.basedOn\0"
	"ImagingStudy.description\0"
	"ImagingStudy.encounter\0"
	"ImagingStudy.endpoint\0"
	"ImagingStudy.identifier\0"
	"ImagingStudy.location\0"
	"ImagingStudy.modality\0"
	"ImagingStudy.note\0"
	"ImagingStudy.numberOfInstances\0"
	"ImagingStudy.numberOfSeries\0"
	"ImagingStudy.partOf\0"
	"ImagingStudy.procedure\0"
	"ImagingStudy.reason\0"
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
	"Immunization.administeredProduct\0"
	"Immunization.basedOn\0"
	"Immunization.doseQuantity\0"
	"Immunization.encounter\0"
	"Immunization.expirationDate\0"
	"Immunization.fundingSource\0"
	"Immunization.identifier\0"
	"Immunization.informationSource\0"
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
	"Immunization.programEligibility.program\0"
	"Immunization.programEligibility.programStatus\0"
	"Immunization.protocolApplied\0"
	"Immunization.protocolApplied.authority\0"
	"Immunization.protocolApplied.doseNumber\0"
	"Immunization.protocolApplied.series\0"
	"Immunization.protocolApplied.seriesDoses\0"
	"Immunization.protocolApplied.targetDisease\0"
	"Immunization.reaction\0"
	"Immunization.reaction.date\0"
	"Immunization.reaction.manifestation\0"
	"Immunization.reaction.reported\0"
	"Immunization.reason\0"
	"Immunization.route\0"
	"Immunization.site\0"
	"Immunization.status\0"
	"Immunization.statusReason\0"
	"Immunization.subpotentReason\0"
	"Immunization.supportingInformation\0"
	"Immunization.vaccineCode\0"
	"ImmunizationEvaluation\0"
	"ImmunizationEvaluation.authority\0"
	"ImmunizationEvaluation.date\0"
	"ImmunizationEvaluation.description\0"
	"ImmunizationEvaluation.doseNumber\0"
	"ImmunizationEvaluation.doseStatus\0"
	"ImmunizationEvaluation.doseStatusReason\0"
	"ImmunizationEvaluation.identifier\0"
	"ImmunizationEvaluation.immunizationEvent\0"
	"ImmunizationEvaluation.patient\0"
	"ImmunizationEvaluation.series\0"
	"ImmunizationEvaluation.seriesDoses\0"
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
	"ImmunizationRecommendation.recommendation.doseNumber\0"
	"ImmunizationRecommendation.recommendation.forecastReason\0"
	"ImmunizationRecommendation.recommendation.forecastStatus\0"
	"ImmunizationRecommendation.recommendation.series\0"
	"ImmunizationRecommendation.recommendation.seriesDoses\0"
	"ImmunizationRecommendation.recommendation.supportingImmunization\0"
	"ImmunizationRecommendation.recommendation.supportingPatientInformation\0"
	"ImmunizationRecommendation.recommendation.targetDisease\0"
	"ImmunizationRecommendation.recommendation.vaccineCode\0"
	"ImplementationGuide\0"
	"ImplementationGuide.contact\0"
	"ImplementationGuide.copyright\0"
	"ImplementationGuide.copyrightLabel\0"
	"ImplementationGuide.date\0"
	"ImplementationGuide.definition\0"
	"ImplementationGuide.definition.grouping\0"
	"ImplementationGuide.definition.grouping.description\0"
	"ImplementationGuide.definition.grouping.name\0"
	"ImplementationGuide.definition.page\0"
	"ImplementationGuide.definition.page.generation\0"
	"ImplementationGuide.definition.page.name\0"
	"ImplementationGuide.definition.page.page\0"
	"ImplementationGuide.definition.page.source[x]\0"
	"ImplementationGuide.definition.page.title\0"
	"ImplementationGuide.definition.parameter\0"
	"ImplementationGuide.definition.parameter.code\0"
	"ImplementationGuide.definition.parameter.value\0"
	"ImplementationGuide.definition.resource\0"
	"ImplementationGuide.definition.resource.description\0"
	"ImplementationGuide.definition.resource.fhirVersion\0"
	"ImplementationGuide.definition.resource.groupingId\0"
	"ImplementationGuide.definition.resource.isExample\0"
	"ImplementationGuide.definition.resource.name\0"
	"ImplementationGuide.definition.resource.profile\0"
	"ImplementationGuide.definition.resource.reference\0"
	"ImplementationGuide.definition.template\0"
	"ImplementationGuide.definition.template.code\0"
	"ImplementationGuide.definition.template.scope\0"
	"ImplementationGuide.definition.template.source\0"
	"ImplementationGuide.dependsOn\0"
	"ImplementationGuide.dependsOn.packageId\0"
	"ImplementationGuide.dependsOn.reason\0"
	"ImplementationGuide.dependsOn.uri\0"
	"ImplementationGuide.dependsOn.version\0"
	"ImplementationGuide.description\0"
	"ImplementationGuide.experimental\0"
	"ImplementationGuide.fhirVersion\0"
	"ImplementationGuide.global\0"
	"ImplementationGuide.global.profile\0"
	"ImplementationGuide.global.type\0"
	"ImplementationGuide.identifier\0"
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
	"ImplementationGuide.manifest.resource.isExample\0"
	"ImplementationGuide.manifest.resource.profile\0"
	"ImplementationGuide.manifest.resource.reference\0"
	"ImplementationGuide.manifest.resource.relativePath\0"
	"ImplementationGuide.name\0"
	"ImplementationGuide.packageId\0"
	"ImplementationGuide.publisher\0"
	"ImplementationGuide.purpose\0"
	"ImplementationGuide.status\0"
	"ImplementationGuide.title\0"
	"ImplementationGuide.url\0"
	"ImplementationGuide.useContext\0"
	"ImplementationGuide.version\0"
	"ImplementationGuide.versionAlgorithm[x]\0"
	"Ingredient.allergenicIndicator\0"
	"Ingredient.comment\0"
	"Ingredient.for\0"
	"Ingredient.function\0"
	"Ingredient.group\0"
	"Ingredient.identifier\0"
	"Ingredient.manufacturer\0"
	"Ingredient.manufacturer.manufacturer\0"
	"Ingredient.manufacturer.role\0"
	"Ingredient.role\0"
	"Ingredient.status\0"
	"Ingredient.substance\0"
	"Ingredient.substance.code\0"
	"Ingredient.substance.strength\0"
	"Ingredient.substance.strength.basis\0"
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
	"InventoryItem\0"
	"InventoryItem.association\0"
	"InventoryItem.association.associationType\0"
	"InventoryItem.association.quantity\0"
	"InventoryItem.association.relatedItem\0"
	"InventoryItem.baseUnit\0"
	"InventoryItem.category\0"
	"InventoryItem.characteristic\0"
	"InventoryItem.characteristic.characteristicType\0"
	"InventoryItem.characteristic.value[x]\0"
	"InventoryItem.code\0"
	"InventoryItem.description\0"
	"InventoryItem.description.description\0"
	"InventoryItem.description.language\0"
	"InventoryItem.identifier\0"
	"InventoryItem.instance\0"
	"InventoryItem.instance.expiry\0"
	"InventoryItem.instance.identifier\0"
	"InventoryItem.instance.location\0"
	"InventoryItem.instance.lotNumber\0"
	"InventoryItem.instance.subject\0"
	"InventoryItem.inventoryStatus\0"
	"InventoryItem.name\0"
	"InventoryItem.name.language\0"
	"InventoryItem.name.name\0"
	"InventoryItem.name.nameType\0"
	"InventoryItem.netContent\0"
	"InventoryItem.productReference\0"
	"InventoryItem.responsibleOrganization\0"
	"InventoryItem.responsibleOrganization.organization\0"
	"InventoryItem.responsibleOrganization.role\0"
	"InventoryItem.status\0"
	"InventoryReport\0"
	"InventoryReport.countType\0"
	"InventoryReport.identifier\0"
	"InventoryReport.inventoryListing\0"
	"InventoryReport.inventoryListing.countingDateTime\0"
	"InventoryReport.inventoryListing.item\0"
	"InventoryReport.inventoryListing.item.category\0"
	"InventoryReport.inventoryListing.item.item\0"
	"InventoryReport.inventoryListing.item.quantity\0"
	"InventoryReport.inventoryListing.itemStatus\0"
	"InventoryReport.inventoryListing.location\0"
	"InventoryReport.note\0"
	"InventoryReport.operationType\0"
	"InventoryReport.operationTypeReason\0"
	"InventoryReport.reportedDateTime\0"
	"InventoryReport.reporter\0"
	"InventoryReport.reportingPeriod\0"
	"InventoryReport.status\0"
	"Invoice\0"
	"Invoice.account\0"
	"Invoice.cancelledReason\0"
	"Invoice.creation\0"
	"Invoice.date\0"
	"Invoice.identifier\0"
	"Invoice.issuer\0"
	"Invoice.lineItem\0"
	"Invoice.lineItem.chargeItem[x]\0"
	"Invoice.lineItem.priceComponent\0"
	"Invoice.lineItem.sequence\0"
	"Invoice.lineItem.serviced[x]\0"
	"Invoice.note\0"
	"Invoice.participant\0"
	"Invoice.participant.actor\0"
	"Invoice.participant.role\0"
	"Invoice.paymentTerms\0"
	"Invoice.period[x]\0"
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
	"Library.copyrightLabel\0"
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
	"Library.versionAlgorithm[x]\0"
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
	"Location.characteristic\0"
	"Location.contact\0"
	"Location.description\0"
	"Location.endpoint\0"
	"Location.form\0"
	"Location.hoursOfOperation\0"
	"Location.identifier\0"
	"Location.managingOrganization\0"
	"Location.mode\0"
	"Location.name\0"
	"Location.operationalStatus\0"
	"Location.partOf\0"
	"Location.position\0"
	"Location.position.altitude\0"
	"Location.position.latitude\0"
	"Location.position.longitude\0"
	"Location.status\0"
	"Location.type\0"
	"Location.virtualService\0"
	"ManufacturedItemDefinition\0"
	"ManufacturedItemDefinition.component\0"
	"ManufacturedItemDefinition.component.amount\0"
	"ManufacturedItemDefinition.component.component\0"
	"ManufacturedItemDefinition.component.constituent\0"
	"ManufacturedItemDefinition.component.constituent.amount\0"
	"ManufacturedItemDefinition.component.constituent.function\0"
	"ManufacturedItemDefinition.component.constituent.hasIngredient\0"
	"ManufacturedItemDefinition.component.constituent.location\0"
	"ManufacturedItemDefinition.component.function\0"
	"ManufacturedItemDefinition.component.property\0"
	"ManufacturedItemDefinition.component.type\0"
	"ManufacturedItemDefinition.identifier\0"
	"ManufacturedItemDefinition.ingredient\0"
	"ManufacturedItemDefinition.manufacturedDoseForm\0"
	"ManufacturedItemDefinition.manufacturer\0"
	"ManufacturedItemDefinition.marketingStatus\0"
	"ManufacturedItemDefinition.name\0"
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
	"Measure.basis\0"
	"Measure.clinicalRecommendationStatement\0"
	"Measure.compositeScoring\0"
	"Measure.contact\0"
	"Measure.copyright\0"
	"Measure.copyrightLabel\0"
	"Measure.date\0"
	"Measure.disclaimer\0"
	"Measure.editor\0"
	"Measure.effectivePeriod\0"
	"Measure.endorser\0"
	"Measure.experimental\0"
	"Measure.group\0"
	"Measure.group.basis\0"
	"Measure.group.code\0"
	"Measure.group.description\0"
	"Measure.group.improvementNotation\0"
	"Measure.group.library\0"
	"Measure.group.linkId\0"
	"Measure.group.population\0"
	"Measure.group.population.aggregateMethod\0"
	"Measure.group.population.code\0"
	"Measure.group.population.criteria\0"
	"Measure.group.population.description\0"
	"Measure.group.population.groupDefinition\0"
	"Measure.group.population.inputPopulationId\0"
	"Measure.group.population.linkId\0"
	"Measure.group.rateAggregation\0"
	"Measure.group.scoring\0"
	"Measure.group.scoringUnit\0"
	"Measure.group.stratifier\0"
	"Measure.group.stratifier.code\0"
	"Measure.group.stratifier.component\0"
	"Measure.group.stratifier.component.code\0"
	"Measure.group.stratifier.component.criteria\0"
	"Measure.group.stratifier.component.description\0"
	"Measure.group.stratifier.component.groupDefinition\0"
	"Measure.group.stratifier.component.linkId\0"
	"Measure.group.stratifier.criteria\0"
	"Measure.group.stratifier.description\0"
	"Measure.group.stratifier.groupDefinition\0"
	"Measure.group.stratifier.linkId\0"
	"Measure.group.subject[x]\0"
	"Measure.group.type\0"
	"Measure.guidance\0"
	"Measure.identifier\0"
	"Measure.improvementNotation\0"
	"Measure.jurisdiction\0"
	"Measure.lastReviewDate\0"
	"Measure.library\0"
	"Measure.publisher\0"
	"Measure.purpose\0"
	"Measure.rateAggregation\0"
	"Measure.rationale\0"
	"Measure.relatedArtifact\0"
	"Measure.reviewer\0"
	"Measure.riskAdjustment\0"
	"Measure.scoring\0"
	"Measure.scoringUnit\0"
	"Measure.status\0"
	"Measure.subject[x]\0"
	"Measure.subtitle\0"
	"Measure.supplementalData\0"
	"Measure.supplementalData.code\0"
	"Measure.supplementalData.criteria\0"
	"Measure.supplementalData.description\0"
	"Measure.supplementalData.linkId\0"
	"Measure.supplementalData.usage\0"
	"Measure.term\0"
	"Measure.term.code\0"
	"Measure.term.definition\0"
	"Measure.title\0"
	"Measure.topic\0"
	"Measure.url\0"
	"Measure.usage\0"
	"Measure.useContext\0"
	"Measure.version\0"
	"Measure.versionAlgorithm[x]\0"
	"MeasureReport\0"
	"MeasureReport.dataUpdateType\0"
	"MeasureReport.date\0"
	"MeasureReport.evaluatedResource\0"
	"MeasureReport.group\0"
	"MeasureReport.group.code\0"
	"MeasureReport.group.linkId\0"
	"MeasureReport.group.measureScore[x]\0"
	"MeasureReport.group.population\0"
	"MeasureReport.group.population.code\0"
	"MeasureReport.group.population.count\0"
	"MeasureReport.group.population.linkId\0"
	"MeasureReport.group.population.subjectReport\0"
	"MeasureReport.group.population.subjectResults\0"
	"MeasureReport.group.population.subjects\0"
	"MeasureReport.group.stratifier\0"
	"MeasureReport.group.stratifier.code\0"
	"MeasureReport.group.stratifier.linkId\0"
	"MeasureReport.group.stratifier.stratum\0"
	"MeasureReport.group.stratifier.stratum.component\0"
	"MeasureReport.group.stratifier.stratum.component.code\0"
	"MeasureReport.group.stratifier.stratum.component.linkId\0"
	"MeasureReport.group.stratifier.stratum.component.value[x]\0"
	"MeasureReport.group.stratifier.stratum.measureScore[x]\0"
	"MeasureReport.group.stratifier.stratum.population\0"
	"MeasureReport.group.stratifier.stratum.population.code\0"
	"MeasureReport.group.stratifier.stratum.population.count\0"
	"MeasureReport.group.stratifier.stratum.population.linkId\0"
	"MeasureReport.group.stratifier.stratum.population.subjectReport\0"
	"MeasureReport.group.stratifier.stratum.population.subjectResults\0"
	"MeasureReport.group.stratifier.stratum.population.subjects\0"
	"MeasureReport.group.stratifier.stratum.value[x]\0"
	"MeasureReport.group.subject\0"
	"MeasureReport.identifier\0"
	"MeasureReport.improvementNotation\0"
	"MeasureReport.inputParameters\0"
	"MeasureReport.location\0"
	"MeasureReport.measure\0"
	"MeasureReport.period\0"
	"MeasureReport.reporter\0"
	"MeasureReport.reportingVendor\0"
	"MeasureReport.scoring\0"
	"MeasureReport.status\0"
	"MeasureReport.subject\0"
	"MeasureReport.supplementalData\0"
	"MeasureReport.type\0"
	"Medication.batch\0"
	"Medication.batch.expirationDate\0"
	"Medication.batch.lotNumber\0"
	"Medication.code\0"
	"Medication.definition\0"
	"Medication.doseForm\0"
	"Medication.identifier\0"
	"Medication.ingredient\0"
	"Medication.ingredient.isActive\0"
	"Medication.ingredient.item\0"
	"Medication.ingredient.strength[x]\0"
	"Medication.marketingAuthorizationHolder\0"
	"Medication.status\0"
	"Medication.totalVolume\0"
	"MedicationAdministration\0"
	"MedicationAdministration.basedOn\0"
	"MedicationAdministration.category\0"
	"MedicationAdministration.device\0"
	"MedicationAdministration.dosage\0"
	"MedicationAdministration.dosage.dose\0"
	"MedicationAdministration.dosage.method\0"
	"MedicationAdministration.dosage.rate[x]\0"
	"MedicationAdministration.dosage.route\0"
	"MedicationAdministration.dosage.site\0"
	"MedicationAdministration.dosage.text\0"
	"MedicationAdministration.encounter\0"
	"MedicationAdministration.eventHistory\0"
	"MedicationAdministration.identifier\0"
	"MedicationAdministration.isSubPotent\0"
	"MedicationAdministration.medication\0"
	"MedicationAdministration.note\0"
	"MedicationAdministration.occurence[x]\0"
	"MedicationAdministration.partOf\0"
	"MedicationAdministration.performer\0"
	"MedicationAdministration.performer.actor\0"
	"MedicationAdministration.performer.function\0"
	"MedicationAdministration.reason\0"
	"MedicationAdministration.recorded\0"
	"MedicationAdministration.request\0"
	"MedicationAdministration.status\0"
	"MedicationAdministration.statusReason\0"
	"MedicationAdministration.subPotentReason\0"
	"MedicationAdministration.subject\0"
	"MedicationAdministration.supportingInformation\0"
	"MedicationDispense\0"
	"MedicationDispense.authorizingPrescription\0"
	"MedicationDispense.basedOn\0"
	"MedicationDispense.category\0"
	"MedicationDispense.daysSupply\0"
	"MedicationDispense.destination\0"
	"MedicationDispense.dosageInstruction\0"
	"MedicationDispense.encounter\0"
	"MedicationDispense.eventHistory\0"
	"MedicationDispense.identifier\0"
	"MedicationDispense.location\0"
	"MedicationDispense.medication\0"
	"MedicationDispense.notPerformedReason\0"
	"MedicationDispense.note\0"
	"MedicationDispense.partOf\0"
	"MedicationDispense.performer\0"
	"MedicationDispense.performer.actor\0"
	"MedicationDispense.performer.function\0"
	"MedicationDispense.quantity\0"
	"MedicationDispense.receiver\0"
	"MedicationDispense.recorded\0"
	"MedicationDispense.renderedDosageInstruction\0"
	"MedicationDispense.status\0"
	"MedicationDispense.statusChanged\0"
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
	"MedicationKnowledge.associatedMedication\0"
	"MedicationKnowledge.author\0"
	"MedicationKnowledge.clinicalUseIssue\0"
	"MedicationKnowledge.code\0"
	"MedicationKnowledge.cost\0"
	"MedicationKnowledge.cost.cost[x]\0"
	"MedicationKnowledge.cost.effectiveDate\0"
	"MedicationKnowledge.cost.source\0"
	"MedicationKnowledge.cost.type\0"
	"MedicationKnowledge.definitional\0"
	"MedicationKnowledge.definitional.definition\0"
	"MedicationKnowledge.definitional.doseForm\0"
	"MedicationKnowledge.definitional.drugCharacteristic\0"
	"MedicationKnowledge.definitional.drugCharacteristic.type\0"
	"MedicationKnowledge.definitional.drugCharacteristic.value[x]\0"
	"MedicationKnowledge.definitional.ingredient\0"
	"MedicationKnowledge.definitional.ingredient.item\0"
	"MedicationKnowledge.definitional.ingredient.strength[x]\0"
	"MedicationKnowledge.definitional.ingredient.type\0"
	"MedicationKnowledge.definitional.intendedRoute\0"
	"MedicationKnowledge.identifier\0"
	"MedicationKnowledge.indicationGuideline\0"
	"MedicationKnowledge.indicationGuideline.dosingGuideline\0"
	"MedicationKnowledge.indicationGuideline.dosingGuideline.administrationTreatment\0"
	"MedicationKnowledge.indicationGuideline.dosingGuideline.dosage\0"
	"MedicationKnowledge.indicationGuideline.dosingGuideline.dosage.dosage\0"
	"MedicationKnowledge.indicationGuideline.dosingGuideline.dosage.type\0"
	"MedicationKnowledge.indicationGuideline.dosingGuideline.patientCharacteristic\0"
	"MedicationKnowledge.indicationGuideline.dosingGuideline.patientCharacteristic.type\0"
	"MedicationKnowledge.indicationGuideline.dosingGuideline.patientCharacteristic.value[x]\0"
	"MedicationKnowledge.indicationGuideline.dosingGuideline.treatmentIntent\0"
	"MedicationKnowledge.indicationGuideline.indication\0"
	"MedicationKnowledge.intendedJurisdiction\0"
	"MedicationKnowledge.medicineClassification\0"
	"MedicationKnowledge.medicineClassification.classification\0"
	"MedicationKnowledge.medicineClassification.source[x]\0"
	"MedicationKnowledge.medicineClassification.type\0"
	"MedicationKnowledge.monitoringProgram\0"
	"MedicationKnowledge.monitoringProgram.name\0"
	"MedicationKnowledge.monitoringProgram.type\0"
	"MedicationKnowledge.monograph\0"
	"MedicationKnowledge.monograph.source\0"
	"MedicationKnowledge.monograph.type\0"
	"MedicationKnowledge.name\0"
	"MedicationKnowledge.packaging\0"
	"MedicationKnowledge.packaging.cost\0"
	"MedicationKnowledge.packaging.packagedProduct\0"
	"MedicationKnowledge.preparationInstruction\0"
	"MedicationKnowledge.productType\0"
	"MedicationKnowledge.regulatory\0"
	"MedicationKnowledge.regulatory.maxDispense\0"
	"MedicationKnowledge.regulatory.maxDispense.period\0"
	"MedicationKnowledge.regulatory.maxDispense.quantity\0"
	"MedicationKnowledge.regulatory.regulatoryAuthority\0"
	"MedicationKnowledge.regulatory.schedule\0"
	"MedicationKnowledge.regulatory.substitution\0"
	"MedicationKnowledge.regulatory.substitution.allowed\0"
	"MedicationKnowledge.regulatory.substitution.type\0"
	"MedicationKnowledge.relatedMedicationKnowledge\0"
	"MedicationKnowledge.relatedMedicationKnowledge.reference\0"
	"MedicationKnowledge.relatedMedicationKnowledge.type\0"
	"MedicationKnowledge.status\0"
	"MedicationKnowledge.storageGuideline\0"
	"MedicationKnowledge.storageGuideline.environmentalSetting\0"
	"MedicationKnowledge.storageGuideline.environmentalSetting.type\0"
	"MedicationKnowledge.storageGuideline.environmentalSetting.value[x]\0"
	"MedicationKnowledge.storageGuideline.note\0"
	"MedicationKnowledge.storageGuideline.reference\0"
	"MedicationKnowledge.storageGuideline.stabilityDuration\0"
	"MedicationRequest\0"
	"MedicationRequest.authoredOn\0"
	"MedicationRequest.basedOn\0"
	"MedicationRequest.category\0"
	"MedicationRequest.courseOfTherapyType\0"
	"MedicationRequest.device\0"
	"MedicationRequest.dispenseRequest\0"
	"MedicationRequest.dispenseRequest.dispenseInterval\0"
	"MedicationRequest.dispenseRequest.dispenser\0"
	"MedicationRequest.dispenseRequest.dispenserInstruction\0"
	"MedicationRequest.dispenseRequest.doseAdministrationAid\0"
	"MedicationRequest.dispenseRequest.expectedSupplyDuration\0"
	"MedicationRequest.dispenseRequest.initialFill\0"
	"MedicationRequest.dispenseRequest.initialFill.duration\0"
	"MedicationRequest.dispenseRequest.initialFill.quantity\0"
	"MedicationRequest.dispenseRequest.numberOfRepeatsAllowed\0"
	"MedicationRequest.dispenseRequest.quantity\0"
	"MedicationRequest.dispenseRequest.validityPeriod\0"
	"MedicationRequest.doNotPerform\0"
	"MedicationRequest.dosageInstruction\0"
	"MedicationRequest.effectiveDosePeriod\0"
	"MedicationRequest.encounter\0"
	"MedicationRequest.eventHistory\0"
	"MedicationRequest.groupIdentifier\0"
	"MedicationRequest.identifier\0"
	"MedicationRequest.informationSource\0"
	"MedicationRequest.insurance\0"
	"MedicationRequest.intent\0"
	"MedicationRequest.medication\0"
	"MedicationRequest.note\0"
	"MedicationRequest.performer\0"
	"MedicationRequest.performerType\0"
	"MedicationRequest.priorPrescription\0"
	"MedicationRequest.priority\0"
	"MedicationRequest.reason\0"
	"MedicationRequest.recorder\0"
	"MedicationRequest.renderedDosageInstruction\0"
	"MedicationRequest.reported\0"
	"MedicationRequest.requester\0"
	"MedicationRequest.status\0"
	"MedicationRequest.statusChanged\0"
	"MedicationRequest.statusReason\0"
	"MedicationRequest.subject\0"
	"MedicationRequest.substitution\0"
	"MedicationRequest.substitution.allowed[x]\0"
	"MedicationRequest.substitution.reason\0"
	"MedicationRequest.supportingInformation\0"
	"MedicationStatement\0"
	"MedicationStatement.adherence\0"
	"MedicationStatement.adherence.code\0"
	"MedicationStatement.adherence.reason\0"
	"MedicationStatement.category\0"
	"MedicationStatement.dateAsserted\0"
	"MedicationStatement.derivedFrom\0"
	"MedicationStatement.dosage\0"
	"MedicationStatement.effective[x]\0"
	"MedicationStatement.encounter\0"
	"MedicationStatement.identifier\0"
	"MedicationStatement.informationSource\0"
	"MedicationStatement.medication\0"
	"MedicationStatement.note\0"
	"MedicationStatement.partOf\0"
	"MedicationStatement.reason\0"
	"MedicationStatement.relatedClinicalInformation\0"
	"MedicationStatement.renderedDosageInstruction\0"
	"MedicationStatement.status\0"
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
	"MedicinalProductDefinition.comprisedOf\0"
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
	"MedicinalProductDefinition.name.part\0"
	"MedicinalProductDefinition.name.part.part\0"
	"MedicinalProductDefinition.name.part.type\0"
	"MedicinalProductDefinition.name.productName\0"
	"MedicinalProductDefinition.name.type\0"
	"MedicinalProductDefinition.name.usage\0"
	"MedicinalProductDefinition.name.usage.country\0"
	"MedicinalProductDefinition.name.usage.jurisdiction\0"
	"MedicinalProductDefinition.name.usage.language\0"
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
	"MessageDefinition.copyrightLabel\0"
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
	"MessageDefinition.versionAlgorithm[x]\0"
	"MessageHeader\0"
	"MessageHeader.author\0"
	"MessageHeader.definition\0"
	"MessageHeader.destination\0"
	"MessageHeader.destination.endpoint[x]\0"
	"MessageHeader.destination.name\0"
	"MessageHeader.destination.receiver\0"
	"MessageHeader.destination.target\0"
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
	"MessageHeader.source.endpoint[x]\0"
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
	"MetadataResource.approvalDate\0"
	"MetadataResource.author\0"
	"MetadataResource.contact\0"
	"MetadataResource.copyright\0"
	"MetadataResource.copyrightLabel\0"
	"MetadataResource.date\0"
	"MetadataResource.description\0"
	"MetadataResource.editor\0"
	"MetadataResource.effectivePeriod\0"
	"MetadataResource.endorser\0"
	"MetadataResource.experimental\0"
	"MetadataResource.identifier\0"
	"MetadataResource.jurisdiction\0"
	"MetadataResource.lastReviewDate\0"
	"MetadataResource.name\0"
	"MetadataResource.publisher\0"
	"MetadataResource.purpose\0"
	"MetadataResource.relatedArtifact\0"
	"MetadataResource.reviewer\0"
	"MetadataResource.status\0"
	"MetadataResource.title\0"
	"MetadataResource.topic\0"
	"MetadataResource.url\0"
	"MetadataResource.useContext\0"
	"MetadataResource.version\0"
	"MetadataResource.versionAlgorithm[x]\0"
	"MolecularSequence\0"
	"MolecularSequence.device\0"
	"MolecularSequence.focus\0"
	"MolecularSequence.formatted\0"
	"MolecularSequence.identifier\0"
	"MolecularSequence.literal\0"
	"MolecularSequence.performer\0"
	"MolecularSequence.relative\0"
	"MolecularSequence.relative.coordinateSystem\0"
	"MolecularSequence.relative.edit\0"
	"MolecularSequence.relative.edit.end\0"
	"MolecularSequence.relative.edit.replacedSequence\0"
	"MolecularSequence.relative.edit.replacementSequence\0"
	"MolecularSequence.relative.edit.start\0"
	"MolecularSequence.relative.ordinalPosition\0"
	"MolecularSequence.relative.sequenceRange\0"
	"MolecularSequence.relative.startingSequence\0"
	"MolecularSequence.relative.startingSequence.chromosome\0"
	"MolecularSequence.relative.startingSequence.genomeAssembly\0"
	"MolecularSequence.relative.startingSequence.orientation\0"
	"MolecularSequence.relative.startingSequence.sequence[x]\0"
	"MolecularSequence.relative.startingSequence.strand\0"
	"MolecularSequence.relative.startingSequence.windowEnd\0"
	"MolecularSequence.relative.startingSequence.windowStart\0"
	"MolecularSequence.specimen\0"
	"MolecularSequence.subject\0"
	"MolecularSequence.type\0"
	"MonetaryComponent\0"
	"MonetaryComponent.amount\0"
	"MonetaryComponent.code\0"
	"MonetaryComponent.factor\0"
	"MonetaryComponent.type\0"
	"Money\0"
	"Money.currency\0"
	"Money.value\0"
	"MoneyQuantity\0"
	"NamingSystem\0"
	"NamingSystem.approvalDate\0"
	"NamingSystem.author\0"
	"NamingSystem.contact\0"
	"NamingSystem.copyright\0"
	"NamingSystem.copyrightLabel\0"
	"NamingSystem.date\0"
	"NamingSystem.description\0"
	"NamingSystem.editor\0"
	"NamingSystem.effectivePeriod\0"
	"NamingSystem.endorser\0"
	"NamingSystem.experimental\0"
	"NamingSystem.identifier\0"
	"NamingSystem.jurisdiction\0"
	"NamingSystem.kind\0"
	"NamingSystem.lastReviewDate\0"
	"NamingSystem.name\0"
	"NamingSystem.publisher\0"
	"NamingSystem.purpose\0"
	"NamingSystem.relatedArtifact\0"
	"NamingSystem.responsible\0"
	"NamingSystem.reviewer\0"
	"NamingSystem.status\0"
	"NamingSystem.title\0"
	"NamingSystem.topic\0"
	"NamingSystem.type\0"
	"NamingSystem.uniqueId\0"
	"NamingSystem.uniqueId.authoritative\0"
	"NamingSystem.uniqueId.comment\0"
	"NamingSystem.uniqueId.period\0"
	"NamingSystem.uniqueId.preferred\0"
	"NamingSystem.uniqueId.type\0"
	"NamingSystem.uniqueId.value\0"
	"NamingSystem.url\0"
	"NamingSystem.usage\0"
	"NamingSystem.useContext\0"
	"NamingSystem.version\0"
	"NamingSystem.versionAlgorithm[x]\0"
	"Narrative\0"
	"Narrative.div\0"
	"Narrative.status\0"
	"NutritionIntake\0"
	"NutritionIntake.basedOn\0"
	"NutritionIntake.code\0"
	"NutritionIntake.consumedItem\0"
	"NutritionIntake.consumedItem.amount\0"
	"NutritionIntake.consumedItem.notConsumed\0"
	"NutritionIntake.consumedItem.notConsumedReason\0"
	"NutritionIntake.consumedItem.nutritionProduct\0"
	"NutritionIntake.consumedItem.rate\0"
	"NutritionIntake.consumedItem.schedule\0"
	"NutritionIntake.consumedItem.type\0"
	"NutritionIntake.derivedFrom\0"
	"NutritionIntake.encounter\0"
	"NutritionIntake.identifier\0"
	"NutritionIntake.ingredientLabel\0"
	"NutritionIntake.ingredientLabel.amount\0"
	"NutritionIntake.ingredientLabel.nutrient\0"
	"NutritionIntake.instantiatesCanonical\0"
	"NutritionIntake.instantiatesUri\0"
	"NutritionIntake.location\0"
	"NutritionIntake.note\0"
	"NutritionIntake.occurrence[x]\0"
	"NutritionIntake.partOf\0"
	"NutritionIntake.performer\0"
	"NutritionIntake.performer.actor\0"
	"NutritionIntake.performer.function\0"
	"NutritionIntake.reason\0"
	"NutritionIntake.recorded\0"
	"NutritionIntake.reported[x]\0"
	"NutritionIntake.status\0"
	"NutritionIntake.statusReason\0"
	"NutritionIntake.subject\0"
	"NutritionOrder\0"
	"NutritionOrder.allergyIntolerance\0"
	"NutritionOrder.basedOn\0"
	"NutritionOrder.dateTime\0"
	"NutritionOrder.encounter\0"
	"NutritionOrder.enteralFormula\0"
	"NutritionOrder.enteralFormula.additive\0"
	"NutritionOrder.enteralFormula.additive.productName\0"
	"NutritionOrder.enteralFormula.additive.quantity\0"
	"NutritionOrder.enteralFormula.additive.type\0"
	"NutritionOrder.enteralFormula.administration\0"
	"NutritionOrder.enteralFormula.administration.quantity\0"
	"NutritionOrder.enteralFormula.administration.rate[x]\0"
	"NutritionOrder.enteralFormula.administration.schedule\0"
	"NutritionOrder.enteralFormula.administration.schedule.asNeeded\0"
	"NutritionOrder.enteralFormula.administration.schedule.asNeededFor\0"
	"NutritionOrder.enteralFormula.administration.schedule.timing\0"
	"NutritionOrder.enteralFormula.administrationInstruction\0"
	"NutritionOrder.enteralFormula.baseFormulaProductName\0"
	"NutritionOrder.enteralFormula.baseFormulaType\0"
	"NutritionOrder.enteralFormula.caloricDensity\0"
	"NutritionOrder.enteralFormula.deliveryDevice\0"
	"NutritionOrder.enteralFormula.maxVolumeToDeliver\0"
	"NutritionOrder.enteralFormula.routeOfAdministration\0"
	"NutritionOrder.excludeFoodModifier\0"
	"NutritionOrder.foodPreferenceModifier\0"
	"NutritionOrder.groupIdentifier\0"
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
	"NutritionOrder.oralDiet.schedule.asNeeded\0"
	"NutritionOrder.oralDiet.schedule.asNeededFor\0"
	"NutritionOrder.oralDiet.schedule.timing\0"
	"NutritionOrder.oralDiet.texture\0"
	"NutritionOrder.oralDiet.texture.foodType\0"
	"NutritionOrder.oralDiet.texture.modifier\0"
	"NutritionOrder.oralDiet.type\0"
	"NutritionOrder.orderer\0"
	"NutritionOrder.outsideFoodAllowed\0"
	"NutritionOrder.performer\0"
	"NutritionOrder.priority\0"
	"NutritionOrder.status\0"
	"NutritionOrder.subject\0"
	"NutritionOrder.supplement\0"
	"NutritionOrder.supplement.instruction\0"
	"NutritionOrder.supplement.productName\0"
	"NutritionOrder.supplement.quantity\0"
	"NutritionOrder.supplement.schedule\0"
	"NutritionOrder.supplement.schedule.asNeeded\0"
	"NutritionOrder.supplement.schedule.asNeededFor\0"
	"NutritionOrder.supplement.schedule.timing\0"
	"NutritionOrder.supplement.type\0"
	"NutritionOrder.supportingInformation\0"
	"NutritionProduct\0"
	"NutritionProduct.category\0"
	"NutritionProduct.characteristic\0"
	"NutritionProduct.characteristic.type\0"
	"NutritionProduct.characteristic.value[x]\0"
	"NutritionProduct.code\0"
	"NutritionProduct.ingredient\0"
	"NutritionProduct.ingredient.amount\0"
	"NutritionProduct.ingredient.item\0"
	"NutritionProduct.instance\0"
	"NutritionProduct.instance.biologicalSourceEvent\0"
	"NutritionProduct.instance.expiry\0"
	"NutritionProduct.instance.identifier\0"
	"NutritionProduct.instance.lotNumber\0"
	"NutritionProduct.instance.name\0"
	"NutritionProduct.instance.quantity\0"
	"NutritionProduct.instance.useBy\0"
	"NutritionProduct.knownAllergen\0"
	"NutritionProduct.manufacturer\0"
	"NutritionProduct.note\0"
	"NutritionProduct.nutrient\0"
	"NutritionProduct.nutrient.amount\0"
	"NutritionProduct.nutrient.item\0"
	"NutritionProduct.status\0"
	"Observation\0"
	"Observation.basedOn\0"
	"Observation.bodySite\0"
	"Observation.bodyStructure\0"
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
	"Observation.instantiates[x]\0"
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
	"Observation.referenceRange.normalValue\0"
	"Observation.referenceRange.text\0"
	"Observation.referenceRange.type\0"
	"Observation.specimen\0"
	"Observation.status\0"
	"Observation.subject\0"
	"Observation.triggeredBy\0"
	"Observation.triggeredBy.observation\0"
	"Observation.triggeredBy.reason\0"
	"Observation.triggeredBy.type\0"
	"Observation.value[x]\0"
	"ObservationDefinition\0"
	"ObservationDefinition.approvalDate\0"
	"ObservationDefinition.bodySite\0"
	"ObservationDefinition.category\0"
	"ObservationDefinition.code\0"
	"ObservationDefinition.component\0"
	"ObservationDefinition.component.code\0"
	"ObservationDefinition.component.permittedDataType\0"
	"ObservationDefinition.component.permittedUnit\0"
	"ObservationDefinition.component.qualifiedValue\0"
	"ObservationDefinition.contact\0"
	"ObservationDefinition.copyright\0"
	"ObservationDefinition.copyrightLabel\0"
	"ObservationDefinition.date\0"
	"ObservationDefinition.derivedFromCanonical\0"
	"ObservationDefinition.derivedFromUri\0"
	"ObservationDefinition.description\0"
	"ObservationDefinition.device\0"
	"ObservationDefinition.effectivePeriod\0"
	"ObservationDefinition.experimental\0"
	"ObservationDefinition.hasMember\0"
	"ObservationDefinition.identifier\0"
	"ObservationDefinition.jurisdiction\0"
	"ObservationDefinition.lastReviewDate\0"
	"ObservationDefinition.method\0"
	"ObservationDefinition.multipleResultsAllowed\0"
	"ObservationDefinition.name\0"
	"ObservationDefinition.performerType\0"
	"ObservationDefinition.permittedDataType\0"
	"ObservationDefinition.permittedUnit\0"
	"ObservationDefinition.preferredReportName\0"
	"ObservationDefinition.publisher\0"
	"ObservationDefinition.purpose\0"
	"ObservationDefinition.qualifiedValue\0"
	"ObservationDefinition.qualifiedValue.abnormalCodedValueSet\0"
	"ObservationDefinition.qualifiedValue.age\0"
	"ObservationDefinition.qualifiedValue.appliesTo\0"
	"ObservationDefinition.qualifiedValue.condition\0"
	"ObservationDefinition.qualifiedValue.context\0"
	"ObservationDefinition.qualifiedValue.criticalCodedValueSet\0"
	"ObservationDefinition.qualifiedValue.gender\0"
	"ObservationDefinition.qualifiedValue.gestationalAge\0"
	"ObservationDefinition.qualifiedValue.normalCodedValueSet\0"
	"ObservationDefinition.qualifiedValue.range\0"
	"ObservationDefinition.qualifiedValue.rangeCategory\0"
	"ObservationDefinition.qualifiedValue.validCodedValueSet\0"
	"ObservationDefinition.specimen\0"
	"ObservationDefinition.status\0"
	"ObservationDefinition.subject\0"
	"ObservationDefinition.title\0"
	"ObservationDefinition.url\0"
	"ObservationDefinition.useContext\0"
	"ObservationDefinition.version\0"
	"ObservationDefinition.versionAlgorithm[x]\0"
	"OperationDefinition\0"
	"OperationDefinition.affectsState\0"
	"OperationDefinition.base\0"
	"OperationDefinition.code\0"
	"OperationDefinition.comment\0"
	"OperationDefinition.contact\0"
	"OperationDefinition.copyright\0"
	"OperationDefinition.copyrightLabel\0"
	"OperationDefinition.date\0"
	"OperationDefinition.description\0"
	"OperationDefinition.experimental\0"
	"OperationDefinition.identifier\0"
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
	"OperationDefinition.parameter.allowedType\0"
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
	"OperationDefinition.parameter.scope\0"
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
	"OperationDefinition.versionAlgorithm[x]\0"
	"OperationOutcome\0"
	"OperationOutcome.issue\0"
	"OperationOutcome.issue.code\0"
	"OperationOutcome.issue.details\0"
	"OperationOutcome.issue.diagnostics\0"
	"OperationOutcome.issue.expression\0"
	"OperationOutcome.issue.location\0"
	"OperationOutcome.issue.severity\0"
	"Organization.active\0"
	"Organization.alias\0"
	"Organization.contact\0"
	"Organization.description\0"
	"Organization.endpoint\0"
	"Organization.identifier\0"
	"Organization.name\0"
	"Organization.partOf\0"
	"Organization.qualification\0"
	"Organization.qualification.code\0"
	"Organization.qualification.identifier\0"
	"Organization.qualification.issuer\0"
	"Organization.qualification.period\0"
	"Organization.type\0"
	"OrganizationAffiliation\0"
	"OrganizationAffiliation.active\0"
	"OrganizationAffiliation.code\0"
	"OrganizationAffiliation.contact\0"
	"OrganizationAffiliation.endpoint\0"
	"OrganizationAffiliation.healthcareService\0"
	"OrganizationAffiliation.identifier\0"
	"OrganizationAffiliation.location\0"
	"OrganizationAffiliation.network\0"
	"OrganizationAffiliation.organization\0"
	"OrganizationAffiliation.participatingOrganization\0"
	"OrganizationAffiliation.period\0"
	"OrganizationAffiliation.specialty\0"
	"PackagedProductDefinition\0"
	"PackagedProductDefinition.attachedDocument\0"
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
	"PackagedProductDefinition.packageFor\0"
	"PackagedProductDefinition.packaging\0"
	"PackagedProductDefinition.packaging.alternateMaterial\0"
	"PackagedProductDefinition.packaging.componentPart\0"
	"PackagedProductDefinition.packaging.containedItem\0"
	"PackagedProductDefinition.packaging.containedItem.amount\0"
	"PackagedProductDefinition.packaging.containedItem.item\0"
	"PackagedProductDefinition.packaging.identifier\0"
	"PackagedProductDefinition.packaging.manufacturer\0"
	"PackagedProductDefinition.packaging.material\0"
	"PackagedProductDefinition.packaging.packaging\0"
	"PackagedProductDefinition.packaging.property\0"
	"PackagedProductDefinition.packaging.property.type\0"
	"PackagedProductDefinition.packaging.property.value[x]\0"
	"PackagedProductDefinition.packaging.quantity\0"
	"PackagedProductDefinition.packaging.shelfLifeStorage\0"
	"PackagedProductDefinition.packaging.type\0"
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
	"PaymentNotice.recipient\0"
	"PaymentNotice.reporter\0"
	"PaymentNotice.request\0"
	"PaymentNotice.response\0"
	"PaymentNotice.status\0"
	"PaymentReconciliation\0"
	"PaymentReconciliation.accountNumber\0"
	"PaymentReconciliation.allocation\0"
	"PaymentReconciliation.allocation.account\0"
	"PaymentReconciliation.allocation.amount\0"
	"PaymentReconciliation.allocation.date\0"
	"PaymentReconciliation.allocation.encounter\0"
	"PaymentReconciliation.allocation.identifier\0"
	"PaymentReconciliation.allocation.payee\0"
	"PaymentReconciliation.allocation.predecessor\0"
	"PaymentReconciliation.allocation.response\0"
	"PaymentReconciliation.allocation.responsible\0"
	"PaymentReconciliation.allocation.submitter\0"
	"PaymentReconciliation.allocation.target\0"
	"PaymentReconciliation.allocation.targetItem[x]\0"
	"PaymentReconciliation.allocation.type\0"
	"PaymentReconciliation.amount\0"
	"PaymentReconciliation.authorization\0"
	"PaymentReconciliation.cardBrand\0"
	"PaymentReconciliation.created\0"
	"PaymentReconciliation.date\0"
	"PaymentReconciliation.disposition\0"
	"PaymentReconciliation.enterer\0"
	"PaymentReconciliation.expirationDate\0"
	"PaymentReconciliation.formCode\0"
	"PaymentReconciliation.identifier\0"
	"PaymentReconciliation.issuerType\0"
	"PaymentReconciliation.kind\0"
	"PaymentReconciliation.location\0"
	"PaymentReconciliation.method\0"
	"PaymentReconciliation.outcome\0"
	"PaymentReconciliation.paymentIdentifier\0"
	"PaymentReconciliation.paymentIssuer\0"
	"PaymentReconciliation.period\0"
	"PaymentReconciliation.processNote\0"
	"PaymentReconciliation.processNote.text\0"
	"PaymentReconciliation.processNote.type\0"
	"PaymentReconciliation.processor\0"
	"PaymentReconciliation.referenceNumber\0"
	"PaymentReconciliation.request\0"
	"PaymentReconciliation.requestor\0"
	"PaymentReconciliation.returnedAmount\0"
	"PaymentReconciliation.status\0"
	"PaymentReconciliation.tenderedAmount\0"
	"PaymentReconciliation.type\0"
	"Period.end\0"
	"Period.start\0"
	"Permission\0"
	"Permission.asserter\0"
	"Permission.combining\0"
	"Permission.date\0"
	"Permission.justification\0"
	"Permission.justification.basis\0"
	"Permission.justification.evidence\0"
	"Permission.rule\0"
	"Permission.rule.activity\0"
	"Permission.rule.activity.action\0"
	"Permission.rule.activity.actor\0"
	"Permission.rule.activity.purpose\0"
	"Permission.rule.data\0"
	"Permission.rule.data.expression\0"
	"Permission.rule.data.period\0"
	"Permission.rule.data.resource\0"
	"Permission.rule.data.resource.meaning\0"
	"Permission.rule.data.resource.reference\0"
	"Permission.rule.data.security\0"
	"Permission.rule.limit\0"
	"Permission.rule.type\0"
	"Permission.status\0"
	"Permission.validity\0"
	"Person.deceased[x]\0"
	"Person.link\0"
	"Person.link.assurance\0"
	"Person.link.target\0"
	"Person.managingOrganization\0"
	"Person.maritalStatus\0"
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
	"PlanDefinition.action.input.relatedData\0"
	"PlanDefinition.action.input.requirement\0"
	"PlanDefinition.action.input.title\0"
	"PlanDefinition.action.linkId\0"
	"PlanDefinition.action.location\0"
	"PlanDefinition.action.output\0"
	"PlanDefinition.action.output.relatedData\0"
	"PlanDefinition.action.output.requirement\0"
	"PlanDefinition.action.output.title\0"
	"PlanDefinition.action.participant\0"
	"PlanDefinition.action.participant.actorId\0"
	"PlanDefinition.action.participant.function\0"
	"PlanDefinition.action.participant.role\0"
	"PlanDefinition.action.participant.type\0"
	"PlanDefinition.action.participant.typeCanonical\0"
	"PlanDefinition.action.participant.typeReference\0"
	"PlanDefinition.action.precheckBehavior\0"
	"PlanDefinition.action.prefix\0"
	"PlanDefinition.action.priority\0"
	"PlanDefinition.action.reason\0"
	"PlanDefinition.action.relatedAction\0"
	"PlanDefinition.action.relatedAction.endRelationship\0"
	"PlanDefinition.action.relatedAction.offset[x]\0"
	"PlanDefinition.action.relatedAction.relationship\0"
	"PlanDefinition.action.relatedAction.targetId\0"
	"PlanDefinition.action.requiredBehavior\0"
	"PlanDefinition.action.selectionBehavior\0"
	"PlanDefinition.action.subject[x]\0"
	"PlanDefinition.action.textEquivalent\0"
	"PlanDefinition.action.timing[x]\0"
	"PlanDefinition.action.title\0"
	"PlanDefinition.action.transform\0"
	"PlanDefinition.action.trigger\0"
	"PlanDefinition.action.type\0"
	"PlanDefinition.actor\0"
	"PlanDefinition.actor.description\0"
	"PlanDefinition.actor.option\0"
	"PlanDefinition.actor.option.role\0"
	"PlanDefinition.actor.option.type\0"
	"PlanDefinition.actor.option.typeCanonical\0"
	"PlanDefinition.actor.option.typeReference\0"
	"PlanDefinition.actor.title\0"
	"PlanDefinition.approvalDate\0"
	"PlanDefinition.asNeeded[x]\0"
	"PlanDefinition.author\0"
	"PlanDefinition.contact\0"
	"PlanDefinition.copyright\0"
	"PlanDefinition.copyrightLabel\0"
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
	"PlanDefinition.versionAlgorithm[x]\0"
	"Practitioner.active\0"
	"Practitioner.address\0"
	"Practitioner.birthDate\0"
	"Practitioner.communication\0"
	"Practitioner.communication.language\0"
	"Practitioner.communication.preferred\0"
	"Practitioner.deceased[x]\0"
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
	"PractitionerRole.availability\0"
	"PractitionerRole.characteristic\0"
	"PractitionerRole.code\0"
	"PractitionerRole.communication\0"
	"PractitionerRole.contact\0"
	"PractitionerRole.endpoint\0"
	"PractitionerRole.healthcareService\0"
	"PractitionerRole.identifier\0"
	"PractitionerRole.location\0"
	"PractitionerRole.organization\0"
	"PractitionerRole.period\0"
	"PractitionerRole.practitioner\0"
	"PractitionerRole.specialty\0"
	"PrimitiveType\0"
	"Procedure.basedOn\0"
	"Procedure.bodySite\0"
	"Procedure.category\0"
	"Procedure.code\0"
	"Procedure.complication\0"
	"Procedure.encounter\0"
	"Procedure.focalDevice\0"
	"Procedure.focalDevice.action\0"
	"Procedure.focalDevice.manipulated\0"
	"Procedure.focus\0"
	"Procedure.followUp\0"
	"Procedure.identifier\0"
	"Procedure.instantiatesCanonical\0"
	"Procedure.instantiatesUri\0"
	"Procedure.location\0"
	"Procedure.note\0"
	"Procedure.occurrence[x]\0"
	"Procedure.outcome\0"
	"Procedure.partOf\0"
	"Procedure.performer\0"
	"Procedure.performer.actor\0"
	"Procedure.performer.function\0"
	"Procedure.performer.onBehalfOf\0"
	"Procedure.performer.period\0"
	"Procedure.reason\0"
	"Procedure.recorded\0"
	"Procedure.recorder\0"
	"Procedure.report\0"
	"Procedure.reported[x]\0"
	"Procedure.status\0"
	"Procedure.statusReason\0"
	"Procedure.subject\0"
	"Procedure.supportingInfo\0"
	"Procedure.used\0"
	"ProductShelfLife\0"
	"ProductShelfLife.period[x]\0"
	"ProductShelfLife.specialPrecautionsForStorage\0"
	"ProductShelfLife.type\0"
	"Provenance\0"
	"Provenance.activity\0"
	"Provenance.agent\0"
	"Provenance.agent.onBehalfOf\0"
	"Provenance.agent.role\0"
	"Provenance.agent.type\0"
	"Provenance.agent.who\0"
	"Provenance.authorization\0"
	"Provenance.basedOn\0"
	"Provenance.encounter\0"
	"Provenance.entity\0"
	"Provenance.entity.agent\0"
	"Provenance.entity.role\0"
	"Provenance.entity.what\0"
	"Provenance.location\0"
	"Provenance.occurred[x]\0"
	"Provenance.patient\0"
	"Provenance.policy\0"
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
	"Questionnaire.copyrightLabel\0"
	"Questionnaire.date\0"
	"Questionnaire.derivedFrom\0"
	"Questionnaire.description\0"
	"Questionnaire.effectivePeriod\0"
	"Questionnaire.experimental\0"
	"Questionnaire.identifier\0"
	"Questionnaire.item\0"
	"Questionnaire.item.answerConstraint\0"
	"Questionnaire.item.answerOption\0"
	"Questionnaire.item.answerOption.initialSelected\0"
	"Questionnaire.item.answerOption.value[x]\0"
	"Questionnaire.item.answerValueSet\0"
	"Questionnaire.item.code\0"
	"Questionnaire.item.definition\0"
	"Questionnaire.item.disabledDisplay\0"
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
	"Questionnaire.versionAlgorithm[x]\0"
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
	"RegulatedAuthorization.attachedDocument\0"
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
	"RelatedArtifact.classifier\0"
	"RelatedArtifact.display\0"
	"RelatedArtifact.document\0"
	"RelatedArtifact.label\0"
	"RelatedArtifact.publicationDate\0"
	"RelatedArtifact.publicationStatus\0"
	"RelatedArtifact.resource\0"
	"RelatedArtifact.resourceReference\0"
	"RelatedArtifact.type\0"
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
	"RequestOrchestration\0"
	"RequestOrchestration.action\0"
	"RequestOrchestration.action.action\0"
	"RequestOrchestration.action.cardinalityBehavior\0"
	"RequestOrchestration.action.code\0"
	"RequestOrchestration.action.condition\0"
	"RequestOrchestration.action.condition.expression\0"
	"RequestOrchestration.action.condition.kind\0"
	"RequestOrchestration.action.definition[x]\0"
	"RequestOrchestration.action.description\0"
	"RequestOrchestration.action.documentation\0"
	"RequestOrchestration.action.dynamicValue\0"
	"RequestOrchestration.action.dynamicValue.expression\0"
	"RequestOrchestration.action.dynamicValue.path\0"
	"RequestOrchestration.action.goal\0"
	"RequestOrchestration.action.groupingBehavior\0"
	"RequestOrchestration.action.input\0"
	"RequestOrchestration.action.input.relatedData\0"
	"RequestOrchestration.action.input.requirement\0"
	"RequestOrchestration.action.input.title\0"
	"RequestOrchestration.action.linkId\0"
	"RequestOrchestration.action.location\0"
	"RequestOrchestration.action.output\0"
	"RequestOrchestration.action.output.relatedData\0"
	"RequestOrchestration.action.output.requirement\0"
	"RequestOrchestration.action.output.title\0"
	"RequestOrchestration.action.participant\0"
	"RequestOrchestration.action.participant.actor[x]\0"
	"RequestOrchestration.action.participant.function\0"
	"RequestOrchestration.action.participant.role\0"
	"RequestOrchestration.action.participant.type\0"
	"RequestOrchestration.action.participant.typeCanonical\0"
	"RequestOrchestration.action.participant.typeReference\0"
	"RequestOrchestration.action.precheckBehavior\0"
	"RequestOrchestration.action.prefix\0"
	"RequestOrchestration.action.priority\0"
	"RequestOrchestration.action.relatedAction\0"
	"RequestOrchestration.action.relatedAction.endRelationship\0"
	"RequestOrchestration.action.relatedAction.offset[x]\0"
	"RequestOrchestration.action.relatedAction.relationship\0"
	"RequestOrchestration.action.relatedAction.targetId\0"
	"RequestOrchestration.action.requiredBehavior\0"
	"RequestOrchestration.action.resource\0"
	"RequestOrchestration.action.selectionBehavior\0"
	"RequestOrchestration.action.textEquivalent\0"
	"RequestOrchestration.action.timing[x]\0"
	"RequestOrchestration.action.title\0"
	"RequestOrchestration.action.transform\0"
	"RequestOrchestration.action.type\0"
	"RequestOrchestration.author\0"
	"RequestOrchestration.authoredOn\0"
	"RequestOrchestration.basedOn\0"
	"RequestOrchestration.code\0"
	"RequestOrchestration.encounter\0"
	"RequestOrchestration.goal\0"
	"RequestOrchestration.groupIdentifier\0"
	"RequestOrchestration.identifier\0"
	"RequestOrchestration.instantiatesCanonical\0"
	"RequestOrchestration.instantiatesUri\0"
	"RequestOrchestration.intent\0"
	"RequestOrchestration.note\0"
	"RequestOrchestration.priority\0"
	"RequestOrchestration.reason\0"
	"RequestOrchestration.replaces\0"
	"RequestOrchestration.status\0"
	"RequestOrchestration.subject\0"
	"Requirements.actor\0"
	"Requirements.contact\0"
	"Requirements.copyright\0"
	"Requirements.copyrightLabel\0"
	"Requirements.date\0"
	"Requirements.derivedFrom\0"
	"Requirements.description\0"
	"Requirements.experimental\0"
	"Requirements.identifier\0"
	"Requirements.jurisdiction\0"
	"Requirements.name\0"
	"Requirements.publisher\0"
	"Requirements.purpose\0"
	"Requirements.reference\0"
	"Requirements.statement\0"
	"Requirements.statement.conditionality\0"
	"Requirements.statement.conformance\0"
	"Requirements.statement.derivedFrom\0"
	"Requirements.statement.key\0"
	"Requirements.statement.label\0"
	"Requirements.statement.parent\0"
	"Requirements.statement.reference\0"
	"Requirements.statement.requirement\0"
	"Requirements.statement.satisfiedBy\0"
	"Requirements.statement.source\0"
	"Requirements.status\0"
	"Requirements.title\0"
	"Requirements.url\0"
	"Requirements.useContext\0"
	"Requirements.version\0"
	"Requirements.versionAlgorithm[x]\0"
	"ResearchStudy.associatedParty\0"
	"ResearchStudy.associatedParty.classifier\0"
	"ResearchStudy.associatedParty.name\0"
	"ResearchStudy.associatedParty.party\0"
	"ResearchStudy.associatedParty.period\0"
	"ResearchStudy.associatedParty.role\0"
	"ResearchStudy.classifier\0"
	"ResearchStudy.comparisonGroup\0"
	"ResearchStudy.comparisonGroup.description\0"
	"ResearchStudy.comparisonGroup.intendedExposure\0"
	"ResearchStudy.comparisonGroup.linkId\0"
	"ResearchStudy.comparisonGroup.name\0"
	"ResearchStudy.comparisonGroup.observedGroup\0"
	"ResearchStudy.comparisonGroup.type\0"
	"ResearchStudy.condition\0"
	"ResearchStudy.date\0"
	"ResearchStudy.description\0"
	"ResearchStudy.descriptionSummary\0"
	"ResearchStudy.focus\0"
	"ResearchStudy.identifier\0"
	"ResearchStudy.keyword\0"
	"ResearchStudy.label\0"
	"ResearchStudy.label.type\0"
	"ResearchStudy.label.value\0"
	"ResearchStudy.name\0"
	"ResearchStudy.note\0"
	"ResearchStudy.objective\0"
	"ResearchStudy.objective.description\0"
	"ResearchStudy.objective.name\0"
	"ResearchStudy.objective.type\0"
	"ResearchStudy.outcomeMeasure\0"
	"ResearchStudy.outcomeMeasure.description\0"
	"ResearchStudy.outcomeMeasure.name\0"
	"ResearchStudy.outcomeMeasure.reference\0"
	"ResearchStudy.outcomeMeasure.type\0"
	"ResearchStudy.partOf\0"
	"ResearchStudy.period\0"
	"ResearchStudy.phase\0"
	"ResearchStudy.primaryPurposeType\0"
	"ResearchStudy.progressStatus\0"
	"ResearchStudy.progressStatus.actual\0"
	"ResearchStudy.progressStatus.period\0"
	"ResearchStudy.progressStatus.state\0"
	"ResearchStudy.protocol\0"
	"ResearchStudy.recruitment\0"
	"ResearchStudy.recruitment.actualGroup\0"
	"ResearchStudy.recruitment.actualNumber\0"
	"ResearchStudy.recruitment.eligibility\0"
	"ResearchStudy.recruitment.targetNumber\0"
	"ResearchStudy.region\0"
	"ResearchStudy.relatedArtifact\0"
	"ResearchStudy.result\0"
	"ResearchStudy.site\0"
	"ResearchStudy.status\0"
	"ResearchStudy.studyDesign\0"
	"ResearchStudy.title\0"
	"ResearchStudy.url\0"
	"ResearchStudy.version\0"
	"ResearchStudy.whyStopped\0"
	"ResearchSubject\0"
	"ResearchSubject.actualComparisonGroup\0"
	"ResearchSubject.assignedComparisonGroup\0"
	"ResearchSubject.consent\0"
	"ResearchSubject.identifier\0"
	"ResearchSubject.period\0"
	"ResearchSubject.progress\0"
	"ResearchSubject.progress.endDate\0"
	"ResearchSubject.progress.milestone\0"
	"ResearchSubject.progress.reason\0"
	"ResearchSubject.progress.startDate\0"
	"ResearchSubject.progress.subjectState\0"
	"ResearchSubject.progress.type\0"
	"ResearchSubject.status\0"
	"ResearchSubject.study\0"
	"ResearchSubject.subject\0"
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
	"RiskAssessment.reason\0"
	"RiskAssessment.status\0"
	"RiskAssessment.subject\0"
	"SampledData\0"
	"SampledData.codeMap\0"
	"SampledData.data\0"
	"SampledData.dimensions\0"
	"SampledData.factor\0"
	"SampledData.interval\0"
	"SampledData.intervalUnit\0"
	"SampledData.lowerLimit\0"
	"SampledData.offsets\0"
	"SampledData.origin\0"
	"SampledData.upperLimit\0"
	"Schedule\0"
	"Schedule.active\0"
	"Schedule.actor\0"
	"Schedule.comment\0"
	"Schedule.identifier\0"
	"Schedule.name\0"
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
	"SearchParameter.constraint\0"
	"SearchParameter.contact\0"
	"SearchParameter.copyright\0"
	"SearchParameter.copyrightLabel\0"
	"SearchParameter.date\0"
	"SearchParameter.derivedFrom\0"
	"SearchParameter.description\0"
	"SearchParameter.experimental\0"
	"SearchParameter.expression\0"
	"SearchParameter.identifier\0"
	"SearchParameter.jurisdiction\0"
	"SearchParameter.modifier\0"
	"SearchParameter.multipleAnd\0"
	"SearchParameter.multipleOr\0"
	"SearchParameter.name\0"
	"SearchParameter.processingMode\0"
	"SearchParameter.publisher\0"
	"SearchParameter.purpose\0"
	"SearchParameter.status\0"
	"SearchParameter.target\0"
	"SearchParameter.title\0"
	"SearchParameter.type\0"
	"SearchParameter.url\0"
	"SearchParameter.useContext\0"
	"SearchParameter.version\0"
	"SearchParameter.versionAlgorithm[x]\0"
	"ServiceRequest\0"
	"ServiceRequest.asNeeded[x]\0"
	"ServiceRequest.authoredOn\0"
	"ServiceRequest.basedOn\0"
	"ServiceRequest.bodySite\0"
	"ServiceRequest.bodyStructure\0"
	"ServiceRequest.category\0"
	"ServiceRequest.code\0"
	"ServiceRequest.doNotPerform\0"
	"ServiceRequest.encounter\0"
	"ServiceRequest.focus\0"
	"ServiceRequest.identifier\0"
	"ServiceRequest.instantiatesCanonical\0"
	"ServiceRequest.instantiatesUri\0"
	"ServiceRequest.insurance\0"
	"ServiceRequest.intent\0"
	"ServiceRequest.location\0"
	"ServiceRequest.note\0"
	"ServiceRequest.occurrence[x]\0"
	"ServiceRequest.orderDetail\0"
	"ServiceRequest.orderDetail.parameter\0"
	"ServiceRequest.orderDetail.parameter.code\0"
	"ServiceRequest.orderDetail.parameter.value[x]\0"
	"ServiceRequest.orderDetail.parameterFocus\0"
	"ServiceRequest.patientInstruction\0"
	"ServiceRequest.patientInstruction.instruction[x]\0"
	"ServiceRequest.performer\0"
	"ServiceRequest.performerType\0"
	"ServiceRequest.priority\0"
	"ServiceRequest.quantity[x]\0"
	"ServiceRequest.reason\0"
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
	"Specimen.collection.device\0"
	"Specimen.collection.duration\0"
	"Specimen.collection.fastingStatus[x]\0"
	"Specimen.collection.method\0"
	"Specimen.collection.procedure\0"
	"Specimen.collection.quantity\0"
	"Specimen.combined\0"
	"Specimen.condition\0"
	"Specimen.container\0"
	"Specimen.container.device\0"
	"Specimen.container.location\0"
	"Specimen.container.specimenQuantity\0"
	"Specimen.feature\0"
	"Specimen.feature.description\0"
	"Specimen.feature.type\0"
	"Specimen.identifier\0"
	"Specimen.note\0"
	"Specimen.parent\0"
	"Specimen.processing\0"
	"Specimen.processing.additive\0"
	"Specimen.processing.description\0"
	"Specimen.processing.method\0"
	"Specimen.processing.time[x]\0"
	"Specimen.receivedTime\0"
	"Specimen.request\0"
	"Specimen.role\0"
	"Specimen.status\0"
	"Specimen.subject\0"
	"Specimen.type\0"
	"SpecimenDefinition\0"
	"SpecimenDefinition.approvalDate\0"
	"SpecimenDefinition.collection\0"
	"SpecimenDefinition.contact\0"
	"SpecimenDefinition.copyright\0"
	"SpecimenDefinition.copyrightLabel\0"
	"SpecimenDefinition.date\0"
	"SpecimenDefinition.derivedFromCanonical\0"
	"SpecimenDefinition.derivedFromUri\0"
	"SpecimenDefinition.description\0"
	"SpecimenDefinition.effectivePeriod\0"
	"SpecimenDefinition.experimental\0"
	"SpecimenDefinition.identifier\0"
	"SpecimenDefinition.jurisdiction\0"
	"SpecimenDefinition.lastReviewDate\0"
	"SpecimenDefinition.name\0"
	"SpecimenDefinition.patientPreparation\0"
	"SpecimenDefinition.publisher\0"
	"SpecimenDefinition.purpose\0"
	"SpecimenDefinition.status\0"
	"SpecimenDefinition.subject[x]\0"
	"SpecimenDefinition.timeAspect\0"
	"SpecimenDefinition.title\0"
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
	"SpecimenDefinition.typeTested.singleUse\0"
	"SpecimenDefinition.typeTested.testingDestination\0"
	"SpecimenDefinition.typeTested.type\0"
	"SpecimenDefinition.url\0"
	"SpecimenDefinition.useContext\0"
	"SpecimenDefinition.version\0"
	"SpecimenDefinition.versionAlgorithm[x]\0"
	"StructureDefinition\0"
	"StructureDefinition.abstract\0"
	"StructureDefinition.baseDefinition\0"
	"StructureDefinition.contact\0"
	"StructureDefinition.context\0"
	"StructureDefinition.context.expression\0"
	"StructureDefinition.context.type\0"
	"StructureDefinition.contextInvariant\0"
	"StructureDefinition.copyright\0"
	"StructureDefinition.copyrightLabel\0"
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
	"StructureDefinition.versionAlgorithm[x]\0"
	"StructureMap\0"
	"StructureMap.const\0"
	"StructureMap.const.name\0"
	"StructureMap.const.value\0"
	"StructureMap.contact\0"
	"StructureMap.copyright\0"
	"StructureMap.copyrightLabel\0"
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
	"StructureMap.group.rule.dependent.parameter\0"
	"StructureMap.group.rule.documentation\0"
	"StructureMap.group.rule.name\0"
	"StructureMap.group.rule.rule\0"
	"StructureMap.group.rule.source\0"
	"StructureMap.group.rule.source.check\0"
	"StructureMap.group.rule.source.condition\0"
	"StructureMap.group.rule.source.context\0"
	"StructureMap.group.rule.source.defaultValue\0"
	"StructureMap.group.rule.source.element\0"
	"StructureMap.group.rule.source.listMode\0"
	"StructureMap.group.rule.source.logMessage\0"
	"StructureMap.group.rule.source.max\0"
	"StructureMap.group.rule.source.min\0"
	"StructureMap.group.rule.source.type\0"
	"StructureMap.group.rule.source.variable\0"
	"StructureMap.group.rule.target\0"
	"StructureMap.group.rule.target.context\0"
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
	"StructureMap.versionAlgorithm[x]\0"
	"Subscription\0"
	"Subscription.channelType\0"
	"Subscription.contact\0"
	"Subscription.content\0"
	"Subscription.contentType\0"
	"Subscription.end\0"
	"Subscription.endpoint\0"
	"Subscription.filterBy\0"
	"Subscription.filterBy.comparator\0"
	"Subscription.filterBy.filterParameter\0"
	"Subscription.filterBy.modifier\0"
	"Subscription.filterBy.resourceType\0"
	"Subscription.filterBy.value\0"
	"Subscription.heartbeatPeriod\0"
	"Subscription.identifier\0"
	"Subscription.managingEntity\0"
	"Subscription.maxCount\0"
	"Subscription.name\0"
	"Subscription.parameter\0"
	"Subscription.parameter.name\0"
	"Subscription.parameter.value\0"
	"Subscription.reason\0"
	"Subscription.status\0"
	"Subscription.timeout\0"
	"Subscription.topic\0"
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
	"SubscriptionTopic.canFilterBy.comparator\0"
	"SubscriptionTopic.canFilterBy.description\0"
	"SubscriptionTopic.canFilterBy.filterDefinition\0"
	"SubscriptionTopic.canFilterBy.filterParameter\0"
	"SubscriptionTopic.canFilterBy.modifier\0"
	"SubscriptionTopic.canFilterBy.resource\0"
	"SubscriptionTopic.contact\0"
	"SubscriptionTopic.copyright\0"
	"SubscriptionTopic.copyrightLabel\0"
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
	"SubscriptionTopic.name\0"
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
	"SubscriptionTopic.versionAlgorithm[x]\0"
	"Substance\0"
	"Substance.category\0"
	"Substance.code\0"
	"Substance.description\0"
	"Substance.expiry\0"
	"Substance.identifier\0"
	"Substance.ingredient\0"
	"Substance.ingredient.quantity\0"
	"Substance.ingredient.substance[x]\0"
	"Substance.instance\0"
	"Substance.quantity\0"
	"Substance.status\0"
	"SubstanceDefinition\0"
	"SubstanceDefinition.characterization\0"
	"SubstanceDefinition.characterization.description\0"
	"SubstanceDefinition.characterization.file\0"
	"SubstanceDefinition.characterization.form\0"
	"SubstanceDefinition.characterization.technique\0"
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
	"SubstanceDefinition.nucleicAcid\0"
	"SubstanceDefinition.polymer\0"
	"SubstanceDefinition.property\0"
	"SubstanceDefinition.property.type\0"
	"SubstanceDefinition.property.value[x]\0"
	"SubstanceDefinition.protein\0"
	"SubstanceDefinition.referenceInformation\0"
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
	"SubstancePolymer.identifier\0"
	"SubstancePolymer.modification\0"
	"SubstancePolymer.monomerSet\0"
	"SubstancePolymer.monomerSet.ratioType\0"
	"SubstancePolymer.monomerSet.startingMaterial\0"
	"SubstancePolymer.monomerSet.startingMaterial.amount\0"
	"SubstancePolymer.monomerSet.startingMaterial.category\0"
	"SubstancePolymer.monomerSet.startingMaterial.code\0"
	"SubstancePolymer.monomerSet.startingMaterial.isDefining\0"
	"SubstancePolymer.repeat\0"
	"SubstancePolymer.repeat.averageMolecularFormula\0"
	"SubstancePolymer.repeat.repeatUnit\0"
	"SubstancePolymer.repeat.repeatUnit.amount\0"
	"SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation\0"
	"SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation.average\0"
	"SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation.high\0"
	"SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation.low\0"
	"SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation.type\0"
	"SubstancePolymer.repeat.repeatUnit.orientation\0"
	"SubstancePolymer.repeat.repeatUnit.structuralRepresentation\0"
	"SubstancePolymer.repeat.repeatUnit.structuralRepresentation.attachment\0"
	"SubstancePolymer.repeat.repeatUnit.structuralRepresentation.format\0"
	"SubstancePolymer.repeat.repeatUnit.structuralRepresentation.representation\0"
	"SubstancePolymer.repeat.repeatUnit.structuralRepresentation.type\0"
	"SubstancePolymer.repeat.repeatUnit.unit\0"
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
	"SupplyRequest.basedOn\0"
	"SupplyRequest.category\0"
	"SupplyRequest.deliverFor\0"
	"SupplyRequest.deliverFrom\0"
	"SupplyRequest.deliverTo\0"
	"SupplyRequest.identifier\0"
	"SupplyRequest.item\0"
	"SupplyRequest.occurrence[x]\0"
	"SupplyRequest.parameter\0"
	"SupplyRequest.parameter.code\0"
	"SupplyRequest.parameter.value[x]\0"
	"SupplyRequest.priority\0"
	"SupplyRequest.quantity\0"
	"SupplyRequest.reason\0"
	"SupplyRequest.requester\0"
	"SupplyRequest.status\0"
	"SupplyRequest.supplier\0"
	"Task\0"
	"Task.authoredOn\0"
	"Task.basedOn\0"
	"Task.businessStatus\0"
	"Task.code\0"
	"Task.description\0"
	"Task.doNotPerform\0"
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
	"Task.performer\0"
	"Task.performer.actor\0"
	"Task.performer.function\0"
	"Task.priority\0"
	"Task.reason\0"
	"Task.relevantHistory\0"
	"Task.requestedPerformer\0"
	"Task.requestedPeriod\0"
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
	"TerminologyCapabilities.codeSystem.content\0"
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
	"TerminologyCapabilities.copyrightLabel\0"
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
	"TerminologyCapabilities.identifier\0"
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
	"TerminologyCapabilities.versionAlgorithm[x]\0"
	"TestPlan\0"
	"TestPlan.category\0"
	"TestPlan.contact\0"
	"TestPlan.copyright\0"
	"TestPlan.copyrightLabel\0"
	"TestPlan.date\0"
	"TestPlan.dependency\0"
	"TestPlan.dependency.description\0"
	"TestPlan.dependency.predecessor\0"
	"TestPlan.description\0"
	"TestPlan.exitCriteria\0"
	"TestPlan.experimental\0"
	"TestPlan.identifier\0"
	"TestPlan.jurisdiction\0"
	"TestPlan.name\0"
	"TestPlan.publisher\0"
	"TestPlan.purpose\0"
	"TestPlan.scope\0"
	"TestPlan.status\0"
	"TestPlan.testCase\0"
	"TestPlan.testCase.assertion\0"
	"TestPlan.testCase.assertion.object\0"
	"TestPlan.testCase.assertion.result\0"
	"TestPlan.testCase.assertion.type\0"
	"TestPlan.testCase.dependency\0"
	"TestPlan.testCase.dependency.description\0"
	"TestPlan.testCase.dependency.predecessor\0"
	"TestPlan.testCase.scope\0"
	"TestPlan.testCase.sequence\0"
	"TestPlan.testCase.testData\0"
	"TestPlan.testCase.testData.content\0"
	"TestPlan.testCase.testData.source[x]\0"
	"TestPlan.testCase.testData.type\0"
	"TestPlan.testCase.testRun\0"
	"TestPlan.testCase.testRun.narrative\0"
	"TestPlan.testCase.testRun.script\0"
	"TestPlan.testCase.testRun.script.language\0"
	"TestPlan.testCase.testRun.script.source[x]\0"
	"TestPlan.testTools\0"
	"TestPlan.title\0"
	"TestPlan.url\0"
	"TestPlan.useContext\0"
	"TestPlan.version\0"
	"TestPlan.versionAlgorithm[x]\0"
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
	"TestReport.setup.action.assert.requirement\0"
	"TestReport.setup.action.assert.requirement.link[x]\0"
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
	"TestScript.copyrightLabel\0"
	"TestScript.date\0"
	"TestScript.description\0"
	"TestScript.destination\0"
	"TestScript.destination.index\0"
	"TestScript.destination.profile\0"
	"TestScript.destination.url\0"
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
	"TestScript.origin.url\0"
	"TestScript.profile\0"
	"TestScript.publisher\0"
	"TestScript.purpose\0"
	"TestScript.scope\0"
	"TestScript.scope.artifact\0"
	"TestScript.scope.conformance\0"
	"TestScript.scope.phase\0"
	"TestScript.setup\0"
	"TestScript.setup.action\0"
	"TestScript.setup.action.assert\0"
	"TestScript.setup.action.assert.compareToSourceExpression\0"
	"TestScript.setup.action.assert.compareToSourceId\0"
	"TestScript.setup.action.assert.compareToSourcePath\0"
	"TestScript.setup.action.assert.contentType\0"
	"TestScript.setup.action.assert.defaultManualCompletion\0"
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
	"TestScript.setup.action.assert.requirement\0"
	"TestScript.setup.action.assert.requirement.link[x]\0"
	"TestScript.setup.action.assert.resource\0"
	"TestScript.setup.action.assert.response\0"
	"TestScript.setup.action.assert.responseCode\0"
	"TestScript.setup.action.assert.sourceId\0"
	"TestScript.setup.action.assert.stopTestOnFail\0"
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
	"TestScript.versionAlgorithm[x]\0"
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
	"Transport\0"
	"Transport.authoredOn\0"
	"Transport.basedOn\0"
	"Transport.code\0"
	"Transport.completionTime\0"
	"Transport.currentLocation\0"
	"Transport.description\0"
	"Transport.encounter\0"
	"Transport.focus\0"
	"Transport.for\0"
	"Transport.groupIdentifier\0"
	"Transport.history\0"
	"Transport.identifier\0"
	"Transport.input\0"
	"Transport.input.type\0"
	"Transport.input.value[x]\0"
	"Transport.instantiatesCanonical\0"
	"Transport.instantiatesUri\0"
	"Transport.insurance\0"
	"Transport.intent\0"
	"Transport.lastModified\0"
	"Transport.location\0"
	"Transport.note\0"
	"Transport.output\0"
	"Transport.output.type\0"
	"Transport.output.value[x]\0"
	"Transport.owner\0"
	"Transport.partOf\0"
	"Transport.performerType\0"
	"Transport.priority\0"
	"Transport.reason\0"
	"Transport.relevantHistory\0"
	"Transport.requestedLocation\0"
	"Transport.requester\0"
	"Transport.restriction\0"
	"Transport.restriction.period\0"
	"Transport.restriction.recipient\0"
	"Transport.restriction.repetitions\0"
	"Transport.status\0"
	"Transport.statusReason\0"
	"TriggerDefinition\0"
	"TriggerDefinition.code\0"
	"TriggerDefinition.condition\0"
	"TriggerDefinition.data\0"
	"TriggerDefinition.name\0"
	"TriggerDefinition.subscriptionTopic\0"
	"TriggerDefinition.timing[x]\0"
	"TriggerDefinition.type\0"
	"UsageContext\0"
	"UsageContext.code\0"
	"UsageContext.value[x]\0"
	"ValueSet.approvalDate\0"
	"ValueSet.author\0"
	"ValueSet.compose\0"
	"ValueSet.compose.exclude\0"
	"ValueSet.compose.inactive\0"
	"ValueSet.compose.include\0"
	"ValueSet.compose.include.concept\0"
	"ValueSet.compose.include.concept.code\0"
	"ValueSet.compose.include.concept.designation\0"
	"ValueSet.compose.include.concept.designation.additionalUse\0"
	"ValueSet.compose.include.concept.designation.language\0"
	"ValueSet.compose.include.concept.designation.use\0"
	"ValueSet.compose.include.concept.designation.value\0"
	"ValueSet.compose.include.concept.display\0"
	"ValueSet.compose.include.copyright\0"
	"ValueSet.compose.include.filter\0"
	"ValueSet.compose.include.filter.op\0"
	"ValueSet.compose.include.filter.property\0"
	"ValueSet.compose.include.filter.value\0"
	"ValueSet.compose.include.system\0"
	"ValueSet.compose.include.valueSet\0"
	"ValueSet.compose.include.version\0"
	"ValueSet.compose.lockedDate\0"
	"ValueSet.compose.property\0"
	"ValueSet.contact\0"
	"ValueSet.copyright\0"
	"ValueSet.copyrightLabel\0"
	"ValueSet.date\0"
	"ValueSet.description\0"
	"ValueSet.editor\0"
	"ValueSet.effectivePeriod\0"
	"ValueSet.endorser\0"
	"ValueSet.expansion\0"
	"ValueSet.expansion.contains\0"
	"ValueSet.expansion.contains.abstract\0"
	"ValueSet.expansion.contains.code\0"
	"ValueSet.expansion.contains.contains\0"
	"ValueSet.expansion.contains.designation\0"
	"ValueSet.expansion.contains.display\0"
	"ValueSet.expansion.contains.inactive\0"
	"ValueSet.expansion.contains.property\0"
	"ValueSet.expansion.contains.property.code\0"
	"ValueSet.expansion.contains.property.subProperty\0"
	"ValueSet.expansion.contains.property.subProperty.code\0"
	"ValueSet.expansion.contains.property.subProperty.value[x]\0"
	"ValueSet.expansion.contains.property.value[x]\0"
	"ValueSet.expansion.contains.system\0"
	"ValueSet.expansion.contains.version\0"
	"ValueSet.expansion.identifier\0"
	"ValueSet.expansion.next\0"
	"ValueSet.expansion.offset\0"
	"ValueSet.expansion.parameter\0"
	"ValueSet.expansion.parameter.name\0"
	"ValueSet.expansion.parameter.value[x]\0"
	"ValueSet.expansion.property\0"
	"ValueSet.expansion.property.code\0"
	"ValueSet.expansion.property.uri\0"
	"ValueSet.expansion.timestamp\0"
	"ValueSet.expansion.total\0"
	"ValueSet.experimental\0"
	"ValueSet.identifier\0"
	"ValueSet.immutable\0"
	"ValueSet.jurisdiction\0"
	"ValueSet.lastReviewDate\0"
	"ValueSet.name\0"
	"ValueSet.publisher\0"
	"ValueSet.purpose\0"
	"ValueSet.relatedArtifact\0"
	"ValueSet.reviewer\0"
	"ValueSet.scope\0"
	"ValueSet.scope.exclusionCriteria\0"
	"ValueSet.scope.inclusionCriteria\0"
	"ValueSet.status\0"
	"ValueSet.title\0"
	"ValueSet.topic\0"
	"ValueSet.url\0"
	"ValueSet.useContext\0"
	"ValueSet.version\0"
	"ValueSet.versionAlgorithm[x]\0"
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
	"VirtualServiceDetail\0"
	"VirtualServiceDetail.additionalInfo\0"
	"VirtualServiceDetail.address[x]\0"
	"VirtualServiceDetail.channelType\0"
	"VirtualServiceDetail.maxParticipants\0"
	"VirtualServiceDetail.sessionKey\0"
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
	"base64Binary\0"
	"base64Binary.value\0"
	"boolean\0"
	"boolean.value\0"
	"born\0"
	"bounds\0"
	"canonical\0"
	"canonical.value\0"
	"citeAs\0"
	"code.value\0"
	"collected\0"
	"concentration\0"
	"date.value\0"
	"dateTime.value\0"
	"deceased\0"
	"decimal\0"
	"decimal.value\0"
	"effective\0"
	"fastingStatus\0"
	"fixed\0"
	"generatedBy\0"
	"http://dicom.nema.org/medical/dicom/current/output/chtml/part04/sect_B.5.html#table_B.5-1\0"
	"http://dicom.nema.org/medical/dicom/current/output/chtml/part16/sect_CID_244.html\0"
	"http://dicom.nema.org/medical/dicom/current/output/chtml/part16/sect_CID_33.html\0"
	"http://dicom.nema.org/medical/dicom/current/output/chtml/part16/sect_CID_7010.html\0"
	"http://hl7.org/fhir/ValueSet/FHIR-version|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/account-aggregate\0"
	"http://hl7.org/fhir/ValueSet/account-balance-term\0"
	"http://hl7.org/fhir/ValueSet/account-billing-status\0"
	"http://hl7.org/fhir/ValueSet/account-relationship\0"
	"http://hl7.org/fhir/ValueSet/account-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/account-type\0"
	"http://hl7.org/fhir/ValueSet/action-cardinality-behavior|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/action-code\0"
	"http://hl7.org/fhir/ValueSet/action-condition-kind|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/action-grouping-behavior|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/action-participant-function\0"
	"http://hl7.org/fhir/ValueSet/action-participant-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/action-precheck-behavior|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/action-reason-code\0"
	"http://hl7.org/fhir/ValueSet/action-relationship-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/action-required-behavior|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/action-selection-behavior|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/action-type\0"
	"http://hl7.org/fhir/ValueSet/additional-binding-purpose|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/additional-instruction-codes\0"
	"http://hl7.org/fhir/ValueSet/address-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/address-use|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/adjudication\0"
	"http://hl7.org/fhir/ValueSet/adjudication-error\0"
	"http://hl7.org/fhir/ValueSet/adjudication-reason\0"
	"http://hl7.org/fhir/ValueSet/administrable-dose-form\0"
	"http://hl7.org/fhir/ValueSet/administration-method-codes\0"
	"http://hl7.org/fhir/ValueSet/administration-subpotent-reason\0"
	"http://hl7.org/fhir/ValueSet/administrative-gender\0"
	"http://hl7.org/fhir/ValueSet/administrative-gender|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-actuality|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-category\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-causality-assess\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-causality-method\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-contributing-factor\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-mitigating-action\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-outcome\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-participant-function\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-preventive-action\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-seriousness\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-supporting-info\0"
	"http://hl7.org/fhir/ValueSet/adverse-event-type\0"
	"http://hl7.org/fhir/ValueSet/all-languages|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/allergen-class\0"
	"http://hl7.org/fhir/ValueSet/allergy-intolerance-category|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/allergy-intolerance-criticality|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/allergy-intolerance-type\0"
	"http://hl7.org/fhir/ValueSet/allergyintolerance-clinical|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/allergyintolerance-code\0"
	"http://hl7.org/fhir/ValueSet/allergyintolerance-verification|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/animal-tissue-type\0"
	"http://hl7.org/fhir/ValueSet/appointment-cancellation-reason\0"
	"http://hl7.org/fhir/ValueSet/appointment-recurrrence-type\0"
	"http://hl7.org/fhir/ValueSet/appointmentresponse-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/appointmentstatus|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/approach-site-codes\0"
	"http://hl7.org/fhir/ValueSet/artifact-contribution-instance-type\0"
	"http://hl7.org/fhir/ValueSet/artifact-contribution-type\0"
	"http://hl7.org/fhir/ValueSet/artifact-url-classifier\0"
	"http://hl7.org/fhir/ValueSet/artifactassessment-disposition|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/artifactassessment-information-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/artifactassessment-workflow-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/assert-direction-codes|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/assert-manual-completion-codes|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/assert-operator-codes|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/assert-response-code-types|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/asset-availability\0"
	"http://hl7.org/fhir/ValueSet/attribute-estimate-type\0"
	"http://hl7.org/fhir/ValueSet/audit-event-action|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/audit-event-outcome\0"
	"http://hl7.org/fhir/ValueSet/audit-event-outcome-detail\0"
	"http://hl7.org/fhir/ValueSet/audit-event-severity|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/audit-event-sub-type\0"
	"http://hl7.org/fhir/ValueSet/audit-event-type\0"
	"http://hl7.org/fhir/ValueSet/basic-resource-type\0"
	"http://hl7.org/fhir/ValueSet/benefit-network\0"
	"http://hl7.org/fhir/ValueSet/benefit-term\0"
	"http://hl7.org/fhir/ValueSet/benefit-type\0"
	"http://hl7.org/fhir/ValueSet/benefit-unit\0"
	"http://hl7.org/fhir/ValueSet/binding-strength|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/biologicallyderived-product-property-type-codes\0"
	"http://hl7.org/fhir/ValueSet/biologicallyderived-product-status\0"
	"http://hl7.org/fhir/ValueSet/biologicallyderived-productcodes\0"
	"http://hl7.org/fhir/ValueSet/biologicallyderivedproductdispense-match-status\0"
	"http://hl7.org/fhir/ValueSet/biologicallyderivedproductdispense-origin-relationship\0"
	"http://hl7.org/fhir/ValueSet/biologicallyderivedproductdispense-performer-function\0"
	"http://hl7.org/fhir/ValueSet/biologicallyderivedproductdispense-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/body-site\0"
	"http://hl7.org/fhir/ValueSet/bodystructure-bodylandmarkorientation-clockface-position\0"
	"http://hl7.org/fhir/ValueSet/bodystructure-code\0"
	"http://hl7.org/fhir/ValueSet/bodystructure-relative-location\0"
	"http://hl7.org/fhir/ValueSet/bundle-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/c80-facilitycodes\0"
	"http://hl7.org/fhir/ValueSet/c80-practice-codes\0"
	"http://hl7.org/fhir/ValueSet/capability-statement-kind|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/care-plan-activity-performed\0"
	"http://hl7.org/fhir/ValueSet/care-plan-category\0"
	"http://hl7.org/fhir/ValueSet/care-plan-intent|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/care-team-category\0"
	"http://hl7.org/fhir/ValueSet/care-team-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/certainty-rating\0"
	"http://hl7.org/fhir/ValueSet/certainty-type\0"
	"http://hl7.org/fhir/ValueSet/characteristic-combination|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/characteristic-offset\0"
	"http://hl7.org/fhir/ValueSet/chargeitem-billingcodes\0"
	"http://hl7.org/fhir/ValueSet/chargeitem-status|5.0.0\0"
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
	"http://hl7.org/fhir/ValueSet/claim-decision\0"
	"http://hl7.org/fhir/ValueSet/claim-decision-reason\0"
	"http://hl7.org/fhir/ValueSet/claim-exception\0"
	"http://hl7.org/fhir/ValueSet/claim-informationcategory\0"
	"http://hl7.org/fhir/ValueSet/claim-modifiers\0"
	"http://hl7.org/fhir/ValueSet/claim-outcome|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/claim-subtype\0"
	"http://hl7.org/fhir/ValueSet/claim-type\0"
	"http://hl7.org/fhir/ValueSet/claim-use|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/clinical-findings\0"
	"http://hl7.org/fhir/ValueSet/clinical-use-definition-category\0"
	"http://hl7.org/fhir/ValueSet/clinical-use-definition-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/clinicalimpression-change-pattern\0"
	"http://hl7.org/fhir/ValueSet/clinicalimpression-prognosis\0"
	"http://hl7.org/fhir/ValueSet/clinicalimpression-status-reason\0"
	"http://hl7.org/fhir/ValueSet/code-search-support|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/codesystem-content-mode|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/codesystem-hierarchy-meaning|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/color-codes|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/combined-dose-form\0"
	"http://hl7.org/fhir/ValueSet/common-tags\0"
	"http://hl7.org/fhir/ValueSet/communication-category\0"
	"http://hl7.org/fhir/ValueSet/communication-not-done-reason\0"
	"http://hl7.org/fhir/ValueSet/communication-request-status-reason\0"
	"http://hl7.org/fhir/ValueSet/communication-topic\0"
	"http://hl7.org/fhir/ValueSet/compartment-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/composite-measure-scoring\0"
	"http://hl7.org/fhir/ValueSet/composition-attestation-mode\0"
	"http://hl7.org/fhir/ValueSet/composition-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/concept-map-relationship|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/concept-property-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/conceptmap-attribute-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/conceptmap-property-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/conceptmap-unmapped-mode|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/concrete-fhir-types\0"
	"http://hl7.org/fhir/ValueSet/condition-category\0"
	"http://hl7.org/fhir/ValueSet/condition-clinical|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/condition-code\0"
	"http://hl7.org/fhir/ValueSet/condition-outcome\0"
	"http://hl7.org/fhir/ValueSet/condition-precondition-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/condition-questionnaire-purpose|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/condition-severity\0"
	"http://hl7.org/fhir/ValueSet/condition-stage\0"
	"http://hl7.org/fhir/ValueSet/condition-stage-type\0"
	"http://hl7.org/fhir/ValueSet/condition-ver-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/conditional-delete-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/conditional-read-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/conformance-expectation|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/consent-action\0"
	"http://hl7.org/fhir/ValueSet/consent-category\0"
	"http://hl7.org/fhir/ValueSet/consent-content-class\0"
	"http://hl7.org/fhir/ValueSet/consent-content-code\0"
	"http://hl7.org/fhir/ValueSet/consent-data-meaning|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/consent-policy\0"
	"http://hl7.org/fhir/ValueSet/consent-provision-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/consent-state-codes|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/consent-verification\0"
	"http://hl7.org/fhir/ValueSet/consistency-type\0"
	"http://hl7.org/fhir/ValueSet/constraint-severity|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/contact-point-system|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/contact-point-use|5.0.0\0"
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
	"http://hl7.org/fhir/ValueSet/contract-publicationstatus|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/contract-scope\0"
	"http://hl7.org/fhir/ValueSet/contract-security-category\0"
	"http://hl7.org/fhir/ValueSet/contract-security-classification\0"
	"http://hl7.org/fhir/ValueSet/contract-security-control\0"
	"http://hl7.org/fhir/ValueSet/contract-signer-type\0"
	"http://hl7.org/fhir/ValueSet/contract-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/contract-subtype\0"
	"http://hl7.org/fhir/ValueSet/contract-term-subtype\0"
	"http://hl7.org/fhir/ValueSet/contract-term-type\0"
	"http://hl7.org/fhir/ValueSet/contract-type\0"
	"http://hl7.org/fhir/ValueSet/contributor-role\0"
	"http://hl7.org/fhir/ValueSet/contributor-summary-source\0"
	"http://hl7.org/fhir/ValueSet/contributor-summary-style\0"
	"http://hl7.org/fhir/ValueSet/contributor-summary-type\0"
	"http://hl7.org/fhir/ValueSet/contributor-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/country\0"
	"http://hl7.org/fhir/ValueSet/country|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/coverage-class\0"
	"http://hl7.org/fhir/ValueSet/coverage-copay-type\0"
	"http://hl7.org/fhir/ValueSet/coverage-financial-exception\0"
	"http://hl7.org/fhir/ValueSet/coverage-kind|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/coverage-type\0"
	"http://hl7.org/fhir/ValueSet/coverageeligibilityresponse-ex-auth-support\0"
	"http://hl7.org/fhir/ValueSet/currencies|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/data-absent-reason\0"
	"http://hl7.org/fhir/ValueSet/datestype\0"
	"http://hl7.org/fhir/ValueSet/days-of-week|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/definition-method\0"
	"http://hl7.org/fhir/ValueSet/definition-topic\0"
	"http://hl7.org/fhir/ValueSet/definition-use\0"
	"http://hl7.org/fhir/ValueSet/designation-use\0"
	"http://hl7.org/fhir/ValueSet/detectedissue-category\0"
	"http://hl7.org/fhir/ValueSet/detectedissue-mitigation-action\0"
	"http://hl7.org/fhir/ValueSet/detectedissue-severity|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/detectedissue-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/device-action\0"
	"http://hl7.org/fhir/ValueSet/device-availability-status\0"
	"http://hl7.org/fhir/ValueSet/device-category\0"
	"http://hl7.org/fhir/ValueSet/device-correctiveactionscope|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/device-nametype|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/device-operation-mode\0"
	"http://hl7.org/fhir/ValueSet/device-productidentifierinudi|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/device-property-type\0"
	"http://hl7.org/fhir/ValueSet/device-safety\0"
	"http://hl7.org/fhir/ValueSet/device-specification-category\0"
	"http://hl7.org/fhir/ValueSet/device-specification-type\0"
	"http://hl7.org/fhir/ValueSet/device-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/device-type\0"
	"http://hl7.org/fhir/ValueSet/device-versiontype\0"
	"http://hl7.org/fhir/ValueSet/deviceassociation-operationstatus\0"
	"http://hl7.org/fhir/ValueSet/deviceassociation-status-reason|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/deviceassociation-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/devicedefinition-regulatory-identifier-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/devicedefinition-relationtype\0"
	"http://hl7.org/fhir/ValueSet/devicedispense-status-reason\0"
	"http://hl7.org/fhir/ValueSet/devicedispense-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/devicemetric-type\0"
	"http://hl7.org/fhir/ValueSet/deviceusage-adherence-code\0"
	"http://hl7.org/fhir/ValueSet/deviceusage-adherence-reason\0"
	"http://hl7.org/fhir/ValueSet/deviceusage-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/diagnostic-report-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/diagnostic-service-sections\0"
	"http://hl7.org/fhir/ValueSet/diet-type\0"
	"http://hl7.org/fhir/ValueSet/discriminator-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/disease-status\0"
	"http://hl7.org/fhir/ValueSet/disease-symptom-procedure\0"
	"http://hl7.org/fhir/ValueSet/doc-section-codes\0"
	"http://hl7.org/fhir/ValueSet/doc-typecodes\0"
	"http://hl7.org/fhir/ValueSet/document-mode|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/document-reference-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/document-relationship-type\0"
	"http://hl7.org/fhir/ValueSet/edible-substance-type\0"
	"http://hl7.org/fhir/ValueSet/elementdefinition-types\0"
	"http://hl7.org/fhir/ValueSet/eligibility-outcome|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/eligibilityrequest-purpose|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/eligibilityresponse-purpose|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/encounter-admit-source\0"
	"http://hl7.org/fhir/ValueSet/encounter-diagnosis-use\0"
	"http://hl7.org/fhir/ValueSet/encounter-diet\0"
	"http://hl7.org/fhir/ValueSet/encounter-discharge-disposition\0"
	"http://hl7.org/fhir/ValueSet/encounter-location-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/encounter-participant-type\0"
	"http://hl7.org/fhir/ValueSet/encounter-reason\0"
	"http://hl7.org/fhir/ValueSet/encounter-reason-use\0"
	"http://hl7.org/fhir/ValueSet/encounter-special-arrangements\0"
	"http://hl7.org/fhir/ValueSet/encounter-special-courtesy\0"
	"http://hl7.org/fhir/ValueSet/encounter-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/encounter-subject-status\0"
	"http://hl7.org/fhir/ValueSet/encounter-type\0"
	"http://hl7.org/fhir/ValueSet/endpoint-connection-type\0"
	"http://hl7.org/fhir/ValueSet/endpoint-environment\0"
	"http://hl7.org/fhir/ValueSet/endpoint-payload-type\0"
	"http://hl7.org/fhir/ValueSet/endpoint-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/enrollment-outcome|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/enteral-route\0"
	"http://hl7.org/fhir/ValueSet/entformula-additive\0"
	"http://hl7.org/fhir/ValueSet/entformula-type\0"
	"http://hl7.org/fhir/ValueSet/episode-of-care-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/episodeofcare-type\0"
	"http://hl7.org/fhir/ValueSet/event-capability-mode|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/event-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/event-timing|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/evidence-classifier-code\0"
	"http://hl7.org/fhir/ValueSet/evidence-report-section\0"
	"http://hl7.org/fhir/ValueSet/evidence-report-type\0"
	"http://hl7.org/fhir/ValueSet/evidence-variable-event\0"
	"http://hl7.org/fhir/ValueSet/ex-benefitcategory\0"
	"http://hl7.org/fhir/ValueSet/ex-diagnosis-on-admission\0"
	"http://hl7.org/fhir/ValueSet/ex-diagnosisrelatedgroup\0"
	"http://hl7.org/fhir/ValueSet/ex-diagnosistype\0"
	"http://hl7.org/fhir/ValueSet/ex-paymenttype\0"
	"http://hl7.org/fhir/ValueSet/ex-procedure-type\0"
	"http://hl7.org/fhir/ValueSet/ex-program-code\0"
	"http://hl7.org/fhir/ValueSet/ex-revenue-center\0"
	"http://hl7.org/fhir/ValueSet/examplescenario-actor-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/examplescenario-instance-type\0"
	"http://hl7.org/fhir/ValueSet/explanationofbenefit-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/expression-language\0"
	"http://hl7.org/fhir/ValueSet/extension-context-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/fhir-types\0"
	"http://hl7.org/fhir/ValueSet/fhir-types|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/filter-operator|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/flag-category\0"
	"http://hl7.org/fhir/ValueSet/flag-code\0"
	"http://hl7.org/fhir/ValueSet/flag-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/fm-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/focus-characteristic-code\0"
	"http://hl7.org/fhir/ValueSet/food-type\0"
	"http://hl7.org/fhir/ValueSet/forms\0"
	"http://hl7.org/fhir/ValueSet/formularyitem-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/fundsreserve\0"
	"http://hl7.org/fhir/ValueSet/genomicstudy-changetype\0"
	"http://hl7.org/fhir/ValueSet/genomicstudy-dataformat\0"
	"http://hl7.org/fhir/ValueSet/genomicstudy-methodtype\0"
	"http://hl7.org/fhir/ValueSet/genomicstudy-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/genomicstudy-type\0"
	"http://hl7.org/fhir/ValueSet/goal-achievement\0"
	"http://hl7.org/fhir/ValueSet/goal-category\0"
	"http://hl7.org/fhir/ValueSet/goal-priority\0"
	"http://hl7.org/fhir/ValueSet/goal-start-event\0"
	"http://hl7.org/fhir/ValueSet/goal-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/graph-compartment-rule|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/graph-compartment-use|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/group-membership-basis|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/group-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/guidance-module-code\0"
	"http://hl7.org/fhir/ValueSet/guidance-response-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/guide-page-generation|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/guide-parameter-code\0"
	"http://hl7.org/fhir/ValueSet/handling-condition\0"
	"http://hl7.org/fhir/ValueSet/history-absent-reason\0"
	"http://hl7.org/fhir/ValueSet/history-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/http-operations|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/http-verb|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/iana-link-relations|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/icd-10\0"
	"http://hl7.org/fhir/ValueSet/icd-10-procedures\0"
	"http://hl7.org/fhir/ValueSet/identifier-type\0"
	"http://hl7.org/fhir/ValueSet/identifier-use|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/identity-assuranceLevel|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/imagingselection-2dgraphictype|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/imagingselection-3dgraphictype|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/imagingselection-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/imagingstudy-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/immunization-evaluation-dose-status\0"
	"http://hl7.org/fhir/ValueSet/immunization-evaluation-dose-status-reason\0"
	"http://hl7.org/fhir/ValueSet/immunization-evaluation-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/immunization-function\0"
	"http://hl7.org/fhir/ValueSet/immunization-funding-source\0"
	"http://hl7.org/fhir/ValueSet/immunization-origin\0"
	"http://hl7.org/fhir/ValueSet/immunization-program-eligibility\0"
	"http://hl7.org/fhir/ValueSet/immunization-reason\0"
	"http://hl7.org/fhir/ValueSet/immunization-recommendation-date-criterion\0"
	"http://hl7.org/fhir/ValueSet/immunization-recommendation-reason\0"
	"http://hl7.org/fhir/ValueSet/immunization-recommendation-status\0"
	"http://hl7.org/fhir/ValueSet/immunization-route\0"
	"http://hl7.org/fhir/ValueSet/immunization-site\0"
	"http://hl7.org/fhir/ValueSet/immunization-status-reason\0"
	"http://hl7.org/fhir/ValueSet/immunization-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/immunization-subpotent-reason\0"
	"http://hl7.org/fhir/ValueSet/immunization-target-disease\0"
	"http://hl7.org/fhir/ValueSet/immunization-vaccine-funding-program\0"
	"http://hl7.org/fhir/ValueSet/ingredient-function\0"
	"http://hl7.org/fhir/ValueSet/ingredient-manufacturer-role|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/ingredient-role\0"
	"http://hl7.org/fhir/ValueSet/insuranceplan-applicability|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/insuranceplan-type\0"
	"http://hl7.org/fhir/ValueSet/interactant\0"
	"http://hl7.org/fhir/ValueSet/interaction-effect\0"
	"http://hl7.org/fhir/ValueSet/interaction-incidence\0"
	"http://hl7.org/fhir/ValueSet/interaction-management\0"
	"http://hl7.org/fhir/ValueSet/interaction-trigger|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/interaction-type\0"
	"http://hl7.org/fhir/ValueSet/inventoryitem-nametype\0"
	"http://hl7.org/fhir/ValueSet/inventoryitem-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/inventoryreport-counttype|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/inventoryreport-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/invoice-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/issue-severity|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/issue-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/item-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/jurisdiction\0"
	"http://hl7.org/fhir/ValueSet/languages\0"
	"http://hl7.org/fhir/ValueSet/languages|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/legal-status-of-supply\0"
	"http://hl7.org/fhir/ValueSet/library-type\0"
	"http://hl7.org/fhir/ValueSet/link-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/linkage-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/list-empty-reason\0"
	"http://hl7.org/fhir/ValueSet/list-example-codes\0"
	"http://hl7.org/fhir/ValueSet/list-item-flag\0"
	"http://hl7.org/fhir/ValueSet/list-mode|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/list-order\0"
	"http://hl7.org/fhir/ValueSet/list-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/location-characteristic\0"
	"http://hl7.org/fhir/ValueSet/location-form\0"
	"http://hl7.org/fhir/ValueSet/location-mode|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/location-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/manifestation-or-symptom\0"
	"http://hl7.org/fhir/ValueSet/manufactured-dose-form\0"
	"http://hl7.org/fhir/ValueSet/map-group-type-mode|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/map-input-mode|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/map-model-mode|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/map-source-list-mode|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/map-target-list-mode|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/map-transform|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/marital-status\0"
	"http://hl7.org/fhir/ValueSet/measure-aggregate-method\0"
	"http://hl7.org/fhir/ValueSet/measure-data-usage\0"
	"http://hl7.org/fhir/ValueSet/measure-definition-example\0"
	"http://hl7.org/fhir/ValueSet/measure-group-example\0"
	"http://hl7.org/fhir/ValueSet/measure-improvement-notation|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/measure-population\0"
	"http://hl7.org/fhir/ValueSet/measure-report-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/measure-report-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/measure-scoring-unit\0"
	"http://hl7.org/fhir/ValueSet/measure-stratifier-example\0"
	"http://hl7.org/fhir/ValueSet/measure-supplemental-data-example\0"
	"http://hl7.org/fhir/ValueSet/measure-type\0"
	"http://hl7.org/fhir/ValueSet/measurement-property\0"
	"http://hl7.org/fhir/ValueSet/measurereport-stratifier-value-example\0"
	"http://hl7.org/fhir/ValueSet/med-admin-perform-function\0"
	"http://hl7.org/fhir/ValueSet/medication-admin-location\0"
	"http://hl7.org/fhir/ValueSet/medication-admin-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/medication-as-needed-reason\0"
	"http://hl7.org/fhir/ValueSet/medication-codes\0"
	"http://hl7.org/fhir/ValueSet/medication-cost-category\0"
	"http://hl7.org/fhir/ValueSet/medication-dose-aid\0"
	"http://hl7.org/fhir/ValueSet/medication-form-codes\0"
	"http://hl7.org/fhir/ValueSet/medication-ingredientstrength\0"
	"http://hl7.org/fhir/ValueSet/medication-intended-performer-role\0"
	"http://hl7.org/fhir/ValueSet/medication-statement-adherence\0"
	"http://hl7.org/fhir/ValueSet/medication-statement-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/medication-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/medicationdispense-admin-location\0"
	"http://hl7.org/fhir/ValueSet/medicationdispense-performer-function\0"
	"http://hl7.org/fhir/ValueSet/medicationdispense-status-reason\0"
	"http://hl7.org/fhir/ValueSet/medicationdispense-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/medicationknowledge-characteristic\0"
	"http://hl7.org/fhir/ValueSet/medicationknowledge-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/medicationrequest-admin-location\0"
	"http://hl7.org/fhir/ValueSet/medicationrequest-course-of-therapy\0"
	"http://hl7.org/fhir/ValueSet/medicationrequest-intent|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/medicationrequest-status-reason\0"
	"http://hl7.org/fhir/ValueSet/medicationrequest-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/medicinal-product-additional-monitoring\0"
	"http://hl7.org/fhir/ValueSet/medicinal-product-classification\0"
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
	"http://hl7.org/fhir/ValueSet/message-significance-category|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/message-transport\0"
	"http://hl7.org/fhir/ValueSet/messageheader-response-request|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/metric-calibration-state|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/metric-calibration-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/metric-category|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/metric-operational-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/mimetypes|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/missing-tooth-reason\0"
	"http://hl7.org/fhir/ValueSet/modified-foodtype\0"
	"http://hl7.org/fhir/ValueSet/name-use|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/namingsystem-identifier-system-type\0"
	"http://hl7.org/fhir/ValueSet/namingsystem-identifier-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/namingsystem-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/narrative-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/not-consumed-reason\0"
	"http://hl7.org/fhir/ValueSet/note-type\0"
	"http://hl7.org/fhir/ValueSet/note-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/nutrient-code\0"
	"http://hl7.org/fhir/ValueSet/nutrition-product-category\0"
	"http://hl7.org/fhir/ValueSet/nutrition-product-nutrient\0"
	"http://hl7.org/fhir/ValueSet/nutritionproduct-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/object-role\0"
	"http://hl7.org/fhir/ValueSet/observation-category\0"
	"http://hl7.org/fhir/ValueSet/observation-codes\0"
	"http://hl7.org/fhir/ValueSet/observation-interpretation\0"
	"http://hl7.org/fhir/ValueSet/observation-methods\0"
	"http://hl7.org/fhir/ValueSet/observation-range-category|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/observation-referencerange-normalvalue\0"
	"http://hl7.org/fhir/ValueSet/observation-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/observation-triggeredbytype|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/operation-kind|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/operation-outcome\0"
	"http://hl7.org/fhir/ValueSet/operation-parameter-scope|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/operation-parameter-use|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/organization-role\0"
	"http://hl7.org/fhir/ValueSet/organization-type\0"
	"http://hl7.org/fhir/ValueSet/orientation-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/package-material\0"
	"http://hl7.org/fhir/ValueSet/package-type\0"
	"http://hl7.org/fhir/ValueSet/packaging-type\0"
	"http://hl7.org/fhir/ValueSet/participant-resource-types\0"
	"http://hl7.org/fhir/ValueSet/participant-role\0"
	"http://hl7.org/fhir/ValueSet/participation-role-type\0"
	"http://hl7.org/fhir/ValueSet/participationstatus|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/patient-contactrelationship\0"
	"http://hl7.org/fhir/ValueSet/payeetype\0"
	"http://hl7.org/fhir/ValueSet/payment-adjustment-reason\0"
	"http://hl7.org/fhir/ValueSet/payment-issuertype\0"
	"http://hl7.org/fhir/ValueSet/payment-kind\0"
	"http://hl7.org/fhir/ValueSet/payment-outcome|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/payment-status\0"
	"http://hl7.org/fhir/ValueSet/payment-type\0"
	"http://hl7.org/fhir/ValueSet/performer-role\0"
	"http://hl7.org/fhir/ValueSet/permission-rule-combining|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/permission-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/permitted-data-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/plan-definition-type\0"
	"http://hl7.org/fhir/ValueSet/practitioner-role\0"
	"http://hl7.org/fhir/ValueSet/prepare-patient-prior-specimen-collection\0"
	"http://hl7.org/fhir/ValueSet/price-component-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/procedure-category\0"
	"http://hl7.org/fhir/ValueSet/procedure-code\0"
	"http://hl7.org/fhir/ValueSet/procedure-followup\0"
	"http://hl7.org/fhir/ValueSet/procedure-not-performed-reason\0"
	"http://hl7.org/fhir/ValueSet/procedure-outcome\0"
	"http://hl7.org/fhir/ValueSet/procedure-reason\0"
	"http://hl7.org/fhir/ValueSet/process-priority\0"
	"http://hl7.org/fhir/ValueSet/product-category\0"
	"http://hl7.org/fhir/ValueSet/product-characteristic-codes\0"
	"http://hl7.org/fhir/ValueSet/product-intended-use\0"
	"http://hl7.org/fhir/ValueSet/program\0"
	"http://hl7.org/fhir/ValueSet/property-representation|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/provenance-activity-type\0"
	"http://hl7.org/fhir/ValueSet/provenance-entity-role|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/provider-qualification\0"
	"http://hl7.org/fhir/ValueSet/publication-status\0"
	"http://hl7.org/fhir/ValueSet/publication-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/published-in-type\0"
	"http://hl7.org/fhir/ValueSet/quantity-comparator|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/questionnaire-answer-constraint|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/questionnaire-answers\0"
	"http://hl7.org/fhir/ValueSet/questionnaire-answers-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/questionnaire-disabled-display|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/questionnaire-enable-behavior|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/questionnaire-enable-operator|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/questionnaire-questions\0"
	"http://hl7.org/fhir/ValueSet/reaction-event-severity|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/reason-medication-given-codes\0"
	"http://hl7.org/fhir/ValueSet/reason-medication-not-given-codes\0"
	"http://hl7.org/fhir/ValueSet/reason-medication-status-codes\0"
	"http://hl7.org/fhir/ValueSet/reference-handling-policy|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/reference-version-rules|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/referenced-item-category\0"
	"http://hl7.org/fhir/ValueSet/referencerange-appliesto\0"
	"http://hl7.org/fhir/ValueSet/referencerange-meaning\0"
	"http://hl7.org/fhir/ValueSet/regulated-authorization-basis\0"
	"http://hl7.org/fhir/ValueSet/regulated-authorization-case-type\0"
	"http://hl7.org/fhir/ValueSet/regulated-authorization-type\0"
	"http://hl7.org/fhir/ValueSet/rejection-criteria\0"
	"http://hl7.org/fhir/ValueSet/related-artifact-type-all|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/related-artifact-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/related-claim-relationship\0"
	"http://hl7.org/fhir/ValueSet/relatedperson-relationshiptype\0"
	"http://hl7.org/fhir/ValueSet/report-action-result-codes|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/report-codes\0"
	"http://hl7.org/fhir/ValueSet/report-participant-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/report-relation-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/report-result-codes|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/report-status-codes|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/request-intent|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/request-priority|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/request-resource-types|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/request-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/research-study-arm-type\0"
	"http://hl7.org/fhir/ValueSet/research-study-classifiers\0"
	"http://hl7.org/fhir/ValueSet/research-study-focus-type\0"
	"http://hl7.org/fhir/ValueSet/research-study-objective-type\0"
	"http://hl7.org/fhir/ValueSet/research-study-party-organization-type\0"
	"http://hl7.org/fhir/ValueSet/research-study-party-role\0"
	"http://hl7.org/fhir/ValueSet/research-study-phase\0"
	"http://hl7.org/fhir/ValueSet/research-study-prim-purp-type\0"
	"http://hl7.org/fhir/ValueSet/research-study-reason-stopped\0"
	"http://hl7.org/fhir/ValueSet/research-study-status\0"
	"http://hl7.org/fhir/ValueSet/research-subject-milestone\0"
	"http://hl7.org/fhir/ValueSet/research-subject-state-type\0"
	"http://hl7.org/fhir/ValueSet/research-subject-state|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/resource-aggregation-mode|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/resource-slicing-rules|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/resource-types\0"
	"http://hl7.org/fhir/ValueSet/resource-types|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/response-code|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/restful-capability-mode|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/restful-security-service\0"
	"http://hl7.org/fhir/ValueSet/risk-probability\0"
	"http://hl7.org/fhir/ValueSet/route-codes\0"
	"http://hl7.org/fhir/ValueSet/search-comparator|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/search-entry-mode|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/search-modifier-code|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/search-param-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/search-processingmode|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/security-label-event-examples\0"
	"http://hl7.org/fhir/ValueSet/security-label-examples\0"
	"http://hl7.org/fhir/ValueSet/security-labels\0"
	"http://hl7.org/fhir/ValueSet/security-role-type\0"
	"http://hl7.org/fhir/ValueSet/security-source-type\0"
	"http://hl7.org/fhir/ValueSet/sequence-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/series-performer-function\0"
	"http://hl7.org/fhir/ValueSet/service-category\0"
	"http://hl7.org/fhir/ValueSet/service-mode\0"
	"http://hl7.org/fhir/ValueSet/service-place\0"
	"http://hl7.org/fhir/ValueSet/service-provision-conditions\0"
	"http://hl7.org/fhir/ValueSet/service-referral-method\0"
	"http://hl7.org/fhir/ValueSet/service-type\0"
	"http://hl7.org/fhir/ValueSet/service-uscls\0"
	"http://hl7.org/fhir/ValueSet/servicerequest-category\0"
	"http://hl7.org/fhir/ValueSet/servicerequest-orderdetail-parameter-code\0"
	"http://hl7.org/fhir/ValueSet/signature-type\0"
	"http://hl7.org/fhir/ValueSet/slotstatus|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/sort-direction|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/spdx-license|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/specimen-collection\0"
	"http://hl7.org/fhir/ValueSet/specimen-collection-method\0"
	"http://hl7.org/fhir/ValueSet/specimen-combined|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/specimen-contained-preference|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/specimen-container-type\0"
	"http://hl7.org/fhir/ValueSet/specimen-processing-method\0"
	"http://hl7.org/fhir/ValueSet/specimen-role\0"
	"http://hl7.org/fhir/ValueSet/specimen-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/statistic-model-code\0"
	"http://hl7.org/fhir/ValueSet/statistic-type\0"
	"http://hl7.org/fhir/ValueSet/strand-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/structure-definition-kind|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/study-design\0"
	"http://hl7.org/fhir/ValueSet/submit-data-update-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/subscriber-relationship\0"
	"http://hl7.org/fhir/ValueSet/subscription-channel-type\0"
	"http://hl7.org/fhir/ValueSet/subscription-error\0"
	"http://hl7.org/fhir/ValueSet/subscription-notification-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/subscription-payload-content|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/subscription-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/subscription-types\0"
	"http://hl7.org/fhir/ValueSet/subscriptiontopic-cr-behavior|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/substance-amount-type\0"
	"http://hl7.org/fhir/ValueSet/substance-category\0"
	"http://hl7.org/fhir/ValueSet/substance-code\0"
	"http://hl7.org/fhir/ValueSet/substance-codes\0"
	"http://hl7.org/fhir/ValueSet/substance-form\0"
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
	"http://hl7.org/fhir/ValueSet/substance-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/substance-stereochemistry\0"
	"http://hl7.org/fhir/ValueSet/substance-structure-technique\0"
	"http://hl7.org/fhir/ValueSet/substance-weight-method\0"
	"http://hl7.org/fhir/ValueSet/substance-weight-type\0"
	"http://hl7.org/fhir/ValueSet/supplement-type\0"
	"http://hl7.org/fhir/ValueSet/supply-item\0"
	"http://hl7.org/fhir/ValueSet/supplydelivery-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/supplydelivery-supplyitemtype\0"
	"http://hl7.org/fhir/ValueSet/supplydelivery-supplyitemtype|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/supplyrequest-kind\0"
	"http://hl7.org/fhir/ValueSet/supplyrequest-reason\0"
	"http://hl7.org/fhir/ValueSet/supplyrequest-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/surface\0"
	"http://hl7.org/fhir/ValueSet/system-restful-interaction|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/target-species\0"
	"http://hl7.org/fhir/ValueSet/task-code\0"
	"http://hl7.org/fhir/ValueSet/task-intent|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/task-status-reason\0"
	"http://hl7.org/fhir/ValueSet/task-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/testscript-operation-codes\0"
	"http://hl7.org/fhir/ValueSet/testscript-profile-destination-types\0"
	"http://hl7.org/fhir/ValueSet/testscript-profile-origin-types\0"
	"http://hl7.org/fhir/ValueSet/testscript-scope-conformance-codes\0"
	"http://hl7.org/fhir/ValueSet/testscript-scope-phase-codes\0"
	"http://hl7.org/fhir/ValueSet/texture-code\0"
	"http://hl7.org/fhir/ValueSet/therapy\0"
	"http://hl7.org/fhir/ValueSet/therapy-relationship-type\0"
	"http://hl7.org/fhir/ValueSet/timezones|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/timing-abbreviation\0"
	"http://hl7.org/fhir/ValueSet/title-type\0"
	"http://hl7.org/fhir/ValueSet/tooth\0"
	"http://hl7.org/fhir/ValueSet/transport-code\0"
	"http://hl7.org/fhir/ValueSet/transport-intent|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/transport-status-reason\0"
	"http://hl7.org/fhir/ValueSet/transport-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/trigger-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/type-derivation-rule|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/type-restful-interaction|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/ucum-units\0"
	"http://hl7.org/fhir/ValueSet/ucum-units|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/udi-entry-type|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/undesirable-effect-classification\0"
	"http://hl7.org/fhir/ValueSet/undesirable-effect-frequency\0"
	"http://hl7.org/fhir/ValueSet/undesirable-effect-symptom\0"
	"http://hl7.org/fhir/ValueSet/unit-of-presentation\0"
	"http://hl7.org/fhir/ValueSet/units-of-time|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/use-context\0"
	"http://hl7.org/fhir/ValueSet/vaccine-code\0"
	"http://hl7.org/fhir/ValueSet/value-filter-comparator|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/variable-handling|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/variable-role\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-can-push-updates\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-communication-method\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-failure-action\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-need\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-primary-source-type\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-push-type-available\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-status|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-validation-process\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-validation-status\0"
	"http://hl7.org/fhir/ValueSet/verificationresult-validation-type\0"
	"http://hl7.org/fhir/ValueSet/version-algorithm\0"
	"http://hl7.org/fhir/ValueSet/version-independent-all-resource-types|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/versioning-policy|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/virtual-service-type\0"
	"http://hl7.org/fhir/ValueSet/vision-base-codes|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/vision-eye-codes|5.0.0\0"
	"http://hl7.org/fhir/ValueSet/vision-product\0"
	"http://hl7.org/fhir/ValueSet/warning-type\0"
	"http://hl7.org/fhir/ValueSet/week-of-month|5.0.0\0"
	"http://loinc.org/LL1040-6/\0"
	"http://loinc.org/LL2938-0/|5.0.0\0"
	"http://loinc.org/LL5323-2/\0"
	"http://loinc.org/vs\0"
	"http://loinc.org/vs/LL1040-6\0"
	"http://loinc.org/vs/loinc-rsna-radiology-playbook\0"
	"http://terminology.hl7.org/ValueSet/EncounterClass\0"
	"http://terminology.hl7.org/ValueSet/action-participant-role\0"
	"http://terminology.hl7.org/ValueSet/contactentity-type\0"
	"http://terminology.hl7.org/ValueSet/directness\0"
	"http://terminology.hl7.org/ValueSet/dose-rate-type\0"
	"http://terminology.hl7.org/ValueSet/encounter-class\0"
	"http://terminology.hl7.org/ValueSet/measure-scoring\0"
	"http://terminology.hl7.org/ValueSet/medicationrequest-category\0"
	"http://terminology.hl7.org/ValueSet/state-change-reason\0"
	"http://terminology.hl7.org/ValueSet/synthesis-type\0"
	"http://terminology.hl7.org/ValueSet/usage-context-type\0"
	"http://terminology.hl7.org/ValueSet/v2-0003\0"
	"http://terminology.hl7.org/ValueSet/v2-0092\0"
	"http://terminology.hl7.org/ValueSet/v2-0116\0"
	"http://terminology.hl7.org/ValueSet/v2-0276\0"
	"http://terminology.hl7.org/ValueSet/v2-0360\0"
	"http://terminology.hl7.org/ValueSet/v2-0371\0"
	"http://terminology.hl7.org/ValueSet/v2-0487\0"
	"http://terminology.hl7.org/ValueSet/v2-0493\0"
	"http://terminology.hl7.org/ValueSet/v2-0570\0"
	"http://terminology.hl7.org/ValueSet/v2-0916\0"
	"http://terminology.hl7.org/ValueSet/v2-0936\0"
	"http://terminology.hl7.org/ValueSet/v3-ActCode\0"
	"http://terminology.hl7.org/ValueSet/v3-ActConsentDirective\0"
	"http://terminology.hl7.org/ValueSet/v3-ActEncounterCode\0"
	"http://terminology.hl7.org/ValueSet/v3-ActIncidentCode\0"
	"http://terminology.hl7.org/ValueSet/v3-ActPharmacySupplyType\0"
	"http://terminology.hl7.org/ValueSet/v3-ActPriority\0"
	"http://terminology.hl7.org/ValueSet/v3-ActReason\0"
	"http://terminology.hl7.org/ValueSet/v3-ActSubstanceAdminSubstitutionCode\0"
	"http://terminology.hl7.org/ValueSet/v3-FamilyMember\0"
	"http://terminology.hl7.org/ValueSet/v3-HL7FormatCodes\0"
	"http://terminology.hl7.org/ValueSet/v3-ParticipationMode\0"
	"http://terminology.hl7.org/ValueSet/v3-PurposeOfUse\0"
	"http://terminology.hl7.org/ValueSet/v3-RoleClassIngredientEntity\0"
	"http://terminology.hl7.org/ValueSet/v3-ServiceDeliveryLocationRoleType\0"
	"http://terminology.hl7.org/ValueSet/v3-SubstanceAdminSubstitutionReason\0"
	"identified\0"
	"instances\0"
	"instant\0"
	"instant.value\0"
	"integer\0"
	"integer.value\0"
	"integer64\0"
	"integer64.value\0"
	"legallyBinding\0"
	"markdown\0"
	"markdown.value\0"
	"maxValue\0"
	"measureScore\0"
	"minValue\0"
	"minimumVolume\0"
	"module\0"
	"multipleBirth\0"
	"occurence\0"
	"occurred\0"
	"occurrence\0"
	"oid\0"
	"oid.value\0"
	"positiveInt\0"
	"positiveInt.value\0"
	"serviced\0"
	"sourceScope\0"
	"string\0"
	"string.value\0"
	"structureProfile\0"
	"substanceDefinition\0"
	"targetItem\0"
	"targetScope\0"
	"time.value\0"
	"unsignedInt\0"
	"unsignedInt.value\0"
	"uri.value\0"
	"url.value\0"
	"uuid\0"
	"uuid.value\0"
	"versionAlgorithm\0"
	"xhtml\0"
	"xhtml.extension\0"
	"xhtml.value"
;

static const fp_type_id fp_ids_r5[2141] = {
	2,159,851,3,854,4,5,398,857,642,577,6,7,596,846,588,
	242,618,621,461,395,577,538,844,216,856,160,181,848,588,646,577,
	623,1,847,844,159,196,285,9,845,456,567,10,642,159,482,429,
	718,720,692,630,645,687,159,642,845,391,516,720,13,463,580,330,
	814,26,639,287,697,860,821,857,161,370,71,87,242,250,307,391,
	395,461,577,588,618,621,646,11,861,14,15,159,630,847,844,854,
	40,642,54,640,16,17,19,299,20,30,848,596,814,21,22,588,
	618,621,646,666,181,563,658,588,391,618,646,666,23,24,181,563,
	27,373,408,623,242,273,279,485,514,623,279,485,510,618,621,577,
	87,588,242,646,666,408,623,279,485,510,181,563,27,373,408,623,
	279,485,514,636,25,408,623,718,482,485,514,242,55,658,618,621,
	588,646,666,848,26,596,639,857,28,29,618,621,588,646,242,577,
	87,642,857,618,621,588,646,577,85,271,510,675,31,32,279,54,
	162,181,623,563,414,33,681,668,839,588,391,618,621,87,646,242,
	395,461,34,35,36,588,391,618,621,646,242,395,461,642,845,860,
	642,854,94,39,588,618,621,577,242,843,849,853,42,85,271,414,
	510,547,675,760,43,596,848,45,46,642,860,857,44,630,159,857,
	844,852,639,640,858,848,596,843,48,49,372,618,621,588,646,577,
	242,87,56,57,588,577,844,852,159,596,630,639,640,857,40,58,
	59,61,62,399,63,65,69,679,859,66,67,68,72,73,417,74,
	77,84,75,76,524,166,78,81,79,82,83,80,570,673,86,85,
	675,648,547,588,618,621,242,646,577,87,385,606,631,468,8,570,
	31,164,271,510,547,760,675,840,648,414,758,88,197,618,621,646,
	588,577,87,91,618,621,577,588,242,646,89,90,242,482,718,275,
	404,408,485,488,510,563,623,675,756,537,618,621,577,395,87,588,
	242,646,92,482,718,242,250,8,606,395,93,95,110,111,112,96,
	97,98,102,103,105,106,107,108,109,38,99,101,577,621,100,618,
	577,104,114,115,116,117,118,119,271,510,840,123,124,125,126,12,
	642,127,120,121,159,12,642,271,510,547,675,758,840,847,596,60,
	122,618,621,577,588,646,113,844,857,630,40,642,398,128,136,132,
	133,134,135,140,141,142,129,130,139,131,137,138,144,143,181,27,
	669,181,563,279,146,148,149,516,482,8,606,242,250,718,558,55,
	151,152,145,147,516,482,718,720,558,55,8,150,516,482,718,558,
	55,567,154,157,158,153,822,155,156,846,161,857,852,844,848,849,
	606,8,468,570,631,163,87,242,391,395,461,577,588,618,621,646,
	307,242,577,588,618,621,646,395,307,87,40,642,159,165,242,577,
	588,618,621,646,391,87,395,307,618,621,577,588,646,242,167,169,
	618,621,242,588,646,577,170,171,588,646,618,621,577,542,173,174,
	180,860,845,175,179,176,177,178,846,161,857,844,630,161,857,852,
	844,848,849,846,172,182,183,143,275,563,185,186,187,188,189,395,
	577,588,618,87,395,577,588,618,646,621,191,192,190,279,198,636,
	588,618,391,195,193,194,242,391,87,577,588,618,646,621,577,618,
	621,199,200,201,168,279,636,198,627,202,203,204,205,207,210,213,
	299,311,646,588,618,621,87,242,718,577,461,181,563,275,279,631,
	636,588,646,618,621,242,391,577,206,211,208,209,212,844,849,852,
	847,848,858,857,860,40,161,630,642,217,218,434,220,219,630,538,
	222,223,224,226,225,228,229,230,221,231,232,859,857,538,234,235,
	236,237,848,596,287,240,241,588,391,242,461,577,623,618,482,718,
	55,558,243,215,244,245,246,247,630,159,857,844,852,639,40,249,
	588,391,618,646,242,251,252,253,254,255,256,257,258,259,260,262,
	263,626,264,266,261,265,268,588,618,646,461,621,239,618,621,577,
	588,242,646,87,270,216,127,272,618,621,577,87,395,588,242,646,
	242,618,621,577,588,391,461,242,159,630,639,844,274,675,623,113,
	563,636,279,588,618,621,646,577,181,563,275,279,623,814,596,848,
	85,414,510,547,675,276,682,379,404,588,391,242,461,577,618,482,
	718,55,277,623,563,275,94,280,618,621,577,242,588,646,87,31,
	37,85,113,164,198,221,271,309,414,510,547,648,675,758,840,281,
	31,299,311,283,282,161,860,845,286,639,630,640,639,630,290,291,
	850,293,843,844,845,846,847,848,849,850,851,852,853,854,855,856,
	857,858,859,860,861,862,12,26,30,40,159,160,161,197,215,278,
	287,397,398,538,596,630,639,640,641,642,671,679,814,196,233,370,
	585,645,820,821,47,371,285,531,294,295,847,848,851,858,849,852,
	853,856,859,630,296,298,292,297,692,417,300,301,302,303,304,588,
	391,646,618,621,242,395,181,275,563,414,623,306,308,312,313,314,
	181,623,563,395,317,318,323,319,320,322,321,391,330,325,327,328,
	326,588,618,621,646,242,391,577,329,642,159,844,630,639,331,332,
	333,334,330,316,330,391,316,335,242,269,159,844,630,639,642,850,
	159,642,848,850,337,338,341,339,340,342,343,344,336,346,347,358,
	351,353,354,355,356,357,363,364,365,366,367,368,369,348,349,362,
	350,352,859,538,359,360,361,26,639,857,596,847,857,374,844,26,
	639,847,857,606,631,8,468,570,375,376,181,563,27,636,275,279,
	26,639,596,857,26,639,596,857,848,242,577,588,646,618,621,588,
	646,461,391,577,618,621,606,482,623,380,588,391,718,55,558,381,
	382,383,384,623,760,279,563,398,642,181,563,514,510,547,675,669,
	623,588,618,621,646,87,847,159,588,391,577,386,630,639,159,857,
	844,852,640,847,287,388,390,389,392,577,646,618,621,393,87,242,
	391,395,461,577,588,618,621,646,682,575,860,845,159,586,31,37,
	85,113,164,198,221,271,309,414,510,547,648,675,758,760,840,396,
	85,675,31,37,760,404,279,400,403,588,391,242,461,577,623,618,
	482,718,682,401,402,618,621,242,577,87,588,646,395,405,588,242,
	391,406,407,618,621,577,87,588,242,646,395,85,510,675,414,848,
	857,409,410,411,412,415,416,408,413,418,424,425,426,419,420,421,
	422,423,861,857,854,427,428,516,13,463,430,431,432,640,641,159,
	630,433,640,641,630,435,438,436,437,439,440,441,442,444,445,446,
	447,448,482,242,558,55,449,443,482,491,242,250,558,55,857,852,
	849,844,861,848,630,639,640,30,12,287,159,451,618,588,646,242,
	452,482,242,558,443,55,454,455,618,577,588,621,242,646,458,460,
	618,621,588,242,577,646,87,462,464,467,466,465,469,473,474,470,
	471,472,476,618,621,577,391,630,848,159,596,639,287,477,478,475,
	459,479,480,481,483,484,640,159,630,486,485,623,488,487,640,630,
	623,485,489,490,492,493,496,500,501,502,503,504,507,508,538,159,
	494,495,159,857,630,843,40,497,498,499,505,506,509,511,618,621,
	577,588,250,646,87,395,513,512,515,623,514,563,181,517,463,250,
	518,519,520,523,159,854,630,852,847,844,40,521,522,525,526,387,
	528,161,845,315,529,530,861,642,534,535,536,159,857,642,533,541,
	863,547,85,675,544,545,8,91,145,315,468,524,567,570,606,631,
	656,712,776,795,543,623,563,546,844,642,85,547,675,548,552,87,
	618,621,646,588,577,556,549,550,630,640,551,553,554,555,557,559,
	560,561,562,159,857,630,843,40,844,564,279,404,399,636,563,533,
	379,848,596,814,851,563,636,533,845,642,485,488,514,623,408,404,
	379,618,621,577,87,588,646,565,682,391,566,630,159,857,844,852,
	639,640,671,858,848,596,40,642,568,250,242,567,631,569,571,572,
	573,574,576,578,584,581,582,583,463,250,580,55,558,159,630,847,
	844,40,587,589,590,591,593,594,595,113,1,453,89,299,198,857,
	398,856,618,621,577,87,588,646,395,598,599,600,601,602,604,605,
	588,618,646,603,607,614,616,608,8,524,567,606,631,687,609,610,
	611,612,613,26,287,639,814,615,617,619,620,624,588,391,646,618,
	577,87,621,682,848,596,857,26,639,814,623,563,485,625,181,563,
	623,275,279,275,279,168,588,391,242,618,577,461,242,482,718,55,
	618,621,577,588,646,242,87,395,287,857,628,629,632,633,634,635,
	852,847,858,857,161,642,844,849,852,847,848,858,857,161,630,642,
	242,618,621,588,646,577,637,638,644,516,55,558,580,463,429,720,
	250,658,8,606,567,618,577,461,647,649,650,8,567,606,631,687,
	651,652,653,654,655,848,26,596,287,639,814,71,87,242,250,307,
	391,395,461,577,588,618,621,646,657,87,242,391,395,577,588,618,
	621,646,659,660,482,516,720,330,661,662,663,664,665,324,94,275,
	461,658,577,667,588,391,682,242,482,718,55,670,849,639,588,618,
	621,87,646,242,395,461,674,85,675,510,676,678,630,640,639,181,
	563,275,279,239,677,242,250,271,758,482,510,55,718,630,640,639,
	844,159,857,596,854,642,618,621,646,588,242,577,672,683,684,685,
	686,588,391,242,55,718,461,159,287,688,689,691,690,630,857,693,
	694,695,696,289,698,699,706,700,701,702,703,704,705,850,857,844,
	852,849,847,858,848,708,87,395,577,646,588,618,621,709,711,707,
	713,714,715,716,717,719,721,722,723,724,725,732,736,727,743,745,
	728,729,730,726,630,640,857,731,733,734,735,737,739,738,740,741,
	742,744,746,747,748,630,639,857,750,751,755,752,753,754,756,198,
	757,482,718,242,55,558,443,577,461,588,646,482,718,242,250,55,
	558,443,759,761,762,763,764,588,618,621,646,391,577,766,767,770,
	772,773,774,775,768,769,771,777,778,779,780,781,782,783,785,786,
	791,793,787,788,790,789,792,794,796,797,798,801,802,803,809,811,
	813,799,800,804,805,807,806,808,810,812,815,287,639,596,816,817,
	818,819,814,642,847,848,159,630,639,642,606,658,434,395,391,461,
	577,823,828,834,824,825,827,826,829,832,833,830,831,857,844,852,
	849,860,846,848,836,837,838,861,857,197,371,841,842,
};

static const fp_element fp_elements_r5[6022] = {
	/* Account */
	E(8,0,1,0,65535,0,1,0,0,0,0,0,0,0),
	E(119,111,1,0,1,0,1,1,0,0,4,192141,0,1),
	E(141,133,1,0,1,0,1,2,0,0,0,0,0,0),
	E(31902,154,1,0,65535,0,1,3,0,0,0,0,0,1),
	E(231,223,1,0,1,0,1,1,0,0,1,203828,0,0),
	E(108590,240,1,0,1,0,1,4,0,0,0,0,0,1),
	E(67777,260,1,0,65535,0,1,5,0,0,0,0,0,1),
	E(458,450,1,0,65535,0,1,6,0,0,0,0,0,0),
	E(165730,542,1,0,65535,0,1,7,0,0,0,0,0,1),
	E(165823,561,1,0,1,0,1,8,0,0,0,0,0,1),
	E(54995,574,1,0,1,0,1,9,1,10,0,0,0,1),
	E(206095,588,1,0,65535,0,1,11,0,0,0,0,0,1),
	E(774,766,1,0,65535,0,1,12,0,0,0,0,0,0),
	E(864,856,1,0,1,0,1,13,0,0,0,0,0,1),
	E(206043,878,1,1,1,0,1,14,0,0,1,192243,1,1),
	E(11678,893,1,0,65535,0,1,9,7,15,0,0,0,1),
	E(207726,909,1,0,1,0,1,1,0,0,4,192293,0,1),
	/* Account.balance */
	E(192081,16,2,0,1,0,1,1,0,0,2,192044,0,0),
	E(137556,42,2,1,1,0,1,22,0,0,0,0,0,0),
	E(81,65,2,0,1,0,1,23,0,0,0,0,0,0),
	E(192136,90,2,0,1,0,1,1,0,0,2,192091,0,0),
	/* Account.coverage */
	E(31902,171,3,1,1,0,1,9,1,24,0,0,0,1),
	E(209799,197,3,0,1,0,1,25,0,0,0,0,0,1),
	/* Account.diagnosis */
	E(210375,278,4,1,1,0,1,26,1,27,4,200532,0,1),
	E(324,306,4,0,1,0,1,28,0,0,0,0,0,0),
	E(26436,340,4,0,1,0,1,23,0,0,0,0,0,0),
	E(704,370,4,0,65535,0,1,1,0,0,4,0,0,0),
	E(31965,400,4,0,1,0,1,25,0,0,0,0,0,0),
	E(207726,427,4,0,65535,0,1,1,0,0,3,206697,0,0),
	/* Account.guarantor */
	E(486,468,5,0,1,0,1,23,0,0,0,0,0,0),
	E(28583,493,5,1,1,0,1,9,3,29,0,0,0,0),
	E(139796,517,5,0,1,0,1,13,0,0,0,0,0,0),
	/* Account.procedure */
	E(209238,606,6,1,1,0,1,26,1,32,4,220644,0,1),
	E(647,629,6,0,1,0,1,28,0,0,0,0,0,0),
	E(59550,661,6,0,65535,0,1,9,1,16,0,0,0,1),
	E(704,686,6,0,65535,0,1,1,0,0,4,0,0,0),
	E(31965,716,6,0,1,0,1,25,0,0,0,0,0,0),
	E(207726,743,6,0,65535,0,1,1,0,0,4,0,0,0),
	/* Account.relatedAccount */
	E(103840,789,7,1,1,0,1,9,1,33,0,0,0,0),
	E(222894,820,7,0,1,0,1,1,0,0,4,192193,0,0),
	/* ActivityDefinition */
	E(165029,941,8,0,1,0,1,34,0,0,0,0,0,0),
	E(62648,973,8,0,1,1,2,35,0,0,4,215337,0,1),
	E(11623,1004,8,0,65535,0,1,37,0,0,0,0,0,0),
	E(61778,1030,8,0,65535,0,1,1,0,0,4,197008,0,0),
	E(209238,1058,8,0,1,0,1,1,0,0,4,220644,0,1),
	E(165344,1082,8,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,1109,8,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,1138,8,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,1172,8,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,1196,8,0,1,0,1,4,0,0,0,0,0,1),
	E(176460,1227,8,0,1,0,1,23,0,0,0,0,1,1),
	E(114220,1259,8,0,65535,0,1,38,0,0,0,0,0,0),
	E(149489,1285,8,0,65535,0,1,39,0,0,0,0,0,0),
	E(69357,1397,8,0,65535,0,1,37,0,0,0,0,0,0),
	E(165514,1423,8,0,1,0,1,13,0,0,0,0,0,1),
	E(69373,1458,8,0,65535,0,1,37,0,0,0,0,0,0),
	E(165699,1486,8,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,1518,8,0,65535,0,1,7,0,0,0,0,0,1),
	E(176681,1548,8,0,1,0,1,14,0,0,1,223296,0,0),
	E(165759,1574,8,0,65535,0,1,1,0,0,2,213159,0,1),
	E(220017,1606,8,0,1,0,1,14,0,0,1,223398,0,1),
	E(165790,1630,8,0,1,0,1,34,0,0,0,0,0,0),
	E(108241,1664,8,0,65535,0,1,40,1,41,0,0,0,0),
	E(197233,1691,8,0,1,0,1,26,1,19,0,0,0,0),
	E(165823,1719,8,0,1,0,1,8,0,0,0,0,0,1),
	E(1762,1743,8,0,65535,0,1,40,1,42,0,0,0,0),
	E(1804,1785,8,0,65535,0,1,40,1,42,0,0,0,0),
	E(104092,1833,8,0,65535,0,1,43,0,0,0,0,0,0),
	E(209799,2066,8,0,1,0,1,14,0,0,1,223346,0,0),
	E(231712,2094,8,0,1,1,2,44,4,46,4,215394,0,0),
	E(122261,2124,8,0,1,0,1,40,1,50,0,0,0,0),
	E(166018,2151,8,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,2180,8,0,1,0,1,4,0,0,0,0,0,0),
	E(70641,2207,8,0,1,0,1,51,0,0,0,0,0,0),
	E(69521,2235,8,0,65535,0,1,52,0,0,0,0,0,0),
	E(69546,2270,8,0,65535,0,1,37,0,0,0,0,0,0),
	E(2317,2298,8,0,65535,0,1,40,1,53,0,0,0,0),
	E(206043,2337,8,1,1,0,1,14,0,0,1,221397,1,1),
	E(11678,2363,8,0,1,1,3,54,7,57,2,219571,0,0),
	E(108467,2393,8,0,1,0,1,8,0,0,0,0,0,0),
	E(62955,2421,8,0,1,1,4,64,0,0,0,0,0,0),
	E(166675,2450,8,0,1,0,1,8,0,0,0,0,0,1),
	E(199858,2475,8,0,65535,0,1,1,0,0,4,204056,0,0),
	E(151068,2500,8,0,1,0,1,40,1,68,0,0,0,0),
	E(166699,2529,8,0,1,0,1,69,0,0,0,0,0,1),
	E(214501,2552,8,0,1,0,1,4,0,0,0,0,0,0),
	E(166721,2577,8,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,2607,8,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,2634,8,0,1,1,2,71,0,0,2,231347,0,1),
	/* ActivityDefinition.dynamicValue */
	E(139764,1317,9,1,1,0,1,73,0,0,0,0,0,0),
	E(185034,1360,9,1,1,0,1,8,0,0,0,0,0,0),
	/* ActivityDefinition.participant */
	E(215214,1864,10,0,1,0,1,1,0,0,4,192556,0,0),
	E(230698,1904,10,0,1,0,1,1,0,0,4,232048,0,0),
	E(207726,1940,10,0,1,0,1,14,0,0,1,192613,0,0),
	E(142156,1976,10,0,1,0,1,40,1,74,0,0,0,0),
	E(142198,2021,10,0,1,0,1,9,12,75,0,0,0,0),
	/* ActorDefinition */
	E(2705,2689,11,0,1,0,1,40,1,74,0,0,0,0),
	E(165344,2718,11,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,2742,11,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,2768,11,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,2799,11,0,1,0,1,28,0,0,0,0,0,1),
	E(165454,2820,11,0,65535,0,1,40,1,87,0,0,0,0),
	E(108590,2848,11,0,1,0,1,4,0,0,0,0,0,0),
	E(39420,2876,11,0,1,0,1,4,0,0,0,0,0,0),
	E(165699,2906,11,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,2935,11,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,2962,11,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165823,2991,11,0,1,0,1,8,0,0,0,0,0,1),
	E(166018,3012,11,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,3038,11,0,1,0,1,4,0,0,0,0,0,0),
	E(44772,3062,11,0,65535,0,1,88,0,0,0,0,0,0),
	E(206043,3088,11,1,1,0,1,14,0,0,1,221397,1,1),
	E(166675,3111,11,0,1,0,1,8,0,0,0,0,0,1),
	E(207726,3133,11,1,1,0,1,14,0,0,1,208586,0,1),
	E(166699,3154,11,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,3174,11,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,3201,11,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,3225,11,0,1,1,2,71,0,0,2,231347,0,1),
	/* Address */
	E(3277,3269,12,0,1,0,1,8,0,0,0,0,0,1),
	E(120013,3282,12,0,1,0,1,8,0,0,0,0,0,1),
	E(3306,3298,12,0,1,0,1,8,0,0,0,0,0,1),
	E(3323,3315,12,0,65535,0,1,8,0,0,0,0,0,1),
	E(139796,3328,12,0,1,0,1,13,0,0,0,0,0,1),
	E(3351,3343,12,0,1,0,1,8,0,0,0,0,0,1),
	E(59430,3362,12,0,1,0,1,8,0,0,0,0,0,1),
	E(62600,3376,12,0,1,0,1,8,0,0,0,0,0,1),
	E(207726,3389,12,0,1,0,1,14,0,0,1,193122,0,1),
	E(217192,3402,12,0,1,0,1,14,0,0,1,193170,1,1),
	/* AdministrableProductDefinition */
	E(3476,3445,13,0,1,0,1,1,0,0,4,193356,0,1),
	E(108590,3498,13,0,1,0,1,4,0,0,0,0,0,0),
	E(59550,3541,13,0,1,0,1,9,1,77,0,0,0,1),
	E(3610,3579,13,0,65535,0,1,9,1,58,0,0,0,1),
	E(165730,3617,13,0,65535,0,1,7,0,0,0,0,0,1),
	E(166910,3659,13,0,65535,0,1,1,0,0,4,227300,0,1),
	E(3732,3701,13,0,65535,0,1,9,1,61,0,0,0,1),
	E(215090,3745,13,0,65535,0,1,89,0,0,0,0,0,1),
	E(127216,3926,13,1,65535,0,1,90,0,0,0,0,0,1),
	E(206043,4895,13,1,1,0,1,14,0,0,1,221397,1,1),
	E(106660,4933,13,0,1,0,1,1,0,0,4,230366,0,1),
	/* AdministrableProductDefinition.property */
	E(206043,3785,14,0,1,0,1,1,0,0,1,221397,0,1),
	E(207726,3832,14,1,1,0,1,1,0,0,4,220981,0,1),
	E(234033,3877,14,0,1,1,7,91,1,98,0,0,0,1),
	/* AdministrableProductDefinition.routeOfAdministration */
	E(209238,3979,15,1,1,0,1,1,0,0,4,224663,0,1),
	E(4090,4037,15,0,1,0,1,51,0,0,0,0,0,1),
	E(4153,4100,15,0,1,0,1,51,0,0,0,0,0,1),
	E(4220,4167,15,0,1,0,1,99,0,0,0,0,0,1),
	E(4299,4246,15,0,1,0,1,51,0,0,0,0,0,1),
	E(4366,4313,15,0,1,0,1,67,0,0,0,0,0,1),
	E(4438,4385,15,0,65535,0,1,100,0,0,0,0,0,1),
	/* AdministrableProductDefinition.routeOfAdministration.targetSpecies */
	E(209238,4452,16,1,1,0,1,1,0,0,4,228855,0,1),
	E(4591,4524,16,0,65535,0,1,101,0,0,0,0,0,1),
	/* AdministrableProductDefinition.routeOfAdministration.targetSpecies.withdrawalPeriod */
	E(4692,4608,17,0,1,0,1,8,0,0,0,0,0,1),
	E(4798,4714,17,1,1,0,1,1,0,0,4,194845,0,1),
	E(234033,4805,17,1,1,0,1,51,0,0,0,0,0,1),
	/* AdverseEvent */
	E(5009,4996,18,1,1,0,1,14,0,0,1,193635,1,1),
	E(204553,5019,18,0,65535,0,1,1,0,0,4,193694,0,1),
	E(209238,5041,18,0,1,0,1,1,0,0,4,194336,0,1),
	E(5072,5059,18,0,65535,0,1,102,0,0,0,0,0,1),
	E(5144,5131,18,0,1,0,1,28,0,0,0,0,0,1),
	E(217400,5153,18,0,1,0,1,9,1,103,0,0,0,1),
	E(5189,5176,18,0,1,0,1,23,0,0,0,0,0,0),
	E(165730,5213,18,0,65535,0,1,7,0,0,0,0,0,1),
	E(197233,5237,18,0,1,0,1,9,1,19,0,0,0,1),
	E(5272,5259,18,0,65535,0,1,104,0,0,0,0,0,1),
	E(74012,5327,18,0,65535,0,1,105,0,0,0,0,0,1),
	E(234163,5345,18,0,1,1,3,106,0,0,0,0,0,1),
	E(220835,5372,18,0,65535,0,1,1,0,0,4,193990,0,1),
	E(104092,5393,18,0,65535,0,1,109,0,0,0,0,0,1),
	E(5496,5483,18,0,65535,0,1,110,0,0,0,0,0,1),
	E(6762,5551,18,0,1,0,1,28,0,0,0,0,0,1),
	E(144826,5577,18,0,1,0,1,9,5,111,0,0,0,1),
	E(5612,5599,18,0,65535,0,1,9,2,116,0,0,0,1),
	E(194209,5628,18,0,1,0,1,1,0,0,4,194166,0,1),
	E(206043,5653,18,1,1,0,1,14,0,0,1,194221,1,1),
	E(154609,5673,18,0,65535,0,1,9,1,118,0,0,0,1),
	E(11678,5692,18,1,1,0,1,9,5,119,0,0,0,1),
	E(144942,5713,18,0,65535,0,1,124,0,0,0,0,0,1),
	E(5790,5777,18,0,65535,0,1,125,0,0,0,0,0,1),
	/* AdverseEvent.contributingFactor */
	E(228416,5091,19,1,1,1,2,44,11,126,4,193866,0,1),
	/* AdverseEvent.mitigatingAction */
	E(228416,5289,20,1,1,1,2,44,4,137,4,193929,0,1),
	/* AdverseEvent.participant */
	E(155580,5418,21,1,1,0,1,9,8,141,0,0,0,1),
	E(215214,5449,21,0,1,0,1,1,0,0,4,194041,0,1),
	/* AdverseEvent.preventiveAction */
	E(228416,5513,22,1,1,1,2,44,5,149,4,194105,0,1),
	/* AdverseEvent.supportingInfo */
	E(228416,5741,23,1,1,1,2,44,10,154,4,194277,0,1),
	/* AdverseEvent.suspectEntity */
	E(5831,5804,24,0,1,0,1,164,0,0,0,0,0,1),
	E(166995,5994,24,1,1,1,2,54,9,165,0,0,0,1),
	/* AdverseEvent.suspectEntity.causality */
	E(5878,5841,25,0,1,0,1,1,0,0,4,193806,0,1),
	E(11623,5895,25,0,1,0,1,9,5,174,0,0,0,1),
	E(5976,5939,25,0,1,0,1,1,0,0,4,193746,0,1),
	/* AllergyIntolerance */
	E(204553,6052,27,0,65535,0,1,14,0,0,1,194477,0,1),
	E(6099,6080,27,0,1,0,1,1,0,0,1,194662,1,1),
	E(209238,6114,27,0,1,0,1,1,0,0,4,194725,0,1),
	E(6157,6138,27,0,1,0,1,14,0,0,1,194541,0,1),
	E(217400,6169,27,0,1,0,1,9,1,103,0,0,0,0),
	E(165730,6198,27,0,65535,0,1,7,0,0,0,0,0,1),
	E(6247,6228,27,0,1,0,1,28,0,0,0,0,0,0),
	E(74012,6262,27,0,65535,0,1,105,0,0,0,0,0,0),
	E(6662,6286,27,0,1,1,5,179,0,0,0,0,0,0),
	E(104092,6314,27,0,65535,0,1,184,0,0,0,0,0,1),
	E(145432,6422,27,1,1,0,1,9,1,15,0,0,0,1),
	E(6468,6449,27,0,65535,0,1,185,0,0,0,0,0,0),
	E(6762,6743,27,0,1,0,1,28,0,0,0,0,0,0),
	E(207726,6775,27,0,1,0,1,1,0,0,3,194608,0,1),
	E(6818,6799,27,0,1,0,1,1,0,0,1,194778,1,1),
	/* AllergyIntolerance.participant */
	E(155580,6345,28,1,1,0,1,9,7,186,0,0,0,1),
	E(215214,6382,28,0,1,0,1,1,0,0,2,219673,0,1),
	/* AllergyIntolerance.reaction */
	E(108590,6477,29,0,1,0,1,8,0,0,0,0,0,0),
	E(6545,6517,29,0,1,0,1,1,0,0,4,224663,0,0),
	E(6587,6559,29,1,65535,0,1,26,1,117,4,198969,0,0),
	E(74012,6601,29,0,65535,0,1,105,0,0,0,0,0,0),
	E(6662,6634,29,0,1,0,1,28,0,0,0,0,0,0),
	E(200792,6668,29,0,1,0,1,14,0,0,1,221984,0,0),
	E(100794,6705,29,0,1,0,1,1,0,0,4,227256,0,0),
	/* Annotation */
	E(11623,6848,30,0,1,1,2,193,5,195,0,0,0,1),
	E(62600,6869,30,1,1,0,1,4,0,0,0,0,0,1),
	E(22372,6885,30,0,1,0,1,28,0,0,0,0,0,1),
	/* Appointment */
	E(103840,6901,31,0,65535,0,1,9,1,33,0,0,0,0),
	E(6933,6921,31,0,1,0,1,1,0,0,3,232722,0,1),
	E(145261,6949,31,0,65535,0,1,9,4,200,0,0,0,0),
	E(6981,6969,31,0,1,0,1,28,0,0,0,0,0,0),
	E(7010,6998,31,0,1,0,1,1,0,0,4,194893,0,1),
	E(203550,7029,31,0,65535,0,1,1,0,0,3,231997,0,1),
	E(11647,7047,31,0,1,0,1,28,0,0,0,0,0,0),
	E(108590,7067,31,0,1,0,1,8,0,0,0,0,0,0),
	E(139410,7091,31,0,1,0,1,2,0,0,0,0,0,1),
	E(165730,7107,31,0,65535,0,1,7,0,0,0,0,0,1),
	E(7142,7130,31,0,1,0,1,25,0,0,0,0,0,0),
	E(74012,7158,31,0,65535,0,1,105,0,0,0,0,0,0),
	E(7187,7175,31,0,1,0,1,23,0,0,0,0,0,0),
	E(7217,7205,31,0,1,0,1,9,1,204,0,0,0,0),
	E(104092,7240,31,1,65535,0,1,205,0,0,0,0,0,0),
	E(62876,7418,31,0,65535,0,1,26,3,206,0,0,0,0),
	E(7461,7449,31,0,1,0,1,9,1,204,0,0,0,0),
	E(209799,7481,31,0,1,0,1,1,0,0,4,233352,0,0),
	E(215387,7502,31,0,65535,0,1,26,4,209,3,206972,0,1),
	E(9362,7521,31,0,1,0,1,25,0,0,0,0,0,0),
	E(7558,7546,31,0,65535,0,1,213,0,0,0,0,0,0),
	E(19459,8778,31,0,65535,0,1,9,1,204,0,0,0,0),
	E(176939,8799,31,0,65535,0,1,13,0,0,0,0,0,0),
	E(155671,8827,31,0,65535,0,1,1,0,0,4,225335,0,1),
	E(155696,8855,31,0,65535,0,1,26,1,20,4,225577,0,1),
	E(8891,8879,31,0,65535,0,1,9,1,214,0,0,0,0),
	E(92627,8896,31,0,65535,0,1,1,0,0,3,197336,0,1),
	E(139421,8918,31,0,1,0,1,2,0,0,0,0,0,1),
	E(206043,8936,31,1,1,0,1,14,0,0,1,195074,1,1),
	E(11678,8955,31,0,1,0,1,9,2,119,0,0,0,1),
	E(4692,8975,31,0,65535,0,1,9,1,215,0,0,0,0),
	E(105650,9009,31,0,65535,0,1,216,0,0,0,0,0,0),
	/* Appointment.participant */
	E(155580,7264,32,0,1,0,1,9,9,217,0,0,0,1),
	E(139796,7294,32,0,1,0,1,13,0,0,0,0,0,0),
	E(146607,7325,32,0,1,0,1,23,0,0,0,0,0,1),
	E(206043,7358,32,1,1,0,1,14,0,0,1,219726,0,1),
	E(207726,7389,32,0,65535,0,1,1,0,0,2,206916,0,1),
	/* Appointment.recurrenceTemplate */
	E(7608,7577,33,0,65535,0,1,34,0,0,0,0,0,0),
	E(7653,7622,33,0,65535,0,1,25,0,0,0,0,0,0),
	E(7706,7675,33,0,1,0,1,34,0,0,0,0,0,0),
	E(7756,7725,33,0,1,0,1,226,0,0,0,0,0,0),
	E(8041,8010,33,0,1,0,1,25,0,0,0,0,0,0),
	E(9217,8057,33,0,65535,0,1,34,0,0,0,0,0,0),
	E(8134,8103,33,1,1,0,1,1,0,0,3,194954,0,0),
	E(8180,8149,33,0,1,0,1,1,0,0,1,229519,0,0),
	E(8220,8189,33,0,1,0,1,227,0,0,0,0,0,0),
	E(8704,8673,33,0,1,0,1,228,0,0,0,0,0,0),
	/* Appointment.recurrenceTemplate.monthlyTemplate */
	E(7819,7772,34,0,1,0,1,25,0,0,0,0,0,0),
	E(7877,7830,34,0,1,0,1,72,0,0,1,203961,0,0),
	E(7934,7887,34,1,1,0,1,25,0,0,0,0,0,0),
	E(7995,7948,34,0,1,0,1,72,0,0,1,231762,0,0),
	/* Appointment.recurrenceTemplate.weeklyTemplate */
	E(8281,8235,35,0,1,0,1,23,0,0,0,0,0,0),
	E(8334,8288,35,0,1,0,1,23,0,0,0,0,0,0),
	E(8387,8341,35,0,1,0,1,23,0,0,0,0,0,0),
	E(8442,8396,35,0,1,0,1,23,0,0,0,0,0,0),
	E(8495,8449,35,0,1,0,1,23,0,0,0,0,0,0),
	E(8550,8504,35,0,1,0,1,23,0,0,0,0,0,0),
	E(8604,8558,35,0,1,0,1,23,0,0,0,0,0,0),
	E(8660,8614,35,0,1,0,1,25,0,0,0,0,0,0),
	/* Appointment.recurrenceTemplate.yearlyTemplate */
	E(8765,8719,36,1,1,0,1,25,0,0,0,0,0,0),
	/* AppointmentResponse */
	E(155580,9056,37,0,1,0,1,9,8,229,0,0,0,1),
	E(9102,9082,37,1,1,0,1,9,1,204,0,0,0,1),
	E(61173,9114,37,0,1,0,1,4,0,0,0,0,0,0),
	E(139410,9142,37,0,1,0,1,2,0,0,0,0,0,0),
	E(165730,9166,37,0,65535,0,1,7,0,0,0,0,0,1),
	E(9217,9197,37,0,1,0,1,34,0,0,0,0,0,0),
	E(9252,9232,37,1,1,0,1,14,0,0,1,195012,1,1),
	E(9290,9270,37,0,65535,0,1,1,0,0,2,206916,0,1),
	E(9326,9306,37,0,1,0,1,23,0,0,0,0,0,1),
	E(9362,9342,37,0,1,0,1,25,0,0,0,0,0,0),
	E(9395,9375,37,0,1,0,1,23,0,0,0,0,0,0),
	E(139421,9405,37,0,1,0,1,2,0,0,0,0,0,0),
	/* ArtifactAssessment */
	E(165029,9450,38,0,1,0,1,34,0,0,0,0,0,0),
	E(182353,9482,38,1,1,1,3,237,1,215,0,0,0,1),
	E(191519,9513,38,0,1,1,2,240,1,242,0,0,0,0),
	E(180011,9542,38,0,65535,0,1,243,0,0,0,0,0,0),
	E(165370,9938,38,0,1,0,1,4,0,0,0,0,0,0),
	E(165431,9967,38,0,1,0,1,28,0,0,0,0,0,1),
	E(206843,9991,38,0,1,0,1,14,0,0,1,195350,0,1),
	E(165730,10022,38,0,65535,0,1,7,0,0,0,0,0,1),
	E(165790,10052,38,0,1,0,1,34,0,0,0,0,0,1),
	E(166675,10086,38,0,1,0,1,8,0,0,0,0,0,1),
	E(10130,10111,38,0,1,0,1,14,0,0,1,195487,0,1),
	/* ArtifactAssessment.content */
	E(11623,9569,39,0,1,0,1,9,5,244,0,0,0,0),
	E(195339,9603,39,0,65535,0,1,1,0,0,4,197703,0,0),
	E(109495,9641,39,0,65535,0,1,243,0,0,0,0,0,0),
	E(9705,9678,39,0,1,0,1,23,0,0,0,0,0,0),
	E(9744,9717,39,0,1,0,1,14,0,0,1,195416,0,0),
	E(185034,9760,39,0,65535,0,1,69,0,0,0,0,0,0),
	E(70641,9792,39,0,1,0,1,51,0,0,0,0,0,0),
	E(69521,9828,39,0,65535,0,1,52,0,0,0,0,0,0),
	E(42919,9871,39,0,1,0,1,4,0,0,0,0,0,0),
	E(207726,9906,39,0,1,0,1,1,0,0,4,197749,0,0),
	/* Attachment */
	E(183740,10145,40,0,1,0,1,14,0,0,1,217819,0,1),
	E(103880,10168,40,0,1,0,1,28,0,0,0,0,0,1),
	E(155368,10188,40,0,1,0,1,249,0,0,0,0,0,0),
	E(54722,10204,40,0,1,0,1,250,0,0,0,0,0,0),
	E(10235,10224,40,0,1,0,1,25,0,0,0,0,0,0),
	E(10253,10242,40,0,1,0,1,249,0,0,0,0,0,1),
	E(10269,10258,40,0,1,0,1,25,0,0,0,0,0,0),
	E(208810,10276,40,0,1,0,1,14,0,0,1,194384,0,1),
	E(10307,10296,40,0,1,0,1,25,0,0,0,0,0,0),
	E(10324,10313,40,0,1,0,1,251,0,0,0,0,0,1),
	E(166675,10329,40,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,10346,40,0,1,0,1,88,0,0,0,0,0,1),
	E(10372,10361,40,0,1,0,1,25,0,0,0,0,0,0),
	/* AuditEvent */
	E(204454,10389,41,0,1,0,1,14,0,0,1,195901,0,1),
	E(145126,10407,41,1,65535,0,1,252,0,0,0,0,0,1),
	E(145236,10625,41,0,65535,0,1,1,0,0,4,233688,0,1),
	E(145261,10650,41,0,65535,0,1,9,7,253,0,0,0,0),
	E(204553,10669,41,0,65535,0,1,1,0,0,4,196166,0,1),
	E(209238,10689,41,1,1,0,1,1,0,0,4,196116,0,1),
	E(217400,10705,41,0,1,0,1,9,1,103,0,0,0,0),
	E(145301,10726,41,0,65535,0,1,260,0,0,0,0,0,1),
	E(234154,10959,41,0,1,1,2,261,0,0,0,0,0,0),
	E(220835,10982,41,0,1,0,1,263,0,0,0,0,0,1),
	E(145432,11051,41,0,1,0,1,9,1,15,0,0,0,0),
	E(145469,11070,41,1,1,0,1,2,0,0,0,0,0,1),
	E(200792,11090,41,0,1,0,1,14,0,0,1,196060,0,1),
	E(211424,11110,41,1,1,0,1,264,0,0,0,0,0,1),
	/* AuditEvent.agent */
	E(145236,10424,42,0,65535,0,1,1,0,0,4,233688,0,0),
	E(197233,10455,42,0,1,0,1,9,1,19,0,0,0,0),
	E(196298,10481,42,0,1,1,3,265,1,78,0,0,0,0),
	E(201415,10509,42,0,65535,0,1,69,0,0,0,0,0,0),
	E(33534,10533,42,0,1,0,1,23,0,0,0,0,0,1),
	E(230698,10560,42,0,65535,0,1,1,0,0,4,225133,0,0),
	E(207726,10582,42,0,1,0,1,1,0,0,3,219673,0,0),
	E(189899,10604,42,1,1,0,1,9,7,141,0,0,0,1),
	/* AuditEvent.entity */
	E(145126,10744,43,0,65535,0,1,252,0,0,0,0,0,0),
	E(196053,10768,43,0,65535,0,1,268,0,0,0,0,0,0),
	E(10875,10857,43,0,1,0,1,249,0,0,0,0,0,1),
	E(230698,10881,43,0,1,0,1,1,0,0,4,218586,0,0),
	E(62373,10904,43,0,65535,0,1,1,0,0,4,225035,0,0),
	E(145373,10936,43,0,1,0,1,9,1,215,0,0,0,1),
	/* AuditEvent.entity.detail */
	E(207726,10793,44,1,1,0,1,1,0,0,4,196166,0,0),
	E(234033,10823,44,1,1,1,11,269,0,0,0,0,0,0),
	/* AuditEvent.outcome */
	E(209238,11001,45,1,1,0,1,72,0,0,3,195955,0,1),
	E(196053,11025,45,0,65535,0,1,1,0,0,4,196004,0,1),
	/* AuditEvent.source */
	E(11146,11128,46,1,1,0,1,9,7,141,0,0,0,1),
	E(211881,11155,46,0,1,0,1,9,1,19,0,0,0,0),
	E(207726,11178,46,0,65535,0,1,1,0,0,3,225181,0,0),
	/* Availability */
	E(11227,11214,47,0,65535,0,1,280,0,0,0,0,0,1),
	E(11416,11403,47,0,65535,0,1,281,0,0,0,0,0,1),
	/* Availability.availableTime */
	E(11268,11241,48,0,1,0,1,23,0,0,0,0,0,1),
	E(11302,11275,48,0,1,0,1,276,0,0,0,0,0,1),
	E(11346,11319,48,0,1,0,1,276,0,0,0,0,0,1),
	E(11392,11365,48,0,65535,0,1,14,0,0,1,203961,0,1),
	/* Availability.notAvailableTime */
	E(108590,11433,49,0,1,0,1,8,0,0,0,0,0,1),
	E(11505,11475,49,0,1,0,1,13,0,0,0,0,0,1),
	/* BackboneElement */
	E(62567,11528,50,0,65535,0,1,282,0,0,0,0,1,1),
	/* BackboneType */
	E(62567,11575,51,0,65535,0,1,282,0,0,0,0,1,1),
	/* Basic */
	E(11623,11617,53,0,1,0,1,9,7,283,0,0,0,1),
	E(209238,11630,53,1,1,0,1,1,0,0,4,196212,1,1),
	E(11647,11641,53,0,1,0,1,28,0,0,0,0,0,1),
	E(165730,11655,53,0,65535,0,1,7,0,0,0,0,0,1),
	E(11678,11672,53,0,1,0,1,9,1,215,0,0,0,1),
	/* Binary */
	E(183740,11686,54,1,1,0,1,14,0,0,1,217819,0,1),
	E(155368,11705,54,0,1,0,1,249,0,0,0,0,0,0),
	E(11724,11717,54,0,1,0,1,9,1,215,0,0,0,1),
	/* BiologicallyDerivedProduct */
	E(54509,11767,55,0,1,0,1,7,0,0,0,0,0,1),
	E(220529,11816,55,0,1,0,1,290,0,0,0,0,0,0),
	E(12025,11998,55,0,1,0,1,8,0,0,0,0,0,0),
	E(54754,12034,55,0,1,0,1,28,0,0,0,0,0,0),
	E(165730,12076,55,0,65535,0,1,7,0,0,0,0,0,1),
	E(55008,12114,55,0,65535,0,1,9,1,172,0,0,0,0),
	E(12175,12148,55,0,65535,0,1,9,1,10,0,0,0,0),
	E(12221,12194,55,0,1,0,1,72,0,0,4,220935,0,0),
	E(12264,12237,55,0,1,0,1,1,0,0,4,196625,0,0),
	E(12303,12276,55,0,1,0,1,72,0,0,4,196561,0,0),
	E(215090,12317,55,0,65535,0,1,291,0,0,0,0,0,0),
	E(137767,12439,55,0,65535,0,1,9,1,203,0,0,0,0),
	E(12501,12474,55,0,1,0,1,66,0,0,0,0,0,0),
	/* BiologicallyDerivedProduct.collection */
	E(191537,11854,56,0,1,1,2,106,0,0,0,0,0,0),
	E(158143,11905,56,0,1,0,1,9,2,17,0,0,0,0),
	E(211424,11953,56,0,1,0,1,9,2,292,0,0,0,0),
	/* BiologicallyDerivedProduct.property */
	E(207726,12353,57,1,1,0,1,1,0,0,4,196484,0,0),
	E(234033,12394,57,1,1,1,9,294,0,0,0,0,0,0),
	/* BiologicallyDerivedProductDispense */
	E(145261,12560,58,0,65535,0,1,9,1,203,0,0,0,1),
	E(58830,12603,58,0,1,0,1,9,1,19,0,0,0,1),
	E(165730,12650,58,0,65535,0,1,7,0,0,0,0,0,1),
	E(197233,12696,58,0,1,0,1,9,1,19,0,0,0,1),
	E(12775,12740,58,0,1,0,1,1,0,0,4,196687,0,1),
	E(74012,12787,58,0,65535,0,1,105,0,0,0,0,0,1),
	E(12862,12827,58,0,1,0,1,1,0,0,4,196764,0,1),
	E(125911,12885,58,0,65535,0,1,9,1,303,0,0,0,1),
	E(145432,12927,58,1,1,0,1,9,1,15,0,0,0,1),
	E(123210,12970,58,0,65535,0,1,304,0,0,0,0,0,1),
	E(59114,13120,58,0,1,0,1,28,0,0,0,0,0,1),
	E(231712,13168,58,1,1,0,1,9,1,172,0,0,0,1),
	E(70641,13211,58,0,1,0,1,51,0,0,0,0,0,1),
	E(206043,13255,58,1,1,0,1,14,0,0,1,196931,0,1),
	E(56863,13297,58,0,1,0,1,8,0,0,0,0,0,1),
	E(59352,13349,58,0,1,0,1,28,0,0,0,0,0,1),
	/* BiologicallyDerivedProductDispense.performer */
	E(155580,13015,59,1,1,0,1,9,1,17,0,0,0,1),
	E(215214,13066,59,0,1,0,1,1,0,0,4,196848,0,1),
	/* BodyStructure */
	E(91939,13413,60,0,1,0,1,23,0,0,0,0,1,1),
	E(108590,13434,60,0,1,0,1,4,0,0,0,0,0,1),
	E(13474,13460,60,0,65535,0,1,305,0,0,0,0,0,0),
	E(165730,13492,60,0,65535,0,1,7,0,0,0,0,0,1),
	E(13531,13517,60,0,65535,0,1,96,0,0,0,0,0,0),
	E(13551,13537,60,1,65535,0,1,305,0,0,0,0,0,0),
	E(14284,14270,60,0,1,0,1,1,0,0,4,197133,0,1),
	E(145432,14295,60,1,1,0,1,9,1,15,0,0,0,1),
	/* BodyStructure.includedStructure */
	E(13601,13569,61,0,65535,0,1,306,0,0,0,0,0,0),
	E(14126,14094,61,0,1,0,1,1,0,0,4,197181,0,0),
	E(14169,14137,61,0,65535,0,1,1,0,0,4,197181,0,0),
	E(14211,14179,61,0,65535,0,1,9,1,307,0,0,0,0),
	E(14260,14228,61,1,1,0,1,1,0,0,4,197008,0,1),
	/* BodyStructure.includedStructure.bodyLandmarkOrientation */
	E(13681,13625,62,0,65535,0,1,1,0,0,4,197047,0,0),
	E(13755,13699,62,0,65535,0,1,308,0,0,0,0,0,0),
	E(13999,13943,62,0,65535,0,1,1,0,0,4,197008,0,0),
	E(14075,14019,62,0,65535,0,1,1,0,0,3,197181,0,0),
	/* BodyStructure.includedStructure.bodyLandmarkOrientation.distanceFromLandmark */
	E(59550,13776,63,0,65535,0,1,26,1,16,4,205049,0,0),
	E(234033,13860,63,0,65535,0,1,51,0,0,0,0,0,0),
	/* Bundle */
	E(14331,14324,64,0,65535,0,1,309,0,0,0,0,0,1),
	E(165730,14849,64,0,1,0,1,7,0,0,0,0,0,1),
	E(14874,14867,64,0,1,0,1,215,0,0,0,0,0,1),
	E(61204,14881,64,0,65535,0,1,310,0,0,0,0,0,1),
	E(145489,14930,64,0,1,0,1,311,0,0,0,0,0,1),
	E(14954,14947,64,0,1,0,1,2,0,0,0,0,0,1),
	E(14971,14964,64,0,1,0,1,312,0,0,0,0,0,1),
	E(207726,14977,64,1,1,0,1,14,0,0,1,197242,0,1),
	/* Bundle.entry */
	E(14350,14337,65,0,1,0,1,69,0,0,0,0,0,1),
	E(61204,14358,65,0,65535,0,1,310,0,0,0,0,0,1),
	E(137767,14376,65,0,1,0,1,313,0,0,0,0,0,1),
	E(139824,14582,65,0,1,0,1,215,0,0,0,0,0,1),
	E(137789,14604,65,0,1,0,1,314,0,0,0,0,0,1),
	E(39575,14778,65,0,1,0,1,315,0,0,0,0,0,1),
	/* Bundle.entry.request */
	E(14418,14397,66,0,1,0,1,8,0,0,0,0,0,1),
	E(14447,14426,66,0,1,0,1,2,0,0,0,0,0,1),
	E(14484,14463,66,0,1,0,1,8,0,0,0,0,0,1),
	E(14517,14496,66,0,1,0,1,8,0,0,0,0,0,1),
	E(214452,14529,66,1,1,0,1,14,0,0,1,210537,0,1),
	E(166699,14557,66,1,1,0,1,69,0,0,0,0,0,1),
	/* Bundle.entry.response */
	E(14648,14626,67,0,1,0,1,8,0,0,0,0,0,1),
	E(14675,14653,67,0,1,0,1,2,0,0,0,0,0,1),
	E(197233,14688,67,0,1,0,1,69,0,0,0,0,0,1),
	E(220835,14719,67,0,1,0,1,215,0,0,0,0,0,1),
	E(206043,14749,67,1,1,0,1,8,0,0,0,0,0,1),
	/* Bundle.entry.search */
	E(225418,14798,68,0,1,0,1,14,0,0,1,224757,0,1),
	E(14843,14823,68,0,1,0,1,250,0,0,0,0,0,1),
	/* Bundle.link */
	E(14905,14893,69,1,1,0,1,14,0,0,1,210582,0,1),
	E(166699,14914,69,1,1,0,1,69,0,0,0,0,0,1),
	/* CanonicalResource */
	E(165344,15007,70,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,15033,70,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,15061,70,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,15094,70,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,15117,70,0,1,0,1,4,0,0,0,0,0,0),
	E(165699,15147,70,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,15178,70,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,15207,70,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165823,15238,70,0,1,0,1,8,0,0,0,0,0,1),
	E(166018,15261,70,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,15289,70,0,1,0,1,4,0,0,0,0,0,0),
	E(206043,15315,70,1,1,0,1,14,0,0,1,221397,1,1),
	E(166675,15340,70,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,15364,70,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,15386,70,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,15415,70,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,15441,70,0,1,1,2,71,0,0,2,231347,0,1),
	/* CapabilityStatement */
	E(15519,15499,71,0,65535,0,1,14,0,0,1,194384,0,1),
	E(165344,15534,71,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,15562,71,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,15592,71,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,15627,71,1,1,0,1,28,0,0,0,0,0,1),
	E(108590,15652,71,0,1,0,1,4,0,0,0,0,0,0),
	E(169900,15684,71,0,65535,0,1,316,0,0,0,0,0,1),
	E(165699,15827,71,0,1,0,1,23,0,0,0,0,0,1),
	E(98270,15860,71,1,1,0,1,14,0,0,1,191996,0,1),
	E(227755,15892,71,1,65535,0,1,14,0,0,1,217819,0,1),
	E(165730,15919,71,0,65535,0,1,7,0,0,0,0,0,1),
	E(178488,15950,71,0,1,0,1,317,0,0,0,0,0,1),
	E(16136,16116,71,0,65535,0,1,40,1,318,0,0,0,1),
	E(16176,16156,71,0,65535,0,1,40,1,74,0,0,0,1),
	E(127383,16184,71,0,65535,0,1,40,1,74,0,0,0,1),
	E(165759,16217,71,0,65535,0,1,1,0,0,2,213159,0,1),
	E(220017,16250,71,1,1,0,1,14,0,0,1,197384,0,1),
	E(16295,16275,71,0,65535,0,1,319,0,0,0,0,0,1),
	E(165823,16684,71,0,1,0,1,8,0,0,0,0,0,1),
	E(16729,16709,71,0,65535,0,1,14,0,0,1,217819,0,1),
	E(166018,16741,71,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,16771,71,0,1,0,1,4,0,0,0,0,0,0),
	E(16819,16799,71,0,65535,0,1,320,0,0,0,0,0,1),
	E(122196,18679,71,0,1,0,1,321,0,0,0,0,0,1),
	E(206043,18820,71,1,1,0,1,14,0,0,1,221397,1,1),
	E(166675,18847,71,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,18873,71,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,18897,71,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,18928,71,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,18956,71,0,1,1,2,71,0,0,2,231347,0,1),
	/* CapabilityStatement.document */
	E(39420,15713,72,0,1,0,1,4,0,0,0,0,0,0),
	E(225418,15756,72,1,1,0,1,14,0,0,1,206195,0,1),
	E(122261,15790,72,1,1,0,1,40,1,50,0,0,0,1),
	/* CapabilityStatement.implementation */
	E(61998,15985,73,0,1,0,1,9,1,10,0,0,0,1),
	E(108590,16030,73,1,1,0,1,4,0,0,0,0,0,1),
	E(166699,16077,73,0,1,0,1,88,0,0,0,0,0,1),
	/* CapabilityStatement.messaging */
	E(39420,16305,74,0,1,0,1,4,0,0,0,0,0,0),
	E(54738,16349,74,0,65535,0,1,322,0,0,0,0,0,0),
	E(16513,16483,74,0,1,0,1,312,0,0,0,0,0,0),
	E(16557,16527,74,0,65535,0,1,323,0,0,0,0,0,1),
	/* CapabilityStatement.messaging.endpoint */
	E(87056,16388,75,1,1,0,1,88,0,0,0,0,0,0),
	E(34225,16435,75,1,1,0,1,72,0,0,2,217475,0,0),
	/* CapabilityStatement.messaging.supportedMessage */
	E(54685,16574,76,1,1,0,1,40,1,324,0,0,0,1),
	E(225418,16632,76,1,1,0,1,14,0,0,1,207837,0,1),
	/* CapabilityStatement.rest */
	E(90358,16824,77,0,65535,0,1,40,1,325,0,0,0,0),
	E(39420,16861,77,0,1,0,1,4,0,0,0,0,0,0),
	E(17468,16900,77,0,65535,0,1,326,0,0,0,0,0,0),
	E(225418,17030,77,1,1,0,1,14,0,0,1,224504,0,1),
	E(17625,17060,77,0,65535,0,1,327,0,0,0,0,0,1),
	E(139824,17095,77,0,65535,0,1,328,0,0,0,0,0,1),
	E(18017,18481,77,0,65535,0,1,329,0,0,0,0,0,0),
	E(139932,18518,77,0,1,0,1,330,0,0,0,0,0,1),
	/* CapabilityStatement.rest.interaction */
	E(209238,16937,78,1,1,0,1,14,0,0,1,228793,0,0),
	E(39420,16979,78,0,1,0,1,4,0,0,0,0,0,0),
	/* CapabilityStatement.rest.resource */
	E(17163,17129,79,0,1,0,1,23,0,0,0,0,0,0),
	E(17215,17181,79,0,1,0,1,14,0,0,1,200952,0,0),
	E(17267,17233,79,0,1,0,1,23,0,0,0,0,0,0),
	E(17318,17284,79,0,1,0,1,14,0,0,1,201013,0,0),
	E(17368,17334,79,0,1,0,1,23,0,0,0,0,0,0),
	E(39420,17386,79,0,1,0,1,4,0,0,0,0,0,0),
	E(17468,17434,79,0,65535,0,1,331,0,0,0,0,0,0),
	E(17625,17591,79,0,65535,0,1,327,0,0,0,0,0,1),
	E(122261,17797,79,0,1,0,1,40,1,50,0,0,0,1),
	E(17873,17839,79,0,1,0,1,23,0,0,0,0,0,0),
	E(17919,17885,79,0,65535,0,1,14,0,0,1,222225,0,0),
	E(17969,17935,79,0,65535,0,1,8,0,0,0,0,0,0),
	E(18017,17983,79,0,65535,0,1,329,0,0,0,0,0,0),
	E(18282,18248,79,0,65535,0,1,8,0,0,0,0,0,0),
	E(18333,18299,79,0,65535,0,1,40,1,50,0,0,0,1),
	E(207726,18350,79,1,1,0,1,14,0,0,1,224405,0,1),
	E(18423,18389,79,0,1,0,1,23,0,0,0,0,0,0),
	E(18470,18436,79,0,1,0,1,14,0,0,1,231468,0,0),
	/* CapabilityStatement.rest.resource.interaction */
	E(209238,17480,80,1,1,0,1,14,0,0,1,229993,0,0),
	E(39420,17531,80,0,1,0,1,4,0,0,0,0,0,0),
	/* CapabilityStatement.rest.resource.operation */
	E(54685,17635,81,1,1,0,1,40,1,332,0,0,0,1),
	E(39420,17690,81,0,1,0,1,4,0,0,0,0,0,0),
	E(165823,17748,81,1,1,0,1,8,0,0,0,0,0,1),
	/* CapabilityStatement.rest.resource.searchParam */
	E(54685,18029,82,0,1,0,1,40,1,333,0,0,0,0),
	E(39420,18086,82,0,1,0,1,4,0,0,0,0,0,0),
	E(165823,18146,82,1,1,0,1,8,0,0,0,0,0,0),
	E(207726,18197,82,1,1,0,1,14,0,0,1,224866,0,0),
	/* CapabilityStatement.rest.security */
	E(18586,18552,83,0,1,0,1,23,0,0,0,0,0,1),
	E(108590,18591,83,0,1,0,1,4,0,0,0,0,0,0),
	E(224609,18637,83,0,65535,0,1,1,0,0,2,224563,0,1),
	/* CapabilityStatement.software */
	E(165823,18708,84,1,1,0,1,8,0,0,0,0,0,1),
	E(18771,18742,84,0,1,0,1,28,0,0,0,0,0,1),
	E(166750,18783,84,0,1,0,1,8,0,0,0,0,0,1),
	/* CarePlan */
	E(227635,19005,85,0,65535,0,1,334,0,0,0,0,0,0),
	E(89808,19129,85,0,65535,0,1,26,1,27,4,198969,0,1),
	E(145261,19148,85,0,65535,0,1,9,4,335,0,0,0,1),
	E(67754,19165,85,0,65535,0,1,9,1,75,0,0,0,0),
	E(204553,19183,85,0,65535,0,1,1,0,0,4,197503,0,1),
	E(19210,19201,85,0,65535,0,1,9,7,339,0,0,0,0),
	E(11647,19222,85,0,1,0,1,28,0,0,0,0,0,1),
	E(61998,19239,85,0,1,0,1,9,7,339,0,0,0,1),
	E(108590,19258,85,0,1,0,1,8,0,0,0,0,0,1),
	E(217400,19279,85,0,1,0,1,9,1,103,0,0,0,1),
	E(19307,19298,85,0,65535,0,1,9,1,346,0,0,0,0),
	E(165730,19312,85,0,65535,0,1,7,0,0,0,0,0,1),
	E(125765,19332,85,0,65535,0,1,40,5,347,0,0,0,1),
	E(125803,19363,85,0,65535,0,1,69,0,0,0,0,0,1),
	E(176681,19388,85,1,1,0,1,14,0,0,1,197551,1,1),
	E(74012,19404,85,0,65535,0,1,105,0,0,0,0,0,0),
	E(125911,19418,85,0,65535,0,1,9,1,200,0,0,0,1),
	E(139796,19434,85,0,1,0,1,13,0,0,0,0,0,1),
	E(19459,19450,85,0,65535,0,1,9,1,200,0,0,0,1),
	E(206043,19468,85,1,1,0,1,14,0,0,1,223456,1,1),
	E(11678,19484,85,1,1,0,1,9,2,119,0,0,0,1),
	E(144942,19501,85,0,65535,0,1,9,1,215,0,0,0,0),
	E(166675,19525,85,0,1,0,1,8,0,0,0,0,0,1),
	/* CarePlan.activity */
	E(19041,19023,86,0,65535,0,1,26,1,215,4,197445,0,0),
	E(19077,19059,86,0,1,0,1,9,11,352,0,0,0,0),
	E(154358,19102,86,0,65535,0,1,105,0,0,0,0,0,0),
	/* CareTeam */
	E(204553,19549,87,0,65535,0,1,1,0,0,4,197603,0,1),
	E(165730,19567,87,0,65535,0,1,7,0,0,0,0,0,1),
	E(67888,19587,87,0,65535,0,1,9,1,10,0,0,0,1),
	E(165823,19617,87,0,1,0,1,8,0,0,0,0,0,1),
	E(74012,19631,87,0,65535,0,1,105,0,0,0,0,0,0),
	E(104092,19645,87,0,65535,0,1,363,0,0,0,0,0,0),
	E(139796,19785,87,0,1,0,1,13,0,0,0,0,0,1),
	E(215387,19801,87,0,65535,0,1,26,1,27,4,198969,0,0),
	E(206043,19817,87,0,1,0,1,14,0,0,1,197651,1,1),
	E(11678,19833,87,0,1,0,1,9,2,119,0,0,0,1),
	E(87207,19850,87,0,65535,0,1,364,0,0,0,0,0,0),
	/* CareTeam.participant */
	E(31902,19666,88,0,1,1,2,107,0,0,0,0,0,0),
	E(91384,19699,88,0,1,0,1,9,6,365,0,0,0,1),
	E(157720,19727,88,0,1,0,1,9,1,10,0,0,0,1),
	E(230698,19759,88,0,1,0,1,1,0,0,4,219627,0,1),
	/* ChargeItem */
	E(103840,19878,89,0,65535,0,1,9,1,33,0,0,0,1),
	E(19908,19897,89,0,65535,0,1,1,0,0,4,197008,0,1),
	E(209238,19917,89,1,1,0,1,1,0,0,4,197906,0,1),
	E(19944,19933,89,0,1,0,1,9,1,10,0,0,0,0),
	E(73540,19955,89,0,65535,0,1,40,1,371,0,0,0,0),
	E(19997,19986,89,0,65535,0,1,69,0,0,0,0,0,0),
	E(217400,20011,89,0,1,0,1,9,1,103,0,0,0,1),
	E(20043,20032,89,0,1,0,1,28,0,0,0,0,0,1),
	E(20066,20055,89,0,1,0,1,9,6,372,0,0,0,1),
	E(165730,20074,89,0,65535,0,1,7,0,0,0,0,0,1),
	E(74012,20096,89,0,65535,0,1,105,0,0,0,0,0,0),
	E(234163,20112,89,0,1,1,3,106,0,0,0,0,0,1),
	E(20148,20137,89,0,1,0,1,1,0,0,4,0,0,0),
	E(125911,20163,89,0,65535,0,1,9,1,378,0,0,0,0),
	E(123210,20181,89,0,65535,0,1,379,0,0,0,0,0,0),
	E(20270,20259,89,0,1,0,1,9,1,10,0,0,0,0),
	E(231712,20293,89,0,65535,0,1,26,3,380,4,205049,0,0),
	E(70641,20312,89,0,1,0,1,51,0,0,0,0,0,1),
	E(215387,20332,89,0,65535,0,1,1,0,0,4,210637,0,0),
	E(20361,20350,89,0,1,0,1,9,1,10,0,0,0,0),
	E(224609,20384,89,0,65535,0,1,26,10,383,0,0,0,0),
	E(206043,20403,89,1,1,0,1,14,0,0,1,197959,1,1),
	E(11678,20421,89,1,1,0,1,9,2,119,0,0,0,1),
	E(4692,20440,89,0,65535,0,1,9,1,215,0,0,0,0),
	E(104287,20473,89,0,1,0,1,393,0,0,0,0,0,0),
	E(20515,20504,89,0,1,0,1,393,0,0,0,0,0,0),
	/* ChargeItem.performer */
	E(155580,20202,90,1,1,0,1,9,8,394,0,0,0,0),
	E(215214,20229,90,0,1,0,1,1,0,0,4,220159,0,0),
	/* ChargeItemDefinition */
	E(35024,20555,91,0,65535,0,1,402,0,0,0,0,0,0),
	E(165029,20737,91,0,1,0,1,34,0,0,0,0,0,0),
	E(209238,20771,91,0,1,0,1,1,0,0,4,197906,0,1),
	E(165344,20797,91,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,20826,91,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,20857,91,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,20893,91,0,1,0,1,28,0,0,0,0,0,1),
	E(20940,20919,91,0,65535,0,1,69,0,0,0,0,0,1),
	E(108590,20955,91,0,1,0,1,4,0,0,0,0,0,1),
	E(165699,20988,91,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,21022,91,0,65535,0,1,7,0,0,0,0,0,1),
	E(166995,21054,91,0,65535,0,1,9,7,403,0,0,0,0),
	E(165759,21084,91,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165790,21118,91,0,1,0,1,34,0,0,0,0,0,0),
	E(165823,21154,91,0,1,0,1,8,0,0,0,0,0,1),
	E(125911,21180,91,0,65535,0,1,40,1,371,0,0,0,1),
	E(21229,21208,91,0,65535,0,1,410,0,0,0,0,0,0),
	E(166018,21342,91,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,21373,91,0,1,0,1,4,0,0,0,0,0,0),
	E(19459,21402,91,0,65535,0,1,40,1,371,0,0,0,1),
	E(206043,21432,91,1,1,0,1,14,0,0,1,221397,1,1),
	E(166675,21460,91,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,21487,91,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,21512,91,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,21544,91,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,21573,91,0,1,1,2,71,0,0,2,231347,0,1),
	/* ChargeItemDefinition.applicability */
	E(210375,20590,92,0,1,0,1,73,0,0,0,0,0,0),
	E(165514,20635,92,0,1,0,1,13,0,0,0,0,0,1),
	E(69521,20686,92,0,1,0,1,52,0,0,0,0,0,0),
	/* ChargeItemDefinition.propertyGroup */
	E(35024,21243,93,0,65535,0,1,402,0,0,0,0,0,0),
	E(104001,21292,93,0,65535,0,1,393,0,0,0,0,0,0),
	/* Citation */
	E(165029,21614,94,0,1,0,1,34,0,0,0,0,0,0),
	E(11623,21636,94,0,65535,0,1,37,0,0,0,0,0,0),
	E(21661,21652,94,0,1,0,1,411,0,0,0,0,0,0),
	E(230237,25383,94,0,65535,0,1,412,0,0,0,0,0,0),
	E(165344,25471,94,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,25488,94,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,25507,94,0,1,0,1,8,0,0,0,0,0,0),
	E(25540,25531,94,0,65535,0,1,1,0,0,4,198128,0,0),
	E(165431,25553,94,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,25567,94,0,1,0,1,4,0,0,0,0,0,0),
	E(69357,25588,94,0,65535,0,1,37,0,0,0,0,0,0),
	E(165514,25604,94,0,1,0,1,13,0,0,0,0,0,1),
	E(69373,25629,94,0,65535,0,1,37,0,0,0,0,0,0),
	E(165699,25647,94,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,25669,94,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,25689,94,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165790,25711,94,0,1,0,1,34,0,0,0,0,0,0),
	E(165823,25735,94,0,1,0,1,8,0,0,0,0,0,1),
	E(74012,25749,94,0,65535,0,1,105,0,0,0,0,0,0),
	E(166018,25763,94,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,25782,94,0,1,0,1,4,0,0,0,0,0,0),
	E(69521,25799,94,0,65535,0,1,52,0,0,0,0,0,0),
	E(69546,25824,94,0,65535,0,1,37,0,0,0,0,0,0),
	E(206043,25842,94,1,1,0,1,14,0,0,1,221397,1,1),
	E(167486,25858,94,0,65535,0,1,413,0,0,0,0,0,0),
	E(42919,25961,94,0,65535,0,1,414,0,0,0,0,0,0),
	E(166675,26023,94,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,26038,94,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,26051,94,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,26071,94,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,26088,94,0,1,1,2,71,0,0,2,231347,0,1),
	/* Citation.citedArtifact */
	E(160841,21675,95,0,65535,0,1,415,0,0,0,0,0,0),
	E(230237,21864,95,0,65535,0,1,416,0,0,0,0,0,0),
	E(22074,22051,95,0,1,0,1,417,0,0,0,0,0,0),
	E(25540,23062,95,0,65535,0,1,1,0,0,2,198406,0,0),
	E(23121,23098,95,0,1,0,1,28,0,0,0,0,0,1),
	E(165730,23134,95,0,65535,0,1,7,0,0,0,0,0,1),
	E(74012,23168,95,0,65535,0,1,105,0,0,0,0,0,0),
	E(227937,23196,95,0,1,0,1,418,0,0,0,0,0,0),
	E(23355,23332,95,0,65535,0,1,419,0,0,0,0,0,0),
	E(24467,24444,95,0,65535,0,1,7,0,0,0,0,0,1),
	E(62277,24485,95,0,65535,0,1,420,0,0,0,0,0,0),
	E(167486,24857,95,0,65535,0,1,421,0,0,0,0,0,0),
	E(166675,25016,95,0,65535,0,1,422,0,0,0,0,0,0),
	E(166750,25151,95,0,1,0,1,423,0,0,0,0,0,0),
	E(25286,25263,95,0,65535,0,1,424,0,0,0,0,0,0),
	/* Citation.citedArtifact.abstract */
	E(165370,21707,96,0,1,0,1,4,0,0,0,0,0,0),
	E(208810,21749,96,0,1,0,1,1,0,0,3,213201,0,0),
	E(62600,21790,96,1,1,0,1,4,0,0,0,0,0,0),
	E(207726,21827,96,0,1,0,1,1,0,0,2,198230,0,0),
	/* Citation.citedArtifact.classification */
	E(21940,21902,97,0,65535,0,1,9,1,425,0,0,0,0),
	E(195339,21959,97,0,65535,0,1,1,0,0,4,198012,0,0),
	E(207726,22008,97,0,1,0,1,1,0,0,2,198288,0,0),
	/* Citation.citedArtifact.contributorship */
	E(22129,22090,98,0,1,0,1,23,0,0,0,0,0,0),
	E(14331,22138,98,0,65535,0,1,426,0,0,0,0,0,0),
	E(42919,22803,98,0,65535,0,1,427,0,0,0,0,0,0),
	/* Citation.citedArtifact.contributorship.entry */
	E(22228,22183,99,0,65535,0,1,9,2,428,0,0,0,0),
	E(22285,22240,99,0,65535,0,1,430,0,0,0,0,0,0),
	E(22493,22448,99,0,65535,0,1,1,0,0,2,195241,0,0),
	E(19210,22510,99,1,1,0,1,9,2,431,0,0,0,0),
	E(22612,22567,99,0,1,0,1,23,0,0,0,0,0,0),
	E(22678,22633,99,0,1,0,1,8,0,0,0,0,0,0),
	E(22740,22695,99,0,1,0,1,25,0,0,0,0,0,0),
	E(230698,22753,99,0,1,0,1,1,0,0,2,203169,0,0),
	/* Citation.citedArtifact.contributorship.entry.contributionInstance */
	E(22372,22306,100,0,1,0,1,28,0,0,0,0,0,0),
	E(207726,22377,100,1,1,0,1,1,0,0,2,195176,0,0),
	/* Citation.citedArtifact.contributorship.summary */
	E(211424,22850,101,0,1,0,1,1,0,0,2,203215,0,0),
	E(198224,22904,101,0,1,0,1,1,0,0,2,203271,0,0),
	E(207726,22957,101,0,1,0,1,1,0,0,2,203326,0,0),
	E(234033,23009,101,1,1,0,1,4,0,0,0,0,0,0),
	/* Citation.citedArtifact.part */
	E(25213,23224,102,0,1,0,1,9,1,242,0,0,0,0),
	E(207726,23265,102,0,1,0,1,1,0,0,2,198352,0,0),
	E(234033,23298,102,0,1,0,1,8,0,0,0,0,0,0),
	/* Citation.citedArtifact.publicationForm */
	E(23410,23371,103,0,1,0,1,8,0,0,0,0,0,0),
	E(23465,23426,103,0,1,0,1,28,0,0,0,0,0,0),
	E(23516,23477,103,0,1,0,1,1,0,0,2,198462,0,0),
	E(165370,23528,103,0,1,0,1,4,0,0,0,0,0,0),
	E(23616,23577,103,0,1,0,1,8,0,0,0,0,0,0),
	E(134154,23626,103,0,1,0,1,8,0,0,0,0,0,0),
	E(208810,23671,103,0,65535,0,1,1,0,0,3,213201,0,0),
	E(23758,23719,103,0,1,0,1,8,0,0,0,0,0,0),
	E(23806,23767,103,0,1,0,1,28,0,0,0,0,0,0),
	E(23862,23823,103,0,1,0,1,8,0,0,0,0,0,0),
	E(23911,23872,103,0,1,0,1,8,0,0,0,0,0,0),
	E(23961,23922,103,0,1,0,1,8,0,0,0,0,0,0),
	E(24022,23983,103,0,1,0,1,8,0,0,0,0,0,0),
	E(24081,24042,103,0,1,0,1,433,0,0,0,0,0,0),
	E(24437,24398,103,0,1,0,1,8,0,0,0,0,0,0),
	/* Citation.citedArtifact.publicationForm.publishedIn */
	E(165730,24093,104,0,65535,0,1,7,0,0,0,0,0,0),
	E(166018,24155,104,0,1,0,1,9,1,10,0,0,0,0),
	E(24267,24216,104,0,1,0,1,8,0,0,0,0,0,0),
	E(166675,24285,104,0,1,0,1,8,0,0,0,0,0,0),
	E(207726,24342,104,0,1,0,1,1,0,0,2,221451,0,0),
	/* Citation.citedArtifact.relatesTo */
	E(24551,24518,105,0,1,0,1,4,0,0,0,0,0,0),
	E(195339,24560,105,0,65535,0,1,1,0,0,2,198012,0,0),
	E(41865,24604,105,0,1,0,1,8,0,0,0,0,0,0),
	E(169900,24645,105,0,1,0,1,96,0,0,0,0,0,0),
	E(64100,24687,105,0,1,0,1,8,0,0,0,0,0,0),
	E(139824,24726,105,0,1,0,1,40,0,0,0,0,0,0),
	E(24801,24768,105,0,1,0,1,9,0,0,0,0,0,0),
	E(207726,24819,105,1,1,0,1,14,0,0,1,222733,0,0),
	/* Citation.citedArtifact.statusDate */
	E(227635,24891,106,1,1,0,1,1,0,0,2,198406,0,0),
	E(72692,24934,106,0,1,0,1,23,0,0,0,0,0,0),
	E(139796,24975,106,1,1,0,1,13,0,0,0,0,0,0),
	/* Citation.citedArtifact.title */
	E(208810,25045,107,0,1,0,1,1,0,0,3,213201,0,0),
	E(62600,25083,107,1,1,0,1,4,0,0,0,0,0,0),
	E(207726,25117,107,0,65535,0,1,1,0,0,2,229613,0,0),
	/* Citation.citedArtifact.version */
	E(25213,25182,108,0,1,0,1,9,1,242,0,0,0,0),
	E(234033,25226,108,1,1,0,1,8,0,0,0,0,0,0),
	/* Citation.citedArtifact.webLocation */
	E(195339,25298,109,0,65535,0,1,1,0,0,2,195297,0,0),
	E(166699,25344,109,0,1,0,1,69,0,0,0,0,0,0),
	/* Citation.classification */
	E(195339,25407,110,0,65535,0,1,1,0,0,4,198012,0,0),
	E(207726,25442,110,0,1,0,1,1,0,0,2,198070,0,0),
	/* Citation.statusDate */
	E(227635,25878,111,1,1,0,1,1,0,0,4,198128,0,0),
	E(72692,25907,111,0,1,0,1,23,0,0,0,0,0,0),
	E(139796,25934,111,1,1,0,1,13,0,0,0,0,0,0),
	/* Citation.summary */
	E(198224,25978,112,0,1,0,1,1,0,0,2,198178,0,0),
	E(62600,26001,112,1,1,0,1,4,0,0,0,0,0,1),
	/* Claim */
	E(26129,26123,113,0,1,0,1,434,0,0,0,0,0,0),
	E(26211,26205,113,0,1,0,1,13,0,0,0,0,0,1),
	E(67754,26226,113,0,65535,0,1,435,0,0,0,0,0,0),
	E(11647,26361,113,1,1,0,1,28,0,0,0,0,0,1),
	E(67777,26375,113,0,65535,0,1,436,0,0,0,0,0,0),
	E(31351,26494,113,0,1,0,1,1,0,0,4,208303,0,0),
	E(217400,26522,113,0,65535,0,1,9,1,103,0,0,0,0),
	E(20066,26538,113,0,1,0,1,9,4,174,0,0,0,0),
	E(208194,26552,113,0,65535,0,1,437,0,0,0,0,0,0),
	E(50663,26601,113,0,1,0,1,9,2,81,0,0,0,0),
	E(31734,26616,113,0,1,0,1,1,0,0,4,209373,0,0),
	E(165730,26635,113,0,65535,0,1,7,0,0,0,0,0,0),
	E(31786,26652,113,0,65535,0,1,438,0,0,0,0,0,1),
	E(49636,26860,113,0,1,0,1,9,1,10,0,0,0,1),
	E(228416,26874,113,0,65535,0,1,439,0,0,0,0,0,0),
	E(28506,28500,113,0,1,0,1,9,3,440,0,0,0,0),
	E(145432,28527,113,1,1,0,1,9,1,15,0,0,0,1),
	E(78532,28541,113,0,1,0,1,22,0,0,0,0,0,0),
	E(137624,28559,113,0,1,0,1,443,0,0,0,0,0,0),
	E(28612,28606,113,0,1,0,1,9,3,440,0,0,0,0),
	E(209799,28625,113,0,1,0,1,1,0,0,4,220889,0,1),
	E(206095,28640,113,0,65535,0,1,444,0,0,0,0,0,0),
	E(26256,28772,113,0,1,0,1,9,3,141,0,0,0,1),
	E(28793,28787,113,0,1,0,1,9,1,203,0,0,0,0),
	E(28808,28802,113,0,65535,0,1,445,0,0,0,0,0,0),
	E(206043,28887,113,1,1,0,1,14,0,0,1,209143,1,1),
	E(33579,28900,113,0,1,0,1,1,0,0,4,198841,0,0),
	E(144942,28914,113,0,65535,0,1,446,0,0,0,0,0,0),
	E(14971,29110,113,0,1,0,1,22,0,0,0,0,0,0),
	E(33677,29122,113,0,65535,0,1,7,0,0,0,0,0,0),
	E(207726,29140,113,1,1,0,1,1,0,0,2,198884,0,1),
	E(217192,29151,113,1,1,0,1,14,0,0,1,198924,0,1),
	/* Claim.accident */
	E(165431,26138,114,1,1,0,1,34,0,0,0,0,0,0),
	E(197233,26158,114,0,1,1,2,447,1,19,0,0,0,0),
	E(207726,26185,114,0,1,0,1,1,0,0,2,233236,0,0),
	/* Claim.careTeam */
	E(26256,26241,115,1,1,0,1,9,3,141,0,0,0,0),
	E(26280,26265,115,0,1,0,1,23,0,0,0,0,0,0),
	E(230698,26292,115,0,1,0,1,1,0,0,4,198504,0,0),
	E(31965,26312,115,1,1,0,1,25,0,0,0,0,0,0),
	E(92627,26336,115,0,1,0,1,1,0,0,4,221297,0,0),
	/* Claim.diagnosis */
	E(67777,26391,116,1,1,1,2,54,1,27,4,210637,0,0),
	E(26436,26420,116,0,1,0,1,1,0,0,4,208248,0,0),
	E(31965,26448,116,1,1,0,1,25,0,0,0,0,0,0),
	E(207726,26473,116,0,65535,0,1,1,0,0,4,208357,0,0),
	/* Claim.event */
	E(207726,26564,117,1,1,0,1,1,0,0,4,203922,0,0),
	E(157799,26581,117,1,1,1,2,106,0,0,0,0,0,0),
	/* Claim.insurance */
	E(31820,26668,118,0,1,0,1,8,0,0,0,0,0,0),
	E(31864,26704,118,0,1,0,1,9,1,449,0,0,0,0),
	E(31902,26734,118,1,1,0,1,9,1,24,0,0,0,1),
	E(31935,26759,118,1,1,0,1,23,0,0,0,0,0,1),
	E(165730,26781,118,0,1,0,1,7,0,0,0,0,0,0),
	E(26824,26808,118,0,65535,0,1,8,0,0,0,0,0,0),
	E(31965,26835,118,1,1,0,1,25,0,0,0,0,0,1),
	/* Claim.item */
	E(61778,26885,119,0,65535,0,1,450,0,0,0,0,0,0),
	E(26969,26958,119,0,65535,0,1,25,0,0,0,0,0,0),
	E(204553,26986,119,0,1,0,1,1,0,0,4,208200,0,0),
	E(196053,27006,119,0,65535,0,1,451,0,0,0,0,0,0),
	E(28045,28034,119,0,65535,0,1,25,0,0,0,0,0,0),
	E(217400,28063,119,0,65535,0,1,9,1,103,0,0,0,0),
	E(193922,28084,119,0,1,0,1,250,0,0,0,0,0,0),
	E(28113,28102,119,0,65535,0,1,25,0,0,0,0,0,0),
	E(197233,28133,119,0,1,1,3,452,1,19,4,225423,0,0),
	E(127991,28156,119,0,65535,0,1,1,0,0,4,198747,0,0),
	E(29993,28176,119,0,1,0,1,22,0,0,0,0,0,0),
	E(78532,28191,119,0,1,0,1,22,0,0,0,0,0,0),
	E(28225,28214,119,0,65535,0,1,25,0,0,0,0,0,0),
	E(30086,28243,119,0,1,0,1,1,0,0,4,225619,0,0),
	E(30142,28271,119,0,1,0,1,1,0,0,4,225619,0,0),
	E(27668,28302,119,0,65535,0,1,1,0,0,4,208494,0,0),
	E(70641,28325,119,0,1,0,1,51,0,0,0,0,0,0),
	E(137767,28345,119,0,65535,0,1,9,6,455,0,0,0,0),
	E(30249,28364,119,0,1,0,1,1,0,0,4,208539,0,0),
	E(31965,28383,119,1,1,0,1,25,0,0,0,0,0,0),
	E(234218,28403,119,0,1,1,2,461,0,0,0,0,0,0),
	E(30349,28426,119,0,1,0,1,22,0,0,0,0,0,0),
	E(33677,28441,119,0,65535,0,1,7,0,0,0,0,0,0),
	E(28768,28464,119,0,65535,0,1,9,1,16,0,0,0,0),
	E(30443,28479,119,0,1,0,1,22,0,0,0,0,0,0),
	/* Claim.item.bodySite */
	E(211881,26905,120,1,65535,0,1,26,1,463,4,229653,0,0),
	E(29330,26930,120,0,65535,0,1,1,0,0,4,228756,0,0),
	/* Claim.item.detail */
	E(204553,27024,121,0,1,0,1,1,0,0,4,208200,0,0),
	E(193922,27051,121,0,1,0,1,250,0,0,0,0,0,0),
	E(127991,27076,121,0,65535,0,1,1,0,0,4,198747,0,0),
	E(29993,27103,121,0,1,0,1,22,0,0,0,0,0,0),
	E(78532,27125,121,0,1,0,1,22,0,0,0,0,0,0),
	E(30086,27155,121,0,1,0,1,1,0,0,4,225619,0,0),
	E(30142,27190,121,0,1,0,1,1,0,0,4,225619,0,0),
	E(27668,27228,121,0,65535,0,1,1,0,0,4,208494,0,0),
	E(70641,27258,121,0,1,0,1,51,0,0,0,0,0,0),
	E(30249,27285,121,0,1,0,1,1,0,0,4,208539,0,0),
	E(31965,27311,121,1,1,0,1,25,0,0,0,0,0,0),
	E(29798,27338,121,0,65535,0,1,464,0,0,0,0,0,0),
	E(30349,27932,121,0,1,0,1,22,0,0,0,0,0,0),
	E(33677,27954,121,0,65535,0,1,7,0,0,0,0,0,0),
	E(28768,27984,121,0,65535,0,1,9,1,16,0,0,0,0),
	E(30443,28006,121,0,1,0,1,22,0,0,0,0,0,0),
	/* Claim.item.detail.subDetail */
	E(204553,27366,122,0,1,0,1,1,0,0,4,208200,0,0),
	E(193922,27403,122,0,1,0,1,250,0,0,0,0,0,0),
	E(127991,27438,122,0,65535,0,1,1,0,0,4,198747,0,0),
	E(29993,27475,122,0,1,0,1,22,0,0,0,0,0,0),
	E(78532,27507,122,0,1,0,1,22,0,0,0,0,0,0),
	E(30086,27547,122,0,1,0,1,1,0,0,4,225619,0,0),
	E(30142,27592,122,0,1,0,1,1,0,0,4,225619,0,0),
	E(27668,27640,122,0,65535,0,1,1,0,0,4,208494,0,0),
	E(70641,27680,122,0,1,0,1,51,0,0,0,0,0,0),
	E(30249,27717,122,0,1,0,1,1,0,0,4,208539,0,0),
	E(31965,27753,122,1,1,0,1,25,0,0,0,0,0,0),
	E(30349,27790,122,0,1,0,1,22,0,0,0,0,0,0),
	E(33677,27822,122,0,65535,0,1,7,0,0,0,0,0,0),
	E(28768,27862,122,0,65535,0,1,9,1,16,0,0,0,0),
	E(30443,27894,122,0,1,0,1,22,0,0,0,0,0,0),
	/* Claim.payee */
	E(28583,28571,123,0,1,0,1,9,5,465,0,0,0,0),
	E(207726,28589,123,1,1,0,1,1,0,0,4,219838,0,0),
	/* Claim.procedure */
	E(165431,28656,124,0,1,0,1,28,0,0,0,0,0,0),
	E(206095,28677,124,1,1,1,2,54,1,32,4,210673,0,0),
	E(31965,28706,124,1,1,0,1,25,0,0,0,0,0,0),
	E(207726,28731,124,0,65535,0,1,1,0,0,4,208447,0,0),
	E(28768,28752,124,0,65535,0,1,9,1,16,0,0,0,0),
	/* Claim.related */
	E(28830,28816,125,0,1,0,1,9,1,470,0,0,0,0),
	E(44772,28836,125,0,1,0,1,7,0,0,0,0,0,0),
	E(222894,28860,125,0,1,0,1,1,0,0,4,222851,0,0),
	/* Claim.supportingInfo */
	E(204553,28935,126,1,1,0,1,1,0,0,4,198692,0,0),
	E(209238,28965,126,0,1,0,1,1,0,0,4,198647,0,0),
	E(215387,28991,126,0,1,0,1,1,0,0,4,217864,0,0),
	E(31965,29019,126,1,1,0,1,25,0,0,0,0,0,0),
	E(62955,29049,126,0,1,1,2,461,0,0,0,0,0,0),
	E(234033,29080,126,0,1,1,6,471,1,215,0,0,0,0),
	/* ClaimResponse */
	E(29189,29175,127,0,65535,0,1,477,0,0,0,0,0,0),
	E(31244,31230,127,0,65535,0,1,478,0,0,0,0,0,0),
	E(31271,31257,127,0,65535,0,1,9,1,353,0,0,0,0),
	E(11647,31292,127,1,1,0,1,28,0,0,0,0,0,1),
	E(198587,31314,127,0,1,0,1,1,0,0,4,198552,0,1),
	E(31351,31337,127,0,1,0,1,1,0,0,4,208303,0,0),
	E(206843,31373,127,0,1,0,1,8,0,0,0,0,0,0),
	E(217400,31399,127,0,65535,0,1,9,1,103,0,0,0,0),
	E(193301,31423,127,0,65535,0,1,479,0,0,0,0,0,0),
	E(208194,31605,127,0,65535,0,1,480,0,0,0,0,0,0),
	E(227384,31678,127,0,1,0,1,96,0,0,0,0,0,0),
	E(31711,31697,127,0,1,0,1,1,0,0,4,209282,0,0),
	E(31734,31720,127,0,1,0,1,1,0,0,4,209373,0,0),
	E(165730,31747,127,0,65535,0,1,7,0,0,0,0,0,0),
	E(31786,31772,127,0,65535,0,1,481,0,0,0,0,0,0),
	E(49636,31974,127,0,1,0,1,9,1,10,0,0,0,1),
	E(228416,31996,127,0,65535,0,1,482,0,0,0,0,0,0),
	E(220835,33011,127,1,1,0,1,14,0,0,1,198792,0,1),
	E(145432,33033,127,1,1,0,1,9,1,15,0,0,0,1),
	E(33069,33055,127,0,1,0,1,1,0,0,4,219838,0,0),
	E(137644,33079,127,0,1,0,1,483,0,0,0,0,0,0),
	E(32882,33289,127,0,1,0,1,13,0,0,0,0,0,0),
	E(26824,33317,127,0,1,0,1,8,0,0,0,0,0,0),
	E(33356,33342,127,0,65535,0,1,484,0,0,0,0,0,0),
	E(137767,33498,127,0,1,0,1,9,1,470,0,0,0,1),
	E(33534,33520,127,0,1,0,1,9,3,141,0,0,0,0),
	E(206043,33544,127,1,1,0,1,14,0,0,1,209143,1,1),
	E(33579,33565,127,0,1,0,1,1,0,0,4,198841,0,0),
	E(14971,33587,127,0,65535,0,1,485,0,0,0,0,0,1),
	E(33677,33663,127,0,65535,0,1,7,0,0,0,0,0,0),
	E(207726,33689,127,1,1,0,1,1,0,0,2,198884,0,1),
	E(217192,33708,127,1,1,0,1,14,0,0,1,198924,0,1),
	/* ClaimResponse.addItem */
	E(31244,29197,128,0,65535,0,1,478,0,0,0,0,0,0),
	E(61778,29232,128,0,65535,0,1,486,0,0,0,0,0,0),
	E(196053,29338,128,0,65535,0,1,487,0,0,0,0,0,0),
	E(32298,30566,128,0,65535,0,1,25,0,0,0,0,0,0),
	E(193922,30603,128,0,1,0,1,250,0,0,0,0,0,0),
	E(30654,30632,128,0,65535,0,1,25,0,0,0,0,0,0),
	E(197233,30667,128,0,1,1,3,452,1,19,4,225423,0,0),
	E(127991,30701,128,0,65535,0,1,1,0,0,4,198747,0,0),
	E(29993,30732,128,0,1,0,1,22,0,0,0,0,0,0),
	E(30036,30758,128,0,65535,0,1,25,0,0,0,0,0,0),
	E(30086,30791,128,0,1,0,1,1,0,0,4,225619,0,0),
	E(30142,30830,128,0,1,0,1,1,0,0,4,225619,0,0),
	E(27668,30872,128,0,65535,0,1,1,0,0,4,208494,0,0),
	E(26256,30906,128,0,65535,0,1,9,3,141,0,0,0,0),
	E(70641,30937,128,0,1,0,1,51,0,0,0,0,0,0),
	E(137767,30968,128,0,65535,0,1,9,6,455,0,0,0,0),
	E(30249,30998,128,0,1,0,1,1,0,0,4,208539,0,0),
	E(30296,31028,128,0,1,0,1,488,0,0,0,0,0,0),
	E(234218,31064,128,0,1,1,2,461,0,0,0,0,0,0),
	E(31120,31098,128,0,65535,0,1,25,0,0,0,0,0,0),
	E(30349,31138,128,0,1,0,1,22,0,0,0,0,0,0),
	E(33677,31164,128,0,65535,0,1,7,0,0,0,0,0,0),
	E(30443,31198,128,0,1,0,1,22,0,0,0,0,0,0),
	/* ClaimResponse.addItem.bodySite */
	E(211881,29263,129,1,65535,0,1,26,1,463,4,229653,0,0),
	E(29330,29299,129,0,65535,0,1,1,0,0,4,228756,0,0),
	/* ClaimResponse.addItem.detail */
	E(31244,29367,130,0,65535,0,1,478,0,0,0,0,0,0),
	E(193922,29409,130,0,1,0,1,250,0,0,0,0,0,0),
	E(127991,29445,130,0,65535,0,1,1,0,0,4,198747,0,0),
	E(29993,29483,130,0,1,0,1,22,0,0,0,0,0,0),
	E(30036,29516,130,0,65535,0,1,25,0,0,0,0,0,0),
	E(30086,29556,130,0,1,0,1,1,0,0,4,225619,0,0),
	E(30142,29602,130,0,1,0,1,1,0,0,4,225619,0,0),
	E(70641,29651,130,0,1,0,1,51,0,0,0,0,0,0),
	E(30249,29689,130,0,1,0,1,1,0,0,4,208539,0,0),
	E(30296,29726,130,0,1,0,1,488,0,0,0,0,0,0),
	E(29798,29769,130,0,65535,0,1,489,0,0,0,0,0,0),
	E(30349,30453,130,0,1,0,1,22,0,0,0,0,0,0),
	E(33677,30486,130,0,65535,0,1,7,0,0,0,0,0,0),
	E(30443,30527,130,0,1,0,1,22,0,0,0,0,0,0),
	/* ClaimResponse.addItem.detail.subDetail */
	E(31244,29808,131,0,65535,0,1,478,0,0,0,0,0,0),
	E(193922,29860,131,0,1,0,1,250,0,0,0,0,0,0),
	E(127991,29906,131,0,65535,0,1,1,0,0,4,198747,0,0),
	E(29993,29954,131,0,1,0,1,22,0,0,0,0,0,0),
	E(30036,29997,131,0,65535,0,1,25,0,0,0,0,0,0),
	E(30086,30047,131,0,1,0,1,1,0,0,4,225619,0,0),
	E(30142,30103,131,0,1,0,1,1,0,0,4,225619,0,0),
	E(70641,30162,131,0,1,0,1,51,0,0,0,0,0,0),
	E(30249,30210,131,0,1,0,1,1,0,0,4,208539,0,0),
	E(30296,30257,131,0,1,0,1,488,0,0,0,0,0,0),
	E(30349,30310,131,0,1,0,1,22,0,0,0,0,0,0),
	E(33677,30353,131,0,65535,0,1,7,0,0,0,0,0,0),
	E(30443,30404,131,0,1,0,1,22,0,0,0,0,0,0),
	/* ClaimResponse.error */
	E(209238,31443,132,1,1,0,1,1,0,0,4,193259,0,1),
	E(32298,31468,132,0,1,0,1,25,0,0,0,0,0,0),
	E(139764,31503,132,0,65535,0,1,8,0,0,0,0,0,1),
	E(30654,31534,132,0,1,0,1,25,0,0,0,0,0,0),
	E(32608,31567,132,0,1,0,1,25,0,0,0,0,0,0),
	/* ClaimResponse.event */
	E(207726,31625,133,1,1,0,1,1,0,0,4,203922,0,0),
	E(157799,31650,133,1,1,1,2,106,0,0,0,0,0,0),
	/* ClaimResponse.insurance */
	E(31820,31796,134,0,1,0,1,8,0,0,0,0,0,0),
	E(31864,31840,134,0,1,0,1,9,1,449,0,0,0,0),
	E(31902,31878,134,1,1,0,1,9,1,24,0,0,0,0),
	E(31935,31911,134,1,1,0,1,23,0,0,0,0,0,0),
	E(31965,31941,134,1,1,0,1,25,0,0,0,0,0,0),
	/* ClaimResponse.item */
	E(31244,32015,135,0,65535,0,1,478,0,0,0,0,0,0),
	E(196053,32207,135,0,65535,0,1,490,0,0,0,0,0,0),
	E(30654,32712,135,1,1,0,1,25,0,0,0,0,0,0),
	E(30036,32744,135,0,65535,0,1,25,0,0,0,0,0,0),
	E(30296,32774,135,0,1,0,1,488,0,0,0,0,0,0),
	E(33677,32980,135,0,65535,0,1,7,0,0,0,0,0,0),
	/* ClaimResponse.item.adjudication */
	E(137556,32047,136,0,1,0,1,22,0,0,0,0,0,0),
	E(204553,32086,136,1,1,0,1,1,0,0,4,193217,0,0),
	E(70641,32127,136,0,1,0,1,51,0,0,0,0,0,0),
	E(215387,32168,136,0,1,0,1,1,0,0,4,193307,0,0),
	/* ClaimResponse.item.detail */
	E(31244,32233,137,0,65535,0,1,478,0,0,0,0,0,0),
	E(32298,32272,137,1,1,0,1,25,0,0,0,0,0,0),
	E(30036,32313,137,0,65535,0,1,25,0,0,0,0,0,0),
	E(30296,32350,137,0,1,0,1,488,0,0,0,0,0,0),
	E(29798,32390,137,0,65535,0,1,491,0,0,0,0,0,0),
	E(33677,32674,137,0,65535,0,1,7,0,0,0,0,0,0),
	/* ClaimResponse.item.detail.subDetail */
	E(31244,32426,138,0,65535,0,1,478,0,0,0,0,0,0),
	E(30036,32475,138,0,65535,0,1,25,0,0,0,0,0,0),
	E(30296,32522,138,0,1,0,1,488,0,0,0,0,0,0),
	E(32608,32572,138,1,1,0,1,25,0,0,0,0,0,0),
	E(33677,32626,138,0,65535,0,1,7,0,0,0,0,0,0),
	/* ClaimResponse.item.reviewOutcome */
	E(198587,32807,139,0,1,0,1,1,0,0,4,198552,0,0),
	E(32882,32849,139,0,1,0,1,13,0,0,0,0,0,0),
	E(26824,32896,139,0,1,0,1,8,0,0,0,0,0,0),
	E(215387,32940,139,0,65535,0,1,1,0,0,4,198596,0,0),
	/* ClaimResponse.payment */
	E(33123,33101,140,0,1,0,1,22,0,0,0,0,0,0),
	E(33156,33134,140,0,1,0,1,1,0,0,4,219877,0,0),
	E(137556,33173,140,1,1,0,1,22,0,0,0,0,0,0),
	E(165431,33202,140,0,1,0,1,34,0,0,0,0,0,0),
	E(165730,33229,140,0,1,0,1,7,0,0,0,0,0,0),
	E(207726,33262,140,1,1,0,1,1,0,0,4,208403,0,0),
	/* ClaimResponse.processNote */
	E(208810,33368,141,0,1,0,1,1,0,0,1,194384,0,0),
	E(93466,33403,141,0,1,0,1,25,0,0,0,0,0,0),
	E(62600,33436,141,1,1,0,1,8,0,0,0,0,0,0),
	E(207726,33467,141,0,1,0,1,1,0,0,2,218288,0,0),
	/* ClaimResponse.total */
	E(137556,33607,142,1,1,0,1,22,0,0,0,0,0,1),
	E(204553,33634,142,1,1,0,1,1,0,0,4,193217,0,1),
	/* ClinicalImpression */
	E(33764,33745,143,0,1,0,1,1,0,0,4,199142,0,0),
	E(165431,33778,143,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,33802,143,0,1,0,1,8,0,0,0,0,0,1),
	E(191618,33833,143,0,1,1,2,106,0,0,0,0,0,1),
	E(217400,33865,143,0,1,0,1,9,1,103,0,0,0,1),
	E(33913,33894,143,0,65535,0,1,492,0,0,0,0,0,0),
	E(165730,33986,143,0,65535,0,1,7,0,0,0,0,0,1),
	E(74012,34016,143,0,65535,0,1,105,0,0,0,0,0,0),
	E(123210,34040,143,0,1,0,1,9,2,17,0,0,0,1),
	E(166337,34069,143,0,1,0,1,9,1,493,0,0,0,0),
	E(34116,34097,143,0,65535,0,1,9,2,494,0,0,0,1),
	E(34143,34124,143,0,65535,0,1,1,0,0,4,199205,0,0),
	E(34187,34168,143,0,65535,0,1,9,1,496,0,0,0,0),
	E(34225,34206,143,0,65535,0,1,69,0,0,0,0,0,0),
	E(206043,34234,143,1,1,0,1,14,0,0,1,207894,1,1),
	E(126126,34260,143,0,1,0,1,1,0,0,4,199263,0,0),
	E(11678,34292,143,1,1,0,1,9,2,119,0,0,0,1),
	E(42919,34319,143,0,1,0,1,8,0,0,0,0,0,0),
	E(144942,34346,143,0,65535,0,1,9,1,215,0,0,0,0),
	/* ClinicalImpression.finding */
	E(222558,33921,144,0,1,0,1,8,0,0,0,0,0,0),
	E(228416,33954,144,0,1,0,1,26,3,497,4,200532,0,0),
	/* ClinicalUseDefinition */
	E(204553,34402,145,0,65535,0,1,1,0,0,3,199016,0,1),
	E(56699,34433,145,0,1,0,1,500,0,0,0,0,0,1),
	E(165730,34925,145,0,65535,0,1,7,0,0,0,0,0,1),
	E(114655,34958,145,0,1,0,1,501,0,0,0,0,0,1),
	E(17468,35377,145,0,1,0,1,502,0,0,0,0,0,1),
	E(108241,35680,145,0,65535,0,1,40,1,41,0,0,0,1),
	E(214715,35710,145,0,65535,0,1,9,1,57,0,0,0,1),
	E(206043,35743,145,0,1,0,1,1,0,0,3,221349,0,1),
	E(11678,35772,145,0,65535,0,1,9,9,503,0,0,0,1),
	E(207726,35802,145,1,1,0,1,14,0,0,1,199078,0,1),
	E(35359,35829,145,0,1,0,1,512,0,0,0,0,0,1),
	E(56945,36049,145,0,1,0,1,513,0,0,0,0,0,1),
	/* ClinicalUseDefinition.contraindication */
	E(35024,34472,146,0,1,0,1,73,0,0,0,0,0,0),
	E(35071,34525,146,0,65535,0,1,26,1,42,4,206050,0,1),
	E(35116,34576,146,0,1,0,1,26,1,42,4,206006,0,1),
	E(35163,34629,146,0,1,0,1,26,1,42,4,206050,0,1),
	E(114655,34692,146,0,65535,0,1,9,1,514,0,0,0,1),
	E(35313,34742,146,0,65535,0,1,515,0,0,0,0,0,1),
	/* ClinicalUseDefinition.contraindication.otherTherapy */
	E(34846,34794,147,1,1,0,1,1,0,0,3,229464,0,1),
	E(34915,34863,147,1,1,0,1,26,7,516,4,229427,0,1),
	/* ClinicalUseDefinition.indication */
	E(35024,34991,148,0,1,0,1,73,0,0,0,0,0,0),
	E(35071,35038,148,0,65535,0,1,26,1,42,4,206050,0,1),
	E(35116,35083,148,0,1,0,1,26,1,42,4,206006,0,1),
	E(35163,35130,148,0,1,0,1,26,1,42,4,206050,0,1),
	E(54722,35187,148,0,1,1,2,182,0,0,0,0,0,1),
	E(35265,35232,148,0,1,0,1,26,1,42,3,221039,0,1),
	E(35313,35280,148,0,65535,0,1,515,0,0,0,0,0,1),
	E(35359,35326,148,0,65535,0,1,9,1,514,0,0,0,1),
	/* ClinicalUseDefinition.interaction */
	E(212530,35411,149,0,1,0,1,26,1,42,4,212489,0,1),
	E(212578,35452,149,0,1,0,1,1,0,0,4,212537,0,1),
	E(35530,35496,149,0,65535,0,1,523,0,0,0,0,0,1),
	E(212629,35596,149,0,65535,0,1,1,0,0,4,212588,0,1),
	E(207726,35641,149,0,1,0,1,1,0,0,4,212695,0,1),
	/* ClinicalUseDefinition.interaction.interactant */
	E(228416,35542,150,1,1,1,2,44,6,524,4,212448,0,1),
	/* ClinicalUseDefinition.undesirableEffect */
	E(230237,35869,151,0,1,0,1,1,0,0,4,230189,0,1),
	E(35964,35924,151,0,1,0,1,1,0,0,4,230252,0,1),
	E(36026,35986,151,0,1,0,1,26,1,42,4,230310,0,1),
	/* ClinicalUseDefinition.warning */
	E(209238,36079,152,0,1,0,1,1,0,0,4,231720,0,1),
	E(108590,36114,152,0,1,0,1,4,0,0,0,0,0,1),
	/* CodeSystem */
	E(165029,36167,153,0,1,0,1,34,0,0,0,0,0,0),
	E(11623,36191,153,0,65535,0,1,37,0,0,0,0,0,0),
	E(36220,36209,153,0,1,0,1,23,0,0,0,0,0,1),
	E(36245,36234,153,0,1,0,1,23,0,0,0,0,0,1),
	E(37640,36259,153,0,65535,0,1,530,0,0,0,0,0,0),
	E(165344,36672,153,0,65535,0,1,37,0,0,0,0,0,1),
	E(180011,36691,153,1,1,0,1,14,0,0,1,199380,0,1),
	E(165370,36710,153,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,36731,153,0,1,0,1,8,0,0,0,0,0,0),
	E(57493,36757,153,0,1,0,1,312,0,0,0,0,0,1),
	E(165431,36774,153,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,36790,153,0,1,0,1,4,0,0,0,0,0,0),
	E(69357,36813,153,0,65535,0,1,37,0,0,0,0,0,0),
	E(165514,36831,153,0,1,0,1,13,0,0,0,0,0,1),
	E(69373,36858,153,0,65535,0,1,37,0,0,0,0,0,0),
	E(165699,36878,153,0,1,0,1,23,0,0,0,0,0,1),
	E(187187,36902,153,0,65535,0,1,531,0,0,0,0,0,1),
	E(37035,37024,153,0,1,0,1,14,0,0,1,199439,0,1),
	E(165730,37052,153,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,37074,153,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165790,37098,153,0,1,0,1,34,0,0,0,0,0,0),
	E(165823,37124,153,0,1,0,1,8,0,0,0,0,0,1),
	E(215090,37140,153,0,65535,0,1,532,0,0,0,0,0,1),
	E(166018,37266,153,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,37287,153,0,1,0,1,4,0,0,0,0,0,0),
	E(69521,37306,153,0,65535,0,1,52,0,0,0,0,0,0),
	E(69546,37333,153,0,65535,0,1,37,0,0,0,0,0,0),
	E(206043,37353,153,1,1,0,1,14,0,0,1,221397,1,1),
	E(37382,37371,153,0,1,0,1,40,1,533,0,0,0,1),
	E(166675,37394,153,0,1,0,1,8,0,0,0,0,0,1),
	E(199858,37411,153,0,65535,0,1,1,0,0,4,204056,0,0),
	E(166699,37428,153,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,37443,153,0,65535,0,1,70,0,0,0,0,0,1),
	E(42004,37465,153,0,1,0,1,40,1,534,0,0,0,1),
	E(166750,37485,153,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,37504,153,0,1,1,2,71,0,0,2,231347,0,1),
	E(37546,37535,153,0,1,0,1,23,0,0,0,0,0,1),
	/* CodeSystem.concept */
	E(209238,36278,154,1,1,0,1,14,0,0,0,0,0,0),
	E(37640,36302,154,0,65535,0,1,530,0,0,0,0,0,0),
	E(54685,36329,154,0,1,0,1,8,0,0,0,0,0,0),
	E(187797,36359,154,0,65535,0,1,535,0,0,0,0,0,0),
	E(41865,36547,154,0,1,0,1,8,0,0,0,0,0,0),
	E(215090,36574,154,0,65535,0,1,536,0,0,0,0,0,0),
	/* CodeSystem.concept.designation */
	E(186918,36390,155,0,65535,0,1,72,0,0,2,204146,0,0),
	E(208810,36435,155,0,1,0,1,14,0,0,1,194384,0,0),
	E(217192,36475,155,0,1,0,1,72,0,0,2,204146,0,0),
	E(234033,36510,155,1,1,0,1,8,0,0,0,0,0,0),
	/* CodeSystem.concept.property */
	E(209238,36602,156,1,1,0,1,14,0,0,0,0,0,0),
	E(234033,36635,156,1,1,1,7,537,0,0,0,0,0,0),
	/* CodeSystem.filter */
	E(209238,36920,157,1,1,0,1,14,0,0,0,0,0,1),
	E(108590,36943,157,0,1,0,1,8,0,0,0,0,0,1),
	E(146317,36973,157,1,65535,0,1,14,0,0,1,208963,0,1),
	E(234033,37000,157,1,1,0,1,8,0,0,0,0,0,1),
	/* CodeSystem.property */
	E(209238,37160,158,1,1,0,1,14,0,0,0,0,0,1),
	E(108590,37185,158,0,1,0,1,8,0,0,0,0,0,1),
	E(207726,37217,158,1,1,0,1,14,0,0,1,200143,0,1),
	E(40716,37242,158,0,1,0,1,69,0,0,0,0,0,1),
	/* CodeableConcept */
	E(37576,37560,159,0,65535,0,1,72,0,0,0,0,0,1),
	E(62600,37583,159,0,1,0,1,8,0,0,0,0,0,1),
	/* CodeableReference */
	E(37640,37622,160,0,1,0,1,1,0,0,0,0,0,1),
	E(44772,37648,160,0,1,0,1,9,0,0,0,0,0,1),
	/* Coding */
	E(209238,37683,161,0,1,0,1,14,0,0,0,0,0,1),
	E(41865,37695,161,0,1,0,1,8,0,0,0,0,0,1),
	E(187333,37710,161,0,1,0,1,69,0,0,0,0,0,1),
	E(37731,37724,161,0,1,0,1,23,0,0,0,0,0,1),
	E(166750,37744,161,0,1,0,1,8,0,0,0,0,0,1),
	/* Communication */
	E(37787,37773,162,0,65535,0,1,9,1,215,0,0,0,0),
	E(145261,37793,162,0,65535,0,1,9,1,215,0,0,0,1),
	E(204553,37815,162,0,65535,0,1,1,0,0,4,199639,0,0),
	E(217400,37838,162,0,1,0,1,9,1,103,0,0,0,1),
	E(165730,37862,162,0,65535,0,1,7,0,0,0,0,0,1),
	E(37901,37887,162,0,65535,0,1,9,1,208,0,0,0,0),
	E(125765,37914,162,0,65535,0,1,40,5,544,0,0,0,1),
	E(125803,37950,162,0,65535,0,1,69,0,0,0,0,0,1),
	E(198497,37980,162,0,65535,0,1,1,0,0,4,233631,0,0),
	E(74012,38001,162,0,65535,0,1,105,0,0,0,0,0,0),
	E(125911,38020,162,0,65535,0,1,9,1,215,0,0,0,1),
	E(38055,38041,162,0,65535,0,1,549,0,0,0,0,0,0),
	E(209799,38096,162,0,1,0,1,14,0,0,1,223346,0,1),
	E(215387,38119,162,0,65535,0,1,26,1,215,4,198969,0,1),
	E(38154,38140,162,0,1,0,1,28,0,0,0,0,0,0),
	E(104202,38163,162,0,65535,0,1,9,11,550,0,0,0,0),
	E(38201,38187,162,0,1,0,1,9,9,561,0,0,0,0),
	E(38222,38208,162,0,1,0,1,28,0,0,0,0,0,0),
	E(206043,38227,162,1,1,0,1,14,0,0,1,207894,1,1),
	E(126126,38248,162,0,1,0,1,1,0,0,4,199691,0,1),
	E(11678,38275,162,0,1,0,1,9,2,119,0,0,0,1),
	E(199858,38297,162,0,1,0,1,1,0,0,4,199815,0,0),
	/* Communication.payload */
	E(180011,38063,163,1,1,1,3,570,1,215,0,0,0,0),
	/* CommunicationRequest */
	E(37787,38338,164,0,65535,0,1,9,1,215,0,0,0,0),
	E(176384,38365,164,0,1,0,1,28,0,0,0,0,0,1),
	E(145261,38397,164,0,65535,0,1,9,1,215,0,0,0,1),
	E(204553,38426,164,0,65535,0,1,1,0,0,4,199639,0,0),
	E(176460,38456,164,0,1,0,1,23,0,0,0,0,1,1),
	E(217400,38490,164,0,1,0,1,9,1,103,0,0,0,1),
	E(176534,38521,164,0,1,0,1,7,0,0,0,0,0,1),
	E(165730,38558,164,0,65535,0,1,7,0,0,0,0,0,1),
	E(38611,38590,164,0,65535,0,1,9,8,561,0,0,0,1),
	E(176681,38631,164,1,1,0,1,14,0,0,1,223296,1,1),
	E(198497,38659,164,0,65535,0,1,1,0,0,4,233631,0,0),
	E(74012,38687,164,0,65535,0,1,105,0,0,0,0,0,0),
	E(234163,38713,164,0,1,1,2,106,0,0,0,0,0,1),
	E(38055,38748,164,0,65535,0,1,573,0,0,0,0,0,0),
	E(209799,38817,164,0,1,0,1,14,0,0,1,223346,0,1),
	E(215387,38847,164,0,65535,0,1,26,1,215,4,233403,0,1),
	E(104202,38875,164,0,65535,0,1,9,10,574,0,0,0,0),
	E(19459,38906,164,0,65535,0,1,9,1,353,0,0,0,1),
	E(176960,38936,164,0,1,0,1,9,6,584,0,0,0,1),
	E(206043,38967,164,1,1,0,1,14,0,0,1,223456,1,1),
	E(126126,38995,164,0,1,0,1,1,0,0,4,199750,0,0),
	E(11678,39029,164,0,1,0,1,9,2,119,0,0,0,0),
	/* CommunicationRequest.payload */
	E(180011,38777,165,1,1,1,3,570,1,215,0,0,0,0),
	/* CompartmentDefinition */
	E(209238,39080,166,1,1,0,1,14,0,0,1,199864,0,1),
	E(165344,39107,166,0,65535,0,1,37,0,0,0,0,0,1),
	E(165431,39137,166,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,39164,166,0,1,0,1,4,0,0,0,0,0,0),
	E(165699,39198,166,0,1,0,1,23,0,0,0,0,0,1),
	E(165823,39233,166,1,1,0,1,8,0,0,0,0,0,1),
	E(166018,39260,166,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,39292,166,0,1,0,1,4,0,0,0,0,0,0),
	E(139824,39322,166,0,65535,0,1,590,0,0,0,0,0,1),
	E(39575,39553,166,1,1,0,1,23,0,0,0,0,0,1),
	E(206043,39582,166,1,1,0,1,14,0,0,1,221397,1,1),
	E(166675,39611,166,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,39639,166,1,1,0,1,69,0,0,0,0,0,1),
	E(166721,39665,166,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,39698,166,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,39728,166,0,1,1,2,71,0,0,2,231347,0,1),
	/* CompartmentDefinition.resource */
	E(209238,39353,167,1,1,0,1,14,0,0,1,224405,0,1),
	E(39420,39389,167,0,1,0,1,8,0,0,0,0,0,0),
	E(39465,39434,167,0,1,0,1,69,0,0,0,0,0,0),
	E(39505,39474,167,0,65535,0,1,8,0,0,0,0,0,1),
	E(39542,39511,167,0,1,0,1,69,0,0,0,0,0,0),
	/* Composition */
	E(61603,39782,168,0,65535,0,1,591,0,0,0,0,0,0),
	E(11623,39882,168,1,65535,0,1,9,6,592,0,0,0,1),
	E(204553,39901,168,0,65535,0,1,1,0,0,4,222345,0,1),
	E(61998,39922,168,0,1,0,1,9,1,10,0,0,0,1),
	E(165431,39944,168,1,1,0,1,28,0,0,0,0,0,1),
	E(217400,39961,168,0,1,0,1,9,1,103,0,0,0,1),
	E(208194,39983,168,0,65535,0,1,598,0,0,0,0,0,1),
	E(165730,40051,168,0,65535,0,1,7,0,0,0,0,0,1),
	E(165823,40074,168,0,1,0,1,8,0,0,0,0,0,1),
	E(74012,40091,168,0,65535,0,1,105,0,0,0,0,0,0),
	E(62277,40108,168,0,65535,0,1,52,0,0,0,0,0,0),
	E(208089,40130,168,0,65535,0,1,599,0,0,0,0,0,0),
	E(206043,40395,168,1,1,0,1,14,0,0,1,200029,1,1),
	E(11678,40414,168,0,65535,0,1,9,1,215,0,0,0,1),
	E(166675,40434,168,1,1,0,1,8,0,0,0,0,0,1),
	E(207726,40452,168,1,1,0,1,1,0,0,3,206152,0,1),
	E(166699,40469,168,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,40485,168,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,40508,168,0,1,0,1,8,0,0,0,0,0,1),
	/* Composition.attester */
	E(225418,39803,169,1,1,0,1,1,0,0,3,199971,0,0),
	E(28583,39829,169,0,1,0,1,9,5,600,0,0,0,0),
	E(22372,39856,169,0,1,0,1,28,0,0,0,0,0,0),
	/* Composition.event */
	E(196053,40001,170,0,65535,0,1,26,1,215,4,233074,0,1),
	E(139796,40026,170,0,1,0,1,13,0,0,0,0,0,1),
	/* Composition.section */
	E(11623,40150,171,0,65535,0,1,9,6,592,0,0,0,0),
	E(209238,40177,171,0,1,0,1,1,0,0,4,206105,0,0),
	E(40222,40202,171,0,1,0,1,1,0,0,3,213472,0,0),
	E(14331,40234,171,0,65535,0,1,9,1,215,0,0,0,0),
	E(123103,40260,171,0,1,0,1,9,1,215,0,0,0,0),
	E(40306,40286,171,0,1,0,1,1,0,0,3,213656,0,0),
	E(208089,40316,171,0,65535,0,1,599,0,0,0,0,0,0),
	E(62600,40344,171,0,1,0,1,605,0,0,0,0,0,0),
	E(166675,40369,171,0,1,0,1,8,0,0,0,0,0,0),
	/* ConceptMap */
	E(40550,40539,172,0,65535,0,1,606,0,0,0,0,0,1),
	E(165029,40720,172,0,1,0,1,34,0,0,0,0,0,0),
	E(11623,40744,172,0,65535,0,1,37,0,0,0,0,0,0),
	E(165344,40762,172,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,40781,172,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,40802,172,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,40828,172,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,40844,172,0,1,0,1,4,0,0,0,0,0,0),
	E(69357,40867,172,0,65535,0,1,37,0,0,0,0,0,0),
	E(165514,40885,172,0,1,0,1,13,0,0,0,0,0,1),
	E(69373,40912,172,0,65535,0,1,37,0,0,0,0,0,0),
	E(165699,40932,172,0,1,0,1,23,0,0,0,0,0,1),
	E(107114,40956,172,0,65535,0,1,607,0,0,0,0,0,0),
	E(165730,42013,172,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,42035,172,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165790,42059,172,0,1,0,1,34,0,0,0,0,0,0),
	E(165823,42085,172,0,1,0,1,8,0,0,0,0,0,1),
	E(215090,42101,172,0,65535,0,1,608,0,0,0,0,0,1),
	E(166018,42254,172,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,42275,172,0,1,0,1,4,0,0,0,0,0,0),
	E(69521,42294,172,0,65535,0,1,52,0,0,0,0,0,0),
	E(69546,42321,172,0,65535,0,1,37,0,0,0,0,0,0),
	E(234227,42341,172,0,1,1,2,609,1,534,0,0,0,1),
	E(206043,42367,172,1,1,0,1,14,0,0,1,221397,1,1),
	E(234307,42385,172,0,1,1,2,609,1,534,0,0,0,1),
	E(166675,42411,172,0,1,0,1,8,0,0,0,0,0,1),
	E(199858,42428,172,0,65535,0,1,1,0,0,4,204056,0,0),
	E(166699,42445,172,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,42460,172,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,42482,172,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,42501,172,0,1,1,2,71,0,0,2,231347,0,1),
	/* ConceptMap.additionalAttribute */
	E(209238,40570,173,1,1,0,1,14,0,0,0,0,0,1),
	E(108590,40606,173,0,1,0,1,8,0,0,0,0,0,1),
	E(207726,40649,173,1,1,0,1,14,0,0,1,200200,0,1),
	E(40716,40685,173,0,1,0,1,69,0,0,0,0,0,1),
	/* ConceptMap.group */
	E(162914,40973,174,1,65535,0,1,611,0,0,0,0,0,0),
	E(211424,41734,174,0,1,0,1,40,1,533,0,0,0,0),
	E(145510,41758,174,0,1,0,1,40,1,533,0,0,0,0),
	E(41799,41782,174,0,1,0,1,612,0,0,0,0,0,0),
	/* ConceptMap.group.element */
	E(209238,40998,175,0,1,0,1,14,0,0,0,0,0,0),
	E(41865,41028,175,0,1,0,1,8,0,0,0,0,0,0),
	E(41086,41061,175,0,1,0,1,23,0,0,0,0,0,0),
	E(145510,41092,175,0,65535,0,1,613,0,0,0,0,0,0),
	E(42004,41700,175,0,1,0,1,40,1,534,0,0,0,0),
	/* ConceptMap.group.element.target */
	E(209238,41124,176,0,1,0,1,14,0,0,0,0,0,0),
	E(61173,41161,176,0,1,0,1,8,0,0,0,0,0,0),
	E(98724,41201,176,0,65535,0,1,614,0,0,0,0,0,0),
	E(41865,41397,176,0,1,0,1,8,0,0,0,0,0,0),
	E(231712,41437,176,0,65535,0,1,614,0,0,0,0,0,0),
	E(215090,41477,176,0,65535,0,1,615,0,0,0,0,0,0),
	E(222894,41614,176,1,1,0,1,14,0,0,1,200083,1,0),
	E(42004,41659,176,0,1,0,1,40,1,534,0,0,0,0),
	/* ConceptMap.group.element.target.dependsOn */
	E(41285,41243,177,1,1,0,1,14,0,0,0,0,0,0),
	E(234033,41346,177,0,1,1,5,616,0,0,0,0,0,0),
	E(42004,41295,177,0,1,0,1,40,1,534,0,0,0,0),
	/* ConceptMap.group.element.target.property */
	E(209238,41518,178,1,1,0,1,14,0,0,0,0,0,0),
	E(234033,41564,178,1,1,1,7,621,0,0,0,0,0,0),
	/* ConceptMap.group.unmapped */
	E(209238,41808,179,0,1,0,1,14,0,0,0,0,0,0),
	E(41865,41839,179,0,1,0,1,8,0,0,0,0,0,0),
	E(225418,41873,179,1,1,0,1,14,0,0,1,200321,0,0),
	E(41930,41904,179,0,1,0,1,40,1,628,0,0,0,0),
	E(222894,41939,179,0,1,0,1,14,0,0,1,200083,1,0),
	E(42004,41978,179,0,1,0,1,40,1,534,0,0,0,0),
	/* ConceptMap.property */
	E(209238,42121,180,1,1,0,1,14,0,0,0,0,0,1),
	E(108590,42146,180,0,1,0,1,8,0,0,0,0,0,1),
	E(187333,42178,180,0,1,0,1,40,1,533,0,0,0,1),
	E(207726,42205,180,1,1,0,1,14,0,0,1,200261,0,1),
	E(40716,42230,180,0,1,0,1,69,0,0,0,0,0,1),
	/* Condition */
	E(191417,42542,181,0,1,1,5,179,0,0,0,0,0,0),
	E(61778,42565,181,0,65535,0,1,1,0,0,4,197008,0,1),
	E(204553,42584,181,0,65535,0,1,1,0,0,3,200430,0,0),
	E(6099,42603,181,1,1,0,1,1,0,0,1,200478,1,1),
	E(209238,42628,181,0,1,0,1,1,0,0,4,200532,0,1),
	E(217400,42643,181,0,1,0,1,9,1,103,0,0,0,1),
	E(54092,42663,181,0,65535,0,1,26,1,215,4,198969,0,1),
	E(165730,42682,181,0,65535,0,1,7,0,0,0,0,0,1),
	E(74012,42703,181,0,65535,0,1,105,0,0,0,0,0,0),
	E(6662,42718,181,0,1,1,5,179,0,0,0,0,0,1),
	E(104092,42737,181,0,65535,0,1,629,0,0,0,0,0,1),
	E(6762,42818,181,0,1,0,1,28,0,0,0,0,0,1),
	E(200792,42841,181,0,1,0,1,1,0,0,3,200753,0,0),
	E(200840,42860,181,0,65535,0,1,630,0,0,0,0,0,0),
	E(11678,42948,181,1,1,0,1,9,2,119,0,0,0,1),
	E(6818,42966,181,0,1,0,1,1,0,0,1,200896,1,1),
	/* Condition.participant */
	E(155580,42759,182,1,1,0,1,9,7,186,0,0,0,1),
	E(215214,42787,182,0,1,0,1,1,0,0,2,219673,0,1),
	/* Condition.stage */
	E(42892,42876,183,0,65535,0,1,9,3,631,0,0,0,0),
	E(42919,42903,183,0,1,0,1,1,0,0,4,200801,0,0),
	E(207726,42927,183,0,1,0,1,1,0,0,4,200846,0,0),
	/* ConditionDefinition */
	E(61778,43015,184,0,1,0,1,1,0,0,4,197008,0,1),
	E(209238,43044,184,1,1,0,1,1,0,0,4,200532,0,1),
	E(165344,43069,184,0,65535,0,1,37,0,0,0,0,0,1),
	E(165431,43097,184,0,1,0,1,28,0,0,0,0,0,1),
	E(54685,43122,184,0,65535,0,1,69,0,0,0,0,0,0),
	E(108590,43153,184,0,1,0,1,4,0,0,0,0,0,0),
	E(165699,43185,184,0,1,0,1,23,0,0,0,0,0,1),
	E(43238,43218,184,0,1,0,1,23,0,0,0,0,0,0),
	E(43270,43250,184,0,1,0,1,23,0,0,0,0,0,0),
	E(43302,43282,184,0,1,0,1,23,0,0,0,0,0,0),
	E(165730,43311,184,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,43342,184,0,65535,0,1,1,0,0,2,213159,0,1),
	E(112313,43375,184,0,65535,0,1,634,0,0,0,0,0,0),
	E(165823,43482,184,0,1,0,1,8,0,0,0,0,0,1),
	E(43527,43507,184,0,65535,0,1,635,0,0,0,0,0,0),
	E(101471,43617,184,0,65535,0,1,636,0,0,0,0,0,0),
	E(43727,43707,184,0,65535,0,1,637,0,0,0,0,0,0),
	E(166018,43858,184,0,1,0,1,8,0,0,0,0,0,1),
	E(147458,43888,184,0,65535,0,1,638,0,0,0,0,0,0),
	E(200792,44008,184,0,1,0,1,1,0,0,3,200753,0,1),
	E(200840,44037,184,0,1,0,1,1,0,0,4,200801,0,1),
	E(206043,44063,184,1,1,0,1,14,0,0,1,221397,1,1),
	E(108467,44090,184,0,1,0,1,8,0,0,0,0,0,0),
	E(44139,44119,184,0,65535,0,1,9,1,75,0,0,0,0),
	E(166675,44144,184,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,44170,184,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,44194,184,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,44225,184,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,44253,184,0,1,1,2,71,0,0,2,231347,0,1),
	/* ConditionDefinition.medication */
	E(204553,43406,185,0,1,0,1,1,0,0,4,232365,0,0),
	E(209238,43446,185,0,1,0,1,1,0,0,4,215394,0,0),
	/* ConditionDefinition.observation */
	E(204553,43539,186,0,1,0,1,1,0,0,3,218627,0,0),
	E(209238,43580,186,0,1,0,1,1,0,0,4,218677,0,0),
	/* ConditionDefinition.plan */
	E(44772,43642,187,1,1,0,1,9,1,347,0,0,0,0),
	E(230698,43677,187,0,1,0,1,1,0,0,0,0,0,0),
	/* ConditionDefinition.precondition */
	E(209238,43740,188,1,1,0,1,1,0,0,4,218677,0,0),
	E(207726,43778,188,1,1,0,1,14,0,0,1,200623,0,0),
	E(234033,43816,188,0,1,1,2,91,0,0,0,0,0,0),
	/* ConditionDefinition.questionnaire */
	E(166046,43922,189,1,1,0,1,14,0,0,1,200686,0,0),
	E(44772,43964,189,1,1,0,1,9,1,348,0,0,0,0),
	/* Consent */
	E(204553,44301,190,0,65535,0,1,1,0,0,4,201175,0,1),
	E(44326,44318,190,0,65535,0,1,9,4,639,0,0,0,0),
	E(165431,44337,190,0,1,0,1,34,0,0,0,0,0,1),
	E(198587,44350,190,0,1,0,1,14,0,0,1,201422,1,1),
	E(44375,44367,190,0,65535,0,1,9,7,643,0,0,0,1),
	E(44391,44383,190,0,65535,0,1,9,7,643,0,0,0,1),
	E(165730,44399,190,0,65535,0,1,7,0,0,0,0,0,1),
	E(44426,44418,190,0,65535,0,1,9,4,639,0,0,0,0),
	E(139796,44434,190,0,1,0,1,13,0,0,0,0,0,1),
	E(44457,44449,190,0,1,0,1,650,0,0,0,0,0,0),
	E(44531,44523,190,0,65535,0,1,9,1,134,0,0,0,0),
	E(44914,44542,190,0,65535,0,1,651,0,0,0,0,0,1),
	E(45021,45013,190,0,65535,0,1,1,0,0,4,201378,0,0),
	E(45045,45037,190,0,65535,0,1,96,0,0,0,0,0,0),
	E(45070,45062,190,0,65535,0,1,9,4,652,0,0,0,0),
	E(206043,45086,190,1,1,0,1,14,0,0,1,201480,1,1),
	E(11678,45101,190,0,1,0,1,9,3,656,0,0,0,1),
	E(201572,45117,190,0,65535,0,1,659,0,0,0,0,0,1),
	/* Consent.policyBasis */
	E(44772,44469,191,0,1,0,1,9,1,215,0,0,0,0),
	E(166699,44499,191,0,1,0,1,88,0,0,0,0,0,0),
	/* Consent.provision */
	E(204454,44560,192,0,65535,0,1,1,0,0,4,201131,0,1),
	E(155580,44585,192,0,65535,0,1,660,0,0,0,0,0,0),
	E(209238,44672,192,0,65535,0,1,1,0,0,4,201272,0,1),
	E(155368,44695,192,0,65535,0,1,661,0,0,0,0,0,1),
	E(44800,44782,192,0,1,0,1,13,0,0,0,0,0,1),
	E(44829,44811,192,0,65535,0,1,72,0,0,3,201221,0,1),
	E(139764,44842,192,0,1,0,1,73,0,0,0,0,0,0),
	E(139796,44871,192,0,1,0,1,13,0,0,0,0,0,1),
	E(44914,44896,192,0,65535,0,1,651,0,0,0,0,0,0),
	E(166046,44924,192,0,65535,0,1,72,0,0,2,233688,0,1),
	E(44968,44950,192,0,65535,0,1,72,0,0,2,224361,0,1),
	E(62373,44981,192,0,65535,0,1,72,0,0,4,225035,0,1),
	/* Consent.provision.actor */
	E(44772,44609,193,0,1,0,1,9,8,662,0,0,0,0),
	E(230698,44643,193,0,1,0,1,1,0,0,2,219673,0,0),
	/* Consent.provision.data */
	E(222497,44718,194,1,1,0,1,14,0,0,1,201322,0,1),
	E(44772,44749,194,1,1,0,1,9,1,215,0,0,0,1),
	/* Consent.verification */
	E(45159,45138,195,0,65535,0,1,28,0,0,0,0,0,0),
	E(45197,45176,195,0,1,0,1,1,0,0,4,201535,0,0),
	E(45235,45214,195,1,1,0,1,23,0,0,0,0,0,1),
	E(45265,45244,195,0,1,0,1,9,3,670,0,0,0,0),
	E(45297,45276,195,0,1,0,1,9,2,29,0,0,0,0),
	/* ContactDetail */
	E(165823,87072,196,0,1,0,1,8,0,0,0,0,0,1),
	E(87207,87193,196,0,65535,0,1,364,0,0,0,0,0,1),
	/* ContactPoint */
	E(139796,45323,197,0,1,0,1,13,0,0,0,0,0,1),
	E(45356,45343,197,0,1,0,1,25,0,0,0,0,0,1),
	E(187333,45361,197,0,1,0,1,14,0,0,1,201686,0,1),
	E(217192,45381,197,0,1,0,1,14,0,0,1,201742,1,1),
	E(234033,45398,197,0,1,0,1,8,0,0,0,0,0,1),
	/* Contract */
	E(163739,45426,198,0,65535,0,1,8,0,0,0,0,0,0),
	E(47056,45441,198,0,1,0,1,13,0,0,0,0,0,1),
	E(11623,45458,198,0,1,0,1,9,4,244,0,0,0,0),
	E(227478,45474,198,0,65535,0,1,9,1,10,0,0,0,0),
	E(45502,45493,198,0,1,0,1,673,0,0,0,0,0,0),
	E(45758,45749,198,0,1,0,1,1,0,0,4,202229,0,0),
	E(227532,45776,198,0,65535,0,1,9,1,19,0,0,0,0),
	E(45801,45792,198,0,1,0,1,1,0,0,4,202449,0,0),
	E(45825,45816,198,0,65535,0,1,674,0,0,0,0,0,0),
	E(165730,45863,198,0,65535,0,1,7,0,0,0,0,0,1),
	E(125765,45883,198,0,1,0,1,9,1,654,0,0,0,0),
	E(125803,45914,198,0,1,0,1,69,0,0,0,0,0,0),
	E(48264,45939,198,0,1,0,1,28,0,0,0,0,0,1),
	E(45964,45955,198,0,65535,0,1,675,0,0,0,0,0,0),
	E(46005,45996,198,0,1,0,1,1,0,0,2,202503,0,0),
	E(234039,46016,198,0,1,1,2,96,4,676,0,0,0,0),
	E(165823,46043,198,0,1,0,1,8,0,0,0,0,0,1),
	E(176894,46057,198,0,65535,0,1,9,1,680,0,0,0,0),
	E(162686,46082,198,0,65535,0,1,681,0,0,0,0,0,0),
	E(202701,46121,198,0,1,0,1,1,0,0,4,202663,0,0),
	E(46145,46136,198,0,65535,0,1,682,0,0,0,0,0,0),
	E(211881,46221,198,0,65535,0,1,9,1,19,0,0,0,0),
	E(206043,46235,198,0,1,0,1,14,0,0,1,202930,1,1),
	E(33579,46251,198,0,65535,0,1,1,0,0,4,202981,0,1),
	E(11678,46268,198,0,65535,0,1,9,1,215,0,0,0,1),
	E(108467,46285,198,0,1,0,1,8,0,0,0,0,0,0),
	E(144942,46303,198,0,65535,0,1,9,1,215,0,0,0,0),
	E(192136,46327,198,0,65535,0,1,683,0,0,0,0,0,0),
	E(166675,48945,198,0,1,0,1,8,0,0,0,0,0,1),
	E(199858,48960,198,0,1,1,2,54,1,215,0,0,0,0),
	E(207726,48978,198,0,1,0,1,1,0,0,4,203126,0,1),
	E(166699,48992,198,0,1,0,1,69,0,0,0,0,0,0),
	E(166750,49005,198,0,1,0,1,8,0,0,0,0,0,1),
	/* Contract.contentDefinition */
	E(165370,45520,199,0,1,0,1,4,0,0,0,0,0,0),
	E(45584,45557,199,0,1,0,1,28,0,0,0,0,0,0),
	E(45627,45600,199,1,1,0,1,14,0,0,1,202601,0,0),
	E(166018,45645,199,0,1,0,1,9,3,141,0,0,0,0),
	E(33579,45682,199,0,1,0,1,1,0,0,4,202338,0,0),
	E(207726,45717,199,1,1,0,1,1,0,0,4,202395,0,0),
	/* Contract.friendly */
	E(180011,45834,200,1,1,1,2,96,3,676,0,0,0,0),
	/* Contract.legal */
	E(180011,45970,201,1,1,1,2,96,3,676,0,0,0,0),
	/* Contract.rule */
	E(180011,46096,202,1,1,1,2,96,1,134,0,0,0,0),
	/* Contract.signer */
	E(28583,46152,203,1,1,0,1,9,5,82,0,0,0,0),
	E(145489,46174,203,1,65535,0,1,311,0,0,0,0,0,0),
	E(207726,46200,203,1,1,0,1,72,0,0,3,202880,0,0),
	/* Contract.term */
	E(204454,46341,204,0,65535,0,1,684,0,0,0,0,0,0),
	E(47056,47042,204,0,1,0,1,13,0,0,0,0,0,1),
	E(47078,47064,204,0,65535,0,1,685,0,0,0,0,0,0),
	E(107114,48205,204,0,65535,0,1,683,0,0,0,0,0,0),
	E(165730,48225,204,0,1,0,1,7,0,0,0,0,0,1),
	E(48264,48250,204,0,1,0,1,28,0,0,0,0,0,1),
	E(48285,48271,204,1,1,0,1,686,0,0,0,0,0,0),
	E(62373,48683,204,0,65535,0,1,687,0,0,0,0,0,0),
	E(33579,48862,204,0,1,0,1,1,0,0,4,203027,0,0),
	E(62600,48884,204,0,1,0,1,8,0,0,0,0,0,1),
	E(199858,48903,204,0,1,1,2,54,1,215,0,0,0,0),
	E(207726,48926,204,0,1,0,1,1,0,0,4,203078,0,0),
	/* Contract.term.action */
	E(230498,46362,205,0,1,0,1,9,2,688,0,0,0,0),
	E(46412,46391,205,0,65535,0,1,8,0,0,0,0,0,0),
	E(176460,46426,205,0,1,0,1,23,0,0,0,0,1,0),
	E(176681,46460,205,1,1,0,1,1,0,0,4,233688,0,0),
	E(108627,46488,205,0,65535,0,1,8,0,0,0,0,0,0),
	E(74012,46516,205,0,65535,0,1,105,0,0,0,0,0,0),
	E(234163,46542,205,0,1,1,3,106,0,0,0,0,0,0),
	E(123210,46577,205,0,1,0,1,9,9,690,0,0,0,0),
	E(46629,46608,205,0,65535,0,1,8,0,0,0,0,0,0),
	E(46666,46645,205,0,1,0,1,1,0,0,4,225133,0,0),
	E(46701,46680,205,0,65535,0,1,1,0,0,4,219673,0,0),
	E(215387,46715,205,0,65535,0,1,26,6,699,4,233688,0,0),
	E(46764,46743,205,0,65535,0,1,8,0,0,0,0,0,0),
	E(176960,46777,205,0,65535,0,1,9,7,705,0,0,0,0),
	E(46829,46808,205,0,65535,0,1,8,0,0,0,0,0,0),
	E(48144,46845,205,0,65535,0,1,312,0,0,0,0,0,0),
	E(206043,46886,205,1,1,0,1,1,0,0,4,201931,0,0),
	E(11678,46914,205,0,65535,0,1,712,0,0,0,0,0,0),
	E(207726,47016,205,1,1,0,1,1,0,0,4,201886,0,0),
	/* Contract.term.action.subject */
	E(44772,46943,206,1,65535,0,1,9,7,705,0,0,0,0),
	E(230698,46982,206,0,1,0,1,1,0,0,4,201982,0,0),
	/* Contract.term.asset */
	E(147182,47084,207,0,65535,0,1,713,0,0,0,0,0,0),
	E(210375,47111,207,0,1,0,1,8,0,0,0,0,0,0),
	E(230498,47141,207,0,65535,0,1,714,0,0,0,0,0,0),
	E(108627,47273,207,0,65535,0,1,8,0,0,0,0,0,0),
	E(139796,47300,207,0,65535,0,1,13,0,0,0,0,0,0),
	E(47347,47327,207,0,65535,0,1,1,0,0,4,195800,0,0),
	E(222894,47358,207,0,1,0,1,72,0,0,2,201221,0,0),
	E(202701,47391,207,0,1,0,1,1,0,0,4,202081,0,0),
	E(48144,47417,207,0,65535,0,1,312,0,0,0,0,0,0),
	E(198876,47457,207,0,65535,0,1,1,0,0,4,202130,0,0),
	E(62600,47485,207,0,1,0,1,8,0,0,0,0,0,0),
	E(207726,47510,207,0,65535,0,1,1,0,0,4,202181,0,0),
	E(142198,47535,207,0,65535,0,1,9,1,215,0,0,0,0),
	E(47589,47569,207,0,65535,0,1,13,0,0,0,0,0,0),
	E(47619,47599,207,0,65535,0,1,715,0,0,0,0,0,0),
	/* Contract.term.asset.context */
	E(209238,47169,208,0,65535,0,1,1,0,0,4,202030,0,0),
	E(44772,47202,208,0,1,0,1,9,1,215,0,0,0,0),
	E(62600,47240,208,0,1,0,1,8,0,0,0,0,0,0),
	/* Contract.term.asset.valuedItem */
	E(47661,47630,209,0,1,0,1,28,0,0,0,0,0,0),
	E(145301,47675,209,0,1,1,2,54,1,215,0,0,0,0),
	E(193922,47716,209,0,1,0,1,250,0,0,0,0,0,0),
	E(165730,47754,209,0,1,0,1,7,0,0,0,0,0,0),
	E(108627,47796,209,0,65535,0,1,8,0,0,0,0,0,0),
	E(29993,47834,209,0,1,0,1,22,0,0,0,0,0,0),
	E(137644,47869,209,0,1,0,1,8,0,0,0,0,0,0),
	E(137666,47908,209,0,1,0,1,28,0,0,0,0,0,0),
	E(47982,47951,209,0,1,0,1,250,0,0,0,0,0,0),
	E(70641,47989,209,0,1,0,1,51,0,0,0,0,0,0),
	E(104202,48029,209,0,1,0,1,9,5,82,0,0,0,0),
	E(26280,48070,209,0,1,0,1,9,5,82,0,0,0,0),
	E(48144,48113,209,0,65535,0,1,312,0,0,0,0,0,0),
	E(30443,48164,209,0,1,0,1,22,0,0,0,0,0,0),
	/* Contract.term.offer */
	E(147182,48291,210,0,65535,0,1,713,0,0,0,0,0,0),
	E(198587,48354,210,0,1,0,1,1,0,0,2,233121,0,0),
	E(48403,48383,210,0,65535,0,1,1,0,0,4,202286,0,0),
	E(165730,48416,210,0,65535,0,1,7,0,0,0,0,0,0),
	E(108627,48447,210,0,65535,0,1,8,0,0,0,0,0,0),
	E(28583,48474,210,0,65535,0,1,716,0,0,0,0,0,0),
	E(48144,48567,210,0,65535,0,1,312,0,0,0,0,0,0),
	E(62600,48607,210,0,1,0,1,8,0,0,0,0,0,0),
	E(199858,48632,210,0,1,0,1,9,1,215,0,0,0,1),
	E(207726,48658,210,0,1,0,1,1,0,0,4,203078,0,0),
	/* Contract.term.offer.answer */
	E(234033,48318,211,1,1,1,12,717,1,215,0,0,0,0),
	/* Contract.term.offer.party */
	E(44772,48500,212,1,65535,0,1,9,7,705,0,0,0,0),
	E(230698,48536,212,1,1,0,1,1,0,0,4,202552,0,0),
	/* Contract.term.securityLabel */
	E(204553,48711,213,0,65535,0,1,72,0,0,4,202707,0,0),
	E(230237,48748,213,1,1,0,1,72,0,0,4,202763,0,0),
	E(202872,48791,213,0,65535,0,1,72,0,0,4,202825,0,0),
	E(93466,48827,213,0,65535,0,1,312,0,0,0,0,0,0),
	/* Contributor */
	E(165344,49034,214,0,65535,0,1,37,0,0,0,0,0,1),
	E(165823,49054,214,1,1,0,1,8,0,0,0,0,0,1),
	E(207726,49071,214,1,1,0,1,14,0,0,1,203380,0,1),
	/* Coverage */
	E(49106,49097,216,1,1,0,1,9,1,15,0,0,0,1),
	E(203550,49118,216,0,65535,0,1,729,0,0,0,0,0,0),
	E(49203,49194,216,0,65535,0,1,9,1,654,0,0,0,0),
	E(49221,49212,216,0,65535,0,1,730,0,0,0,0,0,0),
	E(49574,49565,216,0,1,0,1,8,0,0,0,0,0,1),
	E(165730,49584,216,0,65535,0,1,7,0,0,0,0,0,1),
	E(49613,49604,216,0,1,0,1,9,1,731,0,0,0,0),
	E(49636,49627,216,0,1,0,1,9,1,10,0,0,0,1),
	E(220017,49644,216,1,1,0,1,14,0,0,1,203663,0,1),
	E(196298,49658,216,0,1,0,1,8,0,0,0,0,0,1),
	E(213690,49675,216,0,1,0,1,25,0,0,0,0,0,1),
	E(49699,49690,216,0,65535,0,1,732,0,0,0,0,0,0),
	E(139796,49768,216,0,1,0,1,13,0,0,0,0,0,1),
	E(49793,49784,216,0,1,0,1,9,3,29,0,0,0,1),
	E(222894,49806,216,0,1,0,1,1,0,0,2,226703,0,0),
	E(206043,49828,216,1,1,0,1,14,0,0,1,209143,1,1),
	E(49853,49844,216,0,1,0,1,23,0,0,0,0,0,0),
	E(49874,49865,216,0,1,0,1,9,2,29,0,0,0,1),
	E(49894,49885,216,0,65535,0,1,7,0,0,0,0,0,1),
	E(207726,49907,216,0,1,0,1,1,0,0,3,203712,0,1),
	/* Coverage.class */
	E(165823,49133,217,0,1,0,1,8,0,0,0,0,0,1),
	E(207726,49153,217,1,1,0,1,1,0,0,2,203512,0,1),
	E(234033,49173,217,1,1,0,1,7,0,0,0,0,0,1),
	/* Coverage.costToBeneficiary */
	E(204553,49239,218,0,1,0,1,1,0,0,4,208200,0,0),
	E(203653,49275,218,0,65535,0,1,733,0,0,0,0,0,0),
	E(196298,49398,218,0,1,0,1,1,0,0,4,196261,0,0),
	E(192136,49433,218,0,1,0,1,1,0,0,4,196306,0,0),
	E(207726,49465,218,0,1,0,1,1,0,0,2,203556,0,1),
	E(214883,49497,218,0,1,0,1,1,0,0,4,196390,0,0),
	E(234033,49529,218,0,1,1,2,734,0,0,0,0,0,1),
	/* Coverage.costToBeneficiary.exception */
	E(139796,49312,219,0,1,0,1,13,0,0,0,0,0,1),
	E(207726,49356,219,1,1,0,1,1,0,0,4,203605,0,1),
	/* Coverage.paymentBy */
	E(28583,49709,220,1,1,0,1,9,3,29,0,0,0,1),
	E(49753,49734,220,0,1,0,1,8,0,0,0,0,0,1),
	/* CoverageEligibilityRequest */
	E(11647,49948,221,1,1,0,1,28,0,0,0,0,0,1),
	E(20066,49983,221,0,1,0,1,9,2,17,0,0,0,0),
	E(208194,50018,221,0,65535,0,1,736,0,0,0,0,0,0),
	E(50663,50130,221,0,1,0,1,9,1,19,0,0,0,0),
	E(165730,50166,221,0,65535,0,1,7,0,0,0,0,0,0),
	E(31786,50204,221,0,65535,0,1,737,0,0,0,0,0,0),
	E(49636,50387,221,1,1,0,1,9,1,10,0,0,0,1),
	E(228416,50422,221,0,65535,0,1,738,0,0,0,0,0,0),
	E(145432,50941,221,1,1,0,1,9,1,15,0,0,0,1),
	E(209799,50976,221,0,1,0,1,1,0,0,4,220889,0,0),
	E(26256,51012,221,0,1,0,1,9,3,141,0,0,0,0),
	E(166046,51048,221,1,65535,0,1,14,0,0,1,206520,0,1),
	E(234218,51083,221,0,1,1,2,461,0,0,0,0,0,0),
	E(206043,51122,221,1,1,0,1,14,0,0,1,209143,1,1),
	E(144942,51156,221,0,65535,0,1,739,0,0,0,0,0,0),
	/* CoverageEligibilityRequest.event */
	E(207726,50051,222,1,1,0,1,1,0,0,4,203922,0,0),
	E(157799,50089,222,1,1,1,2,106,0,0,0,0,0,0),
	/* CoverageEligibilityRequest.insurance */
	E(31820,50241,223,0,1,0,1,8,0,0,0,0,0,0),
	E(31902,50298,223,1,1,0,1,9,1,24,0,0,0,0),
	E(31935,50344,223,0,1,0,1,23,0,0,0,0,0,0),
	/* CoverageEligibilityRequest.item */
	E(204553,50454,224,0,1,0,1,1,0,0,4,208200,0,0),
	E(196053,50495,224,0,65535,0,1,9,1,215,0,0,0,0),
	E(67777,50534,224,0,65535,0,1,740,0,0,0,0,0,0),
	E(50663,50631,224,0,1,0,1,9,2,81,0,0,0,0),
	E(127991,50672,224,0,65535,0,1,1,0,0,4,198747,0,0),
	E(30086,50713,224,0,1,0,1,1,0,0,4,225619,0,0),
	E(26256,50762,224,0,1,0,1,9,2,17,0,0,0,0),
	E(70641,50803,224,0,1,0,1,51,0,0,0,0,0,0),
	E(50876,50844,224,0,65535,0,1,25,0,0,0,0,0,0),
	E(30443,50899,224,0,1,0,1,22,0,0,0,0,0,0),
	/* CoverageEligibilityRequest.item.diagnosis */
	E(67777,50576,225,0,1,1,2,54,1,27,4,210637,0,0),
	/* CoverageEligibilityRequest.supportingInfo */
	E(51240,51198,226,0,1,0,1,23,0,0,0,0,0,0),
	E(51295,51253,226,1,1,0,1,9,1,215,0,0,0,0),
	E(31965,51307,226,1,1,0,1,25,0,0,0,0,0,0),
	/* CoverageEligibilityResponse */
	E(11647,51386,227,1,1,0,1,28,0,0,0,0,0,1),
	E(206843,51422,227,0,1,0,1,8,0,0,0,0,0,0),
	E(193301,51462,227,0,65535,0,1,741,0,0,0,0,0,0),
	E(208194,51580,227,0,65535,0,1,742,0,0,0,0,0,0),
	E(227384,51695,227,0,1,0,1,1,0,0,4,209282,0,0),
	E(165730,51728,227,0,65535,0,1,7,0,0,0,0,0,0),
	E(31786,51767,227,0,65535,0,1,743,0,0,0,0,0,0),
	E(49636,52931,227,1,1,0,1,9,1,10,0,0,0,1),
	E(220835,52967,227,1,1,0,1,14,0,0,1,206465,0,1),
	E(145432,53003,227,1,1,0,1,9,1,15,0,0,0,1),
	E(26824,53039,227,0,1,0,1,8,0,0,0,0,0,0),
	E(166046,53078,227,1,65535,0,1,14,0,0,1,206582,0,1),
	E(137767,53114,227,1,1,0,1,9,1,744,0,0,0,1),
	E(33534,53150,227,0,1,0,1,9,3,141,0,0,0,0),
	E(234218,53188,227,0,1,1,2,461,0,0,0,0,0,0),
	E(206043,53228,227,1,1,0,1,14,0,0,1,209143,1,1),
	/* CoverageEligibilityResponse.error */
	E(209238,51496,228,1,1,0,1,1,0,0,4,193259,0,1),
	E(139764,51535,228,0,65535,0,1,8,0,0,0,0,0,1),
	/* CoverageEligibilityResponse.event */
	E(207726,51614,229,1,1,0,1,1,0,0,4,203922,0,0),
	E(157799,51653,229,1,1,1,2,106,0,0,0,0,0,0),
	/* CoverageEligibilityResponse.insurance */
	E(51843,51805,230,0,1,0,1,13,0,0,0,0,0,0),
	E(31902,51857,230,1,1,0,1,9,1,24,0,0,0,1),
	E(51942,51904,230,0,1,0,1,23,0,0,0,0,0,0),
	E(228416,51950,230,0,65535,0,1,745,0,0,0,0,0,0),
	/* CoverageEligibilityResponse.insurance.item */
	E(52036,51993,231,0,1,0,1,23,0,0,0,0,0,0),
	E(52101,52058,231,0,65535,0,1,1,0,0,4,203755,0,0),
	E(52168,52125,231,0,1,0,1,69,0,0,0,0,0,0),
	E(101030,52185,231,0,65535,0,1,746,0,0,0,0,0,0),
	E(204553,52413,231,0,1,0,1,1,0,0,4,208200,0,0),
	E(108590,52465,231,0,1,0,1,8,0,0,0,0,0,0),
	E(80184,52520,231,0,1,0,1,23,0,0,0,0,0,0),
	E(127991,52572,231,0,65535,0,1,1,0,0,4,198747,0,0),
	E(165823,52624,231,0,1,0,1,8,0,0,0,0,0,0),
	E(196298,52672,231,0,1,0,1,1,0,0,4,196261,0,0),
	E(30086,52723,231,0,1,0,1,1,0,0,4,225619,0,0),
	E(26256,52783,231,0,1,0,1,9,2,17,0,0,0,0),
	E(192136,52835,231,0,1,0,1,1,0,0,4,196306,0,0),
	E(214883,52883,231,0,1,0,1,1,0,0,4,196390,0,0),
	/* CoverageEligibilityResponse.insurance.item.benefit */
	E(115701,52236,232,0,1,1,3,747,0,0,0,0,0,0),
	E(207726,52298,232,1,1,0,1,1,0,0,4,196348,0,0),
	E(144967,52354,232,0,1,1,3,747,0,0,0,0,0,0),
	/* DataRequirement */
	E(53295,53279,233,0,65535,0,1,750,0,0,0,0,0,1),
	E(53461,53445,233,0,65535,0,1,751,0,0,0,0,0,1),
	E(139957,53579,233,0,1,0,1,25,0,0,0,0,0,1),
	E(64663,53601,233,0,65535,0,1,8,0,0,0,0,0,1),
	E(122261,53629,233,0,65535,0,1,40,1,50,0,0,0,1),
	E(53669,53653,233,0,65535,0,1,752,0,0,0,0,0,1),
	E(11678,53731,233,0,1,1,2,54,1,57,2,219571,0,1),
	E(207726,53758,233,1,1,0,1,14,0,0,1,208917,0,1),
	E(53795,53779,233,0,65535,0,1,753,0,0,0,0,0,1),
	/* DataRequirement.codeFilter */
	E(209238,53306,234,0,65535,0,1,72,0,0,0,0,0,1),
	E(185034,53338,234,0,1,0,1,8,0,0,0,0,0,1),
	E(18017,53370,234,0,1,0,1,8,0,0,0,0,0,1),
	E(42004,53409,234,0,1,0,1,40,1,534,0,0,0,1),
	/* DataRequirement.dateFilter */
	E(185034,53472,235,0,1,0,1,8,0,0,0,0,0,1),
	E(18017,53504,235,0,1,0,1,8,0,0,0,0,0,1),
	E(234033,53543,235,0,1,1,3,754,0,0,0,0,0,1),
	/* DataRequirement.sort */
	E(182815,53674,236,1,1,0,1,14,0,0,1,225876,0,1),
	E(185034,53705,236,1,1,0,1,8,0,0,0,0,0,1),
	/* DataRequirement.valueFilter */
	E(169066,53807,237,0,1,0,1,14,0,0,1,230548,0,1),
	E(185034,53846,237,0,1,0,1,8,0,0,0,0,0,1),
	E(18017,53879,237,0,1,0,1,8,0,0,0,0,0,1),
	E(234033,53919,237,0,1,1,3,754,0,0,0,0,0,1),
	/* DetectedIssue */
	E(11623,53970,239,0,1,0,1,9,5,705,0,0,0,1),
	E(204553,53991,239,0,65535,0,1,1,0,0,3,204191,0,0),
	E(209238,54014,239,0,1,0,1,1,0,0,3,204191,0,1),
	E(196053,54033,239,0,1,0,1,4,0,0,0,0,0,0),
	E(217400,54054,239,0,1,0,1,9,1,103,0,0,0,1),
	E(54092,54078,239,0,65535,0,1,757,0,0,0,0,0,0),
	E(233948,54159,239,0,1,1,2,106,0,0,0,0,0,1),
	E(165730,54187,239,0,65535,0,1,7,0,0,0,0,0,1),
	E(54226,54212,239,0,65535,0,1,9,1,215,0,0,0,1),
	E(54251,54237,239,0,65535,0,1,758,0,0,0,0,0,0),
	E(44772,54386,239,0,1,0,1,69,0,0,0,0,0,0),
	E(200792,54410,239,0,1,0,1,14,0,0,1,204304,0,1),
	E(206043,54433,239,1,1,0,1,14,0,0,1,204362,1,1),
	E(11678,54454,239,0,1,0,1,9,11,759,0,0,0,1),
	/* DetectedIssue.evidence */
	E(209238,54101,240,0,65535,0,1,1,0,0,4,213939,0,0),
	E(196053,54129,240,0,65535,0,1,9,1,215,0,0,0,0),
	/* DetectedIssue.mitigation */
	E(204454,54262,241,1,1,0,1,1,0,0,3,204243,0,0),
	E(11623,54294,241,0,1,0,1,9,2,17,0,0,0,0),
	E(165431,54326,241,0,1,0,1,28,0,0,0,0,0,0),
	E(74012,54356,241,0,65535,0,1,105,0,0,0,0,0,0),
	/* Device */
	E(54483,54476,242,0,1,0,1,1,0,0,2,204461,0,0),
	E(54509,54502,242,0,1,0,1,7,0,0,0,0,0,0),
	E(204553,54531,242,0,65535,0,1,1,0,0,4,204517,0,0),
	E(54554,54547,242,0,65535,0,1,770,0,0,0,0,0,0),
	E(165344,54650,242,0,65535,0,1,364,0,0,0,0,0,0),
	E(54672,54665,242,0,1,0,1,771,0,0,0,0,0,0),
	E(54685,54678,242,0,1,0,1,26,1,77,0,0,0,0),
	E(54703,54696,242,0,1,0,1,8,0,0,0,0,0,0),
	E(54722,54715,242,0,1,0,1,67,0,0,0,0,0,0),
	E(54738,54731,242,0,65535,0,1,9,1,78,0,0,0,0),
	E(54754,54747,242,0,1,0,1,28,0,0,0,0,0,0),
	E(54776,54769,242,0,65535,0,1,26,1,16,0,0,0,0),
	E(165730,54784,242,0,65535,0,1,7,0,0,0,0,0,0),
	E(197233,54802,242,0,1,0,1,9,1,19,0,0,0,0),
	E(54825,54818,242,0,1,0,1,8,0,0,0,0,0,0),
	E(54842,54835,242,0,1,0,1,28,0,0,0,0,0,0),
	E(54865,54858,242,0,1,0,1,8,0,0,0,0,0,0),
	E(225418,54878,242,0,1,0,1,1,0,0,4,204677,0,0),
	E(54897,54890,242,0,1,0,1,8,0,0,0,0,0,0),
	E(165823,54909,242,0,65535,0,1,772,0,0,0,0,0,0),
	E(74012,54976,242,0,65535,0,1,105,0,0,0,0,0,0),
	E(54995,54988,242,0,1,0,1,9,1,10,0,0,0,0),
	E(55008,55001,242,0,1,0,1,9,1,16,0,0,0,0),
	E(55022,55015,242,0,1,0,1,8,0,0,0,0,0,0),
	E(215090,55033,242,0,65535,0,1,773,0,0,0,0,0,0),
	E(204879,55095,242,0,65535,0,1,1,0,0,4,204843,0,1),
	E(55116,55109,242,0,1,0,1,8,0,0,0,0,0,0),
	E(206043,55129,242,0,1,0,1,14,0,0,1,205000,1,1),
	E(207726,55143,242,0,65535,0,1,1,0,0,4,205049,0,0),
	E(55162,55155,242,0,65535,0,1,774,0,0,0,0,0,1),
	E(166699,55351,242,0,1,0,1,69,0,0,0,0,0,0),
	E(166750,55362,242,0,65535,0,1,775,0,0,0,0,0,0),
	/* Device.conformsTo */
	E(204553,54565,243,0,1,0,1,1,0,0,4,204886,0,0),
	E(54610,54592,243,1,1,0,1,1,0,0,4,204945,0,0),
	E(166750,54624,243,0,1,0,1,8,0,0,0,0,0,0),
	/* Device.name */
	E(41865,54921,244,0,1,0,1,23,0,0,0,0,1,1),
	E(207726,54941,244,1,1,0,1,14,0,0,1,204626,0,1),
	E(234033,54958,244,1,1,0,1,8,0,0,0,0,0,1),
	/* Device.property */
	E(207726,55049,245,1,1,0,1,1,0,0,4,204793,0,0),
	E(234033,55070,245,1,1,1,7,776,0,0,0,0,0,0),
	/* Device.udiCarrier */
	E(55191,55173,246,0,1,0,1,249,0,0,0,0,0,1),
	E(55221,55203,246,0,1,0,1,8,0,0,0,0,0,1),
	E(58324,55232,246,1,1,0,1,8,0,0,0,0,0,1),
	E(55285,55267,246,0,1,0,1,14,0,0,1,230139,0,0),
	E(103929,55295,246,1,1,0,1,69,0,0,0,0,0,1),
	E(165759,55320,246,0,1,0,1,69,0,0,0,0,0,0),
	/* Device.version */
	E(109495,55377,247,0,1,0,1,7,0,0,0,0,0,0),
	E(55417,55402,247,0,1,0,1,28,0,0,0,0,0,0),
	E(207726,55429,247,0,1,0,1,1,0,0,4,205090,0,0),
	E(234033,55449,247,1,1,0,1,8,0,0,0,0,0,0),
	/* DeviceAssociation */
	E(55506,55488,248,0,1,0,1,9,1,463,0,0,0,1),
	E(204553,55520,248,0,65535,0,1,1,0,0,0,0,0,1),
	E(59550,55547,248,1,1,0,1,9,1,16,0,0,0,1),
	E(165730,55572,248,0,65535,0,1,7,0,0,0,0,0,1),
	E(17625,55601,248,0,65535,0,1,783,0,0,0,0,0,1),
	E(139796,55736,248,0,1,0,1,13,0,0,0,0,0,1),
	E(206043,55761,248,1,1,0,1,1,0,0,1,205268,0,1),
	E(126126,55786,248,0,65535,0,1,1,0,0,1,205201,0,1),
	E(11678,55817,248,0,1,0,1,9,5,784,0,0,0,1),
	/* DeviceAssociation.operation */
	E(146317,55629,249,0,65535,0,1,9,3,646,0,0,0,1),
	E(139796,55666,249,0,1,0,1,13,0,0,0,0,0,1),
	E(206043,55701,249,1,1,0,1,1,0,0,4,205138,0,1),
	/* DeviceDefinition */
	E(55877,55860,250,0,65535,0,1,789,0,0,0,0,0,0),
	E(230237,56048,250,0,65535,0,1,790,0,0,0,0,0,1),
	E(54554,56163,250,0,65535,0,1,791,0,0,0,0,0,1),
	E(165344,56341,250,0,65535,0,1,364,0,0,0,0,0,0),
	E(56383,56366,250,0,1,0,1,792,0,0,0,0,0,0),
	E(108590,56522,250,0,1,0,1,4,0,0,0,0,0,0),
	E(56568,56551,250,0,65535,0,1,793,0,0,0,0,0,1),
	E(56662,56645,250,0,1,0,1,794,0,0,0,0,0,0),
	E(56970,56953,250,0,65535,0,1,795,0,0,0,0,0,1),
	E(165730,57044,250,0,65535,0,1,7,0,0,0,0,0,1),
	E(57089,57072,250,0,65535,0,1,1,0,0,0,0,0,0),
	E(61204,57102,250,0,65535,0,1,796,0,0,0,0,0,0),
	E(54865,57191,250,0,1,0,1,9,1,10,0,0,0,1),
	E(219476,57221,250,0,65535,0,1,797,0,0,0,0,0,0),
	E(54897,57365,250,0,1,0,1,8,0,0,0,0,0,1),
	E(74012,57394,250,0,65535,0,1,105,0,0,0,0,0,0),
	E(54995,57416,250,0,1,0,1,9,1,10,0,0,0,0),
	E(115180,57439,250,0,65535,0,1,798,0,0,0,0,0,0),
	E(55022,57797,250,0,1,0,1,8,0,0,0,0,0,0),
	E(57842,57825,250,0,65535,0,1,14,0,0,1,204728,0,0),
	E(215090,57868,250,0,65535,0,1,799,0,0,0,0,0,0),
	E(57977,57960,250,0,65535,0,1,800,0,0,0,0,0,0),
	E(204879,58192,250,0,65535,0,1,1,0,0,4,204843,0,1),
	E(136450,58216,250,0,65535,0,1,801,0,0,0,0,0,0),
	E(57777,58250,250,0,65535,0,1,802,0,0,0,0,0,0),
	E(166750,58632,250,0,65535,0,1,803,0,0,0,0,0,0),
	/* DeviceDefinition.chargeItem */
	E(55916,55888,251,1,1,0,1,26,1,371,0,0,0,0),
	E(57493,55931,251,1,1,0,1,51,0,0,0,0,0,0),
	E(165514,55965,251,0,1,0,1,13,0,0,0,0,0,0),
	E(166721,56009,251,0,65535,0,1,70,0,0,0,0,0,0),
	/* DeviceDefinition.classification */
	E(139506,56080,252,0,65535,0,1,52,0,0,0,0,0,0),
	E(207726,56126,252,1,1,0,1,1,0,0,4,205049,0,1),
	/* DeviceDefinition.conformsTo */
	E(204553,56191,253,0,1,0,1,1,0,0,4,204886,0,1),
	E(211424,56228,253,0,65535,0,1,52,0,0,0,0,0,0),
	E(54610,56263,253,1,1,0,1,1,0,0,4,204945,0,1),
	E(166750,56305,253,0,65535,0,1,8,0,0,0,0,0,1),
	/* DeviceDefinition.correctiveAction */
	E(139796,56400,254,1,1,0,1,13,0,0,0,0,0,0),
	E(56475,56441,254,1,1,0,1,23,0,0,0,0,0,0),
	E(202701,56482,254,0,1,0,1,14,0,0,1,204562,0,0),
	/* DeviceDefinition.deviceName */
	E(165823,56579,255,1,1,0,1,8,0,0,0,0,0,1),
	E(207726,56612,255,1,1,0,1,14,0,0,1,204626,0,1),
	/* DeviceDefinition.guideline */
	E(56699,56672,256,0,65535,0,1,1,0,0,0,0,0,0),
	E(114655,56716,256,0,65535,0,1,1,0,0,0,0,0,0),
	E(56781,56754,256,0,1,0,1,8,0,0,0,0,0,0),
	E(69521,56793,256,0,65535,0,1,52,0,0,0,0,0,0),
	E(56863,56836,256,0,1,0,1,4,0,0,0,0,0,0),
	E(166721,56880,256,0,65535,0,1,70,0,0,0,0,0,0),
	E(56945,56918,256,0,65535,0,1,1,0,0,0,0,0,0),
	/* DeviceDefinition.hasPart */
	E(57493,56978,257,0,1,0,1,273,0,0,0,0,0,0),
	E(44772,57009,257,1,1,0,1,9,1,77,0,0,0,1),
	/* DeviceDefinition.link */
	E(57146,57124,258,1,1,0,1,26,1,77,0,0,0,0),
	E(14905,57160,258,1,1,0,1,72,0,0,2,205407,0,0),
	/* DeviceDefinition.material */
	E(57273,57247,259,0,1,0,1,23,0,0,0,0,0,0),
	E(57319,57293,259,0,1,0,1,23,0,0,0,0,0,0),
	E(100794,57329,259,1,1,0,1,1,0,0,0,0,0,0),
	/* DeviceDefinition.packaging */
	E(57493,57466,260,0,1,0,1,273,0,0,0,0,0,0),
	E(57526,57499,260,0,65535,0,1,804,0,0,0,0,0,0),
	E(165730,57643,260,0,1,0,1,7,0,0,0,0,0,0),
	E(115180,57681,260,0,65535,0,1,798,0,0,0,0,0,0),
	E(207726,57718,260,0,1,0,1,1,0,0,0,0,0,0),
	E(57777,57750,260,0,65535,0,1,802,0,0,0,0,0,0),
	/* DeviceDefinition.packaging.distributor */
	E(165823,57538,261,0,1,0,1,8,0,0,0,0,0,0),
	E(57621,57582,261,0,65535,0,1,9,1,10,0,0,0,0),
	/* DeviceDefinition.property */
	E(207726,57894,262,1,1,0,1,1,0,0,4,204793,0,0),
	E(234033,57925,262,1,1,1,7,776,0,0,0,0,0,0),
	/* DeviceDefinition.regulatoryIdentifier */
	E(58324,57998,263,1,1,0,1,8,0,0,0,0,0,0),
	E(103929,58053,263,1,1,0,1,69,0,0,0,0,0,0),
	E(165759,58098,263,1,1,0,1,69,0,0,0,0,0,0),
	E(207726,58149,263,1,1,0,1,14,0,0,1,205328,0,0),
	/* DeviceDefinition.udiDeviceIdentifier */
	E(58324,58287,264,1,1,0,1,8,0,0,0,0,0,0),
	E(103929,58341,264,1,1,0,1,69,0,0,0,0,0,0),
	E(165759,58385,264,1,1,0,1,69,0,0,0,0,0,0),
	E(58472,58435,264,0,65535,0,1,805,0,0,0,0,0,0),
	/* DeviceDefinition.udiDeviceIdentifier.marketDistribution */
	E(58547,58491,265,1,1,0,1,13,0,0,0,0,0,0),
	E(58616,58560,265,1,1,0,1,69,0,0,0,0,0,0),
	/* DeviceDefinition.version */
	E(109495,58657,266,0,1,0,1,7,0,0,0,0,0,0),
	E(207726,58692,266,0,1,0,1,1,0,0,0,0,0,0),
	E(234033,58722,266,1,1,0,1,8,0,0,0,0,0,0),
	/* DeviceDispense */
	E(145261,58768,267,0,65535,0,1,9,2,200,0,0,0,0),
	E(204553,58791,267,0,65535,0,1,1,0,0,0,0,0,0),
	E(58830,58815,267,0,1,0,1,9,1,19,0,0,0,0),
	E(59550,58842,267,1,1,0,1,26,2,76,0,0,0,1),
	E(217400,58864,267,0,1,0,1,9,1,103,0,0,0,0),
	E(58904,58889,267,0,65535,0,1,9,1,680,0,0,0,0),
	E(165730,58917,267,0,65535,0,1,7,0,0,0,0,0,1),
	E(197233,58943,267,0,1,0,1,9,1,19,0,0,0,0),
	E(74012,58967,267,0,65535,0,1,105,0,0,0,0,0,0),
	E(125911,58987,267,0,65535,0,1,9,1,32,0,0,0,0),
	E(123210,59009,267,0,65535,0,1,806,0,0,0,0,0,0),
	E(59114,59099,267,0,1,0,1,28,0,0,0,0,0,1),
	E(70641,59127,267,0,1,0,1,51,0,0,0,0,0,0),
	E(59166,59151,267,0,1,0,1,9,5,807,0,0,0,0),
	E(206043,59175,267,1,1,0,1,14,0,0,1,205524,1,1),
	E(126126,59197,267,0,1,0,1,26,1,812,4,205466,0,0),
	E(11678,59225,267,1,1,0,1,9,2,83,0,0,0,1),
	E(4692,59248,267,0,65535,0,1,9,1,215,0,0,0,0),
	E(207726,59285,267,0,1,0,1,1,0,0,0,0,0,0),
	E(56863,59305,267,0,1,0,1,4,0,0,0,0,0,0),
	E(59352,59337,267,0,1,0,1,28,0,0,0,0,0,0),
	/* DeviceDispense.performer */
	E(155580,59034,268,1,1,0,1,9,7,813,0,0,0,0),
	E(215214,59065,268,0,1,0,1,1,0,0,0,0,0,0),
	/* DeviceMetric */
	E(59393,59380,269,0,65535,0,1,820,0,0,0,0,0,0),
	E(204553,59496,269,1,1,0,1,14,0,0,1,217707,0,1),
	E(59531,59518,269,0,1,0,1,14,0,0,1,199503,0,0),
	E(59550,59537,269,1,1,0,1,9,1,16,0,0,0,1),
	E(165730,59557,269,0,65535,0,1,7,0,0,0,0,0,1),
	E(59594,59581,269,0,1,0,1,51,0,0,0,0,0,0),
	E(59628,59615,269,0,1,0,1,14,0,0,1,217758,0,1),
	E(207726,59646,269,1,1,0,1,1,0,0,3,205581,0,1),
	E(214883,59664,269,0,1,0,1,1,0,0,3,230053,0,1),
	/* DeviceMetric.calibration */
	E(59430,59405,270,0,1,0,1,14,0,0,1,217588,0,0),
	E(22372,59436,270,0,1,0,1,2,0,0,0,0,0,0),
	E(207726,59466,270,0,1,0,1,14,0,0,1,217648,0,0),
	/* DeviceRequest */
	E(62648,59696,271,0,1,0,1,23,0,0,0,0,0,0),
	E(62664,59719,271,0,1,0,1,1,0,0,0,0,0,0),
	E(176384,59745,271,0,1,0,1,28,0,0,0,0,0,1),
	E(145261,59770,271,0,65535,0,1,9,1,215,0,0,0,1),
	E(209238,59792,271,1,1,0,1,26,2,76,4,205049,0,1),
	E(176460,59811,271,0,1,0,1,23,0,0,0,0,1,1),
	E(217400,59838,271,0,1,0,1,9,1,103,0,0,0,1),
	E(176534,59862,271,0,1,0,1,7,0,0,0,0,0,1),
	E(165730,59892,271,0,65535,0,1,7,0,0,0,0,0,1),
	E(125765,59917,271,0,65535,0,1,40,2,407,0,0,0,1),
	E(125803,59953,271,0,65535,0,1,69,0,0,0,0,0,1),
	E(31786,59983,271,0,65535,0,1,9,2,821,0,0,0,0),
	E(176681,60007,271,1,1,0,1,14,0,0,1,223296,1,1),
	E(74012,60028,271,0,65535,0,1,105,0,0,0,0,0,0),
	E(234163,60047,271,0,1,1,3,106,0,0,0,0,0,1),
	E(157139,60075,271,0,65535,0,1,823,0,0,0,0,0,0),
	E(123210,60161,271,0,1,0,1,26,8,824,0,0,0,1),
	E(209799,60185,271,0,1,0,1,14,0,0,1,223346,0,1),
	E(70641,60208,271,0,1,0,1,273,0,0,0,0,0,0),
	E(215387,60231,271,0,65535,0,1,26,4,699,4,200532,0,1),
	E(176894,60252,271,0,65535,0,1,9,1,680,0,0,0,0),
	E(19459,60282,271,0,65535,0,1,9,1,201,0,0,0,1),
	E(176960,60305,271,0,1,0,1,9,4,832,0,0,0,1),
	E(206043,60329,271,0,1,0,1,14,0,0,1,223456,1,1),
	E(11678,60350,271,1,1,0,1,9,4,836,0,0,0,1),
	E(144942,60372,271,0,65535,0,1,9,1,215,0,0,0,0),
	/* DeviceRequest.parameter */
	E(209238,60099,272,0,1,0,1,1,0,0,4,0,0,0),
	E(234033,60128,272,0,1,1,4,840,0,0,0,0,0,0),
	/* DeviceUsage */
	E(215767,60413,273,0,1,0,1,844,0,0,0,0,0,0),
	E(145261,60491,273,0,65535,0,1,9,1,203,0,0,0,1),
	E(61778,60511,273,0,1,0,1,26,1,463,4,197008,0,1),
	E(204553,60532,273,0,65535,0,1,1,0,0,0,0,0,0),
	E(230498,60553,273,0,1,0,1,9,2,688,0,0,0,1),
	E(60585,60573,273,0,1,0,1,28,0,0,0,0,0,1),
	E(165454,60598,273,0,65535,0,1,9,6,845,0,0,0,1),
	E(59550,60622,273,1,1,0,1,26,2,76,0,0,0,1),
	E(165730,60641,273,0,65535,0,1,7,0,0,0,0,0,1),
	E(60676,60664,273,0,1,0,1,9,5,851,0,0,0,1),
	E(74012,60694,273,0,65535,0,1,105,0,0,0,0,0,0),
	E(145432,60711,273,1,1,0,1,9,1,15,0,0,0,1),
	E(215387,60731,273,0,65535,0,1,26,5,856,0,0,0,1),
	E(206043,60750,273,1,1,0,1,14,0,0,1,205742,1,1),
	E(62955,60769,273,0,1,1,3,861,0,0,0,0,0,1),
	E(60803,60791,273,0,65535,0,1,1,0,0,0,0,0,0),
	E(60827,60815,273,0,1,0,1,1,0,0,1,205742,0,0),
	/* DeviceUsage.adherence */
	E(209238,60435,274,1,1,0,1,1,0,0,4,205628,0,0),
	E(215387,60462,274,1,65535,0,1,1,0,0,4,205684,0,0),
	/* DiagnosticReport */
	E(145261,60856,275,0,65535,0,1,9,5,864,0,0,0,0),
	E(204553,60881,275,0,65535,0,1,1,0,0,4,205856,0,1),
	E(209238,60907,275,1,1,0,1,1,0,0,3,223029,0,1),
	E(60946,60929,275,0,1,0,1,9,1,676,0,0,0,0),
	E(60975,60958,275,0,1,0,1,4,0,0,0,0,0,0),
	E(61003,60986,275,0,65535,0,1,1,0,0,4,198969,0,0),
	E(191618,61018,275,0,1,1,2,106,0,0,0,0,0,1),
	E(217400,61048,275,0,1,0,1,9,1,103,0,0,0,1),
	E(165730,61075,275,0,65535,0,1,7,0,0,0,0,0,1),
	E(48264,61103,275,0,1,0,1,2,0,0,0,0,0,1),
	E(61144,61127,275,0,65535,0,1,869,0,0,0,0,0,1),
	E(74012,61209,275,0,65535,0,1,105,0,0,0,0,0,0),
	E(123210,61231,275,0,65535,0,1,9,4,141,0,0,0,1),
	E(61275,61258,275,0,65535,0,1,96,0,0,0,0,0,0),
	E(91847,61289,275,0,65535,0,1,9,1,117,0,0,0,0),
	E(61330,61313,275,0,65535,0,1,9,4,141,0,0,0,1),
	E(124031,61349,275,0,65535,0,1,9,1,870,0,0,0,0),
	E(206043,61375,275,1,1,0,1,14,0,0,1,205796,1,1),
	E(154609,61399,275,0,65535,0,1,9,2,871,0,0,0,0),
	E(11678,61422,275,0,1,0,1,9,9,873,0,0,0,1),
	E(144942,61447,275,0,65535,0,1,882,0,0,0,0,0,0),
	/* DiagnosticReport.media */
	E(61173,61150,276,0,1,0,1,8,0,0,0,0,0,0),
	E(61204,61181,276,1,1,0,1,9,1,134,0,0,0,1),
	/* DiagnosticReport.supportingInfo */
	E(44772,61479,277,1,1,0,1,9,4,883,0,0,0,0),
	E(207726,61521,277,1,1,0,1,1,0,0,4,233030,0,0),
	/* DocumentReference */
	E(61603,61585,279,0,65535,0,1,887,0,0,0,0,0,0),
	E(11623,61709,279,0,65535,0,1,9,7,888,0,0,0,1),
	E(145261,61734,279,0,65535,0,1,9,16,895,0,0,0,0),
	E(61778,61760,279,0,65535,0,1,26,1,463,4,197008,0,1),
	E(204553,61787,279,0,65535,0,1,1,0,0,4,222345,0,1),
	E(180011,61814,279,1,65535,0,1,911,0,0,0,0,0,1),
	E(230498,61954,279,0,65535,0,1,9,3,912,0,0,0,0),
	E(61998,61980,279,0,1,0,1,9,1,10,0,0,0,0),
	E(165431,62008,279,0,1,0,1,2,0,0,0,0,0,1),
	E(108590,62031,279,0,1,0,1,4,0,0,0,0,0,1),
	E(62079,62061,279,0,1,0,1,14,0,0,1,200029,0,1),
	E(208194,62089,279,0,65535,0,1,26,0,0,4,233074,0,0),
	E(62131,62113,279,0,1,0,1,1,0,0,4,197289,0,0),
	E(165730,62144,279,0,65535,0,1,7,0,0,0,0,0,1),
	E(62191,62173,279,0,65535,0,1,1,0,0,2,191832,0,1),
	E(139796,62200,279,0,1,0,1,13,0,0,0,0,0,1),
	E(62243,62225,279,0,1,0,1,1,0,0,4,197336,0,0),
	E(62277,62259,279,0,65535,0,1,915,0,0,0,0,0,1),
	E(62373,62355,279,0,65535,0,1,1,0,0,4,225035,0,1),
	E(206043,62387,279,1,1,0,1,14,0,0,1,206244,1,1),
	E(11678,62412,279,0,1,0,1,9,1,215,0,0,0,1),
	E(207726,62438,279,0,1,0,1,1,0,0,3,206152,0,1),
	E(166750,62461,279,0,1,0,1,8,0,0,0,0,0,1),
	/* DocumentReference.attester */
	E(225418,61612,280,1,1,0,1,1,0,0,3,199971,0,0),
	E(28583,61644,280,0,1,0,1,9,5,600,0,0,0,0),
	E(22372,61677,280,0,1,0,1,28,0,0,0,0,0,0),
	/* DocumentReference.content */
	E(172209,61840,281,1,1,0,1,96,0,0,0,0,0,1),
	E(122261,61877,281,0,65535,0,1,916,0,0,0,0,0,1),
	/* DocumentReference.content.profile */
	E(234033,61911,282,1,1,1,3,917,0,0,3,233577,0,1),
	/* DocumentReference.relatesTo */
	E(209238,62287,283,1,1,0,1,1,0,0,2,206305,0,1),
	E(145510,62320,283,1,1,0,1,9,1,134,0,0,0,1),
	/* DomainResource */
	E(62517,62502,284,0,65535,0,1,215,0,0,0,0,0,0),
	E(62542,62527,284,0,65535,0,1,282,0,0,0,0,0,0),
	E(62567,62552,284,0,65535,0,1,282,0,0,0,0,1,1),
	E(62600,62585,284,0,1,0,1,605,0,0,0,0,0,0),
	/* Dosage */
	E(62619,62612,285,0,65535,0,1,1,0,0,4,193064,0,1),
	E(62648,62641,285,0,1,0,1,23,0,0,0,0,0,1),
	E(62664,62657,285,0,65535,0,1,1,0,0,4,215337,0,1),
	E(62683,62676,285,0,65535,0,1,920,0,0,0,0,0,1),
	E(62780,62773,285,0,1,0,1,51,0,0,0,0,0,1),
	E(62812,62805,285,0,1,0,1,51,0,0,0,0,0,1),
	E(62838,62831,285,0,65535,0,1,99,0,0,0,0,0,1),
	E(214452,62855,285,0,1,0,1,1,0,0,4,193409,0,1),
	E(62876,62869,285,0,1,0,1,8,0,0,0,0,0,1),
	E(207631,62895,285,0,1,0,1,1,0,0,4,224663,0,1),
	E(31965,62908,285,0,1,0,1,273,0,0,0,0,0,1),
	E(211881,62924,285,0,1,0,1,1,0,0,4,195127,0,1),
	E(62600,62936,285,0,1,0,1,8,0,0,0,0,0,1),
	E(62955,62948,285,0,1,0,1,64,0,0,0,0,0,1),
	/* Dosage.doseAndRate */
	E(111072,62695,286,0,1,1,2,921,0,0,0,0,0,1),
	E(125479,62722,286,0,1,1,3,923,0,0,0,0,0,1),
	E(207726,62749,286,0,1,0,1,1,0,0,4,232210,0,1),
	/* Element */
	E(62542,62962,288,0,65535,0,1,282,0,0,0,0,0,0),
	E(154648,62980,288,0,1,0,1,8,0,0,0,0,0,0),
	/* ElementDefinition */
	E(163739,63009,289,0,65535,0,1,8,0,0,0,0,0,1),
	E(191240,63033,289,0,1,0,1,926,0,0,0,0,0,1),
	E(63156,63138,289,0,1,0,1,927,0,0,0,0,0,1),
	E(209238,63582,289,0,65535,0,1,72,0,0,4,231898,0,1),
	E(61173,63605,289,0,1,0,1,4,0,0,0,0,0,1),
	E(210375,63631,289,0,65535,0,1,928,0,0,0,0,0,1),
	E(63677,63659,289,0,65535,0,1,929,0,0,0,0,0,1),
	E(63968,63950,289,0,1,0,1,69,0,0,0,0,0,1),
	E(162870,63985,289,0,1,1,54,930,0,0,0,0,0,1),
	E(54685,64019,289,0,1,0,1,4,0,0,0,0,0,1),
	E(214999,64048,289,0,65535,0,1,984,0,0,0,0,0,1),
	E(191642,64141,289,0,1,1,54,930,0,0,0,0,0,1),
	E(64186,64168,289,0,1,0,1,23,0,0,0,0,0,1),
	E(64215,64197,289,0,1,0,1,8,0,0,0,0,0,1),
	E(64250,64232,289,0,1,0,1,23,0,0,0,0,0,1),
	E(64100,64260,289,0,1,0,1,8,0,0,0,0,0,1),
	E(161479,64284,289,0,65535,0,1,985,0,0,0,0,0,1),
	E(163035,64444,289,0,1,0,1,8,0,0,0,0,0,1),
	E(146497,64466,289,0,1,0,1,273,0,0,0,0,0,1),
	E(234078,64494,289,0,1,1,10,986,0,0,0,0,0,1),
	E(64542,64524,289,0,1,0,1,4,0,0,0,0,0,1),
	E(163070,64561,289,0,1,0,1,312,0,0,0,0,0,1),
	E(234100,64583,289,0,1,1,10,986,0,0,0,0,0,1),
	E(64631,64613,289,0,1,0,1,23,0,0,0,0,0,1),
	E(64663,64645,289,0,1,0,1,23,0,0,0,0,0,1),
	E(64693,64675,289,0,1,0,1,8,0,0,0,0,0,1),
	E(185034,64706,289,1,1,0,1,8,0,0,0,0,0,1),
	E(199197,64729,289,0,1,1,54,930,0,0,0,0,0,1),
	E(169840,64758,289,0,65535,0,1,14,0,0,1,221126,0,1),
	E(64809,64791,289,0,1,0,1,4,0,0,0,0,0,1),
	E(64840,64822,289,0,1,0,1,8,0,0,0,0,0,1),
	E(64864,64846,289,0,1,0,1,23,0,0,0,0,0,1),
	E(90730,64884,289,0,1,0,1,8,0,0,0,0,0,1),
	E(64930,64912,289,0,1,0,1,996,0,0,0,0,0,1),
	E(207726,65172,289,0,65535,0,1,997,0,0,0,0,0,1),
	E(65378,65360,289,0,65535,0,1,40,1,50,0,0,0,1),
	/* ElementDefinition.base */
	E(163035,63056,290,1,1,0,1,8,0,0,0,0,0,1),
	E(163070,63083,290,1,1,0,1,312,0,0,0,0,0,1),
	E(185034,63110,290,1,1,0,1,8,0,0,0,0,0,1),
	/* ElementDefinition.binding */
	E(63190,63164,291,0,65535,0,1,998,0,0,0,0,0,1),
	E(108590,63474,291,0,1,0,1,4,0,0,0,0,0,1),
	E(100294,63512,291,1,1,0,1,14,0,0,1,196432,0,1),
	E(42004,63547,291,0,1,0,1,40,1,534,0,0,0,1),
	/* ElementDefinition.binding.additional */
	E(63238,63201,292,0,1,0,1,23,0,0,0,0,0,1),
	E(39420,63242,292,0,1,0,1,4,0,0,0,0,0,1),
	E(166046,63293,292,1,1,0,1,14,0,0,1,193002,0,1),
	E(63375,63338,292,0,1,0,1,8,0,0,0,0,0,1),
	E(214501,63385,292,0,65535,0,1,70,0,0,0,0,0,1),
	E(42004,63428,292,1,1,0,1,40,1,534,0,0,0,1),
	/* ElementDefinition.constraint */
	E(139764,63688,293,0,1,0,1,8,0,0,0,0,0,1),
	E(63757,63728,293,1,1,0,1,8,0,0,0,0,0,1),
	E(75632,63763,293,1,1,0,1,928,0,0,0,0,0,1),
	E(64809,63796,293,0,1,0,1,4,0,0,0,0,0,1),
	E(200792,63838,293,1,1,0,1,14,0,0,1,201631,0,1),
	E(211424,63876,293,0,1,0,1,40,1,50,0,0,0,1),
	E(63941,63912,293,0,1,0,1,23,0,0,0,0,0,1),
	/* ElementDefinition.example */
	E(64100,64074,294,1,1,0,1,8,0,0,0,0,0,1),
	E(234033,64106,294,1,1,1,54,930,0,0,0,0,0,1),
	/* ElementDefinition.mapping */
	E(61173,64310,295,0,1,0,1,4,0,0,0,0,0,1),
	E(161551,64344,295,1,1,0,1,928,0,0,0,0,0,1),
	E(208810,64379,295,0,1,0,1,14,0,0,1,217819,0,1),
	E(64440,64414,295,1,1,0,1,8,0,0,0,0,0,1),
	/* ElementDefinition.slicing */
	E(108590,64938,296,0,1,0,1,8,0,0,0,0,0,1),
	E(65002,64976,296,0,65535,0,1,999,0,0,0,0,0,1),
	E(65132,65106,296,0,1,0,1,23,0,0,0,0,0,1),
	E(65166,65140,296,1,1,0,1,14,0,0,1,224303,0,1),
	/* ElementDefinition.slicing.discriminator */
	E(185034,65016,297,1,1,0,1,8,0,0,0,0,0,1),
	E(207726,65061,297,1,1,0,1,14,0,0,1,205952,0,1),
	/* ElementDefinition.type */
	E(65218,65195,298,0,65535,0,1,14,0,0,1,224242,0,1),
	E(209238,65230,298,1,1,0,1,69,0,0,2,206412,0,1),
	E(122261,65258,298,0,65535,0,1,40,2,1000,0,0,0,1),
	E(65312,65289,298,0,65535,0,1,40,2,1000,0,0,0,1),
	E(18470,65326,298,0,1,0,1,14,0,0,1,222286,0,1),
	/* Encounter */
	E(103840,65406,299,0,65535,0,1,9,1,33,0,0,0,0),
	E(65434,65424,299,0,1,0,1,13,0,0,0,0,0,0),
	E(208293,65447,299,0,1,0,1,1002,0,0,0,0,0,0),
	E(9102,65674,299,0,65535,0,1,9,1,204,0,0,0,1),
	E(145261,65696,299,0,65535,0,1,9,4,200,0,0,0,0),
	E(67754,65714,299,0,65535,0,1,9,1,75,0,0,0,0),
	E(203550,65733,299,0,65535,0,1,1,0,0,3,232261,0,1),
	E(67777,65749,299,0,65535,0,1,1003,0,0,0,0,0,1),
	E(65833,65823,299,0,65535,0,1,1,0,0,4,206750,0,0),
	E(65858,65848,299,0,65535,0,1,9,1,689,0,0,0,1),
	E(165730,65872,299,0,65535,0,1,7,0,0,0,0,0,1),
	E(65903,65893,299,0,1,0,1,67,0,0,0,0,0,0),
	E(197233,65910,299,0,65535,0,1,1004,0,0,0,0,0,0),
	E(125911,66033,299,0,1,0,1,9,1,103,0,0,0,0),
	E(104092,66050,299,0,65535,0,1,1005,0,0,0,0,0,1),
	E(66166,66156,299,0,1,0,1,28,0,0,0,0,0,0),
	E(66191,66181,299,0,1,0,1,28,0,0,0,0,0,0),
	E(209799,66208,299,0,1,0,1,1,0,0,4,233352,0,0),
	E(215387,66227,299,0,65535,0,1,1006,0,0,0,0,0,1),
	E(66298,66288,299,0,1,0,1,9,1,10,0,0,0,0),
	E(155696,66314,299,0,65535,0,1,26,1,20,4,225577,0,1),
	E(66346,66336,299,0,65535,0,1,1,0,0,3,207068,0,0),
	E(66375,66365,299,0,65535,0,1,1,0,0,3,207128,0,0),
	E(206043,66391,299,1,1,0,1,14,0,0,1,207184,1,1),
	E(11678,66408,299,0,1,0,1,9,2,119,0,0,0,1),
	E(66436,66426,299,0,1,0,1,1,0,0,4,207236,0,0),
	E(207726,66450,299,0,65535,0,1,1,0,0,4,207290,0,1),
	E(105650,66465,299,0,65535,0,1,216,0,0,0,0,0,0),
	/* Encounter.admission */
	E(65487,65467,300,0,1,0,1,1,0,0,3,206645,0,0),
	E(58830,65499,300,0,1,0,1,9,2,81,0,0,0,0),
	E(65551,65531,300,0,1,0,1,1,0,0,4,206794,0,0),
	E(211473,65572,300,0,1,0,1,9,2,81,0,0,0,0),
	E(65619,65599,300,0,1,0,1,7,0,0,0,0,0,0),
	E(65662,65642,300,0,1,0,1,1,0,0,4,232634,0,0),
	/* Encounter.diagnosis */
	E(210375,65769,301,0,65535,0,1,26,1,27,4,200532,0,1),
	E(217192,65799,301,0,65535,0,1,1,0,0,3,206697,0,0),
	/* Encounter.location */
	E(227384,65929,302,0,1,0,1,1,0,0,4,213796,0,0),
	E(197233,65953,302,1,1,0,1,9,1,19,0,0,0,0),
	E(139796,65981,302,0,1,0,1,13,0,0,0,0,0,0),
	E(206043,66007,302,0,1,0,1,14,0,0,1,206855,0,0),
	/* Encounter.participant */
	E(155580,66072,303,0,1,0,1,9,7,1007,0,0,0,1),
	E(139796,66100,303,0,1,0,1,13,0,0,0,0,0,0),
	E(207726,66129,303,0,65535,0,1,1,0,0,2,206916,0,1),
	/* Encounter.reason */
	E(217192,66244,304,0,65535,0,1,1,0,0,4,207018,0,1),
	E(234033,66265,304,0,65535,0,1,26,5,1014,3,206972,0,1),
	/* EncounterHistory */
	E(65434,66507,305,0,1,0,1,13,0,0,0,0,0,0),
	E(203550,66537,305,1,1,0,1,1,0,0,2,233180,0,1),
	E(217400,66560,305,0,1,0,1,9,1,103,0,0,0,0),
	E(165730,66587,305,0,65535,0,1,7,0,0,0,0,0,1),
	E(65903,66615,305,0,1,0,1,67,0,0,0,0,0,0),
	E(197233,66639,305,0,65535,0,1,1019,0,0,0,0,0,0),
	E(66166,66731,305,0,1,0,1,28,0,0,0,0,0,0),
	E(66191,66763,305,0,1,0,1,28,0,0,0,0,0,0),
	E(155696,66797,305,0,65535,0,1,26,1,20,4,225577,0,1),
	E(206043,66826,305,1,1,0,1,14,0,0,1,207184,1,1),
	E(11678,66850,305,0,1,0,1,9,2,119,0,0,0,1),
	E(66436,66875,305,0,1,0,1,1,0,0,4,207236,0,0),
	E(207726,66906,305,0,65535,0,1,1,0,0,4,207290,0,1),
	/* EncounterHistory.location */
	E(227384,66665,306,0,1,0,1,1,0,0,4,213796,0,0),
	E(197233,66696,306,1,1,0,1,9,1,19,0,0,0,0),
	/* Endpoint */
	E(87056,66937,307,1,1,0,1,88,0,0,0,0,0,1),
	E(66963,66954,307,1,65535,0,1,1,0,0,4,207334,0,1),
	E(165344,66978,307,0,65535,0,1,364,0,0,0,0,0,0),
	E(108590,66995,307,0,1,0,1,8,0,0,0,0,0,1),
	E(67025,67016,307,0,65535,0,1,1,0,0,2,207388,0,1),
	E(67050,67041,307,0,65535,0,1,8,0,0,0,0,0,0),
	E(165730,67057,307,0,65535,0,1,7,0,0,0,0,0,1),
	E(67888,67077,307,0,1,0,1,9,1,10,0,0,0,1),
	E(165823,67107,307,0,1,0,1,8,0,0,0,0,0,1),
	E(38055,67121,307,0,65535,0,1,1020,0,0,0,0,0,0),
	E(139796,67186,307,0,1,0,1,13,0,0,0,0,0,1),
	E(206043,67202,307,1,1,0,1,14,0,0,1,207489,1,1),
	/* Endpoint.payload */
	E(67155,67138,308,0,65535,0,1,14,0,0,1,217819,0,1),
	E(207726,67164,308,0,65535,0,1,1,0,0,4,207438,0,1),
	/* EnrollmentRequest */
	E(67254,67236,309,0,1,0,1,9,1,15,0,0,0,0),
	E(31902,67264,309,0,1,0,1,9,1,24,0,0,0,0),
	E(11647,67291,309,0,1,0,1,28,0,0,0,0,0,0),
	E(165730,67317,309,0,65535,0,1,7,0,0,0,0,0,0),
	E(49636,67346,309,0,1,0,1,9,1,10,0,0,0,0),
	E(26256,67372,309,0,1,0,1,9,3,141,0,0,0,0),
	E(206043,67399,309,0,1,0,1,14,0,0,1,209143,1,1),
	/* EnrollmentResponse */
	E(11647,67443,310,0,1,0,1,28,0,0,0,0,0,0),
	E(206843,67470,310,0,1,0,1,8,0,0,0,0,0,0),
	E(165730,67501,310,0,65535,0,1,7,0,0,0,0,0,0),
	E(144133,67531,310,0,1,0,1,9,1,10,0,0,0,0),
	E(220835,67563,310,0,1,0,1,14,0,0,1,207540,0,0),
	E(137767,67590,310,0,1,0,1,9,1,903,0,0,0,0),
	E(67636,67617,310,0,1,0,1,9,3,141,0,0,0,0),
	E(206043,67652,310,0,1,0,1,14,0,0,1,209143,1,1),
	/* EpisodeOfCare */
	E(103840,67692,311,0,65535,0,1,9,1,33,0,0,0,0),
	E(67728,67714,311,0,1,0,1,9,2,17,0,0,0,0),
	E(67754,67740,311,0,65535,0,1,9,1,75,0,0,0,0),
	E(67777,67763,311,0,65535,0,1,1021,0,0,0,0,0,1),
	E(165730,67849,311,0,65535,0,1,7,0,0,0,0,0,0),
	E(67888,67874,311,0,1,0,1,9,1,10,0,0,0,1),
	E(145432,67909,311,1,1,0,1,9,1,15,0,0,0,1),
	E(139796,67931,311,0,1,0,1,13,0,0,0,0,0,1),
	E(215387,67952,311,0,65535,0,1,1022,0,0,0,0,0,1),
	E(68039,68025,311,0,65535,0,1,9,1,203,0,0,0,0),
	E(206043,68055,311,1,1,0,1,14,0,0,1,207731,1,1),
	E(68090,68076,311,0,65535,0,1,1023,0,0,0,0,0,0),
	E(207726,68174,311,0,65535,0,1,1,0,0,4,207789,0,1),
	/* EpisodeOfCare.diagnosis */
	E(210375,67787,312,0,65535,0,1,26,1,27,4,200532,0,1),
	E(217192,67821,312,0,1,0,1,1,0,0,3,206697,0,1),
	/* EpisodeOfCare.reason */
	E(217192,67973,313,0,1,0,1,1,0,0,4,207018,0,1),
	E(234033,67998,313,0,65535,0,1,26,4,1024,4,206972,0,1),
	/* EpisodeOfCare.statusHistory */
	E(139796,68104,314,1,1,0,1,13,0,0,0,0,0,0),
	E(206043,68139,314,1,1,0,1,14,0,0,1,207731,0,0),
	/* EventDefinition */
	E(165029,68209,315,0,1,0,1,34,0,0,0,0,0,1),
	E(11623,68238,315,0,65535,0,1,37,0,0,0,0,0,0),
	E(165344,68261,315,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,68285,315,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,68311,315,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,68342,315,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,68363,315,0,1,0,1,4,0,0,0,0,0,0),
	E(69357,68391,315,0,65535,0,1,37,0,0,0,0,0,0),
	E(165514,68414,315,0,1,0,1,13,0,0,0,0,0,1),
	E(69373,68446,315,0,65535,0,1,37,0,0,0,0,0,0),
	E(165699,68471,315,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,68500,315,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,68527,315,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165790,68556,315,0,1,0,1,34,0,0,0,0,0,1),
	E(165823,68587,315,0,1,0,1,8,0,0,0,0,0,1),
	E(166018,68608,315,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,68634,315,0,1,0,1,4,0,0,0,0,0,0),
	E(69521,68658,315,0,65535,0,1,52,0,0,0,0,0,0),
	E(69546,68690,315,0,65535,0,1,37,0,0,0,0,0,0),
	E(206043,68715,315,1,1,0,1,14,0,0,1,221397,1,1),
	E(11678,68738,315,0,1,1,2,54,1,57,2,219571,0,0),
	E(108467,68765,315,0,1,0,1,8,0,0,0,0,0,0),
	E(166675,68790,315,0,1,0,1,8,0,0,0,0,0,1),
	E(199858,68812,315,0,65535,0,1,1,0,0,4,204056,0,0),
	E(141945,68834,315,1,65535,0,1,978,0,0,0,0,0,1),
	E(166699,68858,315,0,1,0,1,69,0,0,0,0,0,1),
	E(214501,68878,315,0,1,0,1,4,0,0,0,0,0,0),
	E(166721,68900,315,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,68927,315,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,68951,315,0,1,1,2,71,0,0,2,231347,0,1),
	/* Evidence */
	E(165029,68996,316,0,1,0,1,34,0,0,0,0,0,0),
	E(69027,69018,316,0,1,0,1,4,0,0,0,0,0,0),
	E(11623,69037,316,0,65535,0,1,37,0,0,0,0,0,1),
	E(69062,69053,316,0,65535,0,1,1028,0,0,0,0,0,0),
	E(191519,69234,316,0,1,1,2,240,1,242,0,0,0,0),
	E(165344,69253,316,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,69270,316,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,69289,316,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,69313,316,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,69327,316,0,1,0,1,4,0,0,0,0,0,0),
	E(69357,69348,316,0,65535,0,1,37,0,0,0,0,0,0),
	E(69373,69364,316,0,65535,0,1,37,0,0,0,0,0,1),
	E(165699,69382,316,0,1,0,1,23,0,0,0,0,0,0),
	E(165730,69404,316,0,65535,0,1,7,0,0,0,0,0,1),
	E(165790,69424,316,0,1,0,1,34,0,0,0,0,0,0),
	E(165823,69448,316,0,1,0,1,8,0,0,0,0,0,0),
	E(74012,69462,316,0,65535,0,1,105,0,0,0,0,0,0),
	E(166018,69476,316,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,69495,316,0,1,0,1,4,0,0,0,0,0,0),
	E(69521,69512,316,0,65535,0,1,52,0,0,0,0,0,0),
	E(69546,69537,316,0,65535,0,1,37,0,0,0,0,0,0),
	E(69564,69555,316,0,65535,0,1,1029,0,0,0,0,0,0),
	E(206043,70932,316,1,1,0,1,14,0,0,1,221397,1,1),
	E(70957,70948,316,0,65535,0,1,1,0,0,2,226602,0,0),
	E(70978,70969,316,0,1,0,1,1,0,0,2,232484,0,0),
	E(166675,70992,316,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,71007,316,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,71020,316,0,65535,0,1,70,0,0,0,0,0,1),
	E(71049,71040,316,1,65535,0,1,1030,0,0,0,0,0,0),
	E(166750,71300,316,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,71317,316,0,1,1,2,71,0,0,2,231347,0,1),
	/* Evidence.certainty */
	E(108590,69072,317,0,1,0,1,4,0,0,0,0,0,0),
	E(74012,69103,317,0,65535,0,1,105,0,0,0,0,0,0),
	E(69146,69127,317,0,1,0,1,8,0,0,0,0,0,0),
	E(197742,69152,317,0,1,0,1,1,0,0,2,197703,0,0),
	E(69197,69178,317,0,65535,0,1,1028,0,0,0,0,0,0),
	E(207726,69210,317,0,1,0,1,1,0,0,2,197749,0,0),
	/* Evidence.statistic */
	E(70068,69574,318,0,65535,0,1,1031,0,0,0,0,0,0),
	E(204553,69931,318,0,1,0,1,1,0,0,0,0,0,0),
	E(108590,69959,318,0,1,0,1,4,0,0,0,0,0,0),
	E(70009,69990,318,0,65535,0,1,1032,0,0,0,0,0,0),
	E(74012,70530,318,0,65535,0,1,105,0,0,0,0,0,0),
	E(70573,70554,318,0,1,0,1,312,0,0,0,0,0,0),
	E(70607,70588,318,0,1,0,1,312,0,0,0,0,0,0),
	E(70641,70622,318,0,1,0,1,51,0,0,0,0,0,0),
	E(70669,70650,318,0,1,0,1,1033,0,0,0,0,0,0),
	E(70918,70899,318,0,1,0,1,1,0,0,2,226450,0,0),
	/* Evidence.statistic.attributeEstimate */
	E(70068,69611,319,0,65535,0,1,1031,0,0,0,0,0,0),
	E(108590,69666,319,0,1,0,1,4,0,0,0,0,0,0),
	E(69752,69715,319,0,1,0,1,250,0,0,0,0,0,0),
	E(74012,69758,319,0,65535,0,1,105,0,0,0,0,0,0),
	E(70641,69800,319,0,1,0,1,51,0,0,0,0,0,0),
	E(69883,69846,319,0,1,0,1,66,0,0,0,0,0,0),
	E(207726,69889,319,0,1,0,1,1,0,0,2,195848,0,0),
	/* Evidence.statistic.modelCharacteristic */
	E(70068,70029,320,0,65535,0,1,1031,0,0,0,0,0,0),
	E(209238,70086,320,1,1,0,1,1,0,0,2,226400,0,0),
	E(234033,70130,320,0,1,0,1,51,0,0,0,0,0,0),
	E(70214,70175,320,0,65535,0,1,1034,0,0,0,0,0,0),
	/* Evidence.statistic.modelCharacteristic.variable */
	E(160115,70223,321,0,1,0,1,14,0,0,1,230607,0,0),
	E(70328,70280,321,0,65535,0,1,1,0,0,0,0,0,0),
	E(70390,70342,321,0,65535,0,1,51,0,0,0,0,0,0),
	E(70452,70404,321,0,65535,0,1,66,0,0,0,0,0,0),
	E(71049,70463,321,1,1,0,1,9,2,1035,0,0,0,0),
	/* Evidence.statistic.sampleSize */
	E(108590,70680,322,0,1,0,1,4,0,0,0,0,0,0),
	E(70752,70722,322,0,1,0,1,312,0,0,0,0,0,0),
	E(74012,70767,322,0,65535,0,1,105,0,0,0,0,0,0),
	E(70832,70802,322,0,1,0,1,312,0,0,0,0,0,0),
	E(70883,70853,322,0,1,0,1,312,0,0,0,0,0,0),
	/* Evidence.variableDefinition */
	E(108590,71068,323,0,1,0,1,4,0,0,0,0,0,0),
	E(71136,71108,323,0,1,0,1,1,0,0,2,232163,0,0),
	E(71180,71152,323,0,1,0,1,9,2,1035,0,0,0,0),
	E(74012,71189,323,0,65535,0,1,105,0,0,0,0,0,0),
	E(71250,71222,323,0,1,0,1,9,2,1035,0,0,0,1),
	E(71287,71259,323,1,1,0,1,1,0,0,2,230660,0,1),
	/* EvidenceReport */
	E(11623,71361,324,0,65535,0,1,37,0,0,0,0,0,1),
	E(191519,71383,324,0,1,1,2,240,1,242,0,0,0,0),
	E(165344,71408,324,0,65535,0,1,37,0,0,0,0,0,1),
	E(69357,71431,324,0,65535,0,1,37,0,0,0,0,0,0),
	E(69373,71453,324,0,65535,0,1,37,0,0,0,0,0,1),
	E(165730,71477,324,0,65535,0,1,7,0,0,0,0,0,1),
	E(74012,71503,324,0,65535,0,1,105,0,0,0,0,0,0),
	E(166018,71523,324,0,1,0,1,8,0,0,0,0,0,1),
	E(69521,71548,324,0,65535,0,1,52,0,0,0,0,0,0),
	E(24467,71579,324,0,65535,0,1,7,0,0,0,0,0,1),
	E(62277,71612,324,0,65535,0,1,1037,0,0,0,0,0,0),
	E(69546,71859,324,0,65535,0,1,37,0,0,0,0,0,0),
	E(208089,71883,324,0,65535,0,1,1038,0,0,0,0,0,0),
	E(206043,72301,324,1,1,0,1,14,0,0,1,221397,1,1),
	E(11678,72323,324,1,1,0,1,1039,0,0,0,0,0,1),
	E(207726,72593,324,0,1,0,1,1,0,0,4,208097,0,0),
	E(166699,72613,324,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,72632,324,0,65535,0,1,70,0,0,0,0,0,1),
	/* EvidenceReport.relatesTo */
	E(209238,71637,325,1,1,0,1,14,0,0,1,223130,0,0),
	E(145510,71667,325,1,1,0,1,1040,0,0,0,0,0,0),
	/* EvidenceReport.relatesTo.target */
	E(41865,71699,326,0,1,0,1,4,0,0,0,0,0,0),
	E(165730,71739,326,0,1,0,1,7,0,0,0,0,0,0),
	E(139824,71782,326,0,1,0,1,9,1,215,0,0,0,0),
	E(166699,71823,326,0,1,0,1,69,0,0,0,0,0,0),
	/* EvidenceReport.section */
	E(11623,71906,327,0,65535,0,1,9,7,1041,0,0,0,0),
	E(40222,71936,327,0,1,0,1,1,0,0,3,213472,0,0),
	E(71994,71971,327,0,65535,0,1,1,0,0,2,207990,0,0),
	E(72033,72010,327,0,65535,0,1,51,0,0,0,0,0,0),
	E(72070,72047,327,0,65535,0,1,9,1,215,0,0,0,0),
	E(123103,72085,327,0,1,0,1,1,0,0,2,208044,0,0),
	E(72137,72114,327,0,1,0,1,9,1,215,0,0,0,0),
	E(225418,72152,327,0,1,0,1,14,0,0,1,213611,0,0),
	E(40306,72180,327,0,1,0,1,1,0,0,3,213656,0,0),
	E(208089,72213,327,0,65535,0,1,1038,0,0,0,0,0,0),
	E(62600,72244,327,0,1,0,1,605,0,0,0,0,0,0),
	E(166675,72272,327,0,1,0,1,8,0,0,0,0,0,0),
	/* EvidenceReport.subject */
	E(216195,72346,328,0,65535,0,1,1048,0,0,0,0,0,0),
	E(74012,72565,328,0,65535,0,1,105,0,0,0,0,0,0),
	/* EvidenceReport.subject.characteristic */
	E(209238,72384,329,1,1,0,1,1,0,0,2,209188,0,0),
	E(73888,72427,329,0,1,0,1,23,0,0,0,0,0,0),
	E(139796,72473,329,0,1,0,1,13,0,0,0,0,0,0),
	E(234033,72518,329,1,1,1,5,1049,1,215,0,0,0,0),
	/* EvidenceVariable */
	E(72692,72675,330,0,1,0,1,23,0,0,0,0,0,0),
	E(165029,72699,330,0,1,0,1,34,0,0,0,0,0,0),
	E(11623,72729,330,0,65535,0,1,37,0,0,0,0,0,0),
	E(204553,72753,330,0,65535,0,1,1054,0,0,0,0,0,0),
	E(216195,72845,330,0,65535,0,1,1055,0,0,0,0,0,1),
	E(165344,74334,330,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,74359,330,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,74386,330,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,74418,330,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,74440,330,0,1,0,1,4,0,0,0,0,0,1),
	E(69357,74469,330,0,65535,0,1,37,0,0,0,0,0,0),
	E(165514,74493,330,0,1,0,1,13,0,0,0,0,0,0),
	E(69373,74526,330,0,65535,0,1,37,0,0,0,0,0,0),
	E(165699,74552,330,0,1,0,1,23,0,0,0,0,0,0),
	E(160115,74582,330,0,1,0,1,14,0,0,1,230607,0,0),
	E(165730,74608,330,0,65535,0,1,7,0,0,0,0,0,1),
	E(165790,74636,330,0,1,0,1,34,0,0,0,0,0,0),
	E(165823,74668,330,0,1,0,1,8,0,0,0,0,0,1),
	E(74012,74690,330,0,65535,0,1,105,0,0,0,0,0,0),
	E(166018,74712,330,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,74739,330,0,1,0,1,4,0,0,0,0,0,0),
	E(69521,74764,330,0,65535,0,1,52,0,0,0,0,0,0),
	E(69546,74797,330,0,65535,0,1,37,0,0,0,0,0,0),
	E(74840,74823,330,0,1,0,1,8,0,0,0,0,0,1),
	E(206043,74851,330,1,1,0,1,14,0,0,1,221397,1,1),
	E(166675,74875,330,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,74898,330,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,74919,330,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,74947,330,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,74972,330,0,1,1,2,71,0,0,2,231347,0,1),
	/* EvidenceVariable.category */
	E(165823,72779,331,0,1,0,1,8,0,0,0,0,0,0),
	E(234033,72810,331,0,1,1,3,840,0,0,0,0,0,0),
	/* EvidenceVariable.characteristic */
	E(72909,72877,332,0,1,0,1,1056,0,0,0,0,0,0),
	E(73163,73131,332,0,1,0,1,1057,0,0,0,0,0,1),
	E(73540,73508,332,0,1,0,1,40,2,1058,0,0,0,1),
	E(73592,73560,332,0,1,0,1,1,0,0,0,0,0,1),
	E(73650,73618,332,0,1,0,1,73,0,0,0,0,0,1),
	E(73703,73671,332,0,1,0,1,928,0,0,0,0,0,1),
	E(73748,73716,332,0,1,0,1,9,3,1060,0,0,0,1),
	E(108590,73768,332,0,1,0,1,4,0,0,0,0,0,0),
	E(54722,73812,332,0,1,1,2,298,0,0,0,0,0,0),
	E(73888,73856,332,0,1,0,1,23,0,0,0,0,0,0),
	E(233959,73896,332,0,1,1,2,298,0,0,0,0,0,0),
	E(108627,73941,332,0,1,0,1,928,0,0,0,0,0,0),
	E(74012,73980,332,0,65535,0,1,105,0,0,0,0,0,0),
	E(74049,74017,332,0,65535,0,1,1063,0,0,0,0,0,0),
	/* EvidenceVariable.characteristic.definitionByCombination */
	E(216195,72933,333,1,65535,0,1,1055,0,0,0,0,0,0),
	E(209238,73004,333,1,1,0,1,14,0,0,1,197793,0,0),
	E(73121,73065,333,0,1,0,1,25,0,0,0,0,0,0),
	/* EvidenceVariable.characteristic.definitionByTypeAndValue */
	E(59550,73188,334,0,1,0,1,9,2,1064,0,0,0,0),
	E(214452,73252,334,0,65535,0,1,1,0,0,4,204009,0,0),
	E(197899,73316,334,0,1,0,1,1,0,0,4,197855,0,0),
	E(207726,73380,334,1,1,0,1,1,0,0,4,232535,0,1),
	E(234033,73442,334,1,1,1,6,1066,0,0,0,0,0,1),
	/* EvidenceVariable.characteristic.timeFromEvent */
	E(108590,74063,335,0,1,0,1,4,0,0,0,0,0,0),
	E(208194,74121,335,0,1,1,4,1072,0,0,4,208147,0,0),
	E(74012,74176,335,0,65535,0,1,105,0,0,0,0,0,0),
	E(70641,74227,335,0,1,0,1,51,0,0,0,0,0,0),
	E(69883,74282,335,0,1,0,1,66,0,0,0,0,0,0),
	/* ExampleScenario */
	E(155580,75025,336,0,65535,0,1,1076,0,0,0,0,0,0),
	E(165344,75162,336,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,75186,336,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,75212,336,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,75243,336,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,75264,336,0,1,0,1,4,0,0,0,0,0,1),
	E(165699,75292,336,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,75321,336,0,65535,0,1,7,0,0,0,0,0,1),
	E(166995,75348,336,0,65535,0,1,1077,0,0,0,0,0,0),
	E(165759,75988,336,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165823,76017,336,0,1,0,1,8,0,0,0,0,0,1),
	E(231209,76038,336,0,65535,0,1,1078,0,0,0,0,0,0),
	E(166018,77047,336,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,77073,336,0,1,0,1,4,0,0,0,0,0,0),
	E(206043,77097,336,1,1,0,1,14,0,0,1,221397,1,1),
	E(166675,77120,336,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,77142,336,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,77162,336,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,77189,336,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,77213,336,0,1,1,2,71,0,0,2,231347,0,1),
	/* ExampleScenario.actor */
	E(108590,75047,337,0,1,0,1,4,0,0,0,0,0,0),
	E(75632,75081,337,1,1,0,1,8,0,0,0,0,0,0),
	E(166675,75107,337,1,1,0,1,8,0,0,0,0,0,0),
	E(207726,75135,337,1,1,0,1,14,0,0,1,208586,0,0),
	/* ExampleScenario.instance */
	E(75398,75373,338,0,65535,0,1,1079,0,0,0,0,0,0),
	E(180011,75537,338,0,1,0,1,9,0,0,0,0,0,0),
	E(108590,75570,338,0,1,0,1,4,0,0,0,0,0,0),
	E(75632,75607,338,1,1,0,1,8,0,0,0,0,0,0),
	E(234259,75636,338,0,1,1,2,238,0,0,0,0,0,0),
	E(75706,75681,338,1,1,0,1,72,0,0,2,208648,0,0),
	E(75745,75720,338,0,1,0,1,8,0,0,0,0,0,0),
	E(166675,75762,338,1,1,0,1,8,0,0,0,0,0,0),
	E(166750,75793,338,0,65535,0,1,1080,0,0,0,0,0,0),
	/* ExampleScenario.instance.containedInstance */
	E(75459,75416,339,1,1,0,1,8,0,0,0,0,0,0),
	E(75520,75477,339,0,1,0,1,8,0,0,0,0,0,0),
	/* ExampleScenario.instance.version */
	E(180011,75826,340,0,1,0,1,9,0,0,0,0,0,0),
	E(108590,75867,340,0,1,0,1,4,0,0,0,0,0,0),
	E(75632,75912,340,1,1,0,1,8,0,0,0,0,0,0),
	E(166675,75949,340,1,1,0,1,8,0,0,0,0,0,0),
	/* ExampleScenario.process */
	E(108590,76062,341,0,1,0,1,4,0,0,0,0,0,0),
	E(76122,76098,341,0,1,0,1,4,0,0,0,0,0,0),
	E(76161,76137,341,0,1,0,1,4,0,0,0,0,0,0),
	E(76339,76175,341,0,65535,0,1,1081,0,0,0,0,0,0),
	E(166675,77017,341,1,1,0,1,8,0,0,0,0,0,1),
	/* ExampleScenario.process.step */
	E(76233,76204,342,0,65535,0,1,1082,0,0,0,0,0,0),
	E(93466,76391,342,0,1,0,1,8,0,0,0,0,0,0),
	E(17625,76427,342,0,1,0,1,1083,0,0,0,0,0,0),
	E(76936,76907,342,0,1,0,1,23,0,0,0,0,0,0),
	E(231209,76942,342,0,1,0,1,1078,0,0,0,0,0,0),
	E(77008,76979,342,0,1,0,1,40,1,1084,0,0,0,0),
	/* ExampleScenario.process.step.alternative */
	E(108590,76245,343,0,1,0,1,4,0,0,0,0,0,0),
	E(76339,76298,343,0,65535,0,1,1081,0,0,0,0,0,0),
	E(166675,76344,343,1,1,0,1,8,0,0,0,0,0,0),
	/* ExampleScenario.process.step.operation */
	E(108590,76466,344,0,1,0,1,4,0,0,0,0,0,0),
	E(76556,76517,344,0,1,0,1,8,0,0,0,0,0,0),
	E(76605,76566,344,0,1,0,1,23,0,0,0,0,0,0),
	E(59166,76621,344,0,1,0,1,8,0,0,0,0,0,0),
	E(76708,76669,344,0,1,0,1,23,0,0,0,0,0,0),
	E(137767,76723,344,0,1,0,1,1079,0,0,0,0,0,0),
	E(137789,76770,344,0,1,0,1,1079,0,0,0,0,0,0),
	E(166675,76818,344,1,1,0,1,8,0,0,0,0,0,0),
	E(207726,76863,344,0,1,0,1,72,0,0,2,229080,0,0),
	/* ExplanationOfBenefit */
	E(26129,77270,345,0,1,0,1,1085,0,0,0,0,0,0),
	E(29189,77412,345,0,65535,0,1,1086,0,0,0,0,0,0),
	E(31244,79985,345,0,65535,0,1,1087,0,0,0,0,0,0),
	E(80040,80019,345,0,65535,0,1,1088,0,0,0,0,0,0),
	E(51843,80568,345,0,1,0,1,13,0,0,0,0,0,0),
	E(26211,80603,345,0,1,0,1,13,0,0,0,0,0,1),
	E(67754,80639,345,0,65535,0,1,1089,0,0,0,0,0,0),
	E(28830,80864,345,0,1,0,1,9,1,470,0,0,0,0),
	E(31864,80891,345,0,1,0,1,9,1,449,0,0,0,0),
	E(11647,80926,345,1,1,0,1,28,0,0,0,0,0,1),
	E(198587,80955,345,0,1,0,1,1,0,0,4,198552,0,1),
	E(67777,80985,345,0,65535,0,1,1090,0,0,0,0,0,0),
	E(31351,81179,345,0,1,0,1,1,0,0,4,208303,0,0),
	E(206843,81222,345,0,1,0,1,8,0,0,0,0,0,0),
	E(217400,81255,345,0,65535,0,1,9,1,103,0,0,0,0),
	E(20066,81286,345,0,1,0,1,9,4,174,0,0,0,0),
	E(208194,81315,345,0,65535,0,1,1091,0,0,0,0,0,0),
	E(50663,81409,345,0,1,0,1,9,2,81,0,0,0,0),
	E(227384,81439,345,0,1,0,1,96,0,0,0,0,0,0),
	E(31711,81465,345,0,1,0,1,1,0,0,4,209282,0,0),
	E(31734,81495,345,0,1,0,1,1,0,0,4,209373,0,0),
	E(81550,81529,345,0,1,0,1,1,0,0,4,209373,0,0),
	E(165730,81572,345,0,65535,0,1,7,0,0,0,0,0,0),
	E(31786,81604,345,0,65535,0,1,1092,0,0,0,0,0,1),
	E(49636,81754,345,0,1,0,1,9,1,10,0,0,0,1),
	E(228416,81783,345,0,65535,0,1,1093,0,0,0,0,0,0),
	E(28506,85103,345,0,1,0,1,9,1,140,0,0,0,0),
	E(220835,85145,345,1,1,0,1,14,0,0,1,198792,0,1),
	E(145432,85174,345,1,1,0,1,9,1,15,0,0,0,1),
	E(78532,85203,345,0,1,0,1,22,0,0,0,0,0,0),
	E(137624,85236,345,0,1,0,1,1094,0,0,0,0,0,0),
	E(137644,85328,345,0,1,0,1,1095,0,0,0,0,0,0),
	E(26824,85587,345,0,65535,0,1,8,0,0,0,0,0,0),
	E(85640,85619,345,0,65535,0,1,13,0,0,0,0,0,0),
	E(85678,85657,345,0,1,0,1,25,0,0,0,0,0,0),
	E(28612,85689,345,0,1,0,1,9,2,441,0,0,0,0),
	E(209799,85723,345,0,1,0,1,1,0,0,4,220889,0,0),
	E(206095,85753,345,0,65535,0,1,1096,0,0,0,0,0,0),
	E(33356,85975,345,0,65535,0,1,1097,0,0,0,0,0,0),
	E(26256,86166,345,0,1,0,1,9,3,141,0,0,0,1),
	E(28793,86196,345,0,1,0,1,9,1,203,0,0,0,0),
	E(28808,86226,345,0,65535,0,1,1098,0,0,0,0,0,0),
	E(206043,86371,345,1,1,0,1,14,0,0,1,208707,1,1),
	E(33579,86399,345,0,1,0,1,1,0,0,4,198841,0,0),
	E(144942,86428,345,0,65535,0,1,1099,0,0,0,0,0,0),
	E(14971,86729,345,0,65535,0,1,1100,0,0,0,0,0,1),
	E(33677,86826,345,0,65535,0,1,7,0,0,0,0,0,0),
	E(207726,86859,345,1,1,0,1,1,0,0,2,198884,0,1),
	E(217192,86885,345,1,1,0,1,14,0,0,1,198924,0,1),
	/* ExplanationOfBenefit.accident */
	E(165431,77300,346,0,1,0,1,34,0,0,0,0,0,0),
	E(197233,77335,346,0,1,1,2,447,1,19,0,0,0,0),
	E(207726,77377,346,0,1,0,1,1,0,0,2,233236,0,0),
	/* ExplanationOfBenefit.addItem */
	E(31244,77441,347,0,65535,0,1,1087,0,0,0,0,0,0),
	E(61778,77483,347,0,65535,0,1,1101,0,0,0,0,0,0),
	E(196053,77610,347,0,65535,0,1,1102,0,0,0,0,0,0),
	E(32298,79140,347,0,65535,0,1,25,0,0,0,0,0,0),
	E(193922,79184,347,0,1,0,1,250,0,0,0,0,0,0),
	E(30654,79220,347,0,65535,0,1,25,0,0,0,0,0,0),
	E(197233,79262,347,0,1,1,3,452,1,19,4,225423,0,0),
	E(127991,79303,347,0,65535,0,1,1,0,0,4,198747,0,0),
	E(29993,79341,347,0,1,0,1,22,0,0,0,0,0,0),
	E(30036,79374,347,0,65535,0,1,25,0,0,0,0,0,0),
	E(78532,79414,347,0,1,0,1,22,0,0,0,0,0,0),
	E(30086,79455,347,0,1,0,1,1,0,0,4,225619,0,0),
	E(30142,79501,347,0,1,0,1,1,0,0,4,225619,0,0),
	E(27668,79550,347,0,65535,0,1,1,0,0,4,208494,0,0),
	E(26256,79591,347,0,65535,0,1,9,3,141,0,0,0,0),
	E(70641,79629,347,0,1,0,1,51,0,0,0,0,0,0),
	E(137767,79667,347,0,65535,0,1,9,6,455,0,0,0,0),
	E(30249,79704,347,0,1,0,1,1,0,0,4,208539,0,0),
	E(30296,79741,347,0,1,0,1,1103,0,0,0,0,0,0),
	E(234218,79784,347,0,1,1,2,461,0,0,0,0,0,0),
	E(32608,79825,347,0,65535,0,1,25,0,0,0,0,0,0),
	E(30349,79872,347,0,1,0,1,22,0,0,0,0,0,0),
	E(33677,79905,347,0,65535,0,1,7,0,0,0,0,0,0),
	E(30443,79946,347,0,1,0,1,22,0,0,0,0,0,0),
	/* ExplanationOfBenefit.addItem.bodySite */
	E(211881,77521,348,1,65535,0,1,26,1,463,4,229653,0,0),
	E(29330,77564,348,0,65535,0,1,1,0,0,4,228756,0,0),
	/* ExplanationOfBenefit.addItem.detail */
	E(31244,77646,349,0,65535,0,1,1087,0,0,0,0,0,0),
	E(193922,77695,349,0,1,0,1,250,0,0,0,0,0,0),
	E(127991,77738,349,0,65535,0,1,1,0,0,4,198747,0,0),
	E(29993,77783,349,0,1,0,1,22,0,0,0,0,0,0),
	E(30036,77823,349,0,65535,0,1,25,0,0,0,0,0,0),
	E(78532,77870,349,0,1,0,1,22,0,0,0,0,0,0),
	E(30086,77918,349,0,1,0,1,1,0,0,4,225619,0,0),
	E(30142,77971,349,0,1,0,1,1,0,0,4,225619,0,0),
	E(70641,78027,349,0,1,0,1,51,0,0,0,0,0,0),
	E(30249,78072,349,0,1,0,1,1,0,0,4,208539,0,0),
	E(30296,78116,349,0,1,0,1,1103,0,0,0,0,0,0),
	E(29798,78166,349,0,65535,0,1,1104,0,0,0,0,0,0),
	E(30349,79006,349,0,1,0,1,22,0,0,0,0,0,0),
	E(33677,79046,349,0,65535,0,1,7,0,0,0,0,0,0),
	E(30443,79094,349,0,1,0,1,22,0,0,0,0,0,0),
	/* ExplanationOfBenefit.addItem.detail.subDetail */
	E(31244,78212,350,0,65535,0,1,1087,0,0,0,0,0,0),
	E(193922,78271,350,0,1,0,1,250,0,0,0,0,0,0),
	E(127991,78324,350,0,65535,0,1,1,0,0,4,198747,0,0),
	E(29993,78379,350,0,1,0,1,22,0,0,0,0,0,0),
	E(30036,78429,350,0,65535,0,1,25,0,0,0,0,0,0),
	E(78532,78486,350,0,1,0,1,22,0,0,0,0,0,0),
	E(30086,78544,350,0,1,0,1,1,0,0,4,225619,0,0),
	E(30142,78607,350,0,1,0,1,1,0,0,4,225619,0,0),
	E(70641,78673,350,0,1,0,1,51,0,0,0,0,0,0),
	E(30249,78728,350,0,1,0,1,1,0,0,4,208539,0,0),
	E(30296,78782,350,0,1,0,1,1103,0,0,0,0,0,0),
	E(30349,78842,350,0,1,0,1,22,0,0,0,0,0,0),
	E(33677,78892,350,0,65535,0,1,7,0,0,0,0,0,0),
	E(30443,78950,350,0,1,0,1,22,0,0,0,0,0,0),
	/* ExplanationOfBenefit.benefitBalance */
	E(204553,80055,351,1,1,0,1,1,0,0,4,208200,0,0),
	E(108590,80100,351,0,1,0,1,8,0,0,0,0,0,0),
	E(80184,80148,351,0,1,0,1,23,0,0,0,0,0,0),
	E(80229,80193,351,0,65535,0,1,1105,0,0,0,0,0,0),
	E(165823,80401,351,0,1,0,1,8,0,0,0,0,0,0),
	E(196298,80442,351,0,1,0,1,1,0,0,4,196261,0,0),
	E(192136,80486,351,0,1,0,1,1,0,0,4,196306,0,0),
	E(214883,80527,351,0,1,0,1,1,0,0,4,196390,0,0),
	/* ExplanationOfBenefit.benefitBalance.financial */
	E(115701,80239,352,0,1,1,3,747,0,0,0,0,0,0),
	E(207726,80296,352,1,1,0,1,1,0,0,4,196348,0,0),
	E(144967,80347,352,0,1,1,2,1106,0,0,0,0,0,0),
	/* ExplanationOfBenefit.careTeam */
	E(26256,80669,353,1,1,0,1,9,3,141,0,0,0,0),
	E(26280,80708,353,0,1,0,1,23,0,0,0,0,0,0),
	E(230698,80750,353,0,1,0,1,1,0,0,4,198504,0,0),
	E(31965,80785,353,1,1,0,1,25,0,0,0,0,0,0),
	E(92627,80824,353,0,1,0,1,1,0,0,4,221297,0,0),
	/* ExplanationOfBenefit.diagnosis */
	E(67777,81016,354,1,1,1,2,54,1,27,4,210637,0,0),
	E(26436,81060,354,0,1,0,1,1,0,0,4,208248,0,0),
	E(31965,81103,354,1,1,0,1,25,0,0,0,0,0,0),
	E(207726,81143,354,0,65535,0,1,1,0,0,4,208357,0,0),
	/* ExplanationOfBenefit.event */
	E(207726,81342,355,1,1,0,1,1,0,0,4,203922,0,0),
	E(157799,81374,355,1,1,1,2,106,0,0,0,0,0,0),
	/* ExplanationOfBenefit.insurance */
	E(31902,81635,356,1,1,0,1,9,1,24,0,0,0,1),
	E(31935,81675,356,1,1,0,1,23,0,0,0,0,0,1),
	E(26824,81712,356,0,65535,0,1,8,0,0,0,0,0,0),
	/* ExplanationOfBenefit.item */
	E(31244,81809,357,0,65535,0,1,1087,0,0,0,0,0,0),
	E(61778,82036,357,0,65535,0,1,1108,0,0,0,0,0,0),
	E(26969,82154,357,0,65535,0,1,25,0,0,0,0,0,0),
	E(204553,82197,357,0,1,0,1,1,0,0,4,208200,0,0),
	E(196053,82232,357,0,65535,0,1,1109,0,0,0,0,0,0),
	E(28045,84044,357,0,65535,0,1,25,0,0,0,0,0,0),
	E(217400,84088,357,0,65535,0,1,9,1,103,0,0,0,0),
	E(193922,84124,357,0,1,0,1,250,0,0,0,0,0,0),
	E(28113,84157,357,0,65535,0,1,25,0,0,0,0,0,0),
	E(197233,84203,357,0,1,1,3,452,1,19,4,225423,0,0),
	E(127991,84241,357,0,65535,0,1,1,0,0,4,198747,0,0),
	E(29993,84276,357,0,1,0,1,22,0,0,0,0,0,0),
	E(30036,84306,357,0,65535,0,1,25,0,0,0,0,0,0),
	E(78532,84343,357,0,1,0,1,22,0,0,0,0,0,0),
	E(28225,84381,357,0,65535,0,1,25,0,0,0,0,0,0),
	E(30086,84425,357,0,1,0,1,1,0,0,4,225619,0,0),
	E(30142,84468,357,0,1,0,1,1,0,0,4,225619,0,0),
	E(27668,84514,357,0,65535,0,1,1,0,0,4,208494,0,0),
	E(70641,84552,357,0,1,0,1,51,0,0,0,0,0,0),
	E(137767,84587,357,0,65535,0,1,9,6,455,0,0,0,0),
	E(30249,84621,357,0,1,0,1,1,0,0,4,208539,0,0),
	E(30296,84655,357,0,1,0,1,1103,0,0,0,0,0,0),
	E(31965,84896,357,1,1,0,1,25,0,0,0,0,0,0),
	E(234218,84931,357,0,1,1,2,461,0,0,0,0,0,0),
	E(30349,84969,357,0,1,0,1,22,0,0,0,0,0,0),
	E(33677,84999,357,0,65535,0,1,7,0,0,0,0,0,0),
	E(28768,85037,357,0,65535,0,1,9,1,16,0,0,0,0),
	E(30443,85067,357,0,1,0,1,22,0,0,0,0,0,0),
	/* ExplanationOfBenefit.item.adjudication */
	E(137556,81848,358,0,1,0,1,22,0,0,0,0,0,0),
	E(204553,81894,358,1,1,0,1,1,0,0,4,193217,0,0),
	E(70641,81942,358,0,1,0,1,51,0,0,0,0,0,0),
	E(215387,81990,358,0,1,0,1,1,0,0,4,193307,0,0),
	/* ExplanationOfBenefit.item.bodySite */
	E(211881,82071,359,1,65535,0,1,26,1,463,4,229653,0,0),
	E(29330,82111,359,0,65535,0,1,1,0,0,4,228756,0,0),
	/* ExplanationOfBenefit.item.detail */
	E(31244,82265,360,0,65535,0,1,1087,0,0,0,0,0,0),
	E(204553,82311,360,0,1,0,1,1,0,0,4,208200,0,0),
	E(193922,82353,360,0,1,0,1,250,0,0,0,0,0,0),
	E(127991,82393,360,0,65535,0,1,1,0,0,4,198747,0,0),
	E(29993,82435,360,0,1,0,1,22,0,0,0,0,0,0),
	E(30036,82472,360,0,65535,0,1,25,0,0,0,0,0,0),
	E(78532,82516,360,0,1,0,1,22,0,0,0,0,0,0),
	E(30086,82561,360,0,1,0,1,1,0,0,4,225619,0,0),
	E(30142,82611,360,0,1,0,1,1,0,0,4,225619,0,0),
	E(27668,82664,360,0,65535,0,1,1,0,0,4,208494,0,0),
	E(70641,82709,360,0,1,0,1,51,0,0,0,0,0,0),
	E(30249,82751,360,0,1,0,1,1,0,0,4,208539,0,0),
	E(30296,82792,360,0,1,0,1,1103,0,0,0,0,0,0),
	E(31965,82839,360,1,1,0,1,25,0,0,0,0,0,0),
	E(29798,82881,360,0,65535,0,1,1110,0,0,0,0,0,0),
	E(30349,83882,360,0,1,0,1,22,0,0,0,0,0,0),
	E(33677,83919,360,0,65535,0,1,7,0,0,0,0,0,0),
	E(28768,83964,360,0,65535,0,1,9,1,16,0,0,0,0),
	E(30443,84001,360,0,1,0,1,22,0,0,0,0,0,0),
	/* ExplanationOfBenefit.item.detail.subDetail */
	E(31244,82924,361,0,65535,0,1,1087,0,0,0,0,0,0),
	E(204553,82980,361,0,1,0,1,1,0,0,4,208200,0,0),
	E(193922,83032,361,0,1,0,1,250,0,0,0,0,0,0),
	E(127991,83082,361,0,65535,0,1,1,0,0,4,198747,0,0),
	E(29993,83134,361,0,1,0,1,22,0,0,0,0,0,0),
	E(30036,83181,361,0,65535,0,1,25,0,0,0,0,0,0),
	E(78532,83235,361,0,1,0,1,22,0,0,0,0,0,0),
	E(30086,83290,361,0,1,0,1,1,0,0,4,225619,0,0),
	E(30142,83350,361,0,1,0,1,1,0,0,4,225619,0,0),
	E(27668,83413,361,0,65535,0,1,1,0,0,4,208494,0,0),
	E(70641,83468,361,0,1,0,1,51,0,0,0,0,0,0),
	E(30249,83520,361,0,1,0,1,1,0,0,4,208539,0,0),
	E(30296,83571,361,0,1,0,1,1103,0,0,0,0,0,0),
	E(31965,83628,361,1,1,0,1,25,0,0,0,0,0,0),
	E(30349,83680,361,0,1,0,1,22,0,0,0,0,0,0),
	E(33677,83727,361,0,65535,0,1,7,0,0,0,0,0,0),
	E(28768,83782,361,0,65535,0,1,9,1,16,0,0,0,0),
	E(30443,83829,361,0,1,0,1,22,0,0,0,0,0,0),
	/* ExplanationOfBenefit.item.reviewOutcome */
	E(198587,84695,362,0,1,0,1,1,0,0,4,198552,0,0),
	E(32882,84744,362,0,1,0,1,13,0,0,0,0,0,0),
	E(26824,84798,362,0,1,0,1,8,0,0,0,0,0,0),
	E(215387,84849,362,0,65535,0,1,1,0,0,4,198596,0,0),
	/* ExplanationOfBenefit.payee */
	E(28583,85263,363,0,1,0,1,9,5,465,0,0,0,0),
	E(207726,85296,363,0,1,0,1,1,0,0,4,219838,0,0),
	/* ExplanationOfBenefit.payment */
	E(33123,85357,364,0,1,0,1,22,0,0,0,0,0,0),
	E(33156,85397,364,0,1,0,1,1,0,0,4,219877,0,0),
	E(137556,85443,364,0,1,0,1,22,0,0,0,0,0,0),
	E(165431,85479,364,0,1,0,1,34,0,0,0,0,0,0),
	E(165730,85513,364,0,1,0,1,7,0,0,0,0,0,0),
	E(207726,85553,364,0,1,0,1,1,0,0,4,208403,0,0),
	/* ExplanationOfBenefit.procedure */
	E(165431,85784,365,0,1,0,1,28,0,0,0,0,0,0),
	E(206095,85820,365,1,1,1,2,54,1,32,4,210673,0,0),
	E(31965,85864,365,1,1,0,1,25,0,0,0,0,0,0),
	E(207726,85904,365,0,65535,0,1,1,0,0,4,208447,0,0),
	E(28768,85940,365,0,65535,0,1,9,1,16,0,0,0,0),
	/* ExplanationOfBenefit.processNote */
	E(208810,86008,366,0,1,0,1,1,0,0,1,194384,0,0),
	E(93466,86050,366,0,1,0,1,25,0,0,0,0,0,0),
	E(62600,86090,366,0,1,0,1,8,0,0,0,0,0,0),
	E(207726,86128,366,0,1,0,1,1,0,0,2,218288,0,0),
	/* ExplanationOfBenefit.related */
	E(28830,86255,367,0,1,0,1,9,1,470,0,0,0,0),
	E(44772,86290,367,0,1,0,1,7,0,0,0,0,0,0),
	E(222894,86329,367,0,1,0,1,1,0,0,4,222851,0,0),
	/* ExplanationOfBenefit.supportingInfo */
	E(204553,86464,368,1,1,0,1,1,0,0,4,198692,0,0),
	E(209238,86509,368,0,1,0,1,1,0,0,4,198647,0,0),
	E(215387,86550,368,0,1,0,1,72,0,0,4,217864,0,0),
	E(31965,86593,368,1,1,0,1,25,0,0,0,0,0,0),
	E(62955,86638,368,0,1,1,2,461,0,0,0,0,0,0),
	E(234033,86684,368,0,1,1,6,471,1,215,0,0,0,0),
	/* ExplanationOfBenefit.total */
	E(137556,86756,369,1,1,0,1,22,0,0,0,0,0,1),
	E(204553,86790,369,1,1,0,1,1,0,0,4,193217,0,1),
	/* Expression */
	E(108590,86910,370,0,1,0,1,8,0,0,0,0,0,1),
	E(139764,86933,370,0,1,0,1,8,0,0,0,0,0,1),
	E(208810,86955,370,0,1,0,1,14,0,0,2,208770,0,1),
	E(165823,86975,370,0,1,0,1,14,0,0,0,0,0,1),
	E(44772,86991,370,0,1,0,1,69,0,0,0,0,0,1),
	/* ExtendedContactDetail */
	E(87056,87034,371,0,1,0,1,447,0,0,0,0,0,1),
	E(165823,87064,371,0,65535,0,1,961,0,0,0,0,0,1),
	E(144133,87091,371,0,1,0,1,9,1,10,0,0,0,1),
	E(139796,87126,371,0,1,0,1,13,0,0,0,0,0,1),
	E(166046,87155,371,0,1,0,1,1,0,0,3,232108,0,1),
	E(87207,87185,371,0,65535,0,1,364,0,0,0,0,0,1),
	/* Extension */
	E(166699,87215,372,1,1,0,1,69,0,0,0,0,0,0),
	E(234033,87229,372,0,1,1,54,930,0,0,0,0,0,0),
	/* FamilyMemberHistory */
	E(129996,87268,373,0,1,1,3,1111,0,0,0,0,0,1),
	E(191481,87295,373,0,1,1,3,1114,0,0,0,0,0,0),
	E(210375,87323,373,0,65535,0,1,1117,0,0,0,0,0,0),
	E(129621,87549,373,0,1,0,1,1,0,0,4,210385,0,1),
	E(165431,87586,373,0,1,0,1,28,0,0,0,0,0,1),
	E(191587,87611,373,0,1,1,5,1118,0,0,0,0,0,1),
	E(87663,87643,373,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,87676,373,0,65535,0,1,7,0,0,0,0,0,1),
	E(125765,87707,373,0,65535,0,1,40,5,1123,0,0,0,1),
	E(125803,87749,373,0,65535,0,1,69,0,0,0,0,0,1),
	E(165823,87785,373,0,1,0,1,8,0,0,0,0,0,1),
	E(74012,87810,373,0,65535,0,1,105,0,0,0,0,0,0),
	E(104092,87835,373,0,65535,0,1,1128,0,0,0,0,0,1),
	E(145432,87946,373,1,1,0,1,9,1,15,0,0,0,1),
	E(206095,87974,373,0,65535,0,1,1129,0,0,0,0,0,0),
	E(215387,88204,373,0,65535,0,1,26,6,1130,4,198969,0,1),
	E(222894,88231,373,1,1,0,1,1,0,0,4,233525,0,1),
	E(88284,88264,373,0,1,0,1,1,0,0,2,193527,0,1),
	E(206043,88288,373,1,1,0,1,14,0,0,1,210436,1,1),
	/* FamilyMemberHistory.condition */
	E(209238,87353,374,1,1,0,1,1,0,0,4,200532,0,0),
	E(88069,87388,374,0,1,0,1,23,0,0,0,0,0,0),
	E(74012,87437,374,0,65535,0,1,105,0,0,0,0,0,0),
	E(6662,87472,374,0,1,1,4,1136,0,0,0,0,0,0),
	E(220835,87511,374,0,1,0,1,1,0,0,4,200576,0,0),
	/* FamilyMemberHistory.participant */
	E(155580,87867,375,1,1,0,1,9,7,186,0,0,0,1),
	E(215214,87905,375,0,1,0,1,1,0,0,2,219673,0,1),
	/* FamilyMemberHistory.procedure */
	E(209238,88004,376,1,1,0,1,1,0,0,4,220644,0,0),
	E(88069,88039,376,0,1,0,1,23,0,0,0,0,0,0),
	E(74012,88088,376,0,65535,0,1,105,0,0,0,0,0,0),
	E(220835,88123,376,0,1,0,1,1,0,0,4,198969,0,0),
	E(197493,88161,376,0,1,1,5,1140,0,0,0,0,0,0),
	/* Flag */
	E(11623,88320,377,0,1,0,1,9,6,1145,0,0,0,1),
	E(204553,88332,377,0,65535,0,1,1,0,0,4,209014,0,1),
	E(209238,88346,377,1,1,0,1,1,0,0,4,209057,0,1),
	E(217400,88356,377,0,1,0,1,9,1,103,0,0,0,1),
	E(165730,88371,377,0,65535,0,1,7,0,0,0,0,0,1),
	E(139796,88387,377,0,1,0,1,13,0,0,0,0,0,1),
	E(206043,88399,377,1,1,0,1,14,0,0,1,209096,1,1),
	E(11678,88411,377,1,1,0,1,9,10,1151,0,0,0,1),
	/* FormularyItem */
	E(209238,88438,378,0,1,0,1,1,0,0,4,215394,0,1),
	E(165730,88457,378,0,65535,0,1,7,0,0,0,0,0,1),
	E(206043,88482,378,0,1,0,1,14,0,0,1,209317,1,1),
	/* GenomicStudy */
	E(88529,88516,379,0,65535,0,1,1161,0,0,0,0,0,0),
	E(145261,89451,379,0,65535,0,1,9,2,258,0,0,0,0),
	E(108590,89472,379,0,1,0,1,4,0,0,0,0,0,0),
	E(217400,89497,379,0,1,0,1,9,1,103,0,0,0,1),
	E(165730,89520,379,0,65535,0,1,7,0,0,0,0,0,1),
	E(125765,89544,379,0,1,0,1,40,1,347,0,0,0,0),
	E(125803,89579,379,0,1,0,1,69,0,0,0,0,0,0),
	E(89621,89608,379,0,65535,0,1,9,2,17,0,0,0,0),
	E(74012,89633,379,0,65535,0,1,105,0,0,0,0,0,0),
	E(215387,89651,379,0,65535,0,1,26,2,116,0,0,0,0),
	E(89684,89671,379,0,1,0,1,9,2,17,0,0,0,0),
	E(154492,89693,379,0,1,0,1,28,0,0,0,0,0,0),
	E(206043,89716,379,1,1,0,1,14,0,0,1,209574,1,1),
	E(11678,89736,379,1,1,0,1,9,5,1162,0,0,0,1),
	E(207726,89757,379,0,65535,0,1,1,0,0,4,209629,0,1),
	/* GenomicStudy.analysis */
	E(88560,88538,380,0,65535,0,1,1,0,0,4,209415,0,0),
	E(165431,88571,380,0,1,0,1,28,0,0,0,0,0,0),
	E(59550,88598,380,0,65535,0,1,1167,0,0,0,0,0,0),
	E(123103,88701,380,0,65535,0,1,9,1,215,0,0,0,1),
	E(88751,88729,380,0,1,0,1,1,0,0,2,231918,0,0),
	E(165730,88763,380,0,65535,0,1,7,0,0,0,0,0,1),
	E(176571,88796,380,0,65535,0,1,1168,0,0,0,0,0,0),
	E(125765,88933,380,0,1,0,1,40,2,544,0,0,0,0),
	E(125803,88977,380,0,1,0,1,69,0,0,0,0,0,0),
	E(89037,89015,380,0,65535,0,1,1,0,0,4,209521,0,1),
	E(74012,89048,380,0,65535,0,1,105,0,0,0,0,0,0),
	E(176735,89075,380,0,65535,0,1,1169,0,0,0,0,0,0),
	E(123210,89172,380,0,65535,0,1,1170,0,0,0,0,0,0),
	E(89301,89279,380,0,1,0,1,9,2,1171,0,0,0,0),
	E(89341,89319,380,0,65535,0,1,9,2,1173,0,0,0,0),
	E(89377,89355,380,0,65535,0,1,9,2,1173,0,0,0,0),
	E(124031,89392,380,0,65535,0,1,9,1,870,0,0,0,1),
	E(166675,89423,380,0,1,0,1,8,0,0,0,0,0,1),
	/* GenomicStudy.analysis.device */
	E(59550,88627,381,0,1,0,1,9,1,16,0,0,0,0),
	E(215214,88663,381,0,1,0,1,1,0,0,0,0,0,0),
	/* GenomicStudy.analysis.input */
	E(167183,88824,382,0,1,0,1,9,1,134,0,0,0,1),
	E(191648,88857,382,0,1,1,2,1175,1,871,0,0,0,0),
	E(207726,88900,382,0,1,0,1,1,0,0,4,209468,0,0),
	/* GenomicStudy.analysis.output */
	E(167183,89104,383,0,1,0,1,9,1,134,0,0,0,1),
	E(207726,89138,383,0,1,0,1,1,0,0,4,209468,0,1),
	/* GenomicStudy.analysis.performer */
	E(155580,89204,384,0,1,0,1,9,4,245,0,0,0,0),
	E(230698,89242,384,0,1,0,1,1,0,0,0,0,0,0),
	/* Goal */
	E(89785,89780,385,0,1,0,1,1,0,0,3,209676,0,1),
	E(89808,89803,385,0,65535,0,1,9,8,1177,0,0,0,0),
	E(204553,89818,385,0,65535,0,1,1,0,0,4,209722,0,1),
	E(89837,89832,385,0,1,0,1,23,0,0,0,0,0,0),
	E(108590,89848,385,1,1,0,1,1,0,0,4,198969,0,1),
	E(165730,89865,385,0,65535,0,1,7,0,0,0,0,0,0),
	E(89886,89881,385,1,1,0,1,14,0,0,1,209854,1,1),
	E(74012,89902,385,0,65535,0,1,105,0,0,0,0,0,0),
	E(220835,89912,385,0,65535,0,1,26,1,117,4,198969,0,0),
	E(209799,89925,385,0,1,0,1,1,0,0,3,209765,0,1),
	E(211424,89939,385,0,1,0,1,9,5,1185,0,0,0,1),
	E(139421,89951,385,0,1,1,2,1190,0,0,4,209808,0,1),
	E(167486,89965,385,0,1,0,1,34,0,0,0,0,0,1),
	E(126126,89981,385,0,1,0,1,8,0,0,0,0,0,0),
	E(11678,89999,385,1,1,0,1,9,3,1192,0,0,0,1),
	E(145510,90012,385,0,65535,0,1,1195,0,0,0,0,0,0),
	/* Goal.target */
	E(196053,90024,386,0,1,1,7,1196,0,0,4,0,0,1),
	E(142837,90046,386,0,1,1,2,1203,0,0,0,0,0,1),
	E(90077,90065,386,0,1,0,1,1,0,0,4,218677,0,1),
	/* GraphDefinition */
	E(165344,90101,387,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,90125,387,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,90151,387,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,90182,387,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,90203,387,0,1,0,1,4,0,0,0,0,0,0),
	E(165699,90231,387,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,90260,387,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,90287,387,0,65535,0,1,1,0,0,2,213159,0,1),
	E(61204,90316,387,0,65535,0,1,1205,0,0,0,0,0,0),
	E(165823,90800,387,1,1,0,1,8,0,0,0,0,0,1),
	E(90837,90821,387,0,65535,0,1,1206,0,0,0,0,0,0),
	E(166018,90958,387,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,90984,387,0,1,0,1,4,0,0,0,0,0,0),
	E(139421,91008,387,0,1,0,1,928,0,0,0,0,0,0),
	E(206043,91030,387,1,1,0,1,14,0,0,1,221397,1,1),
	E(166675,91053,387,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,91075,387,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,91095,387,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,91122,387,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,91146,387,0,1,1,2,71,0,0,2,231347,0,1),
	/* GraphDefinition.link */
	E(90358,90337,388,0,65535,0,1,1207,0,0,0,0,0,0),
	E(108590,90572,388,0,1,0,1,8,0,0,0,0,0,0),
	E(163035,90605,388,0,1,0,1,8,0,0,0,0,0,0),
	E(163070,90630,388,0,1,0,1,273,0,0,0,0,0,0),
	E(90676,90655,388,0,1,0,1,8,0,0,0,0,0,0),
	E(185034,90683,388,0,1,0,1,8,0,0,0,0,0,0),
	E(90730,90709,388,0,1,0,1,8,0,0,0,0,0,0),
	E(185059,90740,388,1,1,0,1,928,0,0,0,0,0,0),
	E(90791,90770,388,1,1,0,1,928,0,0,0,0,0,0),
	/* GraphDefinition.link.compartment */
	E(209238,90370,389,1,1,0,1,14,0,0,1,199864,0,0),
	E(108590,90408,389,0,1,0,1,8,0,0,0,0,0,0),
	E(139764,90453,389,0,1,0,1,8,0,0,0,0,0,0),
	E(162686,90497,389,1,1,0,1,14,0,0,1,209901,0,0),
	E(217192,90535,389,1,1,0,1,14,0,0,1,209959,0,0),
	/* GraphDefinition.node */
	E(108590,90842,390,0,1,0,1,8,0,0,0,0,0,0),
	E(90896,90875,390,1,1,0,1,928,0,0,0,0,0,0),
	E(122261,90903,390,0,1,0,1,40,1,50,0,0,0,0),
	E(207726,90932,390,1,1,0,1,14,0,0,1,231394,0,0),
	/* Group */
	E(91939,91182,391,0,1,0,1,23,0,0,0,0,1,1),
	E(216195,91195,391,0,65535,0,1,1208,0,0,0,0,0,1),
	E(209238,91329,391,0,1,0,1,1,0,0,4,0,0,1),
	E(108590,152728,391,0,1,0,1,4,0,0,0,0,0,0),
	E(165730,91340,391,0,65535,0,1,7,0,0,0,0,0,1),
	E(164348,91357,391,0,1,0,1,9,4,1209,0,0,0,1),
	E(91384,91378,391,0,65535,0,1,1213,0,0,0,0,0,0),
	E(91459,91453,391,1,1,0,1,14,0,0,1,210016,0,1),
	E(165823,152854,391,0,1,0,1,8,0,0,0,0,0,1),
	E(70641,91470,391,0,1,0,1,312,0,0,0,0,0,1),
	E(207726,152933,391,1,1,0,1,14,0,0,1,210074,0,1),
	/* Group.characteristic */
	E(209238,91216,392,1,1,0,1,1,0,0,4,0,0,1),
	E(73888,91242,392,1,1,0,1,23,0,0,0,0,0,1),
	E(139796,91271,392,0,1,0,1,13,0,0,0,0,0,0),
	E(234033,91299,392,1,1,1,5,1066,0,0,4,0,0,1),
	/* Group.member */
	E(145301,91391,393,1,1,0,1,9,11,1214,0,0,0,0),
	E(186723,91411,393,0,1,0,1,23,0,0,0,0,0,0),
	E(139796,91433,393,0,1,0,1,13,0,0,0,0,0,0),
	/* GuidanceResponse */
	E(91519,91502,394,0,65535,0,1,974,0,0,0,0,0,0),
	E(217400,91535,394,0,1,0,1,9,1,103,0,0,0,0),
	E(91579,91562,394,0,1,0,1,9,1,1225,0,0,0,0),
	E(165730,91597,394,0,65535,0,1,7,0,0,0,0,0,1),
	E(234123,91625,394,1,1,1,3,1226,0,0,4,210120,0,1),
	E(74012,91652,394,0,65535,0,1,105,0,0,0,0,0,0),
	E(91691,91674,394,0,1,0,1,28,0,0,0,0,0,0),
	E(91727,91710,394,0,1,0,1,9,1,1229,0,0,0,0),
	E(123210,91744,394,0,1,0,1,9,1,16,0,0,0,0),
	E(215387,91771,394,0,65535,0,1,26,0,0,0,0,0,0),
	E(91812,91795,394,0,1,0,1,7,0,0,0,0,0,1),
	E(91847,91830,394,0,65535,0,1,9,17,1230,0,0,0,0),
	E(206043,91854,394,1,1,0,1,14,0,0,1,210170,1,1),
	E(11678,91878,394,0,1,0,1,9,2,119,0,0,0,0),
	/* HealthcareService */
	E(91939,91921,395,0,1,0,1,23,0,0,0,0,1,1),
	E(91964,91946,395,0,1,0,1,23,0,0,0,0,0,0),
	E(195835,91984,395,0,65535,0,1,980,0,0,0,0,0,0),
	E(204553,92015,395,0,65535,0,1,1,0,0,4,225335,0,1),
	E(216195,92042,395,0,65535,0,1,1,0,0,4,225381,0,0),
	E(61173,92075,395,0,1,0,1,4,0,0,0,0,0,1),
	E(92119,92101,395,0,65535,0,1,1,0,0,1,194384,0,0),
	E(165344,92133,395,0,65535,0,1,981,0,0,0,0,0,0),
	E(92177,92159,395,0,65535,0,1,9,1,19,0,0,0,0),
	E(211530,92190,395,0,65535,0,1,1247,0,0,0,0,0,0),
	E(54738,92293,395,0,65535,0,1,9,1,78,0,0,0,0),
	E(92338,92320,395,0,1,0,1,4,0,0,0,0,0,0),
	E(165730,92351,395,0,65535,0,1,7,0,0,0,0,0,1),
	E(197233,92380,395,0,65535,0,1,9,1,19,0,0,0,1),
	E(165823,92407,395,0,1,0,1,8,0,0,0,0,0,1),
	E(92448,92430,395,0,65535,0,1,9,1,20,0,0,0,0),
	E(92476,92458,395,0,1,0,1,96,0,0,0,0,0,1),
	E(212171,92482,395,0,65535,0,1,1,0,0,4,221089,0,0),
	E(92526,92508,395,0,1,0,1,9,1,10,0,0,0,1),
	E(92555,92537,395,0,65535,0,1,1,0,0,4,225524,0,0),
	E(92588,92570,395,0,65535,0,1,1,0,0,4,225466,0,0),
	E(92627,92609,395,0,65535,0,1,1,0,0,3,197336,0,1),
	E(207726,92637,395,0,65535,0,1,1,0,0,4,225577,0,1),
	/* HealthcareService.eligibility */
	E(209238,92220,396,0,1,0,1,1,0,0,4,0,0,0),
	E(61173,92255,396,0,1,0,1,4,0,0,0,0,0,0),
	/* HumanName */
	E(92680,92670,397,0,1,0,1,8,0,0,0,0,0,1),
	E(92697,92687,397,0,65535,0,1,8,0,0,0,0,0,1),
	E(139796,92703,397,0,1,0,1,13,0,0,0,0,0,1),
	E(92730,92720,397,0,65535,0,1,8,0,0,0,0,0,1),
	E(92747,92737,397,0,65535,0,1,8,0,0,0,0,0,1),
	E(62600,92754,397,0,1,0,1,8,0,0,0,0,0,1),
	E(217192,92769,397,0,1,0,1,14,0,0,1,217961,1,1),
	/* Identifier */
	E(92794,92783,398,0,1,0,1,9,1,10,0,0,0,1),
	E(139796,92803,398,0,1,0,1,13,0,0,0,0,0,1),
	E(187333,92821,398,0,1,0,1,69,0,0,0,0,0,1),
	E(207726,58176,398,0,1,0,1,1,0,0,2,210720,0,1),
	E(217192,92839,398,0,1,0,1,14,0,0,1,210765,1,1),
	E(234033,92854,398,0,1,0,1,8,0,0,0,0,0,1),
	/* ImagingSelection */
	E(145261,92888,399,0,65535,0,1,9,5,1248,0,0,0,1),
	E(61778,92913,399,0,1,0,1,26,1,463,4,197008,0,1),
	E(204553,92939,399,0,65535,0,1,1,0,0,4,191913,0,1),
	E(209238,92965,399,1,1,0,1,1,0,0,4,191913,0,1),
	E(165454,92987,399,0,65535,0,1,9,2,1253,0,0,0,1),
	E(54738,93016,399,0,65535,0,1,9,1,78,0,0,0,1),
	E(123103,93042,399,0,65535,0,1,9,1,307,0,0,0,1),
	E(93082,93065,399,0,1,0,1,928,0,0,0,0,0,1),
	E(165730,93102,399,0,65535,0,1,7,0,0,0,0,0,1),
	E(166995,93130,399,0,65535,0,1,1255,0,0,0,0,0,1),
	E(48264,93571,399,0,1,0,1,2,0,0,0,0,0,1),
	E(123210,93595,399,0,65535,0,1,1256,0,0,0,0,0,1),
	E(93708,93691,399,0,1,0,1,312,0,0,0,0,0,1),
	E(93738,93721,399,0,1,0,1,928,0,0,0,0,0,1),
	E(206043,93748,399,1,1,0,1,14,0,0,1,211006,1,1),
	E(93789,93772,399,0,1,0,1,928,0,0,0,0,0,1),
	E(11678,93798,399,0,1,0,1,9,10,1257,0,0,0,1),
	/* ImagingSelection.instance */
	E(93182,93156,400,0,65535,0,1,1267,0,0,0,0,0,0),
	E(93324,93298,400,0,65535,0,1,1268,0,0,0,0,0,0),
	E(93466,93440,400,0,1,0,1,312,0,0,0,0,0,1),
	E(93499,93473,400,0,1,0,1,72,0,0,2,191660,0,0),
	E(93534,93508,400,0,65535,0,1,8,0,0,0,0,0,0),
	E(93567,93541,400,1,1,0,1,928,0,0,0,0,0,1),
	/* ImagingSelection.instance.imageRegion2D */
	E(93236,93196,401,1,65535,0,1,250,0,0,0,0,0,0),
	E(93287,93247,401,1,1,0,1,14,0,0,1,210874,0,0),
	/* ImagingSelection.instance.imageRegion3D */
	E(93236,93338,402,1,65535,0,1,250,0,0,0,0,0,0),
	E(93287,93389,402,1,1,0,1,14,0,0,1,210940,0,0),
	/* ImagingSelection.performer */
	E(155580,93622,403,0,1,0,1,9,8,1269,0,0,0,1),
	E(215214,93655,403,0,1,0,1,1,0,0,2,225280,0,1),
	/* ImagingStudy */
	E(145261,93836,404,0,65535,0,1,9,5,1248,0,0,0,1),
	E(108590,93857,404,0,1,0,1,8,0,0,0,0,0,1),
	E(217400,93882,404,0,1,0,1,9,1,103,0,0,0,1),
	E(54738,93905,404,0,65535,0,1,9,1,78,0,0,0,1),
	E(165730,93927,404,0,65535,0,1,7,0,0,0,0,0,1),
	E(197233,93951,404,0,1,0,1,9,1,19,0,0,0,1),
	E(62191,93973,404,0,65535,0,1,1,0,0,2,191832,0,1),
	E(74012,93995,404,0,65535,0,1,105,0,0,0,0,0,1),
	E(94545,94013,404,0,1,0,1,312,0,0,0,0,0,1),
	E(94057,94044,404,0,1,0,1,312,0,0,0,0,0,1),
	E(125911,94072,404,0,65535,0,1,9,1,32,0,0,0,1),
	E(206095,94092,404,0,65535,0,1,26,2,544,3,231947,0,1),
	E(215387,94115,404,0,65535,0,1,26,4,699,4,220843,0,1),
	E(89684,94135,404,0,1,0,1,9,2,17,0,0,0,1),
	E(95552,94157,404,0,65535,0,1,1277,0,0,0,0,0,1),
	E(94717,94749,404,0,1,0,1,28,0,0,0,0,0,1),
	E(206043,94770,404,1,1,0,1,14,0,0,1,211065,1,1),
	E(11678,94790,404,1,1,0,1,9,3,1278,0,0,0,1),
	/* ImagingStudy.series */
	E(61778,94177,405,0,1,0,1,26,1,463,4,197008,0,1),
	E(108590,94206,405,0,1,0,1,8,0,0,0,0,0,1),
	E(54738,94238,405,0,65535,0,1,9,1,78,0,0,0,1),
	E(166995,94267,405,0,65535,0,1,1281,0,0,0,0,0,0),
	E(14126,94438,405,0,1,0,1,1,0,0,4,191750,0,1),
	E(62191,94469,405,1,1,0,1,1,0,0,2,191832,0,1),
	E(93466,94498,405,0,1,0,1,312,0,0,0,0,0,1),
	E(94545,94525,405,0,1,0,1,312,0,0,0,0,0,1),
	E(123210,94563,405,0,65535,0,1,1282,0,0,0,0,0,1),
	E(124031,94668,405,0,65535,0,1,9,1,870,0,0,0,1),
	E(94717,94697,405,0,1,0,1,28,0,0,0,0,0,1),
	E(93567,94725,405,1,1,0,1,928,0,0,0,0,0,1),
	/* ImagingStudy.series.instance */
	E(93466,94296,406,0,1,0,1,312,0,0,0,0,0,0),
	E(93499,94332,406,1,1,0,1,72,0,0,2,191660,0,0),
	E(166675,94370,406,0,1,0,1,8,0,0,0,0,0,0),
	E(93567,94405,406,1,1,0,1,928,0,0,0,0,0,0),
	/* ImagingStudy.series.performer */
	E(155580,94593,407,1,1,0,1,9,8,1283,0,0,0,1),
	E(215214,94629,407,0,1,0,1,1,0,0,2,225280,0,1),
	/* Immunization */
	E(94824,94811,408,0,1,0,1,26,1,46,0,0,0,0),
	E(145261,94844,408,0,65535,0,1,9,4,1291,0,0,0,1),
	E(94878,94865,408,0,1,0,1,51,0,0,0,0,0,0),
	E(217400,94891,408,0,1,0,1,9,1,103,0,0,0,0),
	E(54754,94914,408,0,1,0,1,34,0,0,0,0,0,0),
	E(94955,94942,408,0,1,0,1,1,0,0,4,211374,0,0),
	E(165730,94969,408,0,65535,0,1,7,0,0,0,0,0,0),
	E(60676,94993,408,0,1,0,1,26,5,851,4,211431,0,0),
	E(95037,95024,408,0,1,0,1,23,0,0,0,0,1,1),
	E(197233,95049,408,0,1,0,1,9,1,19,0,0,0,0),
	E(54825,95071,408,0,1,0,1,8,0,0,0,0,0,0),
	E(54865,95094,408,0,1,0,1,26,1,10,0,0,0,0),
	E(74012,95120,408,0,65535,0,1,105,0,0,0,0,0,1),
	E(234163,95138,408,1,1,1,2,1295,0,0,0,0,0,1),
	E(145432,95165,408,1,1,0,1,9,1,15,0,0,0,1),
	E(123210,95186,408,0,65535,0,1,1297,0,0,0,0,0,1),
	E(95283,95270,408,0,1,0,1,23,0,0,0,0,0,1),
	E(95310,95297,408,0,65535,0,1,1298,0,0,0,0,0,0),
	E(95428,95415,408,0,65535,0,1,1299,0,0,0,0,0,0),
	E(6468,95643,408,0,65535,0,1,1300,0,0,0,0,0,0),
	E(215387,95759,408,0,65535,0,1,26,3,699,4,211542,0,0),
	E(207631,95779,408,0,1,0,1,1,0,0,4,211791,0,0),
	E(211881,95798,408,0,1,0,1,1,0,0,4,211839,0,0),
	E(206043,95816,408,1,1,0,1,14,0,0,1,211942,1,1),
	E(126126,95836,408,0,1,0,1,1,0,0,4,211886,0,0),
	E(95875,95862,408,0,65535,0,1,1,0,0,4,211997,0,0),
	E(4692,95891,408,0,65535,0,1,9,1,215,0,0,0,0),
	E(97433,95926,408,1,1,0,1,1,0,0,4,230506,0,1),
	/* Immunization.performer */
	E(155580,95209,409,1,1,0,1,9,5,465,0,0,0,1),
	E(215214,95238,409,0,1,0,1,1,0,0,2,211323,0,1),
	/* Immunization.programEligibility */
	E(212171,95329,410,1,1,0,1,1,0,0,4,212113,0,0),
	E(95401,95369,410,1,1,0,1,1,0,0,4,211480,0,0),
	/* Immunization.protocolApplied */
	E(227478,95444,411,0,1,0,1,9,1,10,0,0,0,0),
	E(95512,95483,411,1,1,0,1,8,0,0,0,0,0,0),
	E(95552,95523,411,0,1,0,1,8,0,0,0,0,0,0),
	E(95588,95559,411,0,1,0,1,8,0,0,0,0,0,0),
	E(95629,95600,411,0,65535,0,1,1,0,0,4,212056,0,0),
	/* Immunization.reaction */
	E(165431,95665,412,0,1,0,1,28,0,0,0,0,0,0),
	E(6587,95692,412,0,1,0,1,26,1,117,0,0,0,0),
	E(95750,95728,412,0,1,0,1,23,0,0,0,0,0,0),
	/* ImmunizationEvaluation */
	E(227478,95974,413,0,1,0,1,9,1,10,0,0,0,0),
	E(165431,96007,413,0,1,0,1,28,0,0,0,0,0,0),
	E(108590,96035,413,0,1,0,1,4,0,0,0,0,0,0),
	E(95512,96070,413,0,1,0,1,8,0,0,0,0,0,0),
	E(96127,96104,413,1,1,0,1,1,0,0,4,211120,0,1),
	E(96161,96138,413,0,65535,0,1,1,0,0,4,211185,0,0),
	E(165730,96178,413,0,65535,0,1,7,0,0,0,0,0,0),
	E(96235,96212,413,1,1,0,1,9,1,130,0,0,0,1),
	E(145432,96253,413,1,1,0,1,9,1,15,0,0,0,1),
	E(95552,96284,413,0,1,0,1,8,0,0,0,0,0,0),
	E(95588,96314,413,0,1,0,1,8,0,0,0,0,0,0),
	E(206043,96349,413,1,1,0,1,14,0,0,1,211257,1,1),
	E(95629,96379,413,1,1,0,1,1,0,0,4,212056,0,1),
	/* ImmunizationRecommendation */
	E(227478,96443,414,0,1,0,1,9,1,10,0,0,0,0),
	E(165431,96480,414,1,1,0,1,28,0,0,0,0,0,1),
	E(165730,96512,414,0,65535,0,1,7,0,0,0,0,0,1),
	E(145432,96550,414,1,1,0,1,9,1,15,0,0,0,1),
	E(96612,96585,414,1,65535,0,1,1301,0,0,0,0,0,1),
	/* ImmunizationRecommendation.recommendation */
	E(96669,96627,415,0,65535,0,1,1,0,0,4,230506,0,1),
	E(96738,96696,415,0,65535,0,1,1302,0,0,0,0,0,0),
	E(108590,96875,415,0,1,0,1,4,0,0,0,0,0,0),
	E(95512,96929,415,0,1,0,1,8,0,0,0,0,0,1),
	E(97024,96982,415,0,65535,0,1,1,0,0,4,211663,0,1),
	E(97081,97039,415,1,1,0,1,1,0,0,4,211727,1,1),
	E(95552,97096,415,0,1,0,1,8,0,0,0,0,0,0),
	E(95588,97145,415,0,1,0,1,8,0,0,0,0,0,0),
	E(97241,97199,415,0,65535,0,1,9,2,1303,0,0,0,0),
	E(97306,97264,415,0,65535,0,1,9,1,215,0,0,0,0),
	E(95629,97335,415,0,65535,0,1,1,0,0,4,212056,0,1),
	E(97433,97391,415,0,65535,0,1,1,0,0,4,230506,0,1),
	/* ImmunizationRecommendation.recommendation.dateCriterion */
	E(209238,96752,416,1,1,0,1,1,0,0,4,211591,0,0),
	E(234033,96813,416,1,1,0,1,28,0,0,0,0,0,0),
	/* ImplementationGuide */
	E(165344,97465,417,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,97493,417,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,97523,417,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,97558,417,0,1,0,1,28,0,0,0,0,0,1),
	E(54685,97583,417,0,1,0,1,1305,0,0,0,0,0,0),
	E(98724,98704,417,0,65535,0,1,1306,0,0,0,0,0,1),
	E(108590,98883,417,0,1,0,1,4,0,0,0,0,0,0),
	E(165699,98915,417,0,1,0,1,23,0,0,0,0,0,1),
	E(98270,98948,417,1,65535,0,1,14,0,0,1,191996,0,1),
	E(99000,98980,417,0,65535,0,1,1307,0,0,0,0,0,1),
	E(165730,99074,417,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,99105,417,0,65535,0,1,1,0,0,2,213159,0,1),
	E(99158,99138,417,0,1,0,1,14,0,0,1,225926,0,1),
	E(99186,99166,417,0,1,0,1,1308,0,0,0,0,0,0),
	E(165823,99689,417,1,1,0,1,8,0,0,0,0,0,1),
	E(99734,99714,417,1,1,0,1,928,0,0,0,0,0,1),
	E(166018,99744,417,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,99774,417,0,1,0,1,4,0,0,0,0,0,0),
	E(206043,99802,417,1,1,0,1,14,0,0,1,221397,1,1),
	E(166675,99829,417,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,99855,417,1,1,0,1,69,0,0,0,0,0,1),
	E(166721,99879,417,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,99910,417,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,99938,417,0,1,1,2,71,0,0,2,231347,0,1),
	/* ImplementationGuide.definition */
	E(97645,97614,418,0,65535,0,1,1309,0,0,0,0,0,0),
	E(97911,97751,418,0,1,0,1,1310,0,0,0,0,0,0),
	E(157139,98004,418,0,65535,0,1,1311,0,0,0,0,0,0),
	E(139824,98138,418,0,65535,0,1,1312,0,0,0,0,0,0),
	E(98557,98526,418,0,65535,0,1,1313,0,0,0,0,0,0),
	/* ImplementationGuide.definition.grouping */
	E(108590,97654,419,0,1,0,1,4,0,0,0,0,0,0),
	E(165823,97706,419,1,1,0,1,8,0,0,0,0,0,0),
	/* ImplementationGuide.definition.page */
	E(97823,97787,420,1,1,0,1,14,0,0,1,210230,0,0),
	E(165823,97834,420,1,1,0,1,88,0,0,0,0,0,0),
	E(97911,97875,420,0,65535,0,1,1310,0,0,0,0,0,0),
	E(211424,97916,420,0,1,1,3,1314,0,0,0,0,0,0),
	E(166675,97962,420,1,1,0,1,8,0,0,0,0,0,0),
	/* ImplementationGuide.definition.parameter */
	E(209238,98045,421,1,1,0,1,72,0,0,2,210287,0,0),
	E(234033,98091,421,1,1,0,1,8,0,0,0,0,0,0),
	/* ImplementationGuide.definition.resource */
	E(108590,98178,422,0,1,0,1,4,0,0,0,0,0,0),
	E(98270,98230,422,0,65535,0,1,14,0,0,1,191996,0,0),
	E(98322,98282,422,0,1,0,1,928,0,0,0,0,0,0),
	E(98373,98333,422,0,1,0,1,23,0,0,0,0,0,0),
	E(165823,98383,422,0,1,0,1,8,0,0,0,0,0,0),
	E(122261,98428,422,0,65535,0,1,40,1,50,0,0,0,0),
	E(44772,98476,422,1,1,0,1,9,1,215,0,0,0,0),
	/* ImplementationGuide.definition.template */
	E(209238,98566,423,1,1,0,1,14,0,0,0,0,0,0),
	E(202701,98611,423,0,1,0,1,8,0,0,0,0,0,0),
	E(211424,98657,423,1,1,0,1,8,0,0,0,0,0,0),
	/* ImplementationGuide.dependsOn */
	E(99734,98734,424,0,1,0,1,928,0,0,0,0,0,1),
	E(215387,98774,424,0,1,0,1,4,0,0,0,0,0,0),
	E(40716,98811,424,1,1,0,1,40,1,318,0,0,0,1),
	E(166750,98845,424,0,1,0,1,8,0,0,0,0,0,1),
	/* ImplementationGuide.global */
	E(122261,99007,425,1,1,0,1,40,1,50,0,0,0,1),
	E(207726,99042,425,1,1,0,1,14,0,0,1,224405,0,1),
	/* ImplementationGuide.manifest */
	E(13531,99195,426,0,65535,0,1,8,0,0,0,0,0,0),
	E(137385,99230,426,0,65535,0,1,8,0,0,0,0,0,0),
	E(97911,99265,426,0,65535,0,1,1317,0,0,0,0,0,0),
	E(99448,99419,426,0,1,0,1,88,0,0,0,0,0,1),
	E(139824,99458,426,1,65535,0,1,1318,0,0,0,0,0,1),
	/* ImplementationGuide.manifest.page */
	E(99333,99299,427,0,65535,0,1,8,0,0,0,0,0,0),
	E(165823,99340,427,1,1,0,1,8,0,0,0,0,0,0),
	E(166675,99379,427,0,1,0,1,8,0,0,0,0,0,0),
	/* ImplementationGuide.manifest.resource */
	E(98373,99496,428,0,1,0,1,23,0,0,0,0,0,0),
	E(122261,99544,428,0,65535,0,1,40,1,50,0,0,0,0),
	E(44772,99590,428,1,1,0,1,9,1,215,0,0,0,1),
	E(99676,99638,428,0,1,0,1,88,0,0,0,0,0,0),
	/* Ingredient */
	E(57273,99978,429,0,1,0,1,23,0,0,0,0,0,1),
	E(61173,100009,429,0,1,0,1,4,0,0,0,0,0,0),
	E(176525,100028,429,0,65535,0,1,9,3,1319,0,0,0,1),
	E(215214,100043,429,0,65535,0,1,1,0,0,4,212179,0,1),
	E(107114,100063,429,0,1,0,1,1,0,0,0,0,0,1),
	E(165730,100080,429,0,1,0,1,7,0,0,0,0,0,1),
	E(54865,100102,429,0,65535,0,1,1322,0,0,0,0,0,1),
	E(230698,100192,429,1,1,0,1,1,0,0,4,212292,0,1),
	E(206043,100208,429,1,1,0,1,14,0,0,1,221397,1,1),
	E(100794,100226,429,1,1,0,1,1323,0,0,0,0,0,1),
	/* Ingredient.manufacturer */
	E(54865,100126,430,1,1,0,1,9,1,10,0,0,0,1),
	E(230698,100163,430,0,1,0,1,14,0,0,1,212228,0,1),
	/* Ingredient.substance */
	E(209238,100247,431,1,1,0,1,26,1,49,4,227300,0,1),
	E(100294,100273,431,0,65535,0,1,1324,0,0,0,0,0,1),
	/* Ingredient.substance.strength */
	E(222558,100303,432,0,1,0,1,1,0,0,0,0,0,1),
	E(191547,100339,432,0,1,1,4,1325,0,0,0,0,0,1),
	E(120013,100386,432,0,65535,0,1,1,0,0,4,203432,0,1),
	E(100669,100424,432,0,1,0,1,8,0,0,0,0,0,1),
	E(230403,100471,432,0,1,1,4,1325,0,0,0,0,0,1),
	E(100547,100517,432,0,65535,0,1,1329,0,0,0,0,0,1),
	E(100834,100804,432,0,1,0,1,8,0,0,0,0,0,1),
	E(100882,100852,432,0,1,0,1,8,0,0,0,0,0,1),
	/* Ingredient.substance.strength.referenceStrength */
	E(120013,100565,433,0,65535,0,1,1,0,0,4,203432,0,1),
	E(100669,100621,433,0,1,0,1,8,0,0,0,0,0,1),
	E(100294,100686,433,1,1,1,3,1330,0,0,0,0,0,1),
	E(100794,100746,433,1,1,0,1,26,1,49,4,227300,0,1),
	/* InsurancePlan */
	E(100927,100913,434,0,1,0,1,9,1,10,0,0,0,1),
	E(163739,100942,434,0,65535,0,1,8,0,0,0,0,0,0),
	E(165344,100962,434,0,65535,0,1,981,0,0,0,0,0,0),
	E(31902,100984,434,0,65535,0,1,1333,0,0,0,0,0,0),
	E(92177,101298,434,0,65535,0,1,9,1,19,0,0,0,1),
	E(54738,101325,434,0,65535,0,1,9,1,78,0,0,0,0),
	E(165730,101348,434,0,65535,0,1,7,0,0,0,0,0,1),
	E(165823,101373,434,0,1,0,1,8,0,0,0,0,0,1),
	E(196298,101392,434,0,65535,0,1,9,1,10,0,0,0,0),
	E(101428,101414,434,0,1,0,1,9,1,10,0,0,0,1),
	E(139796,101436,434,0,1,0,1,13,0,0,0,0,0,0),
	E(101471,101457,434,0,65535,0,1,1334,0,0,0,0,0,0),
	E(206043,102191,434,0,1,0,1,14,0,0,1,221397,1,1),
	E(207726,102212,434,0,65535,0,1,1,0,0,4,212400,0,1),
	/* InsurancePlan.coverage */
	E(101030,101007,435,1,65535,0,1,1335,0,0,0,0,0,0),
	E(196298,101239,435,0,65535,0,1,9,1,10,0,0,0,0),
	E(207726,101270,435,1,1,0,1,1,0,0,0,0,0,0),
	/* InsurancePlan.coverage.benefit */
	E(139957,101038,436,0,65535,0,1,1336,0,0,0,0,0,0),
	E(160502,101160,436,0,1,0,1,8,0,0,0,0,0,0),
	E(207726,101203,436,1,1,0,1,1,0,0,0,0,0,0),
	/* InsurancePlan.coverage.benefit.limit */
	E(209238,101075,437,0,1,0,1,1,0,0,0,0,0,0),
	E(234033,101117,437,0,1,0,1,51,0,0,0,0,0,0),
	/* InsurancePlan.plan */
	E(92177,101476,438,0,65535,0,1,9,1,19,0,0,0,1),
	E(101527,101508,438,0,65535,0,1,1337,0,0,0,0,0,0),
	E(165730,101691,438,0,65535,0,1,7,0,0,0,0,0,1),
	E(196298,101721,438,0,65535,0,1,9,1,10,0,0,0,0),
	E(101767,101748,438,0,65535,0,1,1338,0,0,0,0,0,0),
	E(207726,102167,438,0,1,0,1,1,0,0,0,0,0,0),
	/* InsurancePlan.plan.generalCost */
	E(61173,101539,439,0,1,0,1,8,0,0,0,0,0,0),
	E(113214,101578,439,0,1,0,1,22,0,0,0,0,0,0),
	E(101645,101614,439,0,1,0,1,25,0,0,0,0,0,0),
	E(207726,101655,439,0,1,0,1,1,0,0,0,0,0,0),
	/* InsurancePlan.plan.specificCost */
	E(101030,101780,440,0,65535,0,1,1339,0,0,0,0,0,0),
	E(204553,102126,440,1,1,0,1,1,0,0,0,0,0,0),
	/* InsurancePlan.plan.specificCost.benefit */
	E(113214,101820,441,0,65535,0,1,1340,0,0,0,0,0,0),
	E(207726,102081,441,1,1,0,1,1,0,0,0,0,0,0),
	/* InsurancePlan.plan.specificCost.benefit.cost */
	E(35024,101865,442,0,1,0,1,1,0,0,1,212337,0,0),
	E(101969,101924,442,0,65535,0,1,1,0,0,0,0,0,0),
	E(207726,101980,442,1,1,0,1,1,0,0,0,0,0,0),
	E(234033,102030,442,0,1,0,1,51,0,0,0,0,0,0),
	/* InventoryItem */
	E(102259,102245,443,0,65535,0,1,1341,0,0,0,0,0,0),
	E(102400,102386,443,0,1,0,1,1,0,0,0,0,0,1),
	E(204553,102409,443,0,65535,0,1,1,0,0,0,0,0,1),
	E(216195,102432,443,0,65535,0,1,1342,0,0,0,0,0,0),
	E(209238,102547,443,0,65535,0,1,1,0,0,0,0,0,1),
	E(108590,102566,443,0,1,0,1,1343,0,0,0,0,0,0),
	E(165730,102665,443,0,65535,0,1,7,0,0,0,0,0,1),
	E(166995,102690,443,0,1,0,1,1344,0,0,0,0,0,0),
	E(102887,102873,443,0,65535,0,1,1,0,0,0,0,0,1),
	E(165823,102903,443,0,65535,0,1,1345,0,0,0,0,0,1),
	E(103016,103002,443,0,1,0,1,51,0,0,0,0,0,1),
	E(103041,103027,443,0,1,0,1,9,4,1346,0,0,0,0),
	E(103072,103058,443,0,65535,0,1,1350,0,0,0,0,0,0),
	E(206043,103190,443,1,1,0,1,14,0,0,1,212793,0,1),
	/* InventoryItem.association */
	E(102297,102271,444,1,1,0,1,1,0,0,0,0,0,1),
	E(70641,102313,444,1,1,0,1,99,0,0,0,0,0,1),
	E(102374,102348,444,1,1,0,1,9,7,1351,0,0,0,1),
	/* InventoryItem.characteristic */
	E(102490,102461,445,1,1,0,1,1,0,0,0,0,0,0),
	E(234033,102509,445,1,1,1,13,1358,0,0,0,0,0,0),
	/* InventoryItem.description */
	E(108590,102592,446,0,1,0,1,8,0,0,0,0,0,0),
	E(208810,102630,446,0,1,0,1,14,0,0,1,213240,0,0),
	/* InventoryItem.instance */
	E(166872,102713,447,0,1,0,1,28,0,0,0,0,0,0),
	E(165730,102743,447,0,65535,0,1,7,0,0,0,0,0,0),
	E(197233,102777,447,0,1,0,1,9,1,19,0,0,0,0),
	E(54825,102809,447,0,1,0,1,8,0,0,0,0,0,0),
	E(11678,102842,447,0,1,0,1,9,2,292,0,0,0,0),
	/* InventoryItem.name */
	E(208810,102922,448,1,1,0,1,14,0,0,1,213240,0,1),
	E(165823,102950,448,1,1,0,1,8,0,0,0,0,0,1),
	E(102993,102974,448,1,1,0,1,72,0,0,3,212741,0,1),
	/* InventoryItem.responsibleOrganization */
	E(144133,103096,449,1,1,0,1,9,1,10,0,0,0,0),
	E(230698,103147,449,1,1,0,1,1,0,0,0,0,0,0),
	/* InventoryReport */
	E(103243,103227,450,1,1,0,1,14,0,0,1,212849,1,1),
	E(165730,103253,450,0,65535,0,1,7,0,0,0,0,0,1),
	E(103296,103280,450,0,65535,0,1,1371,0,0,0,0,0,1),
	E(74012,103624,450,0,65535,0,1,105,0,0,0,0,0,0),
	E(103661,103645,450,0,1,0,1,1,0,0,0,0,0,1),
	E(103691,103675,450,0,1,0,1,1,0,0,0,0,0,1),
	E(103727,103711,450,1,1,0,1,28,0,0,0,0,0,1),
	E(137744,103744,450,0,1,0,1,9,4,1372,0,0,0,0),
	E(103785,103769,450,0,1,0,1,13,0,0,0,0,0,0),
	E(206043,103801,450,1,1,0,1,14,0,0,1,212910,1,1),
	/* InventoryReport.inventoryListing */
	E(103346,103313,451,0,1,0,1,28,0,0,0,0,0,0),
	E(228416,103363,451,0,65535,0,1,1376,0,0,0,0,0,1),
	E(103571,103538,451,0,1,0,1,1,0,0,0,0,0,1),
	E(197233,103582,451,0,1,0,1,9,1,19,0,0,0,0),
	/* InventoryReport.inventoryListing.item */
	E(204553,103401,452,0,1,0,1,1,0,0,0,0,0,1),
	E(228416,103448,452,1,1,0,1,26,5,1377,0,0,0,1),
	E(70641,103491,452,1,1,0,1,51,0,0,0,0,0,1),
	/* Invoice */
	E(103840,103832,453,0,1,0,1,9,1,33,0,0,0,0),
	E(103856,103848,453,0,1,0,1,8,0,0,0,0,0,0),
	E(103880,103872,453,0,1,0,1,28,0,0,0,0,0,1),
	E(165431,103889,453,0,1,0,1,28,0,0,0,0,0,0),
	E(165730,103902,453,0,65535,0,1,7,0,0,0,0,0,1),
	E(103929,103921,453,0,1,0,1,9,1,10,0,0,0,0),
	E(103944,103936,453,0,65535,0,1,1382,0,0,0,0,0,0),
	E(74012,104071,453,0,65535,0,1,105,0,0,0,0,0,0),
	E(104092,104084,453,0,65535,0,1,1383,0,0,0,0,0,0),
	E(104163,104155,453,0,1,0,1,4,0,0,0,0,0,0),
	E(139796,104176,453,0,1,1,2,461,0,0,0,0,0,1),
	E(104202,104194,453,0,1,0,1,9,3,467,0,0,0,1),
	E(206043,104212,453,1,1,0,1,14,0,0,1,212968,1,1),
	E(11678,104227,453,0,1,0,1,9,2,119,0,0,0,1),
	E(104251,104243,453,0,1,0,1,22,0,0,0,0,0,1),
	E(104270,104262,453,0,1,0,1,22,0,0,0,0,0,1),
	E(104287,104279,453,0,65535,0,1,393,0,0,0,0,0,0),
	E(207726,104307,453,0,1,0,1,1,0,0,0,0,0,1),
	/* Invoice.lineItem */
	E(55877,103953,454,1,1,1,2,44,1,378,0,0,0,0),
	E(104001,103984,454,0,65535,0,1,393,0,0,0,0,0,0),
	E(31965,104016,454,0,1,0,1,25,0,0,0,0,0,0),
	E(234218,104042,454,0,1,1,2,461,0,0,0,0,0,0),
	/* Invoice.participant */
	E(155580,104104,455,1,1,0,1,9,6,1384,0,0,0,0),
	E(230698,104130,455,0,1,0,1,1,0,0,0,0,0,0),
	/* Library */
	E(165029,104328,456,0,1,0,1,34,0,0,0,0,0,0),
	E(11623,104349,456,0,65535,0,1,37,0,0,0,0,0,0),
	E(165344,104364,456,0,65535,0,1,37,0,0,0,0,0,1),
	E(180011,104380,456,0,65535,0,1,96,0,0,0,0,0,1),
	E(165370,104396,456,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,104414,456,0,1,0,1,8,0,0,0,0,0,0),
	E(91519,104437,456,0,65535,0,1,974,0,0,0,0,0,0),
	E(165431,104461,456,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,104474,456,0,1,0,1,4,0,0,0,0,0,1),
	E(69357,104494,456,0,65535,0,1,37,0,0,0,0,0,0),
	E(165514,104509,456,0,1,0,1,13,0,0,0,0,0,1),
	E(69373,104533,456,0,65535,0,1,37,0,0,0,0,0,0),
	E(165699,104550,456,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,104571,456,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,104590,456,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165790,104611,456,0,1,0,1,34,0,0,0,0,0,0),
	E(165823,104634,456,0,1,0,1,8,0,0,0,0,0,1),
	E(157139,104647,456,0,65535,0,1,976,0,0,0,0,0,0),
	E(166018,104665,456,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,104683,456,0,1,0,1,4,0,0,0,0,0,0),
	E(69521,104699,456,0,65535,0,1,52,0,0,0,0,0,0),
	E(69546,104723,456,0,65535,0,1,37,0,0,0,0,0,0),
	E(206043,104740,456,1,1,0,1,14,0,0,1,221397,1,1),
	E(11678,104755,456,0,1,1,2,54,1,57,2,219571,0,0),
	E(108467,104774,456,0,1,0,1,8,0,0,0,0,0,0),
	E(166675,104791,456,0,1,0,1,8,0,0,0,0,0,1),
	E(199858,104805,456,0,65535,0,1,1,0,0,4,204056,0,0),
	E(207726,104819,456,1,1,0,1,1,0,0,2,213337,0,1),
	E(166699,104832,456,0,1,0,1,69,0,0,0,0,0,1),
	E(214501,104844,456,0,1,0,1,4,0,0,0,0,0,0),
	E(166721,104858,456,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,104877,456,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,104893,456,0,1,1,2,71,0,0,2,231347,0,1),
	/* Linkage */
	E(91939,104921,457,0,1,0,1,23,0,0,0,0,0,1),
	E(11623,104936,457,0,1,0,1,9,3,141,0,0,0,1),
	E(228416,104951,457,1,65535,0,1,1390,0,0,0,0,0,1),
	/* Linkage.item */
	E(139824,104964,458,1,1,0,1,9,1,215,0,0,0,1),
	E(207726,104986,458,1,1,0,1,14,0,0,1,213424,0,1),
	/* List */
	E(209238,105009,459,0,1,0,1,1,0,0,4,213519,0,1),
	E(165431,105019,459,0,1,0,1,28,0,0,0,0,0,1),
	E(40222,105029,459,0,1,0,1,1,0,0,3,213472,0,0),
	E(217400,105046,459,0,1,0,1,9,1,103,0,0,0,0),
	E(14331,105061,459,0,65535,0,1,1391,0,0,0,0,0,0),
	E(165730,105139,459,0,65535,0,1,7,0,0,0,0,0,0),
	E(225418,105155,459,1,1,0,1,14,0,0,1,213611,1,1),
	E(74012,105165,459,0,65535,0,1,105,0,0,0,0,0,0),
	E(40306,105175,459,0,1,0,1,1,0,0,3,213656,0,0),
	E(211424,105190,459,0,1,0,1,9,7,1392,0,0,0,1),
	E(206043,105202,459,1,1,0,1,14,0,0,1,213696,1,1),
	E(11678,105214,459,0,65535,0,1,9,1,215,0,0,0,1),
	E(166675,105227,459,0,1,0,1,8,0,0,0,0,0,1),
	/* List.entry */
	E(165431,105072,460,0,1,0,1,28,0,0,0,0,0,0),
	E(105099,105088,460,0,1,0,1,23,0,0,0,0,1,0),
	E(213606,105107,460,0,1,0,1,1,0,0,4,213567,0,0),
	E(228416,105123,460,1,1,0,1,9,1,215,0,0,0,0),
	/* Location */
	E(87056,105238,461,0,1,0,1,447,0,0,0,0,0,0),
	E(163739,105255,461,0,65535,0,1,8,0,0,0,0,0,0),
	E(216195,105270,461,0,65535,0,1,1,0,0,4,213743,0,0),
	E(165344,105294,461,0,65535,0,1,981,0,0,0,0,0,0),
	E(108590,105311,461,0,1,0,1,4,0,0,0,0,0,1),
	E(54738,105332,461,0,65535,0,1,9,1,78,0,0,0,0),
	E(227384,105350,461,0,1,0,1,1,0,0,4,213796,0,1),
	E(105373,105364,461,0,65535,0,1,980,0,0,0,0,0,0),
	E(165730,105390,461,0,65535,0,1,7,0,0,0,0,0,1),
	E(67888,105410,461,0,1,0,1,9,1,10,0,0,0,1),
	E(225418,105440,461,0,1,0,1,14,0,0,1,213839,0,1),
	E(165823,105454,461,0,1,0,1,8,0,0,0,0,0,1),
	E(59628,105468,461,0,1,0,1,72,0,0,3,232678,0,1),
	E(125911,105495,461,0,1,0,1,9,1,19,0,0,0,0),
	E(197124,105511,461,0,1,0,1,1399,0,0,0,0,0,0),
	E(206043,105611,461,0,1,0,1,14,0,0,1,213888,1,1),
	E(207726,105627,461,0,65535,0,1,1,0,0,2,233805,0,1),
	E(105650,105641,461,0,65535,0,1,216,0,0,0,0,0,0),
	/* Location.position */
	E(105547,105529,462,0,1,0,1,250,0,0,0,0,0,0),
	E(105574,105556,462,1,1,0,1,250,0,0,0,0,0,0),
	E(105601,105583,462,1,1,0,1,250,0,0,0,0,0,0),
	/* ManufacturedItemDefinition */
	E(109495,105692,463,0,65535,0,1,1400,0,0,0,0,0,1),
	E(165730,106238,463,0,65535,0,1,7,0,0,0,0,0,1),
	E(166910,106276,463,0,65535,0,1,1,0,0,4,227300,0,1),
	E(106341,106314,463,1,1,0,1,1,0,0,4,213993,0,1),
	E(54865,106362,463,0,65535,0,1,9,1,10,0,0,0,1),
	E(106429,106402,463,0,65535,0,1,1401,0,0,0,0,0,1),
	E(165823,106445,463,0,1,0,1,8,0,0,0,0,0,1),
	E(215090,106477,463,0,65535,0,1,1402,0,0,0,0,0,1),
	E(206043,106599,463,1,1,0,1,14,0,0,1,221397,1,1),
	E(106660,106633,463,0,1,0,1,1,0,0,4,230366,0,1),
	/* ManufacturedItemDefinition.component */
	E(137556,105729,464,0,65535,0,1,51,0,0,0,0,0,1),
	E(109495,105773,464,0,65535,0,1,1400,0,0,0,0,0,1),
	E(105857,105820,464,0,65535,0,1,1403,0,0,0,0,0,1),
	E(215214,106104,464,0,65535,0,1,1,0,0,0,0,0,1),
	E(215090,106150,464,0,65535,0,1,1402,0,0,0,0,0,1),
	E(207726,106196,464,1,1,0,1,1,0,0,0,0,0,1),
	/* ManufacturedItemDefinition.component.constituent */
	E(137556,105869,465,0,65535,0,1,51,0,0,0,0,0,1),
	E(215214,105925,465,0,65535,0,1,1,0,0,0,0,0,1),
	E(106032,105983,465,0,65535,0,1,26,1,47,0,0,0,1),
	E(197233,106046,465,0,65535,0,1,1,0,0,0,0,0,1),
	/* ManufacturedItemDefinition.property */
	E(207726,106513,466,1,1,0,1,1,0,0,4,220981,0,1),
	E(234033,106554,466,0,1,1,7,91,1,98,0,0,0,1),
	/* MarketingStatus */
	E(120013,106695,467,0,1,0,1,1,0,0,0,0,0,1),
	E(106735,106719,467,0,1,0,1,13,0,0,0,0,0,1),
	E(165759,106745,467,0,1,0,1,1,0,0,0,0,0,1),
	E(106790,106774,467,0,1,0,1,28,0,0,0,0,0,1),
	E(206043,106802,467,1,1,0,1,1,0,0,0,0,0,1),
	/* Measure */
	E(165029,106825,468,0,1,0,1,34,0,0,0,0,0,0),
	E(11623,106846,468,0,65535,0,1,37,0,0,0,0,0,0),
	E(222558,106861,468,0,1,0,1,14,0,0,1,208917,0,1),
	E(106883,106875,468,0,1,0,1,4,0,0,0,0,0,1),
	E(106923,106915,468,0,1,0,1,1,0,0,2,199916,0,1),
	E(165344,106940,468,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,106956,468,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,106974,468,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,106997,468,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,153390,468,0,1,0,1,4,0,0,0,0,0,1),
	E(107018,107010,468,0,1,0,1,4,0,0,0,0,0,1),
	E(69357,107029,468,0,65535,0,1,37,0,0,0,0,0,0),
	E(165514,107044,468,0,1,0,1,13,0,0,0,0,0,1),
	E(69373,107068,468,0,65535,0,1,37,0,0,0,0,0,0),
	E(165699,107085,468,0,1,0,1,23,0,0,0,0,0,1),
	E(107114,107106,468,0,65535,0,1,1404,0,0,0,0,0,0),
	E(108133,108125,468,0,1,0,1,4,0,0,0,0,0,1),
	E(165730,108142,468,0,65535,0,1,7,0,0,0,0,0,1),
	E(108169,108161,468,0,1,0,1,1,0,0,1,214614,0,1),
	E(165759,108189,468,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165790,108210,468,0,1,0,1,34,0,0,0,0,0,0),
	E(108241,108233,468,0,65535,0,1,40,1,41,0,0,0,0),
	E(165823,153431,468,0,1,0,1,8,0,0,0,0,0,1),
	E(166018,108249,468,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,108267,468,0,1,0,1,4,0,0,0,0,0,0),
	E(108291,108283,468,0,1,0,1,4,0,0,0,0,0,1),
	E(108315,108307,468,0,1,0,1,4,0,0,0,0,0,1),
	E(69521,108325,468,0,65535,0,1,52,0,0,0,0,0,0),
	E(69546,108349,468,0,65535,0,1,37,0,0,0,0,0,0),
	E(108374,108366,468,0,1,0,1,4,0,0,0,0,0,1),
	E(199963,108389,468,0,1,0,1,1,0,0,2,232313,0,1),
	E(108413,108405,468,0,1,0,1,1,0,0,4,214838,0,1),
	E(206043,108425,468,1,1,0,1,14,0,0,1,221397,1,1),
	E(11678,108440,468,0,1,1,2,54,1,57,2,219571,0,0),
	E(108467,108459,468,0,1,0,1,8,0,0,0,0,0,0),
	E(108484,108476,468,0,65535,0,1,1405,0,0,0,0,0,0),
	E(192136,108665,468,0,65535,0,1,1406,0,0,0,0,0,0),
	E(166675,108720,468,0,1,0,1,8,0,0,0,0,0,1),
	E(199858,108734,468,0,65535,0,1,1,0,0,4,204056,0,0),
	E(207726,153504,468,0,65535,0,1,1,0,0,2,215007,0,1),
	E(166699,108748,468,0,1,0,1,69,0,0,0,0,0,1),
	E(214501,108760,468,0,1,0,1,4,0,0,0,0,0,0),
	E(166721,108774,468,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,108793,468,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,108809,468,0,1,1,2,71,0,0,2,231347,0,1),
	/* Measure.group */
	E(222558,107120,469,0,1,0,1,14,0,0,1,208917,0,1),
	E(209238,107140,469,0,1,0,1,1,0,0,4,214563,0,0),
	E(108590,107159,469,0,1,0,1,4,0,0,0,0,0,0),
	E(108169,107185,469,0,1,0,1,1,0,0,1,214614,0,1),
	E(108241,107219,469,0,65535,0,1,40,1,41,0,0,0,0),
	E(108627,107241,469,0,1,0,1,8,0,0,0,0,0,0),
	E(214715,107262,469,0,65535,0,1,1407,0,0,0,0,0,0),
	E(108291,107545,469,0,1,0,1,4,0,0,0,0,0,1),
	E(199963,107575,469,0,1,0,1,1,0,0,2,232313,0,1),
	E(108413,107597,469,0,1,0,1,1,0,0,4,214838,0,1),
	E(107637,107623,469,0,65535,0,1,1408,0,0,0,0,0,0),
	E(11678,108081,469,0,1,1,2,54,1,57,2,219571,0,0),
	E(207726,108106,469,0,65535,0,1,1,0,0,2,215007,0,1),
	/* Measure.group.population */
	E(107312,107287,470,0,1,0,1,1,0,0,2,214405,0,0),
	E(209238,107328,470,0,1,0,1,1,0,0,2,214678,0,0),
	E(222724,107358,470,0,1,0,1,73,0,0,0,0,0,0),
	E(108590,107392,470,0,1,0,1,4,0,0,0,0,0,0),
	E(107454,107429,470,0,1,0,1,9,1,57,0,0,0,0),
	E(107495,107470,470,0,1,0,1,8,0,0,0,0,0,0),
	E(108627,107513,470,0,1,0,1,8,0,0,0,0,0,0),
	/* Measure.group.stratifier */
	E(209238,107648,471,0,1,0,1,1,0,0,4,214888,0,0),
	E(109495,107678,471,0,65535,0,1,1409,0,0,0,0,0,0),
	E(222724,107937,471,0,1,0,1,73,0,0,0,0,0,0),
	E(108590,107971,471,0,1,0,1,4,0,0,0,0,0,0),
	E(107454,108008,471,0,1,0,1,9,1,57,0,0,0,0),
	E(108627,108049,471,0,1,0,1,8,0,0,0,0,0,0),
	/* Measure.group.stratifier.component */
	E(209238,107713,472,0,1,0,1,1,0,0,4,214888,0,0),
	E(222724,107753,472,0,1,0,1,73,0,0,0,0,0,0),
	E(108590,107797,472,0,1,0,1,4,0,0,0,0,0,0),
	E(107454,107844,472,0,1,0,1,9,1,57,0,0,0,0),
	E(108627,107895,472,0,1,0,1,8,0,0,0,0,0,0),
	/* Measure.supplementalData */
	E(209238,108501,473,0,1,0,1,1,0,0,4,214944,0,0),
	E(222724,108531,473,1,1,0,1,73,0,0,0,0,0,0),
	E(108590,108565,473,0,1,0,1,4,0,0,0,0,0,0),
	E(108627,108602,473,0,1,0,1,8,0,0,0,0,0,0),
	E(214501,108634,473,0,65535,0,1,1,0,0,2,214459,0,0),
	/* Measure.term */
	E(209238,108678,474,0,1,0,1,1,0,0,4,214507,0,0),
	E(54685,108696,474,0,1,0,1,4,0,0,0,0,0,0),
	/* MeasureReport */
	E(108865,108851,475,0,1,0,1,14,0,0,1,226644,1,1),
	E(165431,108880,475,0,1,0,1,28,0,0,0,0,0,1),
	E(108913,108899,475,0,65535,0,1,9,1,215,0,0,0,0),
	E(107114,108931,475,0,65535,0,1,1410,0,0,0,0,0,0),
	E(165730,110210,475,0,65535,0,1,7,0,0,0,0,0,1),
	E(108169,110235,475,0,1,0,1,1,0,0,1,214614,1,1),
	E(110283,110269,475,0,1,0,1,9,1,1229,0,0,0,0),
	E(197233,110299,475,0,1,0,1,9,1,19,0,0,0,0),
	E(90077,110322,475,0,1,0,1,40,1,349,0,0,0,1),
	E(139796,110344,475,1,1,0,1,13,0,0,0,0,0,1),
	E(137744,110365,475,0,1,0,1,9,4,1411,0,0,0,1),
	E(110402,110388,475,0,1,0,1,9,1,10,0,0,0,0),
	E(199963,110418,475,0,1,0,1,1,0,0,2,232313,1,1),
	E(206043,110440,475,1,1,0,1,14,0,0,1,214726,1,1),
	E(11678,110461,475,0,1,0,1,9,10,550,0,0,0,1),
	E(108484,110483,475,0,65535,0,1,9,1,215,0,0,0,0),
	E(207726,110514,475,1,1,0,1,14,0,0,1,214783,0,1),
	/* MeasureReport.group */
	E(209238,108951,476,0,1,0,1,1,0,0,4,214563,0,1),
	E(108627,108976,476,0,1,0,1,8,0,0,0,0,0,0),
	E(234087,109003,476,0,1,1,6,1415,0,0,0,0,0,1),
	E(214715,109039,476,0,65535,0,1,1421,0,0,0,0,0,0),
	E(107637,109312,476,0,65535,0,1,1422,0,0,0,0,0,0),
	E(11678,110182,476,0,1,0,1,9,10,550,0,0,0,1),
	/* MeasureReport.group.population */
	E(209238,109070,477,0,1,0,1,1,0,0,2,214678,0,1),
	E(57493,109106,477,0,1,0,1,273,0,0,0,0,0,0),
	E(108627,109143,477,0,1,0,1,8,0,0,0,0,0,0),
	E(109996,109181,477,0,65535,0,1,9,1,1423,0,0,0,0),
	E(110060,109226,477,0,1,0,1,9,1,1424,0,0,0,0),
	E(110125,109272,477,0,1,0,1,9,1,57,0,0,0,0),
	/* MeasureReport.group.stratifier */
	E(209238,109343,478,0,1,0,1,1,0,0,4,214888,0,0),
	E(108627,109379,478,0,1,0,1,8,0,0,0,0,0,0),
	E(109448,109417,478,0,65535,0,1,1425,0,0,0,0,0,0),
	/* MeasureReport.group.stratifier.stratum */
	E(109495,109456,479,0,65535,0,1,1426,0,0,0,0,0,0),
	E(234087,109673,479,0,1,1,6,1415,0,0,0,0,0,0),
	E(214715,109728,479,0,65535,0,1,1427,0,0,0,0,0,0),
	E(234033,110134,479,0,1,1,5,1066,0,0,4,215099,0,0),
	/* MeasureReport.group.stratifier.stratum.component */
	E(209238,109505,480,1,1,0,1,1,0,0,4,214888,0,0),
	E(108627,109559,480,0,1,0,1,8,0,0,0,0,0,0),
	E(234033,109615,480,1,1,1,5,1066,0,0,4,215099,0,0),
	/* MeasureReport.group.stratifier.stratum.population */
	E(209238,109778,481,0,1,0,1,1,0,0,2,214678,0,0),
	E(57493,109833,481,0,1,0,1,273,0,0,0,0,0,0),
	E(108627,109889,481,0,1,0,1,8,0,0,0,0,0,0),
	E(109996,109946,481,0,65535,0,1,9,1,1423,0,0,0,0),
	E(110060,110010,481,0,1,0,1,9,1,1424,0,0,0,0),
	E(110125,110075,481,0,1,0,1,9,1,57,0,0,0,0),
	/* Medication */
	E(110544,110533,482,0,1,0,1,1428,0,0,0,0,0,0),
	E(209238,110609,482,0,1,0,1,1,0,0,4,215394,0,1),
	E(54685,110625,482,0,1,0,1,9,1,1353,0,0,0,0),
	E(113463,110647,482,0,1,0,1,1,0,0,4,215543,0,0),
	E(165730,110667,482,0,65535,0,1,7,0,0,0,0,0,1),
	E(166910,110689,482,0,65535,0,1,1429,0,0,0,0,0,0),
	E(110814,110803,482,0,1,0,1,9,1,10,0,0,0,1),
	E(206043,110843,482,0,1,0,1,14,0,0,1,215840,1,1),
	E(110872,110861,482,0,1,0,1,51,0,0,0,0,0,1),
	/* Medication.batch */
	E(54754,110550,483,0,1,0,1,28,0,0,0,0,0,0),
	E(54825,110582,483,0,1,0,1,8,0,0,0,0,0,0),
	/* Medication.ingredient */
	E(110733,110711,484,0,1,0,1,23,0,0,0,0,0,0),
	E(228416,110742,484,1,1,0,1,26,2,167,4,215394,0,0),
	E(100294,110769,484,0,1,1,3,1430,0,0,3,215594,0,0),
	/* MedicationAdministration */
	E(145261,110909,485,0,65535,0,1,9,1,200,0,0,0,0),
	E(204553,110942,485,0,65535,0,1,1,0,0,4,215223,0,0),
	E(59550,110976,485,0,65535,0,1,26,1,16,0,0,0,0),
	E(114220,111008,485,0,1,0,1,1433,0,0,0,0,0,0),
	E(217400,111268,485,0,1,0,1,9,1,103,0,0,0,0),
	E(58904,111303,485,0,65535,0,1,9,1,680,0,0,0,0),
	E(165730,111341,485,0,65535,0,1,7,0,0,0,0,0,0),
	E(111402,111377,485,0,1,0,1,23,0,0,0,0,0,0),
	E(112313,111414,485,1,1,0,1,26,1,46,4,215394,0,1),
	E(74012,111450,485,0,65535,0,1,105,0,0,0,0,0,0),
	E(234144,111480,485,1,1,1,3,106,0,0,0,0,0,1),
	E(125911,111518,485,0,65535,0,1,9,3,1434,0,0,0,1),
	E(123210,111550,485,0,65535,0,1,1437,0,0,0,0,0,1),
	E(215387,111670,485,0,65535,0,1,26,3,699,4,222043,0,0),
	E(145469,111702,485,0,1,0,1,28,0,0,0,0,0,1),
	E(137767,111736,485,0,1,0,1,9,1,140,0,0,0,0),
	E(206043,111769,485,1,1,0,1,14,0,0,1,215278,1,1),
	E(126126,111801,485,0,65535,0,1,1,0,0,4,222102,0,0),
	E(111864,111839,485,0,65535,0,1,1,0,0,4,193466,0,0),
	E(11678,111880,485,1,1,0,1,9,2,119,0,0,0,1),
	E(4692,111913,485,0,65535,0,1,9,1,215,0,0,0,0),
	/* MedicationAdministration.dosage */
	E(111072,111040,486,0,1,0,1,51,0,0,0,0,0,0),
	E(214452,111077,486,0,1,0,1,1,0,0,4,193409,0,0),
	E(125479,111116,486,0,1,1,2,1438,0,0,0,0,0,0),
	E(207631,111156,486,0,1,0,1,1,0,0,4,224663,0,0),
	E(211881,111194,486,0,1,0,1,1,0,0,4,195127,0,0),
	E(62600,111231,486,0,1,0,1,8,0,0,0,0,0,0),
	/* MedicationAdministration.performer */
	E(155580,111585,487,1,1,0,1,26,5,186,0,0,0,1),
	E(215214,111626,487,0,1,0,1,1,0,0,4,215167,0,0),
	/* MedicationDispense */
	E(111998,111979,488,0,65535,0,1,9,1,140,0,0,0,0),
	E(145261,112022,488,0,65535,0,1,9,1,200,0,0,0,0),
	E(204553,112049,488,0,65535,0,1,1,0,0,4,215893,0,0),
	E(112096,112077,488,0,1,0,1,51,0,0,0,0,0,0),
	E(58830,112107,488,0,1,0,1,9,1,19,0,0,0,0),
	E(112157,112138,488,0,65535,0,1,38,0,0,0,0,0,0),
	E(217400,112175,488,0,1,0,1,9,1,103,0,0,0,0),
	E(58904,112204,488,0,65535,0,1,9,1,680,0,0,0,0),
	E(165730,112236,488,0,65535,0,1,7,0,0,0,0,0,0),
	E(197233,112266,488,0,1,0,1,9,1,19,0,0,0,0),
	E(112313,112294,488,1,1,0,1,26,1,46,4,215394,0,1),
	E(112343,112324,488,0,1,0,1,26,1,812,4,216023,0,0),
	E(74012,112362,488,0,65535,0,1,105,0,0,0,0,0,0),
	E(125911,112386,488,0,65535,0,1,9,2,1440,0,0,0,0),
	E(123210,112412,488,0,65535,0,1,1442,0,0,0,0,0,0),
	E(70641,112514,488,0,1,0,1,51,0,0,0,0,0,0),
	E(59166,112542,488,0,65535,0,1,9,5,807,0,0,0,0),
	E(145469,112570,488,0,1,0,1,28,0,0,0,0,0,0),
	E(112617,112598,488,0,1,0,1,4,0,0,0,0,0,0),
	E(206043,112643,488,1,1,0,1,14,0,0,1,216085,1,1),
	E(112688,112669,488,0,1,0,1,28,0,0,0,0,0,0),
	E(11678,112702,488,1,1,0,1,9,2,119,0,0,0,1),
	E(112748,112729,488,0,1,0,1,1443,0,0,0,0,0,0),
	E(4692,112933,488,0,65535,0,1,9,1,215,0,0,0,0),
	E(207726,112974,488,0,1,0,1,1,0,0,4,233291,0,0),
	E(59352,112998,488,0,1,0,1,28,0,0,0,0,0,0),
	E(113051,113032,488,0,1,0,1,28,0,0,0,0,0,1),
	/* MedicationDispense.performer */
	E(155580,112441,489,1,1,0,1,9,7,813,0,0,0,0),
	E(215214,112476,489,0,1,0,1,1,0,0,4,215956,0,0),
	/* MedicationDispense.substitution */
	E(215387,112761,490,0,65535,0,1,1,0,0,4,233876,0,0),
	E(112832,112800,490,0,1,0,1,9,3,141,0,0,0,0),
	E(207726,112849,490,0,1,0,1,1,0,0,4,233452,0,0),
	E(112918,112886,490,1,1,0,1,23,0,0,0,0,0,0),
	/* MedicationKnowledge */
	E(113084,113064,491,0,65535,0,1,9,1,46,0,0,0,0),
	E(11623,113105,491,0,1,0,1,9,1,10,0,0,0,0),
	E(113152,113132,491,0,65535,0,1,9,1,514,0,0,0,0),
	E(209238,113169,491,0,1,0,1,1,0,0,4,215394,0,1),
	E(113214,113194,491,0,65535,0,1,1444,0,0,0,0,0,0),
	E(113373,113353,491,0,1,0,1,1445,0,0,0,0,0,0),
	E(165730,113887,491,0,65535,0,1,7,0,0,0,0,0,1),
	E(113938,113918,491,0,65535,0,1,1446,0,0,0,0,0,0),
	E(114686,114666,491,0,65535,0,1,1,0,0,0,0,0,0),
	E(114727,114707,491,0,65535,0,1,1447,0,0,0,0,0,0),
	E(114929,114909,491,0,65535,0,1,1448,0,0,0,0,0,1),
	E(115053,115033,491,0,65535,0,1,1449,0,0,0,0,0,0),
	E(165823,115135,491,0,65535,0,1,8,0,0,0,0,0,1),
	E(115180,115160,491,0,65535,0,1,1450,0,0,0,0,0,0),
	E(115291,115271,491,0,1,0,1,4,0,0,0,0,0,0),
	E(115334,115314,491,0,65535,0,1,1,0,0,0,0,0,0),
	E(115366,115346,491,0,65535,0,1,1451,0,0,0,0,0,0),
	E(115778,115758,491,0,65535,0,1,1452,0,0,0,0,0,0),
	E(206043,115914,491,0,1,0,1,14,0,0,1,216210,1,1),
	E(115961,115941,491,0,65535,0,1,1453,0,0,0,0,0,0),
	/* MedicationKnowledge.cost */
	E(113214,113219,492,1,1,1,2,1454,0,0,4,215440,0,0),
	E(120255,113252,492,0,65535,0,1,13,0,0,0,0,0,0),
	E(211424,113291,492,0,1,0,1,8,0,0,0,0,0,0),
	E(207726,113323,492,1,1,0,1,1,0,0,0,0,0,0),
	/* MedicationKnowledge.definitional */
	E(54685,113386,493,0,65535,0,1,9,1,58,0,0,0,0),
	E(113463,113430,493,0,1,0,1,1,0,0,4,215543,0,0),
	E(113505,113472,493,0,65535,0,1,1456,0,0,0,0,0,0),
	E(166910,113642,493,0,65535,0,1,1457,0,0,0,0,0,1),
	E(113873,113840,493,0,65535,0,1,1,0,0,4,224663,0,0),
	/* MedicationKnowledge.definitional.drugCharacteristic */
	E(207726,113524,494,0,1,0,1,1,0,0,4,216146,0,0),
	E(234033,113581,494,0,1,1,5,1458,0,0,0,0,0,0),
	/* MedicationKnowledge.definitional.ingredient */
	E(228416,113686,495,1,1,0,1,26,1,48,0,0,0,1),
	E(100294,113735,495,0,1,1,3,1430,0,0,4,215594,0,0),
	E(207726,113791,495,0,1,0,1,1,0,0,4,233740,0,0),
	/* MedicationKnowledge.indicationGuideline */
	E(113998,113958,496,0,65535,0,1,1463,0,0,0,0,0,0),
	E(114655,114615,496,0,65535,0,1,26,1,514,0,0,0,0),
	/* MedicationKnowledge.indicationGuideline.dosingGuideline */
	E(114070,114014,497,0,1,0,1,1,0,0,0,0,0,0),
	E(114220,114094,497,0,65535,0,1,1464,0,0,0,0,0,0),
	E(114351,114295,497,0,65535,0,1,1465,0,0,0,0,0,0),
	E(114599,114543,497,0,1,0,1,1,0,0,0,0,0,0),
	/* MedicationKnowledge.indicationGuideline.dosingGuideline.dosage */
	E(114220,114157,498,1,65535,0,1,38,0,0,0,0,0,0),
	E(207726,114227,498,1,1,0,1,1,0,0,0,0,0,0),
	/* MedicationKnowledge.indicationGuideline.dosingGuideline.patientCharacteristic */
	E(207726,114373,499,1,1,0,1,1,0,0,0,0,0,0),
	E(234033,114456,499,0,1,1,3,840,0,0,0,0,0,0),
	/* MedicationKnowledge.medicineClassification */
	E(230237,114750,500,0,65535,0,1,1,0,0,0,0,0,0),
	E(211424,114808,500,0,1,1,2,723,0,0,0,0,0,0),
	E(207726,114861,500,1,1,0,1,1,0,0,0,0,0,0),
	/* MedicationKnowledge.monitoringProgram */
	E(165823,114947,501,0,1,0,1,8,0,0,0,0,0,0),
	E(207726,114990,501,0,1,0,1,1,0,0,0,0,0,0),
	/* MedicationKnowledge.monograph */
	E(211424,115063,502,0,1,0,1,9,1,134,0,0,0,0),
	E(207726,115100,502,0,1,0,1,1,0,0,0,0,0,0),
	/* MedicationKnowledge.packaging */
	E(113214,115190,503,0,65535,0,1,1444,0,0,0,0,0,0),
	E(115255,115225,503,0,1,0,1,9,1,62,0,0,0,0),
	/* MedicationKnowledge.regulatory */
	E(115408,115377,504,0,1,0,1,1466,0,0,0,0,0,0),
	E(115553,115522,504,1,1,0,1,9,1,10,0,0,0,0),
	E(125513,115573,504,0,65535,0,1,1,0,0,0,0,0,0),
	E(112748,115613,504,0,65535,0,1,1467,0,0,0,0,0,0),
	/* MedicationKnowledge.regulatory.maxDispense */
	E(139796,115420,505,0,1,0,1,67,0,0,0,0,0,0),
	E(70641,115470,505,1,1,0,1,51,0,0,0,0,0,0),
	/* MedicationKnowledge.regulatory.substitution */
	E(115701,115657,506,1,1,0,1,23,0,0,0,0,0,0),
	E(207726,115709,506,1,1,0,1,1,0,0,0,0,0,0),
	/* MedicationKnowledge.relatedMedicationKnowledge */
	E(44772,115805,507,1,65535,0,1,9,1,1353,0,0,0,0),
	E(207726,115862,507,1,1,0,1,1,0,0,0,0,0,0),
	/* MedicationKnowledge.storageGuideline */
	E(116015,115978,508,0,65535,0,1,1468,0,0,0,0,0,0),
	E(74012,116166,508,0,65535,0,1,105,0,0,0,0,0,0),
	E(44772,116208,508,0,1,0,1,69,0,0,0,0,0,0),
	E(116292,116255,508,0,1,0,1,67,0,0,0,0,0,0),
	/* MedicationKnowledge.storageGuideline.environmentalSetting */
	E(207726,116036,509,1,1,0,1,1,0,0,0,0,0,0),
	E(234033,116099,509,1,1,1,3,1196,0,0,0,0,0,0),
	/* MedicationRequest */
	E(176384,116328,510,0,1,0,1,28,0,0,0,0,0,1),
	E(145261,116357,510,0,65535,0,1,9,4,1291,0,0,0,1),
	E(204553,116383,510,0,65535,0,1,1,0,0,4,216272,0,0),
	E(116428,116410,510,0,1,0,1,1,0,0,2,216334,0,0),
	E(59550,116448,510,0,65535,0,1,26,1,77,0,0,0,0),
	E(116491,116473,510,0,1,0,1,1469,0,0,0,0,0,0),
	E(176460,117075,510,0,1,0,1,23,0,0,0,0,1,1),
	E(112157,117106,510,0,65535,0,1,38,0,0,0,0,0,0),
	E(117160,117142,510,0,1,0,1,13,0,0,0,0,0,0),
	E(217400,117180,510,0,1,0,1,9,1,103,0,0,0,0),
	E(58904,117208,510,0,65535,0,1,9,1,680,0,0,0,0),
	E(176534,117239,510,0,1,0,1,7,0,0,0,0,0,1),
	E(165730,117273,510,0,65535,0,1,7,0,0,0,0,0,0),
	E(60676,117302,510,0,65535,0,1,9,5,851,0,0,0,0),
	E(31786,117338,510,0,65535,0,1,9,2,821,0,0,0,0),
	E(176681,117366,510,1,1,0,1,14,0,0,1,216399,1,1),
	E(112313,117391,510,1,1,0,1,26,1,46,4,215394,0,1),
	E(74012,117420,510,0,65535,0,1,105,0,0,0,0,0,0),
	E(123210,117443,510,0,65535,0,1,9,8,1470,0,0,0,0),
	E(46701,117471,510,0,1,0,1,1,0,0,2,215653,0,1),
	E(117521,117503,510,0,1,0,1,9,1,140,0,0,0,0),
	E(209799,117539,510,0,1,0,1,14,0,0,1,223346,0,1),
	E(215387,117566,510,0,65535,0,1,26,2,116,4,200532,0,0),
	E(144826,117591,510,0,1,0,1,9,2,17,0,0,0,0),
	E(112617,117618,510,0,1,0,1,4,0,0,0,0,0,0),
	E(95750,117662,510,0,1,0,1,23,0,0,0,0,0,1),
	E(176960,117689,510,0,1,0,1,9,6,584,0,0,0,1),
	E(206043,117717,510,1,1,0,1,14,0,0,1,216520,1,1),
	E(112688,117742,510,0,1,0,1,28,0,0,0,0,0,0),
	E(126126,117774,510,0,1,0,1,1,0,0,4,216459,0,0),
	E(11678,117805,510,1,1,0,1,9,2,119,0,0,0,1),
	E(112748,117831,510,0,1,0,1,1478,0,0,0,0,0,0),
	E(4692,117942,510,0,65535,0,1,9,1,215,0,0,0,0),
	/* MedicationRequest.dispenseRequest */
	E(116541,116507,511,0,1,0,1,67,0,0,0,0,0,0),
	E(116592,116558,511,0,1,0,1,9,1,10,0,0,0,0),
	E(116636,116602,511,0,65535,0,1,105,0,0,0,0,0,0),
	E(116691,116657,511,0,1,0,1,1,0,0,4,215494,0,0),
	E(116747,116713,511,0,1,0,1,67,0,0,0,0,0,0),
	E(116804,116770,511,0,1,0,1,1479,0,0,0,0,0,0),
	E(116960,116926,511,0,1,0,1,312,0,0,0,0,0,0),
	E(70641,116983,511,0,1,0,1,51,0,0,0,0,0,0),
	E(148381,117026,511,0,1,0,1,13,0,0,0,0,0,0),
	/* MedicationRequest.dispenseRequest.initialFill */
	E(54722,116816,512,0,1,0,1,67,0,0,0,0,0,0),
	E(70641,116871,512,0,1,0,1,51,0,0,0,0,0,0),
	/* MedicationRequest.substitution */
	E(115701,117862,513,1,1,1,2,35,0,0,3,233452,0,0),
	E(215387,117904,513,0,1,0,1,1,0,0,4,233876,0,0),
	/* MedicationStatement */
	E(215767,118002,514,0,1,0,1,1480,0,0,0,0,0,1),
	E(204553,118104,514,0,65535,0,1,1,0,0,4,216272,0,1),
	E(60585,118133,514,0,1,0,1,28,0,0,0,0,0,1),
	E(165454,118166,514,0,65535,0,1,9,1,215,0,0,0,0),
	E(114220,118198,514,0,65535,0,1,38,0,0,0,0,0,0),
	E(191618,118225,514,0,1,1,3,106,0,0,0,0,0,1),
	E(217400,118258,514,0,1,0,1,9,1,103,0,0,0,1),
	E(165730,118288,514,0,65535,0,1,7,0,0,0,0,0,1),
	E(60676,118319,514,0,65535,0,1,9,5,851,0,0,0,0),
	E(112313,118357,514,1,1,0,1,26,1,46,4,215394,0,1),
	E(74012,118388,514,0,65535,0,1,105,0,0,0,0,0,0),
	E(125911,118413,514,0,65535,0,1,9,2,1481,0,0,0,0),
	E(215387,118440,514,0,65535,0,1,26,3,699,4,200532,0,0),
	E(118487,118467,514,0,65535,0,1,9,2,1483,0,0,0,0),
	E(112617,118514,514,0,1,0,1,4,0,0,0,0,0,0),
	E(206043,118560,514,1,1,0,1,14,0,0,1,215777,1,1),
	E(11678,118587,514,1,1,0,1,9,2,119,0,0,0,1),
	/* MedicationStatement.adherence */
	E(209238,118032,515,1,1,0,1,1,0,0,4,215717,0,1),
	E(215387,118067,515,0,1,0,1,1,0,0,4,222165,0,0),
	/* MedicinalProductDefinition */
	E(118669,118642,516,0,1,0,1,1,0,0,4,216580,0,1),
	E(147747,118699,516,0,65535,0,1,9,1,134,0,0,0,1),
	E(216195,118743,516,0,65535,0,1,1485,0,0,0,0,0,1),
	E(230237,118883,516,0,65535,0,1,1,0,0,4,216649,0,1),
	E(118952,118925,516,0,65535,0,1,9,1,118,0,0,0,1),
	E(209238,118966,516,0,65535,0,1,72,0,0,4,215394,0,1),
	E(119025,118998,516,0,1,0,1,1,0,0,4,199550,0,1),
	E(119083,119056,516,0,65535,0,1,9,2,1486,0,0,0,1),
	E(165344,119095,516,0,65535,0,1,1488,0,0,0,0,0,1),
	E(119240,119213,516,0,65535,0,1,1489,0,0,0,0,0,1),
	E(108590,119352,516,0,1,0,1,4,0,0,0,0,0,1),
	E(227532,119391,516,0,1,0,1,1,0,0,4,216902,0,1),
	E(165730,119425,516,0,65535,0,1,7,0,0,0,0,0,1),
	E(119490,119463,516,0,65535,0,1,26,1,49,4,227300,0,1),
	E(114655,119499,516,0,1,0,1,4,0,0,0,0,0,1),
	E(166910,119537,516,0,65535,0,1,1,0,0,4,227300,0,1),
	E(135452,119575,516,0,1,0,1,1,0,0,4,213285,0,1),
	E(106429,119622,516,0,65535,0,1,1401,0,0,0,0,0,1),
	E(119692,119665,516,0,65535,0,1,9,1,134,0,0,0,1),
	E(165823,119703,516,1,65535,0,1,1490,0,0,0,0,0,1),
	E(17625,120119,516,0,65535,0,1,1491,0,0,0,0,0,1),
	E(120388,120361,516,0,65535,0,1,1,0,0,4,217075,0,1),
	E(120440,120413,516,0,1,0,1,1,0,0,4,217135,0,1),
	E(207631,120462,516,0,65535,0,1,1,0,0,4,224663,0,1),
	E(120522,120495,516,0,65535,0,1,1,0,0,4,217196,0,1),
	E(206043,120538,516,0,1,0,1,1,0,0,3,221349,1,1),
	E(167486,120572,516,0,1,0,1,28,0,0,0,0,0,1),
	E(207726,120610,516,0,1,0,1,1,0,0,4,217260,0,1),
	E(166750,120642,516,0,1,0,1,8,0,0,0,0,0,1),
	/* MedicinalProductDefinition.characteristic */
	E(207726,118785,517,1,1,0,1,1,0,0,4,220981,0,1),
	E(234033,118832,517,0,1,1,7,1492,0,0,0,0,0,1),
	/* MedicinalProductDefinition.contact */
	E(165344,119130,518,1,1,0,1,9,2,428,0,0,0,1),
	E(207726,119173,518,0,1,0,1,1,0,0,4,216774,0,1),
	/* MedicinalProductDefinition.crossReference */
	E(231712,119255,519,1,1,0,1,26,1,58,0,0,0,1),
	E(207726,119305,519,0,1,0,1,1,0,0,4,216834,0,1),
	/* MedicinalProductDefinition.name */
	E(227937,119735,520,0,65535,0,1,1499,0,0,0,0,0,1),
	E(119888,119856,520,1,1,0,1,8,0,0,0,0,0,1),
	E(207726,119900,520,0,1,0,1,1,0,0,4,217018,0,1),
	E(214501,119937,520,0,65535,0,1,1500,0,0,0,0,0,1),
	/* MedicinalProductDefinition.name.part */
	E(227937,119772,521,1,1,0,1,8,0,0,0,0,0,1),
	E(207726,119814,521,1,1,0,1,1,0,0,4,216956,0,1),
	/* MedicinalProductDefinition.name.usage */
	E(120013,119975,522,1,1,0,1,1,0,0,4,203432,0,1),
	E(165759,120021,522,0,1,0,1,1,0,0,4,213159,0,1),
	E(208810,120072,522,1,1,0,1,1,0,0,1,194384,0,1),
	/* MedicinalProductDefinition.operation */
	E(120193,120156,523,0,1,0,1,1,0,0,4,216711,0,1),
	E(120255,120218,523,0,1,0,1,13,0,0,0,0,0,1),
	E(144133,120269,523,0,65535,0,1,9,1,10,0,0,0,1),
	E(207726,120319,523,0,1,0,1,26,2,407,0,0,0,1),
	/* MessageDefinition */
	E(120713,120695,524,0,65535,0,1,1501,0,0,0,0,0,0),
	E(191240,120815,524,0,1,0,1,40,1,324,0,0,0,1),
	E(204553,120838,524,0,1,0,1,14,0,0,1,217410,0,1),
	E(165344,120865,524,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,120891,524,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,120919,524,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,120952,524,1,1,0,1,28,0,0,0,0,0,1),
	E(108590,120975,524,0,1,0,1,4,0,0,0,0,0,1),
	E(208194,121005,524,1,1,1,2,917,0,0,4,217312,0,1),
	E(165699,121032,524,0,1,0,1,23,0,0,0,0,0,1),
	E(123103,121063,524,0,65535,0,1,1502,0,0,0,0,0,1),
	E(121222,121204,524,0,1,0,1,40,1,1503,0,0,0,0),
	E(165730,121228,524,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,121257,524,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165823,121288,524,0,1,0,1,8,0,0,0,0,0,1),
	E(55008,121311,524,0,65535,0,1,40,2,407,0,0,0,1),
	E(166018,121336,524,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,121364,524,0,1,0,1,4,0,0,0,0,0,1),
	E(19459,121390,524,0,65535,0,1,40,1,324,0,0,0,1),
	E(121435,121417,524,0,1,0,1,14,0,0,1,217522,0,0),
	E(206043,121452,524,1,1,0,1,14,0,0,1,221397,1,1),
	E(166675,121477,524,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,121501,524,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,121523,524,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,121552,524,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,121578,524,0,1,1,2,71,0,0,2,231347,0,1),
	/* MessageDefinition.allowedResponse */
	E(120763,120729,525,1,1,0,1,40,1,324,0,0,0,0),
	E(120805,120771,525,0,1,0,1,4,0,0,0,0,0,0),
	/* MessageDefinition.focus */
	E(209238,121087,526,1,1,0,1,14,0,0,1,224405,0,1),
	E(163035,121116,526,0,1,0,1,8,0,0,0,0,0,0),
	E(163070,121144,526,1,1,0,1,312,0,0,0,0,0,1),
	E(122261,121172,526,0,1,0,1,40,1,50,0,0,0,0),
	/* MessageHeader */
	E(11623,121630,527,0,1,0,1,9,4,1269,0,0,0,1),
	E(54685,121651,527,0,1,0,1,40,1,324,0,0,0,1),
	E(58830,121676,527,0,65535,0,1,1504,0,0,0,0,0,1),
	E(208194,121839,527,1,1,1,2,1505,1,1507,4,0,0,1),
	E(123103,121862,527,0,65535,0,1,9,1,215,0,0,0,1),
	E(215387,121882,527,0,1,0,1,1,0,0,4,217356,0,1),
	E(137789,121903,527,0,1,0,1,1508,0,0,0,0,0,1),
	E(26280,122019,527,0,1,0,1,9,3,141,0,0,0,1),
	E(38201,122045,527,0,1,0,1,9,4,1269,0,0,0,1),
	E(211424,122066,527,1,1,0,1,1509,0,0,0,0,0,1),
	/* MessageHeader.destination */
	E(54738,121702,528,0,1,1,2,1510,1,78,0,0,0,1),
	E(165823,121740,528,0,1,0,1,8,0,0,0,0,0,1),
	E(59166,121771,528,0,1,0,1,9,3,141,0,0,0,1),
	E(145510,121806,528,0,1,0,1,9,1,16,0,0,0,1),
	/* MessageHeader.response */
	E(209238,121926,529,1,1,0,1,14,0,0,1,224455,0,1),
	E(121977,121954,529,0,1,0,1,9,1,1225,0,0,0,1),
	E(165730,121985,529,1,1,0,1,7,0,0,0,0,0,1),
	/* MessageHeader.source */
	E(165344,122087,530,0,1,0,1,364,0,0,0,0,0,1),
	E(54738,122116,530,0,1,1,2,1510,1,78,0,0,0,1),
	E(165823,122149,530,0,1,0,1,8,0,0,0,0,0,1),
	E(122196,122175,530,0,1,0,1,8,0,0,0,0,0,1),
	E(166750,122205,530,0,1,0,1,8,0,0,0,0,0,1),
	/* Meta */
	E(122244,122239,531,0,1,0,1,2,0,0,0,0,0,1),
	E(122261,122256,531,0,65535,0,1,40,1,50,0,0,0,1),
	E(139932,122269,531,0,65535,0,1,72,0,0,2,225088,0,1),
	E(211424,122283,531,0,1,0,1,69,0,0,0,0,0,1),
	E(122300,122295,531,0,65535,0,1,72,0,0,4,199598,0,1),
	E(122309,122304,531,0,1,0,1,928,0,0,0,0,0,1),
	/* MetadataResource */
	E(165029,122336,532,0,1,0,1,34,0,0,0,0,0,0),
	E(11623,122366,532,0,65535,0,1,37,0,0,0,0,0,0),
	E(165344,122390,532,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,122415,532,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,122442,532,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,122474,532,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,122496,532,0,1,0,1,4,0,0,0,0,0,0),
	E(69357,122525,532,0,65535,0,1,37,0,0,0,0,0,0),
	E(165514,122549,532,0,1,0,1,13,0,0,0,0,0,1),
	E(69373,122582,532,0,65535,0,1,37,0,0,0,0,0,0),
	E(165699,122608,532,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,122638,532,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,122666,532,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165790,122696,532,0,1,0,1,34,0,0,0,0,0,0),
	E(165823,122728,532,0,1,0,1,8,0,0,0,0,0,1),
	E(166018,122750,532,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,122777,532,0,1,0,1,4,0,0,0,0,0,0),
	E(69521,122802,532,0,65535,0,1,52,0,0,0,0,0,0),
	E(69546,122835,532,0,65535,0,1,37,0,0,0,0,0,0),
	E(206043,122861,532,1,1,0,1,14,0,0,1,221397,1,1),
	E(166675,122885,532,0,1,0,1,8,0,0,0,0,0,1),
	E(199858,122908,532,0,65535,0,1,1,0,0,4,204056,0,0),
	E(166699,122931,532,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,122952,532,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,122980,532,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,123005,532,0,1,1,2,71,0,0,2,231347,0,1),
	/* MolecularSequence */
	E(59550,123060,533,0,1,0,1,9,1,16,0,0,0,1),
	E(123103,123085,533,0,65535,0,1,9,1,215,0,0,0,1),
	E(123127,123109,533,0,65535,0,1,96,0,0,0,0,0,1),
	E(165730,123137,533,0,65535,0,1,7,0,0,0,0,0,1),
	E(123184,123166,533,0,1,0,1,8,0,0,0,0,0,1),
	E(123210,123192,533,0,1,0,1,9,1,10,0,0,0,1),
	E(123238,123220,533,0,65535,0,1,1512,0,0,0,0,0,1),
	E(124031,124013,533,0,1,0,1,9,1,870,0,0,0,1),
	E(11678,124040,533,0,1,0,1,9,5,1162,0,0,0,1),
	E(207726,124066,533,0,1,0,1,14,0,0,1,225231,0,1),
	/* MolecularSequence.relative */
	E(123274,123247,534,1,1,0,1,1,0,0,2,231871,0,1),
	E(123318,123291,534,0,65535,0,1,1513,0,0,0,0,0,1),
	E(123525,123498,534,0,1,0,1,273,0,0,0,0,0,0),
	E(123568,123541,534,0,1,0,1,66,0,0,0,0,0,0),
	E(123609,123582,534,0,1,0,1,1514,0,0,0,0,0,1),
	/* MolecularSequence.relative.edit */
	E(139410,123323,535,0,1,0,1,273,0,0,0,0,0,1),
	E(123391,123359,535,0,1,0,1,8,0,0,0,0,0,1),
	E(123440,123408,535,0,1,0,1,8,0,0,0,0,0,1),
	E(139421,123460,535,0,1,0,1,273,0,0,0,0,0,1),
	/* MolecularSequence.relative.startingSequence */
	E(123670,123626,536,0,1,0,1,1,0,0,1,231838,0,1),
	E(123725,123681,536,0,1,0,1,1,0,0,2,231811,0,1),
	E(123784,123740,536,0,1,0,1,14,0,0,1,219387,0,1),
	E(31965,123796,536,0,1,1,3,1515,1,1518,4,0,0,1),
	E(123896,123852,536,0,1,0,1,14,0,0,1,226494,0,1),
	E(123947,123903,536,0,1,0,1,273,0,0,0,0,0,1),
	E(124001,123957,536,0,1,0,1,273,0,0,0,0,0,1),
	/* MonetaryComponent */
	E(137556,124107,537,0,1,0,1,22,0,0,0,0,0,1),
	E(209238,124132,537,0,1,0,1,1,0,0,4,0,0,1),
	E(193922,124155,537,0,1,0,1,250,0,0,0,0,0,1),
	E(207726,124180,537,1,1,0,1,14,0,0,1,220540,0,1),
	/* Money */
	E(231,124209,538,0,1,0,1,14,0,0,1,203828,0,1),
	E(234033,124224,538,0,1,0,1,250,0,0,0,0,0,1),
	/* NamingSystem */
	E(165029,124263,540,0,1,0,1,34,0,0,0,0,0,0),
	E(11623,124289,540,0,65535,0,1,37,0,0,0,0,0,0),
	E(165344,124309,540,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,124330,540,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,124353,540,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,124381,540,1,1,0,1,28,0,0,0,0,0,1),
	E(108590,124399,540,0,1,0,1,4,0,0,0,0,0,0),
	E(69357,124424,540,0,65535,0,1,37,0,0,0,0,0,0),
	E(165514,124444,540,0,1,0,1,13,0,0,0,0,0,1),
	E(69373,124473,540,0,65535,0,1,37,0,0,0,0,0,0),
	E(165699,124495,540,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,124521,540,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,124545,540,0,65535,0,1,1,0,0,2,213159,0,1),
	E(220017,124571,540,1,1,0,1,14,0,0,1,218134,0,1),
	E(165790,124589,540,0,1,0,1,34,0,0,0,0,0,0),
	E(165823,124617,540,1,1,0,1,8,0,0,0,0,0,1),
	E(166018,124635,540,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,124658,540,0,1,0,1,4,0,0,0,0,0,0),
	E(69521,124679,540,0,65535,0,1,52,0,0,0,0,0,0),
	E(26280,124708,540,0,1,0,1,8,0,0,0,0,0,0),
	E(69546,124733,540,0,65535,0,1,37,0,0,0,0,0,0),
	E(206043,124755,540,1,1,0,1,14,0,0,1,221397,1,1),
	E(166675,124775,540,0,1,0,1,8,0,0,0,0,0,1),
	E(199858,124794,540,0,65535,0,1,1,0,0,4,204056,0,0),
	E(207726,124813,540,0,1,0,1,1,0,0,3,218005,0,0),
	E(124844,124831,540,1,65535,0,1,1519,0,0,0,0,0,1),
	E(166699,125035,540,0,1,0,1,69,0,0,0,0,0,1),
	E(214501,125052,540,0,1,0,1,8,0,0,0,0,0,0),
	E(166721,125071,540,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,125095,540,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,125116,540,0,1,1,2,71,0,0,2,231347,0,1),
	/* NamingSystem.uniqueId */
	E(124875,124853,541,0,1,0,1,23,0,0,0,0,0,0),
	E(61173,124889,541,0,1,0,1,8,0,0,0,0,0,0),
	E(139796,124919,541,0,1,0,1,13,0,0,0,0,0,0),
	E(124970,124948,541,0,1,0,1,23,0,0,0,0,0,0),
	E(207726,124980,541,1,1,0,1,14,0,0,1,218070,0,1),
	E(234033,125007,541,1,1,0,1,8,0,0,0,0,0,1),
	/* Narrative */
	E(125169,125159,542,1,1,0,1,1520,0,0,0,0,0,0),
	E(206043,125173,542,1,1,0,1,14,0,0,1,218187,0,0),
	/* NutritionIntake */
	E(145261,125206,543,0,65535,0,1,9,3,1521,0,0,0,1),
	E(209238,125230,543,0,1,0,1,1,0,0,4,205913,0,1),
	E(125267,125251,543,1,65535,0,1,1524,0,0,0,0,0,0),
	E(165454,125556,543,0,65535,0,1,9,1,215,0,0,0,0),
	E(217400,125584,543,0,1,0,1,9,1,103,0,0,0,1),
	E(165730,125610,543,0,65535,0,1,7,0,0,0,0,0,1),
	E(125653,125637,543,0,65535,0,1,1525,0,0,0,0,0,0),
	E(125765,125749,543,0,65535,0,1,40,14,1526,0,0,0,0),
	E(125803,125787,543,0,65535,0,1,69,0,0,0,0,0,0),
	E(197233,125819,543,0,1,0,1,9,1,19,0,0,0,0),
	E(74012,125844,543,0,65535,0,1,105,0,0,0,0,0,0),
	E(234163,125865,543,0,1,1,2,106,0,0,0,0,0,1),
	E(125911,125895,543,0,65535,0,1,9,3,1540,0,0,0,1),
	E(123210,125918,543,0,65535,0,1,1543,0,0,0,0,0,0),
	E(215387,126011,543,0,65535,0,1,26,4,699,4,200532,0,0),
	E(145469,126034,543,0,1,0,1,28,0,0,0,0,0,1),
	E(95750,126059,543,0,1,1,2,1544,5,600,0,0,0,0),
	E(206043,126087,543,1,1,0,1,14,0,0,1,207894,1,1),
	E(126126,126110,543,0,65535,0,1,1,0,0,4,199263,0,0),
	E(11678,126139,543,1,1,0,1,9,2,119,0,0,0,1),
	/* NutritionIntake.consumedItem */
	E(137556,125280,544,0,1,0,1,51,0,0,0,0,0,1),
	E(125345,125316,544,0,1,0,1,23,0,0,0,0,0,0),
	E(125386,125357,544,0,1,0,1,1,0,0,4,218239,0,0),
	E(125433,125404,544,1,1,0,1,26,1,510,4,209243,0,1),
	E(125479,125450,544,0,1,0,1,51,0,0,0,0,0,1),
	E(125513,125484,544,0,1,0,1,64,0,0,0,0,0,0),
	E(207726,125522,544,1,1,0,1,1,0,0,4,206361,0,1),
	/* NutritionIntake.ingredientLabel */
	E(137556,125669,545,1,1,0,1,51,0,0,0,0,0,0),
	E(218518,125708,545,1,1,0,1,26,1,48,4,218372,0,0),
	/* NutritionIntake.performer */
	E(155580,125944,546,1,1,0,1,9,7,141,0,0,0,0),
	E(215214,125976,546,0,1,0,1,1,0,0,4,220159,0,0),
	/* NutritionOrder */
	E(126193,126178,547,0,65535,0,1,9,1,128,0,0,0,0),
	E(145261,126212,547,0,65535,0,1,9,3,1546,0,0,0,0),
	E(126250,126235,547,1,1,0,1,28,0,0,0,0,0,1),
	E(217400,126259,547,0,1,0,1,9,1,103,0,0,0,0),
	E(126299,126284,547,0,1,0,1,1549,0,0,0,0,0,0),
	E(127253,127238,547,0,65535,0,1,1,0,0,4,209243,0,0),
	E(127288,127273,547,0,65535,0,1,1,0,0,4,206750,0,0),
	E(176534,127311,547,0,1,0,1,7,0,0,0,0,0,1),
	E(165730,127342,547,0,65535,0,1,7,0,0,0,0,0,0),
	E(127383,127368,547,0,65535,0,1,69,0,0,0,0,0,0),
	E(125765,127396,547,0,65535,0,1,40,2,407,0,0,0,1),
	E(125803,127433,547,0,65535,0,1,69,0,0,0,0,0,1),
	E(176681,127464,547,1,1,0,1,14,0,0,1,223296,1,1),
	E(74012,127486,547,0,65535,0,1,105,0,0,0,0,0,0),
	E(127521,127506,547,0,1,0,1,1550,0,0,0,0,0,0),
	E(128044,128029,547,0,1,0,1,9,2,17,0,0,0,1),
	E(128067,128052,547,0,1,0,1,23,0,0,0,0,0,0),
	E(123210,128086,547,0,65535,0,1,26,6,1551,0,0,0,0),
	E(209799,128111,547,0,1,0,1,14,0,0,1,223346,0,0),
	E(206043,128135,547,1,1,0,1,14,0,0,1,223456,1,1),
	E(11678,128157,547,1,1,0,1,9,2,119,0,0,0,1),
	E(128195,128180,547,0,65535,0,1,1557,0,0,0,0,0,0),
	E(4692,128516,547,0,65535,0,1,9,1,215,0,0,0,0),
	/* NutritionOrder.enteralFormula */
	E(207677,126314,548,0,65535,0,1,1558,0,0,0,0,0,0),
	E(126526,126496,548,0,65535,0,1,1559,0,0,0,0,0,0),
	E(126922,126892,548,0,1,0,1,4,0,0,0,0,0,1),
	E(126978,126948,548,0,1,0,1,8,0,0,0,0,0,0),
	E(127031,127001,548,0,1,0,1,26,1,510,4,207686,0,1),
	E(127077,127047,548,0,1,0,1,51,0,0,0,0,0,0),
	E(127122,127092,548,0,65535,0,1,26,1,77,0,0,0,0),
	E(127167,127137,548,0,1,0,1,51,0,0,0,0,0,0),
	E(127216,127186,548,0,1,0,1,1,0,0,2,207594,0,0),
	/* NutritionOrder.enteralFormula.additive */
	E(119888,126353,549,0,1,0,1,8,0,0,0,0,0,0),
	E(70641,126404,549,0,1,0,1,51,0,0,0,0,0,0),
	E(207726,126452,549,0,1,0,1,26,1,510,4,207637,0,0),
	/* NutritionOrder.enteralFormula.administration */
	E(70641,126541,550,0,1,0,1,51,0,0,0,0,0,0),
	E(125479,126595,550,0,1,1,2,1560,0,0,0,0,0,0),
	E(125513,126648,550,0,1,0,1,1562,0,0,0,0,0,0),
	/* NutritionOrder.enteralFormula.administration.schedule */
	E(62648,126702,551,0,1,0,1,23,0,0,0,0,0,0),
	E(62664,126765,551,0,1,0,1,1,0,0,4,215337,0,0),
	E(62955,126831,551,0,65535,0,1,64,0,0,0,0,0,0),
	/* NutritionOrder.oralDiet */
	E(127554,127530,552,0,65535,0,1,1,0,0,4,201585,0,0),
	E(160163,127575,552,0,1,0,1,8,0,0,0,0,0,1),
	E(218518,127611,552,0,65535,0,1,1563,0,0,0,0,0,0),
	E(125513,127726,552,0,1,0,1,1564,0,0,0,0,0,0),
	E(127910,127886,552,0,65535,0,1,1565,0,0,0,0,0,0),
	E(207726,128000,552,0,65535,0,1,1,0,0,4,205913,0,1),
	/* NutritionOrder.oralDiet.nutrient */
	E(137556,127644,553,0,1,0,1,51,0,0,0,0,0,0),
	E(127991,127684,553,0,1,0,1,1,0,0,4,218372,0,0),
	/* NutritionOrder.oralDiet.schedule */
	E(62648,127759,554,0,1,0,1,23,0,0,0,0,0,0),
	E(62664,127801,554,0,1,0,1,1,0,0,4,215337,0,0),
	E(62955,127846,554,0,65535,0,1,64,0,0,0,0,0,0),
	/* NutritionOrder.oralDiet.texture */
	E(127950,127918,555,0,1,0,1,1,0,0,4,217914,0,0),
	E(127991,127959,555,0,1,0,1,1,0,0,4,229385,0,0),
	/* NutritionOrder.supplement */
	E(160163,128206,556,0,1,0,1,8,0,0,0,0,0,1),
	E(119888,128244,556,0,1,0,1,8,0,0,0,0,0,0),
	E(70641,128282,556,0,1,0,1,51,0,0,0,0,0,0),
	E(125513,128317,556,0,1,0,1,1566,0,0,0,0,0,0),
	E(207726,128485,556,0,1,0,1,26,1,510,4,228335,0,1),
	/* NutritionOrder.supplement.schedule */
	E(62648,128352,557,0,1,0,1,23,0,0,0,0,0,0),
	E(62664,128396,557,0,1,0,1,1,0,0,4,215337,0,0),
	E(62955,128443,557,0,65535,0,1,64,0,0,0,0,0,0),
	/* NutritionProduct */
	E(204553,128570,558,0,65535,0,1,1,0,0,4,218415,0,1),
	E(216195,128596,558,0,65535,0,1,1567,0,0,0,0,0,0),
	E(209238,128706,558,0,1,0,1,1,0,0,4,206361,0,1),
	E(166910,128728,558,0,65535,0,1,1568,0,0,0,0,0,0),
	E(166995,128824,558,0,65535,0,1,1569,0,0,0,0,0,0),
	E(129119,129102,558,0,65535,0,1,26,1,48,4,194433,0,0),
	E(54865,129133,558,0,65535,0,1,9,1,10,0,0,0,1),
	E(74012,129163,558,0,65535,0,1,105,0,0,0,0,0,0),
	E(218518,129185,558,0,65535,0,1,1570,0,0,0,0,0,1),
	E(206043,129275,558,1,1,0,1,14,0,0,1,218527,1,1),
	/* NutritionProduct.characteristic */
	E(207726,128628,559,1,1,0,1,1,0,0,4,215049,0,0),
	E(234033,128665,559,1,1,1,6,1571,0,0,0,0,0,0),
	/* NutritionProduct.ingredient */
	E(137556,128756,560,0,65535,0,1,99,0,0,0,0,0,1),
	E(228416,128791,560,1,1,0,1,26,1,510,0,0,0,1),
	/* NutritionProduct.instance */
	E(54509,128850,561,0,1,0,1,7,0,0,0,0,0,0),
	E(166872,128898,561,0,1,0,1,28,0,0,0,0,0,0),
	E(165730,128931,561,0,65535,0,1,7,0,0,0,0,0,0),
	E(54825,128968,561,0,1,0,1,8,0,0,0,0,0,0),
	E(165823,129004,561,0,1,0,1,8,0,0,0,0,0,0),
	E(70641,129035,561,0,1,0,1,51,0,0,0,0,0,0),
	E(129096,129070,561,0,1,0,1,28,0,0,0,0,0,0),
	/* NutritionProduct.nutrient */
	E(137556,129211,562,0,65535,0,1,99,0,0,0,0,0,0),
	E(228416,129244,562,0,1,0,1,26,1,48,4,218471,0,0),
	/* Observation */
	E(145261,129311,563,0,65535,0,1,9,6,253,0,0,0,1),
	E(61778,129331,563,0,1,0,1,1,0,0,4,197008,0,0),
	E(55506,129352,563,0,1,0,1,9,1,463,0,0,0,0),
	E(204553,129378,563,0,65535,0,1,1,0,0,3,218627,0,0),
	E(209238,129399,563,1,1,0,1,1,0,0,4,218677,0,1),
	E(109495,129416,563,0,65535,0,1,1577,0,0,0,0,0,1),
	E(129621,129609,563,0,1,0,1,1,0,0,2,203874,0,0),
	E(165454,129638,563,0,65535,0,1,9,7,1578,0,0,0,1),
	E(59550,129662,563,0,1,0,1,9,2,1064,0,0,0,0),
	E(191618,129681,563,0,1,1,4,1585,0,0,0,0,0,1),
	E(217400,129706,563,0,1,0,1,9,1,103,0,0,0,1),
	E(123103,129728,563,0,65535,0,1,9,1,215,0,0,0,1),
	E(129758,129746,563,0,65535,0,1,9,3,1589,0,0,0,1),
	E(165730,129768,563,0,65535,0,1,7,0,0,0,0,0,1),
	E(127383,129791,563,0,1,1,2,1592,1,42,0,0,0,1),
	E(218765,129819,563,0,65535,0,1,1,0,0,2,218724,0,0),
	E(48264,129846,563,0,1,0,1,2,0,0,0,0,0,1),
	E(214452,129865,563,0,1,0,1,1,0,0,4,218780,0,0),
	E(74012,129884,563,0,65535,0,1,105,0,0,0,0,0,0),
	E(125911,129901,563,0,65535,0,1,9,7,1594,0,0,0,1),
	E(123210,129920,563,0,65535,0,1,9,6,1601,0,0,0,1),
	E(129954,129942,563,0,65535,0,1,1607,0,0,0,0,0,0),
	E(124031,130203,563,0,1,0,1,9,2,1608,0,0,0,0),
	E(206043,130224,563,1,1,0,1,14,0,0,1,218959,1,1),
	E(11678,130243,563,0,1,0,1,9,11,759,0,0,0,1),
	E(130275,130263,563,0,65535,0,1,1610,0,0,0,0,0,0),
	E(234033,130383,563,0,1,1,13,1611,1,1518,0,0,0,1),
	/* Observation.component */
	E(209238,129438,564,1,1,0,1,1,0,0,4,218677,0,1),
	E(129621,129465,564,0,1,0,1,1,0,0,2,203874,0,0),
	E(218765,129504,564,0,65535,0,1,1,0,0,2,218724,0,0),
	E(129954,129541,564,0,65535,0,1,1607,0,0,0,0,0,0),
	E(234033,129578,564,0,1,1,13,1611,1,1518,0,0,0,1),
	/* Observation.referenceRange */
	E(129996,129969,565,0,1,0,1,66,0,0,0,0,0,0),
	E(130027,130000,565,0,65535,0,1,1,0,0,4,222399,0,0),
	E(130064,130037,565,0,1,0,1,51,0,0,0,0,0,0),
	E(130096,130069,565,0,1,0,1,51,0,0,0,0,0,0),
	E(130127,130100,565,0,1,0,1,1,0,0,2,218891,0,0),
	E(62600,130139,565,0,1,0,1,4,0,0,0,0,0,0),
	E(207726,130171,565,0,1,0,1,1,0,0,3,222453,0,0),
	/* Observation.triggeredBy */
	E(43527,130287,566,1,1,0,1,9,1,117,0,0,0,1),
	E(215387,130323,566,0,1,0,1,8,0,0,0,0,0,0),
	E(207726,130354,566,1,1,0,1,14,0,0,1,219013,0,1),
	/* ObservationDefinition */
	E(165029,130426,567,0,1,0,1,34,0,0,0,0,0,0),
	E(61778,130461,567,0,1,0,1,1,0,0,4,197008,0,0),
	E(204553,130492,567,0,65535,0,1,1,0,0,4,218627,0,1),
	E(209238,130523,567,1,1,0,1,1,0,0,4,218677,0,1),
	E(109495,130550,567,0,65535,0,1,1624,0,0,0,0,0,0),
	E(165344,130762,567,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,130792,567,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,130824,567,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,130861,567,0,1,0,1,28,0,0,0,0,0,1),
	E(159046,130888,567,0,65535,0,1,40,1,42,0,0,0,1),
	E(20940,130931,567,0,65535,0,1,69,0,0,0,0,0,1),
	E(108590,130968,567,0,1,0,1,4,0,0,0,0,0,0),
	E(59550,131002,567,0,65535,0,1,9,2,1625,0,0,0,0),
	E(165514,131031,567,0,1,0,1,13,0,0,0,0,0,1),
	E(165699,131069,567,0,1,0,1,23,0,0,0,0,0,1),
	E(129758,131104,567,0,65535,0,1,9,2,1627,0,0,0,0),
	E(165730,131136,567,0,1,0,1,7,0,0,0,0,0,1),
	E(165759,131169,567,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165790,131204,567,0,1,0,1,34,0,0,0,0,0,0),
	E(214452,131241,567,0,1,0,1,1,0,0,4,218780,0,0),
	E(131292,131270,567,0,1,0,1,23,0,0,0,0,0,0),
	E(165823,131315,567,0,1,0,1,8,0,0,0,0,0,1),
	E(46701,131342,567,0,1,0,1,1,0,0,0,0,0,1),
	E(131400,131378,567,0,65535,0,1,14,0,0,1,220317,0,0),
	E(131440,131418,567,0,65535,0,1,72,0,0,3,230053,0,0),
	E(131476,131454,567,0,1,0,1,8,0,0,0,0,0,0),
	E(166018,131496,567,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,131528,567,0,1,0,1,4,0,0,0,0,0,0),
	E(131580,131558,567,0,65535,0,1,1629,0,0,0,0,0,0),
	E(124031,132196,567,0,65535,0,1,9,1,53,0,0,0,0),
	E(206043,132227,567,1,1,0,1,14,0,0,1,221397,1,1),
	E(11678,132256,567,0,65535,0,1,1,0,0,0,0,0,1),
	E(166675,132286,567,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,132314,567,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,132340,567,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,132373,567,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,132403,567,0,1,1,2,71,0,0,2,231347,0,1),
	/* ObservationDefinition.component */
	E(209238,130582,568,1,1,0,1,1,0,0,4,218677,0,0),
	E(131400,130619,568,0,65535,0,1,14,0,0,1,220317,0,0),
	E(131440,130669,568,0,65535,0,1,72,0,0,3,230053,0,0),
	E(131580,130715,568,0,65535,0,1,1629,0,0,0,0,0,0),
	/* ObservationDefinition.qualifiedValue */
	E(131632,131595,569,0,1,0,1,40,1,534,0,0,0,0),
	E(129996,131654,569,0,1,0,1,66,0,0,0,0,0,0),
	E(130027,131695,569,0,65535,0,1,1,0,0,4,222399,0,0),
	E(210375,131742,569,0,1,0,1,8,0,0,0,0,0,0),
	E(230498,131789,569,0,1,0,1,1,0,0,2,222453,0,0),
	E(131871,131834,569,0,1,0,1,40,1,534,0,0,0,0),
	E(193571,131893,569,0,1,0,1,14,0,0,1,193578,0,0),
	E(131974,131937,569,0,1,0,1,66,0,0,0,0,0,0),
	E(132026,131989,569,0,1,0,1,40,1,534,0,0,0,0),
	E(69883,132046,569,0,1,0,1,66,0,0,0,0,0,0),
	E(132126,132089,569,0,1,0,1,14,0,0,1,218829,0,0),
	E(132177,132140,569,0,1,0,1,40,1,534,0,0,0,0),
	/* OperationDefinition */
	E(132485,132465,570,0,1,0,1,23,0,0,0,0,0,1),
	E(191240,132498,570,0,1,0,1,40,1,332,0,0,0,1),
	E(209238,132523,570,1,1,0,1,14,0,0,0,0,0,1),
	E(61173,132548,570,0,1,0,1,4,0,0,0,0,0,0),
	E(165344,132576,570,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,132604,570,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,132634,570,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,132669,570,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,132694,570,0,1,0,1,4,0,0,0,0,0,0),
	E(165699,132726,570,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,132759,570,0,65535,0,1,7,0,0,0,0,0,1),
	E(132810,132790,570,0,1,0,1,40,1,50,0,0,0,0),
	E(166995,132823,570,1,1,0,1,23,0,0,0,0,0,1),
	E(165759,132852,570,0,65535,0,1,1,0,0,2,213159,0,1),
	E(220017,132885,570,1,1,0,1,14,0,0,1,219076,0,1),
	E(165823,132910,570,1,1,0,1,8,0,0,0,0,0,1),
	E(132955,132935,570,0,1,0,1,40,1,50,0,0,0,0),
	E(132989,132969,570,0,65535,0,1,1630,0,0,0,0,0,0),
	E(157139,133078,570,0,65535,0,1,1631,0,0,0,0,0,0),
	E(166018,133805,570,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,133835,570,0,1,0,1,4,0,0,0,0,0,0),
	E(139824,133863,570,0,65535,0,1,14,0,0,1,231394,0,1),
	E(206043,133892,570,1,1,0,1,14,0,0,1,221397,1,1),
	E(187333,133919,570,1,1,0,1,23,0,0,0,0,0,1),
	E(166675,133946,570,0,1,0,1,8,0,0,0,0,0,1),
	E(207726,133972,570,1,1,0,1,23,0,0,0,0,0,1),
	E(166699,133997,570,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,134021,570,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,134052,570,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,134080,570,0,1,1,2,71,0,0,2,231347,0,1),
	/* OperationDefinition.overload */
	E(61173,132998,571,0,1,0,1,8,0,0,0,0,0,0),
	E(133064,133035,571,0,65535,0,1,8,0,0,0,0,0,0),
	/* OperationDefinition.parameter */
	E(133138,133108,572,0,65535,0,1,14,0,0,1,208917,0,0),
	E(63156,133150,572,0,1,0,1,1632,0,0,0,0,0,0),
	E(39420,133282,572,0,1,0,1,4,0,0,0,0,0,0),
	E(163035,133326,572,1,1,0,1,8,0,0,0,0,0,0),
	E(163070,133360,572,1,1,0,1,273,0,0,0,0,0,0),
	E(165823,133394,572,1,1,0,1,14,0,0,0,0,0,0),
	E(227937,133429,572,0,65535,0,1,1631,0,0,0,0,0,0),
	E(133494,133464,572,0,65535,0,1,1633,0,0,0,0,0,0),
	E(202701,133615,572,0,65535,0,1,14,0,0,1,219173,0,0),
	E(133681,133651,572,0,1,0,1,14,0,0,1,224866,0,0),
	E(65312,133692,572,0,65535,0,1,40,1,50,0,0,0,0),
	E(207726,133736,572,0,1,0,1,14,0,0,1,208917,0,0),
	E(217192,133771,572,1,1,0,1,14,0,0,1,219234,0,0),
	/* OperationDefinition.parameter.binding */
	E(100294,133188,573,1,1,0,1,14,0,0,1,196432,0,0),
	E(42004,133235,573,1,1,0,1,40,1,534,0,0,0,0),
	/* OperationDefinition.parameter.referencedFrom */
	E(211424,133509,574,1,1,0,1,8,0,0,0,0,0,0),
	E(185059,133561,574,0,1,0,1,8,0,0,0,0,0,0),
	/* OperationOutcome */
	E(134154,134137,575,1,65535,0,1,1634,0,0,0,0,0,1),
	/* OperationOutcome.issue */
	E(209238,134160,576,1,1,0,1,14,0,0,1,213068,0,1),
	E(121977,134188,576,0,1,0,1,1,0,0,4,219126,0,1),
	E(134242,134219,576,0,1,0,1,8,0,0,0,0,0,1),
	E(139764,134254,576,0,65535,0,1,8,0,0,0,0,0,1),
	E(197233,134288,576,0,65535,0,1,8,0,0,0,0,0,1),
	E(200792,134320,576,1,1,0,1,14,0,0,1,213018,0,1),
	/* Organization */
	E(91939,134352,577,0,1,0,1,23,0,0,0,0,1,1),
	E(163739,134372,577,0,65535,0,1,8,0,0,0,0,0,0),
	E(165344,134391,577,0,65535,0,1,981,0,0,0,0,0,0),
	E(108590,134412,577,0,1,0,1,4,0,0,0,0,0,1),
	E(54738,134437,577,0,65535,0,1,9,1,78,0,0,0,0),
	E(165730,134459,577,0,65535,0,1,7,0,0,0,0,0,1),
	E(165823,134483,577,0,1,0,1,8,0,0,0,0,0,1),
	E(125911,134501,577,0,1,0,1,9,1,10,0,0,0,1),
	E(221335,134521,577,0,65535,0,1,1635,0,0,0,0,0,0),
	E(207726,134686,577,0,65535,0,1,1,0,0,4,219340,0,1),
	/* Organization.qualification */
	E(209238,134548,578,1,1,0,1,1,0,0,4,0,0,0),
	E(165730,134580,578,0,65535,0,1,7,0,0,0,0,0,0),
	E(103929,134618,578,0,1,0,1,9,1,10,0,0,0,0),
	E(139796,134652,578,0,1,0,1,13,0,0,0,0,0,0),
	/* OrganizationAffiliation */
	E(91939,134728,579,0,1,0,1,23,0,0,0,0,0,1),
	E(209238,134759,579,0,65535,0,1,1,0,0,4,219293,0,1),
	E(165344,134788,579,0,65535,0,1,981,0,0,0,0,0,0),
	E(54738,134820,579,0,65535,0,1,9,1,78,0,0,0,0),
	E(144044,134853,579,0,65535,0,1,9,1,20,0,0,0,0),
	E(165730,134895,579,0,65535,0,1,7,0,0,0,0,0,1),
	E(197233,134930,579,0,65535,0,1,9,1,19,0,0,0,1),
	E(196298,134963,579,0,65535,0,1,9,1,10,0,0,0,1),
	E(144133,134995,579,0,1,0,1,9,1,10,0,0,0,1),
	E(135056,135032,579,0,1,0,1,9,1,10,0,0,0,1),
	E(139796,135082,579,0,1,0,1,13,0,0,0,0,0,1),
	E(92627,135113,579,0,65535,0,1,1,0,0,3,197336,0,1),
	/* PackagedProductDefinition */
	E(147747,135173,580,0,65535,0,1,9,1,134,0,0,0,1),
	E(216195,135216,580,0,65535,0,1,1636,0,0,0,0,0,1),
	E(135283,135257,580,0,65535,0,1,51,0,0,0,0,0,1),
	E(135331,135305,580,0,1,0,1,23,0,0,0,0,0,1),
	E(108590,135351,580,0,1,0,1,4,0,0,0,0,0,1),
	E(165730,135389,580,0,65535,0,1,7,0,0,0,0,0,1),
	E(135452,135426,580,0,65535,0,1,1637,0,0,0,0,0,1),
	E(54865,135582,580,0,65535,0,1,9,1,10,0,0,0,1),
	E(106429,135621,580,0,65535,0,1,1401,0,0,0,0,0,1),
	E(165823,135663,580,0,1,0,1,8,0,0,0,0,0,1),
	E(135720,135694,580,0,65535,0,1,9,1,58,0,0,0,1),
	E(115180,135731,580,0,1,0,1,1638,0,0,0,0,0,1),
	E(206043,136508,580,0,1,0,1,1,0,0,3,221349,1,1),
	E(167486,136541,580,0,1,0,1,28,0,0,0,0,0,1),
	E(207726,136578,580,0,1,0,1,1,0,0,4,219485,0,1),
	/* PackagedProductDefinition.legalStatusOfSupply */
	E(209238,135472,581,0,1,0,1,1,0,0,4,213285,0,1),
	E(165759,135523,581,0,1,0,1,1,0,0,4,213159,0,1),
	/* PackagedProductDefinition.packaging */
	E(135803,135767,582,0,65535,0,1,1,0,0,4,219439,0,1),
	E(135857,135821,582,0,1,0,1,23,0,0,0,0,0,1),
	E(135907,135871,582,0,65535,0,1,1639,0,0,0,0,0,1),
	E(165730,136033,582,0,65535,0,1,7,0,0,0,0,0,1),
	E(54865,136080,582,0,65535,0,1,9,1,10,0,0,0,1),
	E(219476,136129,582,0,65535,0,1,1,0,0,4,219439,0,1),
	E(115180,136174,582,0,65535,0,1,1638,0,0,0,0,0,1),
	E(215090,136220,582,0,65535,0,1,1636,0,0,0,0,0,1),
	E(70641,136369,582,0,1,0,1,273,0,0,0,0,0,1),
	E(136450,136414,582,0,65535,0,1,801,0,0,0,0,0,1),
	E(207726,136467,582,0,1,0,1,1,0,0,4,219527,0,1),
	/* PackagedProductDefinition.packaging.containedItem */
	E(137556,135921,583,0,1,0,1,51,0,0,0,0,0,1),
	E(228416,135978,583,1,1,0,1,26,5,1640,0,0,0,1),
	/* PackagedProductDefinition.packaging.property */
	E(207726,136265,584,1,1,0,1,1,0,0,4,220981,0,1),
	E(234033,136315,584,0,1,1,5,1645,0,0,0,0,0,1),
	/* ParameterDefinition */
	E(39420,136629,585,0,1,0,1,8,0,0,0,0,0,1),
	E(163035,136663,585,0,1,0,1,8,0,0,0,0,0,1),
	E(163070,136687,585,0,1,0,1,273,0,0,0,0,0,1),
	E(165823,136711,585,0,1,0,1,14,0,0,0,0,0,1),
	E(122261,136736,585,0,1,0,1,40,1,50,0,0,0,1),
	E(207726,136764,585,1,1,0,1,14,0,0,1,208917,0,1),
	E(217192,136789,585,1,1,0,1,14,0,0,1,219234,0,1),
	/* Parameters */
	E(157139,136813,586,0,65535,0,1,1650,0,0,0,0,0,1),
	/* Parameters.parameter */
	E(165823,136834,587,1,1,0,1,8,0,0,0,0,0,1),
	E(227937,136860,587,0,65535,0,1,1650,0,0,0,0,0,1),
	E(139824,136886,587,0,1,0,1,215,0,0,0,0,0,1),
	E(234033,136916,587,0,1,1,54,930,0,0,0,0,0,1),
	/* Patient */
	E(91939,136954,588,0,1,0,1,23,0,0,0,0,1,1),
	E(87056,136969,588,0,65535,0,1,447,0,0,0,0,0,1),
	E(148752,136985,588,0,1,0,1,34,0,0,0,0,0,1),
	E(92119,137003,588,0,65535,0,1,1651,0,0,0,0,0,0),
	E(165344,137088,588,0,65535,0,1,1652,0,0,0,0,0,0),
	E(191587,137277,588,0,1,1,2,541,0,0,0,0,1,1),
	E(193571,137297,588,0,1,0,1,14,0,0,1,193578,0,1),
	E(137320,137312,588,0,65535,0,1,9,3,670,0,0,0,0),
	E(165730,137340,588,0,65535,0,1,7,0,0,0,0,0,1),
	E(61204,137359,588,0,65535,0,1,1653,0,0,0,0,1,1),
	E(67888,137409,588,0,1,0,1,9,1,10,0,0,0,1),
	E(140129,137438,588,0,1,0,1,1,0,0,2,214361,0,0),
	E(234130,137460,588,0,1,1,2,272,0,0,0,0,0,0),
	E(165823,137485,588,0,65535,0,1,961,0,0,0,0,0,1),
	E(92476,137498,588,0,65535,0,1,96,0,0,0,0,0,0),
	E(87207,137512,588,0,65535,0,1,364,0,0,0,0,0,1),
	/* Patient.communication */
	E(208810,137025,589,1,1,0,1,1,0,0,1,194384,0,0),
	E(124970,137056,589,0,1,0,1,23,0,0,0,0,0,0),
	/* Patient.contact */
	E(87056,137104,590,0,1,0,1,447,0,0,0,0,0,0),
	E(193571,137128,590,0,1,0,1,14,0,0,1,193578,0,0),
	E(165823,137151,590,0,1,0,1,961,0,0,0,0,0,0),
	E(144133,137172,590,0,1,0,1,9,1,10,0,0,0,0),
	E(139796,137201,590,0,1,0,1,13,0,0,0,0,0,0),
	E(222894,137224,590,0,65535,0,1,1,0,0,2,219781,0,0),
	E(87207,137253,590,0,65535,0,1,364,0,0,0,0,0,0),
	/* Patient.link */
	E(137385,137372,591,1,1,0,1,9,2,29,0,0,0,1),
	E(207726,137391,591,1,1,0,1,14,0,0,1,213379,0,1),
	/* PaymentNotice */
	E(137556,137542,592,1,1,0,1,22,0,0,0,0,0,1),
	E(11647,137563,592,1,1,0,1,28,0,0,0,0,0,1),
	E(165730,137585,592,0,65535,0,1,7,0,0,0,0,0,0),
	E(137624,137610,592,0,1,0,1,9,3,141,0,0,0,0),
	E(137644,137630,592,0,1,0,1,9,1,1654,0,0,0,1),
	E(137666,137652,592,0,1,0,1,34,0,0,0,0,0,0),
	E(137692,137678,592,0,1,0,1,1,0,0,4,220073,0,0),
	E(104202,137706,592,1,1,0,1,9,1,10,0,0,0,1),
	E(137744,137730,592,0,1,0,1,9,3,141,0,0,0,0),
	E(137767,137753,592,0,1,0,1,9,1,215,0,0,0,0),
	E(137789,137775,592,0,1,0,1,9,1,215,0,0,0,0),
	E(206043,137798,592,1,1,0,1,14,0,0,1,209143,1,1),
	/* PaymentReconciliation */
	E(137863,137841,593,0,1,0,1,8,0,0,0,0,0,0),
	E(137899,137877,593,0,65535,0,1,1655,0,0,0,0,0,0),
	E(137556,138455,593,1,1,0,1,22,0,0,0,0,0,1),
	E(145236,138484,593,0,1,0,1,8,0,0,0,0,0,0),
	E(138542,138520,593,0,1,0,1,8,0,0,0,0,0,0),
	E(11647,138552,593,1,1,0,1,28,0,0,0,0,0,1),
	E(165431,138582,593,1,1,0,1,34,0,0,0,0,0,1),
	E(206843,138609,593,0,1,0,1,8,0,0,0,0,0,0),
	E(20066,138643,593,0,1,0,1,9,3,141,0,0,0,0),
	E(54754,138673,593,0,1,0,1,34,0,0,0,0,0,0),
	E(31711,138710,593,0,1,0,1,1,0,0,4,209282,0,0),
	E(165730,138741,593,0,65535,0,1,7,0,0,0,0,0,0),
	E(138796,138774,593,0,1,0,1,1,0,0,2,219932,0,0),
	E(220017,138807,593,0,1,0,1,1,0,0,2,219980,0,0),
	E(197233,138834,593,0,1,0,1,9,1,19,0,0,0,0),
	E(214452,138865,593,0,1,0,1,1,0,0,2,232942,0,0),
	E(220835,138894,593,0,1,0,1,14,0,0,1,220022,0,0),
	E(138946,138924,593,0,1,0,1,7,0,0,0,0,0,0),
	E(138986,138964,593,0,1,0,1,9,3,467,0,0,0,1),
	E(139796,139000,593,0,1,0,1,13,0,0,0,0,0,1),
	E(33356,139029,593,0,65535,0,1,1656,0,0,0,0,0,0),
	E(139163,139141,593,0,1,0,1,8,0,0,0,0,0,0),
	E(139195,139173,593,0,1,0,1,8,0,0,0,0,0,0),
	E(137767,139211,593,0,1,0,1,9,1,259,0,0,0,0),
	E(33534,139241,593,0,1,0,1,9,3,141,0,0,0,0),
	E(139295,139273,593,0,1,0,1,22,0,0,0,0,0,0),
	E(206043,139310,593,1,1,0,1,14,0,0,1,209143,1,1),
	E(139361,139339,593,0,1,0,1,22,0,0,0,0,0,0),
	E(207726,139376,593,1,1,0,1,1,0,0,2,220117,0,1),
	/* PaymentReconciliation.allocation */
	E(103840,137910,594,0,1,0,1,9,1,33,0,0,0,0),
	E(137556,137951,594,0,1,0,1,22,0,0,0,0,0,0),
	E(165431,137991,594,0,1,0,1,34,0,0,0,0,0,0),
	E(217400,138029,594,0,1,0,1,9,1,103,0,0,0,0),
	E(165730,138072,594,0,1,0,1,7,0,0,0,0,0,0),
	E(137624,138116,594,0,1,0,1,9,3,141,0,0,0,0),
	E(138188,138155,594,0,1,0,1,7,0,0,0,0,0,0),
	E(137789,138200,594,0,1,0,1,9,1,449,0,0,0,0),
	E(26280,138242,594,0,1,0,1,9,1,18,0,0,0,0),
	E(138320,138287,594,0,1,0,1,9,3,141,0,0,0,0),
	E(145510,138330,594,0,1,0,1,9,6,1657,0,0,0,0),
	E(234296,138370,594,0,1,1,3,1663,0,0,0,0,0,0),
	E(207726,138417,594,0,1,0,1,1,0,0,2,220117,0,0),
	/* PaymentReconciliation.processNote */
	E(62600,139063,595,0,1,0,1,8,0,0,0,0,0,0),
	E(207726,139102,595,0,1,0,1,14,0,0,1,218327,0,0),
	/* Period */
	E(139410,139403,596,0,1,0,1,28,0,0,0,0,0,1),
	E(139421,139414,596,0,1,0,1,28,0,0,0,0,0,1),
	/* Permission */
	E(139449,139438,597,0,1,0,1,9,7,1666,0,0,0,1),
	E(139469,139458,597,1,1,0,1,14,0,0,1,220203,1,1),
	E(165431,139479,597,0,65535,0,1,28,0,0,0,0,0,1),
	E(139506,139495,597,0,1,0,1,1673,0,0,0,0,0,1),
	E(162686,139585,597,0,65535,0,1,1674,0,0,0,0,0,1),
	E(206043,139984,597,1,1,0,1,14,0,0,1,220264,0,1),
	E(140013,140002,597,0,1,0,1,13,0,0,0,0,0,1),
	/* Permission.justification */
	E(222558,139520,598,0,65535,0,1,1,0,0,4,201378,0,1),
	E(54092,139551,598,0,65535,0,1,9,1,215,0,0,0,1),
	/* Permission.rule */
	E(227635,139601,599,0,65535,0,1,1675,0,0,0,0,0,1),
	E(155368,139722,599,0,65535,0,1,1676,0,0,0,0,0,1),
	E(139957,139941,599,0,65535,0,1,1,0,0,4,224976,0,1),
	E(207726,139963,599,0,1,0,1,14,0,0,1,201422,1,1),
	/* Permission.rule.activity */
	E(204454,139626,600,0,65535,0,1,1,0,0,4,201131,0,1),
	E(155580,139658,600,0,65535,0,1,9,8,662,0,0,0,1),
	E(166046,139689,600,0,65535,0,1,1,0,0,3,233688,0,1),
	/* Permission.rule.data */
	E(139764,139743,601,0,1,0,1,73,0,0,0,0,0,1),
	E(139796,139775,601,0,65535,0,1,13,0,0,0,0,0,1),
	E(139824,139803,601,0,65535,0,1,1677,0,0,0,0,0,1),
	E(139932,139911,601,0,65535,0,1,72,0,0,0,0,0,1),
	/* Permission.rule.data.resource */
	E(222497,139833,602,1,1,0,1,14,0,0,1,201322,0,1),
	E(44772,139871,602,1,1,0,1,9,1,215,0,0,0,1),
	/* Person */
	E(91939,148702,603,0,1,0,1,23,0,0,0,0,1,1),
	E(87056,148723,603,0,65535,0,1,447,0,0,0,0,0,1),
	E(148752,148745,603,0,1,0,1,34,0,0,0,0,0,1),
	E(92119,148769,603,0,65535,0,1,1678,0,0,0,0,0,0),
	E(191587,140022,603,0,1,1,2,541,0,0,0,0,0,1),
	E(193571,148872,603,0,1,0,1,14,0,0,1,193578,0,1),
	E(165730,148893,603,0,65535,0,1,7,0,0,0,0,0,1),
	E(61204,140041,603,0,65535,0,1,1679,0,0,0,0,0,0),
	E(67888,140094,603,0,1,0,1,9,1,10,0,0,0,1),
	E(140129,140122,603,0,1,0,1,1,0,0,2,214361,0,0),
	E(165823,148918,603,0,65535,0,1,961,0,0,0,0,0,1),
	E(92476,148980,603,0,65535,0,1,96,0,0,0,0,0,0),
	E(87207,149027,603,0,65535,0,1,364,0,0,0,0,0,1),
	/* Person.communication */
	E(208810,148797,604,1,1,0,1,1,0,0,1,194384,0,0),
	E(124970,148834,604,0,1,0,1,23,0,0,0,0,0,0),
	/* Person.link */
	E(140065,140053,605,0,1,0,1,14,0,0,1,210815,0,0),
	E(145510,140075,605,1,1,0,1,9,4,1680,0,0,0,0),
	/* PlanDefinition */
	E(204454,140158,606,0,65535,0,1,1684,0,0,0,0,0,0),
	E(155580,141980,606,0,65535,0,1,1685,0,0,0,0,0,0),
	E(165029,142239,606,0,1,0,1,34,0,0,0,0,0,0),
	E(62648,142267,606,0,1,1,2,35,0,0,4,215337,0,1),
	E(11623,142294,606,0,65535,0,1,37,0,0,0,0,0,0),
	E(165344,142316,606,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,142339,606,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,142364,606,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,142394,606,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,142414,606,0,1,0,1,4,0,0,0,0,0,1),
	E(69357,142441,606,0,65535,0,1,37,0,0,0,0,0,0),
	E(165514,142463,606,0,1,0,1,13,0,0,0,0,0,1),
	E(69373,142494,606,0,65535,0,1,37,0,0,0,0,0,0),
	E(165699,142518,606,0,1,0,1,23,0,0,0,0,0,1),
	E(19307,142546,606,0,65535,0,1,1686,0,0,0,0,0,0),
	E(165730,142876,606,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,142902,606,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165790,142930,606,0,1,0,1,34,0,0,0,0,0,0),
	E(108241,142960,606,0,65535,0,1,40,1,41,0,0,0,0),
	E(165823,142983,606,0,1,0,1,8,0,0,0,0,0,1),
	E(166018,143003,606,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,143028,606,0,1,0,1,4,0,0,0,0,0,0),
	E(69521,143051,606,0,65535,0,1,52,0,0,0,0,0,0),
	E(69546,143082,606,0,65535,0,1,37,0,0,0,0,0,0),
	E(206043,143106,606,1,1,0,1,14,0,0,1,221397,1,1),
	E(11678,143128,606,0,1,1,3,54,7,57,2,219571,0,0),
	E(108467,143154,606,0,1,0,1,8,0,0,0,0,0,0),
	E(166675,143178,606,0,1,0,1,8,0,0,0,0,0,1),
	E(199858,143199,606,0,65535,0,1,1,0,0,4,204056,0,0),
	E(207726,143220,606,0,1,0,1,1,0,0,2,220372,0,1),
	E(166699,143240,606,0,1,0,1,69,0,0,0,0,0,1),
	E(214501,143259,606,0,1,0,1,4,0,0,0,0,0,0),
	E(166721,143280,606,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,143306,606,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,143329,606,0,1,1,2,71,0,0,2,231347,0,1),
	/* PlanDefinition.action */
	E(204454,140180,607,0,65535,0,1,1684,0,0,0,0,0,0),
	E(149154,140209,607,0,1,0,1,14,0,0,1,192335,0,0),
	E(209238,140251,607,0,1,0,1,1,0,0,4,192398,0,0),
	E(210375,140278,607,0,65535,0,1,1687,0,0,0,0,0,0),
	E(54685,140390,607,0,1,1,2,238,6,1688,0,0,0,0),
	E(108590,140426,607,0,1,0,1,4,0,0,0,0,0,0),
	E(39420,140460,607,0,65535,0,1,52,0,0,0,0,0,0),
	E(149489,140496,607,0,65535,0,1,1694,0,0,0,0,0,0),
	E(140639,140617,607,0,65535,0,1,928,0,0,0,0,0,0),
	E(149661,140646,607,0,1,0,1,14,0,0,1,192496,0,0),
	E(176571,140685,607,0,65535,0,1,1695,0,0,0,0,0,0),
	E(108627,140827,607,0,1,0,1,8,0,0,0,0,0,0),
	E(197233,140856,607,0,1,0,1,26,1,19,0,0,0,0),
	E(176735,140887,607,0,65535,0,1,1696,0,0,0,0,0,0),
	E(104092,141033,607,0,65535,0,1,1697,0,0,0,0,0,0),
	E(150450,141326,607,0,1,0,1,14,0,0,1,192672,0,0),
	E(92730,141365,607,0,1,0,1,8,0,0,0,0,0,0),
	E(209799,141394,607,0,1,0,1,14,0,0,1,223346,0,0),
	E(215387,141425,607,0,65535,0,1,1,0,0,4,192732,0,0),
	E(150567,141454,607,0,65535,0,1,1698,0,0,0,0,0,0),
	E(150825,141682,607,0,1,0,1,14,0,0,1,192840,0,0),
	E(150907,141721,607,0,1,0,1,14,0,0,1,192900,0,0),
	E(11678,141761,607,0,1,1,3,54,1,57,2,219571,0,0),
	E(150953,141794,607,0,1,0,1,4,0,0,0,0,0,0),
	E(62955,141831,607,0,1,1,4,1699,0,0,0,0,0,0),
	E(166675,141863,607,0,1,0,1,8,0,0,0,0,0,0),
	E(151068,141891,607,0,1,0,1,40,1,68,0,0,0,0),
	E(141945,141923,607,0,65535,0,1,978,0,0,0,0,0,0),
	E(207726,141953,607,0,1,0,1,1,0,0,2,192961,0,0),
	/* PlanDefinition.action.condition */
	E(139764,140310,608,0,1,0,1,73,0,0,0,0,0,0),
	E(220017,140353,608,1,1,0,1,14,0,0,1,192439,0,0),
	/* PlanDefinition.action.dynamicValue */
	E(139764,140531,609,0,1,0,1,73,0,0,0,0,0,0),
	E(185034,140577,609,0,1,0,1,8,0,0,0,0,0,0),
	/* PlanDefinition.action.input */
	E(149746,140713,610,0,1,0,1,928,0,0,0,0,0,0),
	E(160502,140753,610,0,1,0,1,974,0,0,0,0,0,0),
	E(166675,140793,610,0,1,0,1,8,0,0,0,0,0,0),
	/* PlanDefinition.action.output */
	E(149746,140916,611,0,1,0,1,8,0,0,0,0,0,0),
	E(160502,140957,611,0,1,0,1,974,0,0,0,0,0,0),
	E(166675,140998,611,0,1,0,1,8,0,0,0,0,0,0),
	/* PlanDefinition.action.participant */
	E(141101,141067,612,0,1,0,1,8,0,0,0,0,0,0),
	E(215214,141109,612,0,1,0,1,1,0,0,4,192556,0,0),
	E(230698,141152,612,0,1,0,1,1,0,0,4,232048,0,0),
	E(207726,141191,612,0,1,0,1,14,0,0,1,192613,0,0),
	E(142156,141230,612,0,1,0,1,40,1,74,0,0,0,0),
	E(142198,141278,612,0,1,0,1,9,12,75,0,0,0,0),
	/* PlanDefinition.action.relatedAction */
	E(150623,141490,613,0,1,0,1,14,0,0,1,192780,0,0),
	E(197899,141542,613,0,1,1,2,1700,0,0,0,0,0,0),
	E(222894,141588,613,1,1,0,1,14,0,0,1,192780,0,0),
	E(90791,141637,613,1,1,0,1,928,0,0,0,0,0,0),
	/* PlanDefinition.actor */
	E(108590,142001,614,0,1,0,1,4,0,0,0,0,0,0),
	E(142055,142034,614,1,65535,0,1,1703,0,0,0,0,0,0),
	E(166675,142212,614,0,1,0,1,8,0,0,0,0,0,0),
	/* PlanDefinition.actor.option */
	E(230698,142062,615,0,1,0,1,1,0,0,4,232048,0,0),
	E(207726,142095,615,0,1,0,1,14,0,0,1,192613,0,0),
	E(142156,142128,615,0,1,0,1,40,1,74,0,0,0,0),
	E(142198,142170,615,0,1,0,1,9,12,75,0,0,0,0),
	/* PlanDefinition.goal */
	E(89808,142566,616,0,65535,0,1,1,0,0,4,200532,0,0),
	E(204553,142596,616,0,1,0,1,1,0,0,4,209722,0,0),
	E(108590,142625,616,1,1,0,1,1,0,0,4,198969,0,0),
	E(39420,142657,616,0,65535,0,1,52,0,0,0,0,0,0),
	E(209799,142691,616,0,1,0,1,1,0,0,3,209765,0,0),
	E(139421,142720,616,0,1,0,1,1,0,0,4,209808,0,0),
	E(145510,142746,616,0,65535,0,1,1704,0,0,0,0,0,0),
	/* PlanDefinition.goal.target */
	E(196053,142773,617,0,1,1,7,1196,0,0,0,0,0,0),
	E(142837,142810,617,0,1,0,1,67,0,0,0,0,0,0),
	E(90077,142841,617,0,1,0,1,1,0,0,4,218677,0,0),
	/* Practitioner */
	E(91939,143364,618,0,1,0,1,23,0,0,0,0,1,1),
	E(87056,143384,618,0,65535,0,1,447,0,0,0,0,0,1),
	E(148752,143405,618,0,1,0,1,34,0,0,0,0,0,1),
	E(92119,143428,618,0,65535,0,1,1705,0,0,0,0,0,0),
	E(191587,143528,618,0,1,1,2,541,0,0,0,0,0,1),
	E(193571,143553,618,0,1,0,1,14,0,0,1,193578,0,1),
	E(165730,143573,618,0,65535,0,1,7,0,0,0,0,0,1),
	E(165823,143597,618,0,65535,0,1,961,0,0,0,0,0,1),
	E(92476,143615,618,0,65535,0,1,96,0,0,0,0,0,0),
	E(221335,143634,618,0,65535,0,1,1706,0,0,0,0,0,0),
	E(87207,143799,618,0,65535,0,1,364,0,0,0,0,0,1),
	/* Practitioner.communication */
	E(208810,143455,619,1,1,0,1,1,0,0,1,194384,0,0),
	E(124970,143491,619,0,1,0,1,23,0,0,0,0,0,0),
	/* Practitioner.qualification */
	E(209238,143661,620,1,1,0,1,1,0,0,4,232766,0,0),
	E(165730,143693,620,0,65535,0,1,7,0,0,0,0,0,0),
	E(103929,143731,620,0,1,0,1,9,1,10,0,0,0,0),
	E(139796,143765,620,0,1,0,1,13,0,0,0,0,0,0),
	/* PractitionerRole */
	E(91939,143837,621,0,1,0,1,23,0,0,0,0,0,1),
	E(195835,143861,621,0,65535,0,1,980,0,0,0,0,0,0),
	E(216195,143891,621,0,65535,0,1,1,0,0,4,225381,0,0),
	E(209238,143923,621,0,65535,0,1,1,0,0,4,220422,0,1),
	E(92119,143945,621,0,65535,0,1,1,0,0,1,194384,0,0),
	E(165344,143976,621,0,65535,0,1,981,0,0,0,0,0,0),
	E(54738,144001,621,0,65535,0,1,9,1,78,0,0,0,0),
	E(144044,144027,621,0,65535,0,1,9,1,20,0,0,0,0),
	E(165730,144062,621,0,65535,0,1,7,0,0,0,0,0,1),
	E(197233,144090,621,0,65535,0,1,9,1,19,0,0,0,1),
	E(144133,144116,621,0,1,0,1,9,1,10,0,0,0,1),
	E(139796,144146,621,0,1,0,1,13,0,0,0,0,0,1),
	E(144187,144170,621,0,1,0,1,9,1,17,0,0,0,1),
	E(92627,144200,621,0,65535,0,1,1,0,0,3,197336,0,1),
	/* Procedure */
	E(145261,144241,623,0,65535,0,1,9,2,335,0,0,0,1),
	E(61778,144259,623,0,65535,0,1,1,0,0,4,197008,0,1),
	E(204553,144278,623,0,65535,0,1,1,0,0,4,220596,0,1),
	E(209238,144297,623,0,1,0,1,1,0,0,4,220644,0,1),
	E(144322,144312,623,0,65535,0,1,26,1,27,4,200532,0,0),
	E(217400,144335,623,0,1,0,1,9,1,103,0,0,0,1),
	E(144365,144355,623,0,65535,0,1,1707,0,0,0,0,0,0),
	E(123103,144440,623,0,1,0,1,9,8,1708,0,0,0,1),
	E(144466,144456,623,0,65535,0,1,1,0,0,4,220688,0,0),
	E(165730,144475,623,0,65535,0,1,7,0,0,0,0,0,1),
	E(125765,144496,623,0,65535,0,1,40,5,544,0,0,0,1),
	E(125803,144528,623,0,65535,0,1,69,0,0,0,0,0,1),
	E(197233,144554,623,0,1,0,1,9,1,19,0,0,0,1),
	E(74012,144573,623,0,65535,0,1,105,0,0,0,0,0,0),
	E(234163,144588,623,0,1,1,6,1716,0,0,0,0,0,1),
	E(220835,144612,623,0,1,0,1,1,0,0,4,220796,0,1),
	E(125911,144630,623,0,65535,0,1,9,3,1722,0,0,0,1),
	E(123210,144647,623,0,65535,0,1,1725,0,0,0,0,0,1),
	E(215387,144780,623,0,65535,0,1,26,5,1726,4,220843,0,1),
	E(145469,144797,623,0,1,0,1,28,0,0,0,0,0,1),
	E(144826,144816,623,0,1,0,1,9,4,600,0,0,0,1),
	E(144845,144835,623,0,65535,0,1,9,3,1731,0,0,0,0),
	E(95750,144852,623,0,1,1,2,1544,5,600,0,0,0,1),
	E(206043,144874,623,1,1,0,1,14,0,0,1,207894,1,1),
	E(126126,144891,623,0,1,0,1,1,0,0,4,220736,0,1),
	E(11678,144914,623,1,1,0,1,9,6,1734,0,0,0,1),
	E(144942,144932,623,0,65535,0,1,9,1,215,0,0,0,0),
	E(144967,144957,623,0,65535,0,1,26,4,1740,4,205049,0,0),
	/* Procedure.focalDevice */
	E(204454,144377,624,0,1,0,1,1,0,0,3,204418,0,0),
	E(144428,144406,624,1,1,0,1,9,1,16,0,0,0,0),
	/* Procedure.performer */
	E(155580,144667,625,1,1,0,1,9,8,1744,0,0,0,1),
	E(215214,144693,625,0,1,0,1,1,0,0,4,220159,0,1),
	E(157720,144722,625,0,1,0,1,9,1,10,0,0,0,0),
	E(139796,144753,625,0,1,0,1,13,0,0,0,0,0,0),
	/* ProductShelfLife */
	E(139796,144989,626,0,1,1,2,1752,0,0,0,0,0,1),
	E(145033,145016,626,0,65535,0,1,1,0,0,0,0,0,1),
	E(207726,145062,626,0,1,0,1,1,0,0,0,0,0,1),
	/* Provenance */
	E(227635,145095,627,0,1,0,1,1,0,0,4,221185,0,0),
	E(145126,145115,627,1,65535,0,1,1754,0,0,0,0,0,1),
	E(145236,145225,627,0,65535,0,1,26,0,0,4,233688,0,0),
	E(145261,145250,627,0,65535,0,1,9,7,253,0,0,0,0),
	E(217400,145269,627,0,1,0,1,9,1,103,0,0,0,0),
	E(145301,145290,627,0,65535,0,1,1755,0,0,0,0,0,1),
	E(197233,145378,627,0,1,0,1,9,1,19,0,0,0,0),
	E(234154,145398,627,0,1,1,2,261,0,0,0,0,0,0),
	E(145432,145421,627,0,1,0,1,9,1,15,0,0,0,0),
	E(201415,145440,627,0,65535,0,1,69,0,0,0,0,0,0),
	E(145469,145458,627,0,1,0,1,2,0,0,0,0,0,1),
	E(145489,145478,627,0,65535,0,1,311,0,0,0,0,0,0),
	E(145510,145499,627,1,65535,0,1,9,1,215,0,0,0,1),
	/* Provenance.agent */
	E(157720,145132,628,0,1,0,1,9,5,141,0,0,0,0),
	E(230698,145160,628,0,65535,0,1,1,0,0,4,225133,0,0),
	E(207726,145182,628,0,1,0,1,1,0,0,4,219673,0,1),
	E(189899,145204,628,1,1,0,1,9,7,141,0,0,0,1),
	/* Provenance.entity */
	E(145126,145308,629,0,65535,0,1,1754,0,0,0,0,0,0),
	E(230698,145332,629,1,1,0,1,14,0,0,1,221239,0,1),
	E(145373,145355,629,1,1,0,1,9,1,215,0,0,0,1),
	/* Quantity */
	E(209238,145517,630,0,1,0,1,14,0,0,0,0,0,1),
	E(169066,145531,630,0,1,0,1,14,0,0,1,221498,1,1),
	E(187333,145551,630,0,1,0,1,69,0,0,0,0,0,1),
	E(214883,145567,630,0,1,0,1,8,0,0,0,0,0,1),
	E(234033,145581,630,0,1,0,1,250,0,0,0,0,0,1),
	/* Questionnaire */
	E(165029,145610,631,0,1,0,1,34,0,0,0,0,0,0),
	E(209238,145637,631,0,65535,0,1,72,0,0,4,221931,0,1),
	E(165344,145656,631,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,145678,631,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,145702,631,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,145731,631,0,1,0,1,28,0,0,0,0,0,1),
	E(165454,145750,631,0,65535,0,1,40,1,348,0,0,0,1),
	E(108590,145776,631,0,1,0,1,4,0,0,0,0,0,1),
	E(165514,145802,631,0,1,0,1,13,0,0,0,0,0,1),
	E(165699,145832,631,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,145859,631,0,65535,0,1,7,0,0,0,0,0,1),
	E(228416,145884,631,0,65535,0,1,1756,0,0,0,0,0,0),
	E(165759,146664,631,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165790,146691,631,0,1,0,1,34,0,0,0,0,0,0),
	E(165823,146720,631,0,1,0,1,8,0,0,0,0,0,1),
	E(166018,146739,631,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,146763,631,0,1,0,1,4,0,0,0,0,0,0),
	E(206043,146785,631,1,1,0,1,14,0,0,1,221397,1,1),
	E(146820,146806,631,0,65535,0,1,14,0,0,1,224405,0,1),
	E(166675,146832,631,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,146852,631,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,146870,631,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,146895,631,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,146917,631,0,1,1,2,71,0,0,2,231347,0,1),
	/* Questionnaire.item */
	E(145922,145903,632,0,1,0,1,14,0,0,1,221553,0,0),
	E(145958,145939,632,0,65535,0,1,1757,0,0,0,0,0,0),
	E(146079,146060,632,0,1,0,1,40,1,534,0,0,0,0),
	E(209238,146094,632,0,65535,0,1,72,0,0,4,221931,0,0),
	E(54685,146118,632,0,1,0,1,69,0,0,0,0,0,0),
	E(146167,146148,632,0,1,0,1,14,0,0,1,221735,0,0),
	E(146202,146183,632,0,1,0,1,14,0,0,1,221801,0,0),
	E(146236,146217,632,0,65535,0,1,1758,0,0,0,0,1,0),
	E(146384,146365,632,0,65535,0,1,1759,0,0,0,0,0,0),
	E(228416,146428,632,0,65535,0,1,1756,0,0,0,0,0,0),
	E(108627,146452,632,1,1,0,1,8,0,0,0,0,0,0),
	E(146497,146478,632,0,1,0,1,273,0,0,0,0,0,0),
	E(92730,146507,632,0,1,0,1,8,0,0,0,0,0,0),
	E(146552,146533,632,0,1,0,1,23,0,0,0,0,0,0),
	E(146580,146561,632,0,1,0,1,23,0,0,0,0,0,0),
	E(146607,146588,632,0,1,0,1,23,0,0,0,0,0,0),
	E(62600,146616,632,0,1,0,1,8,0,0,0,0,0,0),
	E(207726,146640,632,1,1,0,1,14,0,0,1,213114,0,0),
	/* Questionnaire.item.answerOption */
	E(146003,145971,633,0,1,0,1,23,0,0,0,0,0,0),
	E(234033,146019,633,1,1,1,6,1760,1,215,4,221620,0,0),
	/* Questionnaire.item.enableWhen */
	E(147182,146247,634,1,1,1,10,1766,1,215,4,221620,0,0),
	E(146317,146287,634,1,1,0,1,14,0,0,1,221866,0,0),
	E(146356,146326,634,1,1,0,1,8,0,0,0,0,0,0),
	/* Questionnaire.item.initial */
	E(234033,146392,635,1,1,1,12,717,1,215,4,221620,0,0),
	/* QuestionnaireResponse */
	E(11623,146973,636,0,1,0,1,9,6,1776,0,0,0,1),
	E(147024,147002,636,0,1,0,1,28,0,0,0,0,0,1),
	E(145261,147033,636,0,65535,0,1,9,2,335,0,0,0,1),
	E(217400,147063,636,0,1,0,1,9,1,103,0,0,0,1),
	E(165730,147095,636,0,65535,0,1,7,0,0,0,0,0,1),
	E(228416,147128,636,0,65535,0,1,1782,0,0,0,0,0,0),
	E(125911,147407,636,0,65535,0,1,9,2,389,0,0,0,1),
	E(147458,147436,636,1,1,0,1,40,1,348,0,0,0,1),
	E(211424,147472,636,0,1,0,1,9,6,561,0,0,0,1),
	E(206043,147501,636,1,1,0,1,14,0,0,1,221671,1,1),
	E(11678,147530,636,0,1,0,1,9,1,215,0,0,0,1),
	/* QuestionnaireResponse.item */
	E(147182,147155,637,0,65535,0,1,1783,0,0,0,0,0,0),
	E(54685,147271,637,0,1,0,1,69,0,0,0,0,0,0),
	E(228416,147309,637,0,65535,0,1,1782,0,0,0,0,0,0),
	E(108627,147341,637,1,1,0,1,8,0,0,0,0,0,0),
	E(62600,147375,637,0,1,0,1,8,0,0,0,0,0,0),
	/* QuestionnaireResponse.item.answer */
	E(228416,147189,638,0,65535,0,1,1782,0,0,0,0,0,0),
	E(234033,147228,638,1,1,1,12,717,1,215,4,221620,0,0),
	/* Range */
	E(130064,130058,639,0,1,0,1,51,0,0,0,0,0,1),
	E(130096,130090,639,0,1,0,1,51,0,0,0,0,0,1),
	/* Ratio */
	E(147622,147566,640,0,1,0,1,51,0,0,0,0,0,1),
	E(147590,147584,640,0,1,0,1,51,0,0,0,0,0,1),
	/* RatioRange */
	E(147622,147611,641,0,1,0,1,51,0,0,0,0,0,1),
	E(147645,147634,641,0,1,0,1,51,0,0,0,0,0,1),
	E(147670,147659,641,0,1,0,1,51,0,0,0,0,0,1),
	/* Reference */
	E(41865,147683,642,0,1,0,1,8,0,0,0,0,0,1),
	E(165730,62152,642,0,1,0,1,7,0,0,0,0,0,1),
	E(44772,37656,642,0,1,0,1,8,0,0,0,0,0,1),
	E(207726,119337,642,0,1,0,1,69,0,0,2,224361,0,1),
	/* RegulatedAuthorization */
	E(147747,147724,643,0,65535,0,1,9,1,134,0,0,0,1),
	E(222558,147764,643,0,65535,0,1,1,0,0,4,222505,0,1),
	E(147816,147793,643,0,1,0,1,1784,0,0,0,0,0,1),
	E(108590,148004,643,0,1,0,1,4,0,0,0,0,0,1),
	E(148062,148039,643,0,1,0,1,9,1,10,0,0,0,1),
	E(165730,148069,643,0,65535,0,1,7,0,0,0,0,0,1),
	E(114655,148103,643,0,65535,0,1,26,1,514,0,0,0,1),
	E(56781,148137,643,0,1,0,1,1,0,0,3,221039,0,1),
	E(148195,148172,643,0,65535,0,1,1,0,0,4,213159,0,1),
	E(148225,148202,643,0,1,0,1,9,1,10,0,0,0,1),
	E(206043,148235,643,0,1,0,1,1,0,0,3,221349,0,1),
	E(167486,148265,643,0,1,0,1,28,0,0,0,0,0,1),
	E(11678,148299,643,0,65535,0,1,9,15,1785,0,0,0,1),
	E(207726,148330,643,0,1,0,1,1,0,0,4,222627,0,1),
	E(148381,148358,643,0,1,0,1,13,0,0,0,0,0,1),
	/* RegulatedAuthorization.case */
	E(147849,147821,644,0,65535,0,1,1784,0,0,0,0,0,1),
	E(165431,147861,644,0,1,1,2,261,0,0,0,0,0,1),
	E(165730,147897,644,0,1,0,1,7,0,0,0,0,0,1),
	E(206043,147936,644,0,1,0,1,1,0,0,3,221349,0,1),
	E(207726,147971,644,0,1,0,1,1,0,0,4,222564,0,1),
	/* RelatedArtifact */
	E(24551,148412,645,0,1,0,1,4,0,0,0,0,0,1),
	E(195339,148437,645,0,65535,0,1,1,0,0,4,198012,0,1),
	E(41865,148464,645,0,1,0,1,8,0,0,0,0,0,1),
	E(169900,148488,645,0,1,0,1,96,0,0,0,0,0,1),
	E(64100,148513,645,0,1,0,1,8,0,0,0,0,0,1),
	E(45584,148535,645,0,1,0,1,34,0,0,0,0,0,1),
	E(45627,148567,645,0,1,0,1,14,0,0,1,221397,0,1),
	E(139824,148601,645,0,1,0,1,40,1,215,0,0,0,1),
	E(24801,148626,645,0,1,0,1,9,1,215,0,0,0,1),
	E(207726,148660,645,1,1,0,1,14,0,0,1,222794,0,1),
	/* RelatedPerson */
	E(91939,148695,646,0,1,0,1,23,0,0,0,0,1,1),
	E(87056,148716,646,0,65535,0,1,447,0,0,0,0,0,1),
	E(148752,148738,646,0,1,0,1,34,0,0,0,0,0,1),
	E(92119,148762,646,0,65535,0,1,1800,0,0,0,0,0,0),
	E(193571,148865,646,0,1,0,1,14,0,0,1,193578,0,1),
	E(165730,148886,646,0,65535,0,1,7,0,0,0,0,0,1),
	E(165823,148911,646,0,65535,0,1,961,0,0,0,0,0,1),
	E(145432,148930,646,1,1,0,1,9,1,15,0,0,0,1),
	E(139796,148952,646,0,1,0,1,13,0,0,0,0,0,0),
	E(92476,148973,646,0,65535,0,1,96,0,0,0,0,0,0),
	E(222894,148993,646,0,65535,0,1,1,0,0,3,222907,0,1),
	E(87207,149020,646,0,65535,0,1,364,0,0,0,0,0,1),
	/* RelatedPerson.communication */
	E(208810,148790,647,1,1,0,1,1,0,0,1,194384,0,0),
	E(124970,148827,647,0,1,0,1,23,0,0,0,0,0,0),
	/* RequestOrchestration */
	E(204454,149063,648,0,65535,0,1,1801,0,0,0,0,0,0),
	E(11623,151111,648,0,1,0,1,9,3,16,0,0,0,0),
	E(176384,151139,648,0,1,0,1,28,0,0,0,0,0,0),
	E(145261,151171,648,0,65535,0,1,9,1,215,0,0,0,0),
	E(209238,151200,648,0,1,0,1,1,0,0,4,192398,0,1),
	E(217400,151226,648,0,1,0,1,9,1,103,0,0,0,0),
	E(19307,151257,648,0,65535,0,1,9,1,346,0,0,0,0),
	E(176534,151283,648,0,1,0,1,7,0,0,0,0,0,1),
	E(165730,151320,648,0,65535,0,1,7,0,0,0,0,0,1),
	E(125765,151352,648,0,65535,0,1,40,0,0,0,0,0,1),
	E(125803,151395,648,0,65535,0,1,69,0,0,0,0,0,1),
	E(176681,151432,648,1,1,0,1,14,0,0,1,223296,1,1),
	E(74012,151460,648,0,65535,0,1,105,0,0,0,0,0,0),
	E(209799,151486,648,0,1,0,1,14,0,0,1,223346,0,1),
	E(215387,151516,648,0,65535,0,1,26,4,699,4,192732,0,0),
	E(19459,151544,648,0,65535,0,1,9,1,215,0,0,0,0),
	E(206043,151574,648,1,1,0,1,14,0,0,1,223456,1,1),
	E(11678,151602,648,0,1,0,1,9,10,550,0,0,0,0),
	/* RequestOrchestration.action */
	E(204454,149091,649,0,65535,0,1,1801,0,0,0,0,0,0),
	E(149154,149126,649,0,1,0,1,14,0,0,1,192335,0,0),
	E(209238,149174,649,0,65535,0,1,1,0,0,4,192398,0,0),
	E(210375,149207,649,0,65535,0,1,1802,0,0,0,0,0,0),
	E(54685,149337,649,0,1,1,2,238,5,1803,0,0,0,0),
	E(108590,149379,649,0,1,0,1,4,0,0,0,0,0,1),
	E(39420,149419,649,0,65535,0,1,52,0,0,0,0,0,0),
	E(149489,149461,649,0,65535,0,1,1808,0,0,0,0,0,0),
	E(19307,149600,649,0,65535,0,1,9,1,346,0,0,0,0),
	E(149661,149633,649,0,1,0,1,14,0,0,1,192496,0,0),
	E(176571,149678,649,0,65535,0,1,1809,0,0,0,0,0,0),
	E(108627,149844,649,0,1,0,1,8,0,0,0,0,0,0),
	E(197233,149879,649,0,1,0,1,26,1,19,0,0,0,0),
	E(176735,149916,649,0,65535,0,1,1810,0,0,0,0,0,0),
	E(104092,150086,649,0,65535,0,1,1811,0,0,0,0,0,0),
	E(150450,150422,649,0,1,0,1,14,0,0,1,192672,0,0),
	E(92730,150467,649,0,1,0,1,8,0,0,0,0,0,0),
	E(209799,150502,649,0,1,0,1,14,0,0,1,223346,0,0),
	E(150567,150539,649,0,65535,0,1,1812,0,0,0,0,0,0),
	E(150825,150797,649,0,1,0,1,14,0,0,1,192840,0,0),
	E(139824,150842,649,0,1,0,1,9,1,215,0,0,0,0),
	E(150907,150879,649,0,1,0,1,14,0,0,1,192900,0,0),
	E(150953,150925,649,0,1,0,1,4,0,0,0,0,0,1),
	E(62955,150968,649,0,1,1,6,1813,0,0,0,0,0,0),
	E(166675,151006,649,0,1,0,1,8,0,0,0,0,0,0),
	E(151068,151040,649,0,1,0,1,40,1,68,0,0,0,0),
	E(207726,151078,649,0,1,0,1,1,0,0,2,192961,0,0),
	/* RequestOrchestration.action.condition */
	E(139764,149245,650,0,1,0,1,73,0,0,0,0,0,0),
	E(220017,149294,650,1,1,0,1,14,0,0,1,192439,0,0),
	/* RequestOrchestration.action.dynamicValue */
	E(139764,149502,651,0,1,0,1,73,0,0,0,0,0,0),
	E(185034,149554,651,0,1,0,1,8,0,0,0,0,0,0),
	/* RequestOrchestration.action.input */
	E(149746,149712,652,0,1,0,1,928,0,0,0,0,0,0),
	E(160502,149758,652,0,1,0,1,974,0,0,0,0,0,0),
	E(166675,149804,652,0,1,0,1,8,0,0,0,0,0,0),
	/* RequestOrchestration.action.output */
	E(149746,149951,653,0,1,0,1,8,0,0,0,0,0,0),
	E(160502,149998,653,0,1,0,1,974,0,0,0,0,0,0),
	E(166675,150045,653,0,1,0,1,8,0,0,0,0,0,0),
	/* RequestOrchestration.action.participant */
	E(155580,150126,654,0,1,1,2,1592,13,1819,0,0,0,0),
	E(215214,150175,654,0,1,0,1,1,0,0,4,192556,0,0),
	E(230698,150224,654,0,1,0,1,1,0,0,4,232048,0,0),
	E(207726,150269,654,0,1,0,1,14,0,0,1,192613,0,0),
	E(142156,150314,654,0,1,0,1,40,1,74,0,0,0,0),
	E(142198,150368,654,0,1,0,1,9,12,75,0,0,0,0),
	/* RequestOrchestration.action.relatedAction */
	E(150623,150581,655,0,1,0,1,14,0,0,1,192780,0,0),
	E(197899,150639,655,0,1,1,2,1700,0,0,0,0,0,0),
	E(222894,150691,655,1,1,0,1,14,0,0,1,192780,0,0),
	E(90791,150746,655,1,1,0,1,928,0,0,0,0,0,0),
	/* Requirements */
	E(155580,151631,656,0,65535,0,1,40,1,87,0,0,0,0),
	E(165344,151650,656,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,151671,656,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,151694,656,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,151722,656,0,1,0,1,28,0,0,0,0,0,1),
	E(165454,151740,656,0,65535,0,1,40,1,1536,0,0,0,1),
	E(108590,151765,656,0,1,0,1,4,0,0,0,0,0,0),
	E(165699,151790,656,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,151816,656,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,151840,656,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165823,151866,656,0,1,0,1,8,0,0,0,0,0,1),
	E(166018,151884,656,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,151907,656,0,1,0,1,4,0,0,0,0,0,0),
	E(44772,151928,656,0,65535,0,1,88,0,0,0,0,0,0),
	E(151964,151951,656,0,65535,0,1,1832,0,0,0,0,0,0),
	E(206043,152301,656,1,1,0,1,14,0,0,1,221397,1,1),
	E(166675,152321,656,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,152340,656,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,152357,656,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,152381,656,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,152402,656,0,1,1,2,71,0,0,2,231347,0,1),
	/* Requirements.statement */
	E(151997,151974,657,0,1,0,1,23,0,0,0,0,0,0),
	E(182379,152012,657,0,65535,0,1,14,0,0,1,201072,0,0),
	E(165454,152047,657,0,1,0,1,8,0,0,0,0,0,0),
	E(75632,152082,657,1,1,0,1,928,0,0,0,0,0,0),
	E(64100,152109,657,0,1,0,1,8,0,0,0,0,0,0),
	E(55008,152138,657,0,1,0,1,8,0,0,0,0,0,0),
	E(44772,152168,657,0,65535,0,1,88,0,0,0,0,0,0),
	E(160502,152201,657,1,1,0,1,4,0,0,0,0,0,0),
	E(152259,152236,657,0,65535,0,1,88,0,0,0,0,0,0),
	E(211424,152271,657,0,65535,0,1,9,9,1833,0,0,0,0),
	/* ResearchStudy */
	E(152449,152435,658,0,65535,0,1,1842,0,0,0,0,0,0),
	E(195339,152649,658,0,65535,0,1,1,0,0,4,223559,0,0),
	E(152688,152674,658,0,65535,0,1,1843,0,0,0,0,0,0),
	E(210375,152944,658,0,65535,0,1,1,0,0,4,200532,0,1),
	E(165431,152968,658,0,1,0,1,28,0,0,0,0,0,0),
	E(108590,152987,658,0,1,0,1,4,0,0,0,0,0,0),
	E(153027,153013,658,0,1,0,1,4,0,0,0,0,0,0),
	E(123103,153046,658,0,65535,0,1,26,4,1844,4,223615,0,0),
	E(165730,153066,658,0,65535,0,1,7,0,0,0,0,0,1),
	E(161426,153091,658,0,65535,0,1,1,0,0,4,0,0,1),
	E(64100,153113,658,0,65535,0,1,1848,0,0,0,0,0,0),
	E(165823,153184,658,0,1,0,1,8,0,0,0,0,0,0),
	E(74012,153203,658,0,65535,0,1,105,0,0,0,0,0,0),
	E(153236,153222,658,0,65535,0,1,1849,0,0,0,0,0,0),
	E(153354,153340,658,0,65535,0,1,1850,0,0,0,0,0,0),
	E(125911,153517,658,0,65535,0,1,9,1,118,0,0,0,1),
	E(139796,153538,658,0,1,0,1,13,0,0,0,0,0,1),
	E(223896,153559,658,0,1,0,1,1,0,0,4,223852,0,1),
	E(153593,153579,658,0,1,0,1,1,0,0,3,223902,0,1),
	E(153626,153612,658,0,65535,0,1,1851,0,0,0,0,0,0),
	E(34225,153748,658,0,65535,0,1,9,1,347,0,0,0,1),
	E(153785,153771,658,0,1,0,1,1852,0,0,0,0,0,1),
	E(148195,153951,658,0,65535,0,1,1,0,0,2,213159,0,1),
	E(69521,153972,658,0,65535,0,1,52,0,0,0,0,0,0),
	E(91847,154002,658,0,65535,0,1,9,3,1853,0,0,0,1),
	E(211881,154023,658,0,65535,0,1,9,3,1856,0,0,0,1),
	E(206043,154042,658,1,1,0,1,14,0,0,1,221397,1,1),
	E(70957,154063,658,0,65535,0,1,1,0,0,3,226602,0,1),
	E(166675,154089,658,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,154109,658,0,1,0,1,69,0,0,0,0,0,0),
	E(166750,154127,658,0,1,0,1,8,0,0,0,0,0,0),
	E(154163,154149,658,0,1,0,1,1,0,0,4,223961,0,1),
	/* ResearchStudy.associatedParty */
	E(195339,152465,659,0,65535,0,1,1,0,0,4,223729,0,0),
	E(165823,152506,659,0,1,0,1,8,0,0,0,0,0,0),
	E(28583,152541,659,0,1,0,1,9,3,141,0,0,0,0),
	E(139796,152577,659,0,65535,0,1,13,0,0,0,0,0,0),
	E(230698,152614,659,1,1,0,1,1,0,0,2,223797,0,0),
	/* ResearchStudy.comparisonGroup */
	E(108590,152704,660,0,1,0,1,4,0,0,0,0,0,0),
	E(152776,152746,660,0,65535,0,1,9,1,63,0,0,0,0),
	E(108627,152793,660,0,1,0,1,928,0,0,0,0,0,0),
	E(165823,152830,660,1,1,0,1,8,0,0,0,0,0,0),
	E(152895,152865,660,0,1,0,1,9,1,57,0,0,0,0),
	E(207726,152909,660,0,1,0,1,1,0,0,2,223506,0,0),
	/* ResearchStudy.label */
	E(207726,153133,661,0,1,0,1,1,0,0,2,229613,0,0),
	E(234033,153158,661,0,1,0,1,8,0,0,0,0,0,0),
	/* ResearchStudy.objective */
	E(108590,153246,662,0,1,0,1,4,0,0,0,0,0,0),
	E(165823,153282,662,0,1,0,1,8,0,0,0,0,0,0),
	E(207726,153311,662,0,1,0,1,1,0,0,3,223670,0,0),
	/* ResearchStudy.outcomeMeasure */
	E(108590,153369,663,0,1,0,1,4,0,0,0,0,0,0),
	E(165823,153410,663,0,1,0,1,8,0,0,0,0,0,0),
	E(44772,153444,663,0,1,0,1,9,1,63,0,0,0,0),
	E(207726,153483,663,0,65535,0,1,1,0,0,3,223670,0,0),
	/* ResearchStudy.progressStatus */
	E(72692,153641,664,0,1,0,1,23,0,0,0,0,0,0),
	E(139796,153677,664,0,1,0,1,13,0,0,0,0,0,0),
	E(59430,153713,664,1,1,0,1,1,0,0,2,224020,0,0),
	/* ResearchStudy.recruitment */
	E(153823,153797,665,0,1,0,1,9,1,57,0,0,0,1),
	E(153861,153835,665,0,1,0,1,312,0,0,0,0,0,0),
	E(211530,153874,665,0,1,0,1,9,2,1035,0,0,0,0),
	E(153938,153912,665,0,1,0,1,312,0,0,0,0,0,0),
	/* ResearchSubject */
	E(154206,154190,666,0,1,0,1,928,0,0,0,0,0,0),
	E(154244,154228,666,0,1,0,1,928,0,0,0,0,0,0),
	E(154284,154268,666,0,65535,0,1,9,1,652,0,0,0,0),
	E(165730,154292,666,0,65535,0,1,7,0,0,0,0,0,1),
	E(139796,154319,666,0,1,0,1,13,0,0,0,0,0,1),
	E(154358,154342,666,0,65535,0,1,1859,0,0,0,0,0,0),
	E(206043,154570,666,1,1,0,1,14,0,0,1,221397,1,1),
	E(154609,154593,666,1,1,0,1,9,1,118,0,0,0,1),
	E(11678,154615,666,1,1,0,1,9,7,1860,0,0,0,1),
	/* ResearchSubject.progress */
	E(154392,154367,667,0,1,0,1,28,0,0,0,0,0,0),
	E(224117,154400,667,0,1,0,1,1,0,0,4,224071,0,0),
	E(215387,154435,667,0,1,0,1,1,0,0,4,232428,0,0),
	E(154492,154467,667,0,1,0,1,28,0,0,0,0,0,0),
	E(154527,154502,667,0,1,0,1,1,0,0,1,224184,0,0),
	E(207726,154540,667,0,1,0,1,1,0,0,4,224127,0,0),
	/* Resource */
	E(154648,154639,668,0,1,0,1,928,0,0,0,0,0,1),
	E(154660,154651,668,0,1,0,1,69,0,0,0,0,1,1),
	E(208810,154674,668,0,1,0,1,14,0,0,1,194384,0,0),
	E(154701,154692,668,0,1,0,1,983,0,0,0,0,0,1),
	/* RiskAssessment */
	E(145261,154721,669,0,1,0,1,9,1,215,0,0,0,0),
	E(222558,154744,669,0,65535,0,1,9,1,215,0,0,0,0),
	E(209238,154765,669,0,1,0,1,1,0,0,0,0,0,1),
	E(210375,154785,669,0,1,0,1,9,1,27,0,0,0,1),
	E(217400,154810,669,0,1,0,1,9,1,103,0,0,0,1),
	E(165730,154835,669,0,65535,0,1,7,0,0,0,0,0,1),
	E(214452,154861,669,0,1,0,1,1,0,0,4,0,0,1),
	E(54251,154883,669,0,1,0,1,8,0,0,0,0,0,0),
	E(74012,154909,669,0,65535,0,1,105,0,0,0,0,0,0),
	E(234163,154929,669,0,1,1,2,106,0,0,0,0,0,1),
	E(55008,154958,669,0,1,0,1,9,1,215,0,0,0,0),
	E(123210,154980,669,0,1,0,1,9,5,1041,0,0,0,1),
	E(155020,155005,669,0,65535,0,1,1867,0,0,0,0,0,0),
	E(215387,155257,669,0,65535,0,1,26,4,699,0,0,0,0),
	E(206043,155279,669,1,1,0,1,14,0,0,1,218959,0,1),
	E(11678,155301,669,1,1,0,1,9,2,119,0,0,0,1),
	/* RiskAssessment.prediction */
	E(220835,155031,670,0,1,0,1,1,0,0,4,0,0,0),
	E(224651,155065,670,0,1,1,2,1868,0,0,0,0,0,0),
	E(155132,155106,670,0,1,0,1,1,0,0,4,224617,0,0),
	E(108315,155148,670,0,1,0,1,8,0,0,0,0,0,0),
	E(155210,155184,670,0,1,0,1,250,0,0,0,0,0,0),
	E(157799,155223,670,0,1,1,2,181,0,0,0,0,0,0),
	/* SampledData */
	E(155348,155336,671,0,1,0,1,40,1,628,0,0,0,0),
	E(155368,155356,671,0,1,0,1,8,0,0,0,0,0,0),
	E(155385,155373,671,1,1,0,1,25,0,0,0,0,0,1),
	E(193922,155396,671,0,1,0,1,250,0,0,0,0,0,1),
	E(155427,155415,671,0,1,0,1,250,0,0,0,0,0,1),
	E(155448,155436,671,1,1,0,1,14,0,0,1,230093,0,1),
	E(155473,155461,671,0,1,0,1,250,0,0,0,0,0,1),
	E(155496,155484,671,0,1,0,1,8,0,0,0,0,0,0),
	E(211473,155504,671,1,1,0,1,51,0,0,0,0,0,1),
	E(155535,155523,671,0,1,0,1,250,0,0,0,0,0,1),
	/* Schedule */
	E(91939,155555,672,0,1,0,1,23,0,0,0,0,1,1),
	E(155580,155571,672,1,65535,0,1,9,8,1870,0,0,0,1),
	E(61173,155586,672,0,1,0,1,4,0,0,0,0,0,0),
	E(165730,155603,672,0,65535,0,1,7,0,0,0,0,0,1),
	E(165823,155623,672,0,1,0,1,8,0,0,0,0,0,1),
	E(155646,155637,672,0,1,0,1,13,0,0,0,0,0,1),
	E(155671,155662,672,0,65535,0,1,1,0,0,4,225335,0,1),
	E(155696,155687,672,0,65535,0,1,26,1,20,4,225577,0,1),
	E(92627,155708,672,0,65535,0,1,1,0,0,3,197336,0,1),
	/* SearchParameter */
	E(191240,155743,673,1,65535,0,1,14,0,0,1,231394,0,1),
	E(155780,155764,673,0,65535,0,1,8,0,0,0,0,0,0),
	E(209238,155786,673,1,1,0,1,14,0,0,0,0,0,1),
	E(169066,155807,673,0,65535,0,1,14,0,0,1,224704,0,0),
	E(109495,155834,673,0,65535,0,1,1878,0,0,0,0,0,0),
	E(63677,155934,673,0,1,0,1,8,0,0,0,0,0,0),
	E(165344,155961,673,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,155985,673,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,156011,673,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,156042,673,0,1,0,1,28,0,0,0,0,0,1),
	E(165454,156063,673,0,1,0,1,40,1,333,0,0,0,0),
	E(108590,156091,673,1,1,0,1,4,0,0,0,0,0,1),
	E(165699,156119,673,0,1,0,1,23,0,0,0,0,0,1),
	E(139764,156148,673,0,1,0,1,8,0,0,0,0,0,0),
	E(165730,156175,673,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,156202,673,0,65535,0,1,1,0,0,2,213159,0,1),
	E(127991,156231,673,0,65535,0,1,14,0,0,1,224810,0,0),
	E(156272,156256,673,0,1,0,1,23,0,0,0,0,0,0),
	E(156300,156284,673,0,1,0,1,23,0,0,0,0,0,0),
	E(165823,156311,673,1,1,0,1,8,0,0,0,0,0,1),
	E(156348,156332,673,0,1,0,1,14,0,0,1,224919,0,0),
	E(166018,156363,673,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,156389,673,0,1,0,1,4,0,0,0,0,0,0),
	E(206043,156413,673,1,1,0,1,14,0,0,1,221397,1,1),
	E(145510,156436,673,0,65535,0,1,14,0,0,1,231394,0,0),
	E(166675,156459,673,0,1,0,1,8,0,0,0,0,0,1),
	E(207726,156481,673,1,1,0,1,14,0,0,1,224866,0,1),
	E(166699,156502,673,1,1,0,1,69,0,0,0,0,0,1),
	E(166721,156522,673,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,156549,673,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,156573,673,0,1,1,2,71,0,0,2,231347,0,1),
	/* SearchParameter.component */
	E(54685,155860,674,1,1,0,1,40,1,333,0,0,0,0),
	E(139764,155897,674,1,1,0,1,8,0,0,0,0,0,0),
	/* ServiceRequest */
	E(62648,156624,675,0,1,1,2,35,0,0,4,215337,0,1),
	E(176384,156651,675,0,1,0,1,28,0,0,0,0,0,1),
	E(145261,156677,675,0,65535,0,1,9,3,1879,0,0,0,1),
	E(61778,156700,675,0,65535,0,1,1,0,0,4,197008,0,1),
	E(55506,156724,675,0,1,0,1,9,1,463,0,0,0,1),
	E(204553,156753,675,0,65535,0,1,1,0,0,4,225662,0,1),
	E(209238,156777,675,0,1,0,1,26,2,407,4,220644,0,1),
	E(176460,156797,675,0,1,0,1,23,0,0,0,0,1,1),
	E(217400,156825,675,0,1,0,1,9,1,103,0,0,0,1),
	E(123103,156850,675,0,65535,0,1,9,1,215,0,0,0,1),
	E(165730,156871,675,0,65535,0,1,7,0,0,0,0,0,1),
	E(125765,156897,675,0,65535,0,1,40,2,407,0,0,0,1),
	E(125803,156934,675,0,65535,0,1,69,0,0,0,0,0,1),
	E(31786,156965,675,0,65535,0,1,9,2,821,0,0,0,0),
	E(176681,156990,675,1,1,0,1,14,0,0,1,223296,1,1),
	E(197233,157012,675,0,65535,0,1,26,1,19,4,233805,0,1),
	E(74012,157036,675,0,65535,0,1,105,0,0,0,0,0,0),
	E(234163,157056,675,0,1,1,3,106,0,0,0,0,0,1),
	E(157100,157085,675,0,65535,0,1,1882,0,0,0,0,0,1),
	E(62876,157279,675,0,65535,0,1,1883,0,0,0,0,0,0),
	E(123210,157362,675,0,65535,0,1,9,8,824,0,0,0,1),
	E(46701,157387,675,0,1,0,1,1,0,0,4,219627,0,1),
	E(209799,157416,675,0,1,0,1,14,0,0,1,223346,0,1),
	E(70641,157440,675,0,1,1,3,1884,0,0,0,0,0,1),
	E(215387,157467,675,0,65535,0,1,26,5,1887,4,220843,0,1),
	E(176894,157489,675,0,65535,0,1,9,1,680,0,0,0,0),
	E(19459,157520,675,0,65535,0,1,9,1,203,0,0,0,1),
	E(176960,157544,675,0,1,0,1,9,6,584,0,0,0,1),
	E(157584,157569,675,0,1,0,1,7,0,0,0,0,0,1),
	E(124031,157596,675,0,65535,0,1,9,1,870,0,0,0,1),
	E(206043,157620,675,1,1,0,1,14,0,0,1,223456,1,1),
	E(11678,157642,675,1,1,0,1,9,4,836,0,0,0,1),
	E(144942,157665,675,0,65535,0,1,26,1,215,0,0,0,0),
	/* ServiceRequest.orderDetail */
	E(157139,157112,676,1,65535,0,1,1892,0,0,0,0,0,1),
	E(157264,157237,676,0,1,0,1,26,8,1893,0,0,0,0),
	/* ServiceRequest.orderDetail.parameter */
	E(209238,157149,677,1,1,0,1,1,0,0,4,225715,0,1),
	E(234033,157191,677,1,1,1,7,1901,0,0,0,0,0,1),
	/* ServiceRequest.patientInstruction */
	E(160163,157313,678,0,1,1,2,1908,1,134,0,0,0,1),
	/* Signature */
	E(155368,157695,679,0,1,0,1,249,0,0,0,0,0,0),
	E(157720,157710,679,0,1,0,1,9,6,1910,0,0,0,1),
	E(157741,157731,679,0,1,0,1,14,0,0,1,217819,0,0),
	E(157761,157751,679,0,1,0,1,14,0,0,1,217819,0,0),
	E(207726,157774,679,0,65535,0,1,72,0,0,3,225786,0,1),
	E(157799,157789,679,0,1,0,1,2,0,0,0,0,0,1),
	E(189899,157804,679,0,1,0,1,9,6,1910,0,0,0,1),
	/* SimpleQuantity */
	E(169066,145531,680,0,0,0,1,14,0,0,1,221498,1,1),
	/* Slot */
	E(6933,157838,681,0,65535,0,1,1,0,0,3,232722,0,1),
	E(61173,157859,681,0,1,0,1,8,0,0,0,0,0,0),
	E(139410,157872,681,1,1,0,1,2,0,0,0,0,0,1),
	E(165730,157881,681,0,65535,0,1,7,0,0,0,0,0,1),
	E(157902,157897,681,0,1,0,1,23,0,0,0,0,0,0),
	E(125513,157913,681,1,1,0,1,9,1,1916,0,0,0,1),
	E(155671,157927,681,0,65535,0,1,1,0,0,4,225335,0,1),
	E(155696,157948,681,0,65535,0,1,26,1,20,4,225577,0,1),
	E(92627,157965,681,0,65535,0,1,1,0,0,3,197336,0,1),
	E(139421,157980,681,1,1,0,1,2,0,0,0,0,0,1),
	E(206043,157991,681,1,1,0,1,14,0,0,1,225830,0,1),
	/* Specimen */
	E(158021,158012,682,0,1,0,1,7,0,0,0,0,0,1),
	E(220529,158041,682,0,1,0,1,1917,0,0,0,0,0,0),
	E(158341,158332,682,0,1,0,1,14,0,0,1,226079,0,1),
	E(210375,158350,682,0,65535,0,1,1,0,0,2,232898,0,1),
	E(159617,158369,682,0,65535,0,1,1918,0,0,0,0,0,0),
	E(158487,158478,682,0,65535,0,1,1919,0,0,0,0,0,0),
	E(165730,158546,682,0,65535,0,1,7,0,0,0,0,0,1),
	E(74012,158566,682,0,65535,0,1,105,0,0,0,0,0,0),
	E(55008,158580,682,0,65535,0,1,9,1,870,0,0,0,0),
	E(158605,158596,682,0,65535,0,1,1920,0,0,0,0,0,0),
	E(158741,158732,682,0,1,0,1,28,0,0,0,0,0,1),
	E(137767,158754,682,0,65535,0,1,9,1,203,0,0,0,0),
	E(230698,158771,682,0,65535,0,1,1,0,0,3,226306,0,0),
	E(206043,158785,682,0,1,0,1,14,0,0,1,226349,1,1),
	E(11678,158801,682,0,1,0,1,9,6,1921,0,0,0,1),
	E(207726,158818,682,0,1,0,1,1,0,0,4,232854,0,1),
	/* Specimen.collection */
	E(61778,158061,683,0,1,0,1,26,1,463,4,197008,0,0),
	E(191537,158090,683,0,1,1,2,106,0,0,0,0,0,1),
	E(158143,158123,683,0,1,0,1,9,4,174,0,0,0,1),
	E(59550,158153,683,0,1,0,1,26,1,16,4,0,0,0),
	E(54722,158180,683,0,1,0,1,67,0,0,0,0,0,1),
	E(191628,158209,683,0,1,1,2,1927,0,0,2,232986,0,1),
	E(214452,158246,683,0,1,0,1,1,0,0,4,226023,0,0),
	E(206095,158273,683,0,1,0,1,9,1,32,0,0,0,0),
	E(70641,158303,683,0,1,0,1,51,0,0,0,0,0,0),
	/* Specimen.container */
	E(59550,158388,684,1,1,0,1,9,1,16,0,0,0,0),
	E(197233,158414,684,0,1,0,1,9,1,19,0,0,0,0),
	E(158461,158442,684,0,1,0,1,51,0,0,0,0,0,0),
	/* Specimen.feature */
	E(108590,158495,685,1,1,0,1,8,0,0,0,0,0,0),
	E(207726,158524,685,1,1,0,1,1,0,0,4,197008,0,0),
	/* Specimen.processing */
	E(207677,158616,686,0,65535,0,1,9,1,48,0,0,0,0),
	E(108590,158645,686,0,1,0,1,8,0,0,0,0,0,0),
	E(214452,158677,686,0,1,0,1,1,0,0,4,226250,0,0),
	E(22372,158704,686,0,1,1,2,106,0,0,0,0,0,0),
	/* SpecimenDefinition */
	E(165029,158851,687,0,1,0,1,34,0,0,0,0,0,0),
	E(220529,158883,687,0,65535,0,1,1,0,0,4,225974,0,1),
	E(165344,158913,687,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,158940,687,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,158969,687,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,159003,687,0,1,0,1,28,0,0,0,0,0,1),
	E(159046,159027,687,0,65535,0,1,40,1,53,0,0,0,1),
	E(20940,159067,687,0,65535,0,1,69,0,0,0,0,0,1),
	E(108590,159101,687,0,1,0,1,4,0,0,0,0,0,0),
	E(165514,159132,687,0,1,0,1,13,0,0,0,0,0,1),
	E(165699,159167,687,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,159199,687,0,1,0,1,7,0,0,0,0,0,1),
	E(165759,159229,687,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165790,159261,687,0,1,0,1,34,0,0,0,0,0,0),
	E(165823,159295,687,0,1,0,1,8,0,0,0,0,0,1),
	E(159338,159319,687,0,65535,0,1,1,0,0,4,220469,0,1),
	E(166018,159357,687,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,159386,687,0,1,0,1,4,0,0,0,0,0,0),
	E(206043,159413,687,1,1,0,1,14,0,0,1,221397,1,1),
	E(11678,159439,687,0,1,1,2,54,1,57,0,0,0,1),
	E(159488,159469,687,0,1,0,1,8,0,0,0,0,0,1),
	E(166675,159499,687,0,1,0,1,8,0,0,0,0,0,1),
	E(159543,159524,687,0,1,0,1,1,0,0,4,232854,0,1),
	E(159576,159557,687,0,65535,0,1,1929,0,0,0,0,0,0),
	E(166699,160682,687,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,160705,687,0,65535,0,1,70,0,0,0,0,0,0),
	E(166750,160735,687,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,160762,687,0,1,1,2,71,0,0,2,231347,0,1),
	/* SpecimenDefinition.typeTested */
	E(159617,159587,688,0,1,0,1,1930,0,0,0,0,0,0),
	E(160115,160085,688,0,65535,0,1,1931,0,0,0,0,0,0),
	E(160372,160342,688,0,1,0,1,23,0,0,0,0,0,0),
	E(160412,160382,688,1,1,0,1,14,0,0,1,226132,0,0),
	E(160453,160423,688,0,65535,0,1,1,0,0,4,222685,0,0),
	E(160502,160472,688,0,1,0,1,4,0,0,0,0,0,0),
	E(160544,160514,688,0,1,0,1,67,0,0,0,0,0,0),
	E(160588,160558,688,0,1,0,1,23,0,0,0,0,0,0),
	E(160628,160598,688,0,65535,0,1,1,0,0,4,205856,0,0),
	E(207726,160647,688,0,1,0,1,1,0,0,4,232854,0,0),
	/* SpecimenDefinition.typeTested.container */
	E(207677,159627,689,0,65535,0,1,1932,0,0,0,0,0,0),
	E(201834,159737,689,0,1,0,1,1,0,0,4,201795,0,0),
	E(159821,159781,689,0,1,0,1,51,0,0,0,0,0,0),
	E(108590,159830,689,0,1,0,1,4,0,0,0,0,0,0),
	E(219476,159882,689,0,1,0,1,1,0,0,4,201838,0,0),
	E(234109,159931,689,0,1,1,2,1933,0,0,0,0,0,0),
	E(160028,159988,689,0,1,0,1,4,0,0,0,0,0,0),
	E(207726,160040,689,0,1,0,1,1,0,0,4,226197,0,0),
	/* SpecimenDefinition.typeTested.container.additive */
	E(207677,159676,690,1,1,1,2,54,1,49,4,232810,0,0),
	/* SpecimenDefinition.typeTested.handling */
	E(160163,160124,691,0,1,0,1,4,0,0,0,0,0,0),
	E(160214,160175,691,0,1,0,1,67,0,0,0,0,0,0),
	E(160265,160226,691,0,1,0,1,1,0,0,4,210337,0,0),
	E(160325,160286,691,0,1,0,1,66,0,0,0,0,0,0),
	/* StructureDefinition */
	E(160841,160821,692,1,1,0,1,23,0,0,0,0,0,1),
	E(160870,160850,692,0,1,0,1,40,1,50,0,0,0,1),
	E(165344,160885,692,0,65535,0,1,37,0,0,0,0,0,1),
	E(230498,160913,692,0,65535,0,1,1935,0,0,0,0,0,1),
	E(161033,161013,692,0,65535,0,1,8,0,0,0,0,0,1),
	E(165370,161050,692,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,161080,692,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,161115,692,0,1,0,1,28,0,0,0,0,0,1),
	E(161160,161140,692,0,1,0,1,14,0,0,1,229937,0,1),
	E(108590,161171,692,0,1,0,1,4,0,0,0,0,0,0),
	E(161223,161203,692,0,1,0,1,1936,0,0,0,0,0,0),
	E(165699,161277,692,0,1,0,1,23,0,0,0,0,0,1),
	E(98270,161310,692,0,1,0,1,14,0,0,1,191996,0,1),
	E(165730,161342,692,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,161373,692,0,65535,0,1,1,0,0,2,213159,0,1),
	E(161426,161406,692,0,65535,0,1,72,0,0,2,204102,0,1),
	E(220017,161434,692,1,1,0,1,14,0,0,1,226541,0,1),
	E(161479,161459,692,0,65535,0,1,1937,0,0,0,0,0,0),
	E(165823,161625,692,1,1,0,1,8,0,0,0,0,0,1),
	E(166018,161650,692,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,161680,692,0,1,0,1,4,0,0,0,0,0,0),
	E(161728,161708,692,0,1,0,1,1938,0,0,0,0,0,0),
	E(206043,161774,692,1,1,0,1,14,0,0,1,221397,1,1),
	E(166675,161801,692,0,1,0,1,8,0,0,0,0,0,1),
	E(207726,161827,692,1,1,0,1,69,0,0,2,208877,0,1),
	E(166699,161852,692,1,1,0,1,69,0,0,0,0,0,1),
	E(166721,161876,692,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,161907,692,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,161935,692,0,1,1,2,71,0,0,2,231347,0,1),
	/* StructureDefinition.context */
	E(139764,160941,693,1,1,0,1,8,0,0,0,0,0,1),
	E(207726,160980,693,1,1,0,1,14,0,0,1,208819,0,1),
	/* StructureDefinition.differential */
	E(162914,161236,694,1,65535,0,1,1939,0,0,0,0,0,0),
	/* StructureDefinition.mapping */
	E(61173,161487,695,0,1,0,1,8,0,0,0,0,0,0),
	E(161551,161523,695,1,1,0,1,928,0,0,0,0,0,0),
	E(165823,161560,695,0,1,0,1,8,0,0,0,0,0,0),
	E(40716,161593,695,0,1,0,1,69,0,0,0,0,0,0),
	/* StructureDefinition.snapshot */
	E(162914,161737,696,1,65535,0,1,1939,0,0,0,0,0,0),
	/* StructureMap */
	E(162001,161988,697,0,65535,0,1,1940,0,0,0,0,0,1),
	E(165344,162056,697,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,162077,697,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,162100,697,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,162128,697,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,162146,697,0,1,0,1,4,0,0,0,0,0,0),
	E(165699,162171,697,0,1,0,1,23,0,0,0,0,0,1),
	E(107114,162197,697,1,65535,0,1,1941,0,0,0,0,0,1),
	E(165730,163541,697,0,65535,0,1,7,0,0,0,0,0,1),
	E(163578,163565,697,0,65535,0,1,40,1,68,0,0,0,1),
	E(165759,163585,697,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165823,163611,697,1,1,0,1,8,0,0,0,0,0,1),
	E(166018,163629,697,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,163652,697,0,1,0,1,4,0,0,0,0,0,0),
	E(206043,163673,697,1,1,0,1,14,0,0,1,221397,1,1),
	E(14260,163693,697,0,65535,0,1,1942,0,0,0,0,0,1),
	E(166675,163837,697,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,163856,697,1,1,0,1,69,0,0,0,0,0,1),
	E(166721,163873,697,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,163897,697,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,163918,697,0,1,1,2,71,0,0,2,231347,0,1),
	/* StructureMap.const */
	E(165823,162007,698,0,1,0,1,928,0,0,0,0,0,1),
	E(234033,162031,698,0,1,0,1,8,0,0,0,0,0,1),
	/* StructureMap.group */
	E(39420,162216,699,0,1,0,1,8,0,0,0,0,0,1),
	E(162268,162249,699,0,1,0,1,928,0,0,0,0,0,1),
	E(176571,162276,699,1,65535,0,1,1943,0,0,0,0,0,1),
	E(165823,162430,699,1,1,0,1,928,0,0,0,0,0,1),
	E(162686,162454,699,0,65535,0,1,1944,0,0,0,0,0,1),
	E(163532,163513,699,0,1,0,1,14,0,0,1,214045,0,1),
	/* StructureMap.group.input */
	E(39420,162301,700,0,1,0,1,8,0,0,0,0,0,0),
	E(225418,162340,700,1,1,0,1,14,0,0,1,214100,0,1),
	E(165823,162370,700,1,1,0,1,928,0,0,0,0,0,1),
	E(207726,162400,700,0,1,0,1,8,0,0,0,0,0,1),
	/* StructureMap.group.rule */
	E(49574,162478,701,0,65535,0,1,1945,0,0,0,0,0,1),
	E(39420,162595,701,0,1,0,1,8,0,0,0,0,0,0),
	E(165823,162633,701,0,1,0,1,928,0,0,0,0,0,1),
	E(162686,162662,701,0,65535,0,1,1944,0,0,0,0,0,1),
	E(211424,162691,701,1,65535,0,1,1946,0,0,0,0,0,1),
	E(145510,163150,701,0,65535,0,1,1947,0,0,0,0,0,1),
	/* StructureMap.group.rule.dependent */
	E(165823,162512,702,1,1,0,1,928,0,0,0,0,0,1),
	E(157139,162551,702,1,65535,0,1,1948,0,0,0,0,0,1),
	/* StructureMap.group.rule.source */
	E(162753,162722,703,0,1,0,1,8,0,0,0,0,0,1),
	E(210375,162759,703,0,1,0,1,8,0,0,0,0,0,1),
	E(230498,162800,703,1,1,0,1,928,0,0,0,0,0,1),
	E(162870,162839,703,0,1,0,1,8,0,0,0,0,0,1),
	E(162914,162883,703,0,1,0,1,8,0,0,0,0,0,1),
	E(162953,162922,703,0,1,0,1,14,0,0,1,214200,0,1),
	E(162993,162962,703,0,1,0,1,8,0,0,0,0,0,1),
	E(163035,163004,703,0,1,0,1,8,0,0,0,0,0,1),
	E(163070,163039,703,0,1,0,1,273,0,0,0,0,0,1),
	E(207726,163074,703,0,1,0,1,8,0,0,0,0,0,1),
	E(70214,163110,703,0,1,0,1,928,0,0,0,0,0,1),
	/* StructureMap.group.rule.target */
	E(230498,163181,704,0,1,0,1,8,0,0,0,0,0,1),
	E(162914,163220,704,0,1,0,1,8,0,0,0,0,0,1),
	E(162953,163259,704,0,65535,0,1,14,0,0,1,214256,0,1),
	E(163330,163299,704,0,1,0,1,928,0,0,0,0,0,1),
	E(157139,163341,704,0,65535,0,1,1948,0,0,0,0,0,1),
	E(151068,163432,704,0,1,0,1,14,0,0,1,214312,0,1),
	E(70214,163473,704,0,1,0,1,928,0,0,0,0,0,1),
	/* StructureMap.group.rule.target.parameter */
	E(234033,163382,705,1,1,1,8,1949,0,0,0,0,0,1),
	/* StructureMap.structure */
	E(163739,163716,706,0,1,0,1,8,0,0,0,0,0,1),
	E(39420,163745,706,0,1,0,1,8,0,0,0,0,0,0),
	E(225418,163782,706,1,1,0,1,14,0,0,1,214150,0,1),
	E(166699,163810,706,1,1,0,1,40,1,50,0,0,0,1),
	/* Subscription */
	E(190370,163964,707,1,1,0,1,72,0,0,2,226756,0,1),
	E(165344,163989,707,0,65535,0,1,364,0,0,0,0,0,1),
	E(180011,164010,707,0,1,0,1,14,0,0,1,226925,0,1),
	E(183740,164031,707,0,1,0,1,14,0,0,1,217819,0,1),
	E(139410,164056,707,0,1,0,1,2,0,0,0,0,0,1),
	E(54738,164073,707,0,1,0,1,88,0,0,0,0,0,1),
	E(164108,164095,707,0,65535,0,1,1957,0,0,0,0,0,1),
	E(164295,164282,707,0,1,0,1,312,0,0,0,0,0,1),
	E(165730,164311,707,0,65535,0,1,7,0,0,0,0,0,1),
	E(164348,164335,707,0,1,0,1,9,7,1958,0,0,0,1),
	E(164376,164363,707,0,1,0,1,25,0,0,0,0,0,1),
	E(165823,164385,707,0,1,0,1,8,0,0,0,0,0,1),
	E(157139,164403,707,0,65535,0,1,1965,0,0,0,0,0,0),
	E(215387,164483,707,0,1,0,1,8,0,0,0,0,0,1),
	E(206043,164503,707,1,1,0,1,14,0,0,1,226989,1,1),
	E(164536,164523,707,0,1,0,1,312,0,0,0,0,0,1),
	E(199858,164544,707,1,1,0,1,40,1,1537,0,0,0,1),
	/* Subscription.filterBy */
	E(169066,164117,708,0,1,0,1,14,0,0,1,224704,0,0),
	E(165232,164150,708,1,1,0,1,8,0,0,0,0,0,1),
	E(127991,164188,708,0,1,0,1,14,0,0,1,224810,0,0),
	E(44968,164219,708,0,1,0,1,69,0,0,2,227044,0,1),
	E(234033,164254,708,1,1,0,1,8,0,0,0,0,0,1),
	/* Subscription.parameter */
	E(165823,164426,709,1,1,0,1,8,0,0,0,0,0,0),
	E(234033,164454,709,1,1,0,1,8,0,0,0,0,0,0),
	/* SubscriptionStatus */
	E(193301,164582,710,0,65535,0,1,1,0,0,4,226811,0,1),
	E(164626,164607,710,0,1,0,1,251,0,0,0,0,0,1),
	E(164674,164655,710,0,65535,0,1,1966,0,0,0,0,0,0),
	E(206043,164886,710,0,1,0,1,14,0,0,1,226989,0,1),
	E(164931,164912,710,1,1,0,1,9,1,1967,0,0,0,1),
	E(199858,164944,710,0,1,0,1,40,1,1537,0,0,0,1),
	E(207726,164969,710,1,1,0,1,14,0,0,1,226859,1,1),
	/* SubscriptionStatus.notificationEvent */
	E(164729,164692,711,0,65535,0,1,9,1,215,0,0,0,0),
	E(164784,164747,711,1,1,0,1,251,0,0,0,0,0,0),
	E(123103,164796,711,0,1,0,1,9,1,215,0,0,0,0),
	E(14954,164839,711,0,1,0,1,2,0,0,0,0,0,0),
	/* SubscriptionTopic */
	E(165029,165011,712,0,1,0,1,34,0,0,0,0,0,0),
	E(165060,165042,712,0,65535,0,1,1968,0,0,0,0,0,1),
	E(165344,165326,712,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,165352,712,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,165380,712,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,165413,712,0,1,0,1,28,0,0,0,0,0,1),
	E(165454,165436,712,0,65535,0,1,40,1,1537,0,0,0,1),
	E(108590,165466,712,0,1,0,1,4,0,0,0,0,0,0),
	E(165514,165496,712,0,1,0,1,13,0,0,0,0,0,1),
	E(165548,165530,712,0,65535,0,1,1969,0,0,0,0,0,1),
	E(165699,165681,712,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,165712,712,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,165741,712,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165790,165772,712,0,1,0,1,34,0,0,0,0,0,0),
	E(165823,165805,712,0,1,0,1,8,0,0,0,0,0,1),
	E(165846,165828,712,0,65535,0,1,1970,0,0,0,0,0,1),
	E(166018,166000,712,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,166028,712,0,1,0,1,4,0,0,0,0,0,0),
	E(166072,166054,712,0,65535,0,1,1971,0,0,0,0,0,1),
	E(206043,166632,712,1,1,0,1,14,0,0,1,221397,1,1),
	E(166675,166657,712,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,166681,712,1,1,0,1,69,0,0,0,0,0,1),
	E(166721,166703,712,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,166732,712,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,166758,712,0,1,1,2,71,0,0,2,231347,0,1),
	/* SubscriptionTopic.canFilterBy */
	E(169066,165072,713,0,65535,0,1,14,0,0,1,224704,0,0),
	E(108590,165113,713,0,1,0,1,4,0,0,0,0,0,1),
	E(165185,165155,713,0,1,0,1,69,0,0,0,0,0,1),
	E(165232,165202,713,1,1,0,1,8,0,0,0,0,0,1),
	E(127991,165248,713,0,65535,0,1,14,0,0,1,224810,0,0),
	E(139824,165287,713,0,1,0,1,69,0,0,2,227044,0,1),
	/* SubscriptionTopic.eventTrigger */
	E(108590,165561,714,0,1,0,1,4,0,0,0,0,0,1),
	E(208194,165604,714,1,1,0,1,1,0,0,4,232590,0,1),
	E(139824,165641,714,1,1,0,1,69,0,0,2,227044,0,1),
	/* SubscriptionTopic.notificationShape */
	E(165900,165864,715,0,65535,0,1,8,0,0,0,0,0,1),
	E(139824,165908,715,1,1,0,1,69,0,0,2,227044,0,1),
	E(165989,165953,715,0,65535,0,1,8,0,0,0,0,0,1),
	/* SubscriptionTopic.resourceTrigger */
	E(108590,166088,716,0,1,0,1,4,0,0,0,0,0,1),
	E(166168,166134,716,0,1,0,1,8,0,0,0,0,0,1),
	E(166219,166185,716,0,1,0,1,1972,0,0,0,0,0,1),
	E(139824,166534,716,1,1,0,1,69,0,0,2,227044,0,1),
	E(166611,166577,716,0,65535,0,1,14,0,0,1,212640,0,1),
	/* SubscriptionTopic.resourceTrigger.queryCriteria */
	E(166281,166233,717,0,1,0,1,8,0,0,0,0,0,1),
	E(166337,166289,717,0,1,0,1,8,0,0,0,0,0,1),
	E(166394,166346,717,0,1,0,1,23,0,0,0,0,0,1),
	E(166454,166406,717,0,1,0,1,14,0,0,1,227092,0,1),
	E(166518,166470,717,0,1,0,1,14,0,0,1,227092,0,1),
	/* Substance */
	E(204553,166806,718,0,65535,0,1,1,0,0,2,227208,0,1),
	E(209238,166825,718,1,1,0,1,26,1,49,4,227256,0,1),
	E(108590,166840,718,0,1,0,1,4,0,0,0,0,0,1),
	E(166872,166862,718,0,1,0,1,28,0,0,0,0,0,1),
	E(165730,166879,718,0,65535,0,1,7,0,0,0,0,0,1),
	E(166910,166900,718,0,65535,0,1,1973,0,0,0,0,0,1),
	E(166995,166985,718,1,1,0,1,23,0,0,0,0,1,1),
	E(70641,167004,718,0,1,0,1,51,0,0,0,0,0,1),
	E(206043,167023,718,0,1,0,1,14,0,0,1,228065,1,1),
	/* Substance.ingredient */
	E(70641,166921,719,0,1,0,1,99,0,0,0,0,0,1),
	E(100794,166951,719,1,1,1,2,54,1,48,4,227256,0,1),
	/* SubstanceDefinition */
	E(167080,167060,720,0,65535,0,1,1974,0,0,0,0,0,1),
	E(230237,167277,720,0,65535,0,1,1,0,0,0,0,0,1),
	E(209238,167312,720,0,65535,0,1,1975,0,0,0,0,0,1),
	E(108590,167497,720,0,1,0,1,4,0,0,0,0,0,1),
	E(227532,167529,720,0,1,0,1,1,0,0,4,216902,0,1),
	E(227428,167556,720,0,65535,0,1,1,0,0,4,227389,0,1),
	E(165730,167582,720,0,65535,0,1,7,0,0,0,0,0,1),
	E(60676,167613,720,0,65535,0,1,9,1,242,0,0,0,1),
	E(54865,167651,720,0,65535,0,1,9,1,10,0,0,0,1),
	E(167704,167684,720,0,65535,0,1,1976,0,0,0,0,0,1),
	E(169748,168023,720,0,65535,0,1,1977,0,0,0,0,0,1),
	E(165823,168186,720,0,65535,0,1,1978,0,0,0,0,0,1),
	E(74012,168702,720,0,65535,0,1,105,0,0,0,0,0,1),
	E(168747,168727,720,0,1,0,1,9,1,1979,0,0,0,1),
	E(168779,168759,720,0,1,0,1,9,1,1980,0,0,0,1),
	E(215090,168787,720,0,65535,0,1,1981,0,0,0,0,0,1),
	E(168908,168888,720,0,1,0,1,9,1,1982,0,0,0,1),
	E(168936,168916,720,0,1,0,1,9,1,1983,0,0,0,1),
	E(222894,168957,720,0,65535,0,1,1984,0,0,0,0,0,1),
	E(169329,169309,720,0,1,0,1,1985,0,0,0,0,0,1),
	E(206043,169559,720,0,1,0,1,1,0,0,3,221349,0,1),
	E(14260,169586,720,0,1,0,1,1986,0,0,0,0,0,1),
	E(170222,170202,720,0,65535,0,1,9,1,10,0,0,0,1),
	E(166750,170231,720,0,1,0,1,8,0,0,0,0,0,1),
	/* SubstanceDefinition.characterization */
	E(108590,167097,721,0,1,0,1,4,0,0,0,0,0,1),
	E(167183,167146,721,0,65535,0,1,96,0,0,0,0,0,1),
	E(227384,167188,721,0,1,0,1,1,0,0,4,227345,0,1),
	E(228221,167230,721,0,1,0,1,1,0,0,4,228172,0,1),
	/* SubstanceDefinition.code */
	E(209238,167337,722,0,1,0,1,1,0,0,0,0,0,1),
	E(74012,167367,722,0,65535,0,1,105,0,0,0,0,0,1),
	E(211424,167397,722,0,65535,0,1,9,1,134,0,0,0,1),
	E(206043,167429,722,0,1,0,1,1,0,0,3,221349,0,1),
	E(167486,167461,722,0,1,0,1,28,0,0,0,0,0,1),
	/* SubstanceDefinition.moiety */
	E(137556,167711,723,0,1,1,2,1933,0,0,0,0,0,1),
	E(165730,167748,723,0,1,0,1,7,0,0,0,0,0,1),
	E(167813,167786,723,0,1,0,1,1,0,0,4,227157,0,1),
	E(169646,167829,723,0,1,0,1,8,0,0,0,0,0,1),
	E(165823,167873,723,0,1,0,1,8,0,0,0,0,0,1),
	E(169794,167905,723,0,1,0,1,1,0,0,4,227588,0,1),
	E(230698,167948,723,0,1,0,1,1,0,0,0,0,0,1),
	E(228156,167980,723,0,1,0,1,1,0,0,4,228117,0,1),
	/* SubstanceDefinition.molecularWeight */
	E(137556,168059,724,1,1,0,1,51,0,0,0,0,0,1),
	E(214452,168102,724,0,1,0,1,1,0,0,4,228231,0,1),
	E(207726,168145,724,0,1,0,1,1,0,0,4,228284,0,1),
	/* SubstanceDefinition.name */
	E(227532,168211,725,0,65535,0,1,1,0,0,4,227488,0,1),
	E(165759,168243,725,0,65535,0,1,1,0,0,4,213159,0,1),
	E(208810,168281,725,0,65535,0,1,1,0,0,1,194384,0,1),
	E(165823,168315,725,1,1,0,1,8,0,0,0,0,0,1),
	E(168370,168345,725,0,65535,0,1,1987,0,0,0,0,0,1),
	E(124970,168503,725,0,1,0,1,23,0,0,0,0,0,1),
	E(211424,168538,725,0,65535,0,1,9,1,134,0,0,0,1),
	E(206043,168570,725,0,1,0,1,1,0,0,3,221349,0,1),
	E(168627,168602,725,0,65535,0,1,1978,0,0,0,0,0,1),
	E(168660,168635,725,0,65535,0,1,1978,0,0,0,0,0,1),
	E(207726,168672,725,0,1,0,1,1,0,0,4,227539,0,1),
	/* SubstanceDefinition.name.official */
	E(227478,168379,726,0,1,0,1,1,0,0,3,227434,0,1),
	E(165431,168423,726,0,1,0,1,28,0,0,0,0,0,1),
	E(206043,168462,726,0,1,0,1,1,0,0,3,221349,0,1),
	/* SubstanceDefinition.property */
	E(207726,168816,727,1,1,0,1,1,0,0,4,220981,0,1),
	E(234033,168850,727,0,1,1,5,1645,0,0,0,0,0,1),
	/* SubstanceDefinition.relationship */
	E(137556,168990,728,0,1,1,3,1988,0,0,0,0,0,1),
	E(169066,169033,728,0,1,0,1,1,0,0,4,227157,0,1),
	E(171570,169077,728,0,1,0,1,23,0,0,0,0,0,1),
	E(169154,169121,728,0,1,0,1,99,0,0,0,0,0,1),
	E(211424,169175,728,0,65535,0,1,9,1,134,0,0,0,1),
	E(234276,169215,728,0,1,1,2,44,1,49,0,0,0,1),
	E(207726,169271,728,1,1,0,1,1,0,0,4,227644,0,1),
	/* SubstanceDefinition.sourceMaterial */
	E(173869,169344,729,0,65535,0,1,1,0,0,1,203469,0,1),
	E(227876,169395,729,0,1,0,1,1,0,0,4,227821,0,1),
	E(227937,169436,729,0,1,0,1,1,0,0,4,227882,0,1),
	E(227997,169476,729,0,1,0,1,1,0,0,4,227942,0,1),
	E(207726,169519,729,0,1,0,1,1,0,0,4,228005,0,1),
	/* SubstanceDefinition.structure */
	E(169646,169616,730,0,1,0,1,8,0,0,0,0,0,1),
	E(169693,169663,730,0,1,0,1,8,0,0,0,0,0,1),
	E(169748,169718,730,0,1,0,1,1977,0,0,0,0,0,1),
	E(169794,169764,730,0,1,0,1,1,0,0,4,227588,0,1),
	E(169840,169810,730,0,65535,0,1,1991,0,0,0,0,0,1),
	E(170101,170071,730,0,65535,0,1,9,1,134,0,0,0,1),
	E(228156,170116,730,0,1,0,1,1,0,0,4,228117,0,1),
	E(228221,170162,730,0,65535,0,1,1,0,0,4,228172,0,1),
	/* SubstanceDefinition.structure.representation */
	E(169900,169855,731,0,1,0,1,9,1,134,0,0,0,1),
	E(227755,169909,731,0,1,0,1,1,0,0,4,227701,0,1),
	E(169840,169961,731,0,1,0,1,8,0,0,0,0,0,1),
	E(207726,170021,731,0,1,0,1,1,0,0,4,227762,0,1),
	/* SubstanceNucleicAcid */
	E(170301,170280,732,0,1,0,1,8,0,0,0,0,0,1),
	E(170342,170321,732,0,1,0,1,273,0,0,0,0,0,1),
	E(170380,170359,732,0,1,0,1,1,0,0,0,0,0,1),
	E(170421,170400,732,0,1,0,1,1,0,0,0,0,0,1),
	E(170455,170434,732,0,65535,0,1,1992,0,0,0,0,0,1),
	/* SubstanceNucleicAcid.subunit */
	E(170492,170463,733,0,1,0,1,1,0,0,0,0,0,1),
	E(65903,170502,733,0,1,0,1,273,0,0,0,0,0,1),
	E(170567,170538,733,0,65535,0,1,1993,0,0,0,0,0,1),
	E(31965,170764,733,0,1,0,1,8,0,0,0,0,0,1),
	E(170831,170802,733,0,1,0,1,96,0,0,0,0,0,1),
	E(170455,170850,733,0,1,0,1,273,0,0,0,0,0,1),
	E(170916,170887,733,0,65535,0,1,1994,0,0,0,0,0,1),
	E(171084,171055,733,0,1,0,1,1,0,0,0,0,0,1),
	/* SubstanceNucleicAcid.subunit.linkage */
	E(170612,170575,734,0,1,0,1,8,0,0,0,0,0,1),
	E(165730,170625,734,0,1,0,1,7,0,0,0,0,0,1),
	E(165823,170673,734,0,1,0,1,8,0,0,0,0,0,1),
	E(170752,170715,734,0,1,0,1,8,0,0,0,0,0,1),
	/* SubstanceNucleicAcid.subunit.sugar */
	E(165730,170922,735,0,1,0,1,7,0,0,0,0,0,1),
	E(165823,170968,735,0,1,0,1,8,0,0,0,0,0,1),
	E(170752,171008,735,0,1,0,1,8,0,0,0,0,0,1),
	/* SubstancePolymer */
	E(203550,171112,736,0,1,0,1,1,0,0,0,0,0,1),
	E(171152,171135,736,0,65535,0,1,1,0,0,0,0,0,1),
	E(171191,171174,736,0,1,0,1,1,0,0,0,0,0,1),
	E(165730,171200,736,0,1,0,1,7,0,0,0,0,0,1),
	E(171245,171228,736,0,1,0,1,8,0,0,0,0,0,1),
	E(171275,171258,736,0,65535,0,1,1995,0,0,0,0,0,1),
	E(185157,171581,736,0,65535,0,1,1996,0,0,0,0,0,1),
	/* SubstancePolymer.monomerSet */
	E(171314,171286,737,0,1,0,1,1,0,0,0,0,0,1),
	E(171352,171324,737,0,65535,0,1,1997,0,0,0,0,0,1),
	/* SubstancePolymer.monomerSet.startingMaterial */
	E(137556,171369,738,0,1,0,1,51,0,0,0,0,0,1),
	E(204553,171421,738,0,1,0,1,1,0,0,0,0,0,1),
	E(209238,171475,738,0,1,0,1,1,0,0,0,0,0,1),
	E(171570,171525,738,0,1,0,1,23,0,0,0,0,0,1),
	/* SubstancePolymer.repeat */
	E(171629,171605,739,0,1,0,1,8,0,0,0,0,0,1),
	E(171677,171653,739,0,65535,0,1,1998,0,0,0,0,0,1),
	E(172491,172467,739,0,1,0,1,1,0,0,0,0,0,1),
	/* SubstancePolymer.repeat.repeatUnit */
	E(137556,171688,740,0,1,0,1,273,0,0,0,0,0,1),
	E(171765,171730,740,0,65535,0,1,1999,0,0,0,0,0,1),
	E(123784,172042,740,0,1,0,1,1,0,0,0,0,0,1),
	E(172124,172089,740,0,65535,0,1,2000,0,0,0,0,0,1),
	E(214883,172427,740,0,1,0,1,8,0,0,0,0,0,1),
	/* SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation */
	E(171846,171788,741,0,1,0,1,273,0,0,0,0,0,1),
	E(130064,171854,741,0,1,0,1,273,0,0,0,0,0,1),
	E(130096,171917,741,0,1,0,1,273,0,0,0,0,0,1),
	E(207726,171979,741,0,1,0,1,1,0,0,0,0,0,1),
	/* SubstancePolymer.repeat.repeatUnit.structuralRepresentation */
	E(172209,172149,742,0,1,0,1,96,0,0,0,0,0,1),
	E(227755,172220,742,0,1,0,1,1,0,0,0,0,0,1),
	E(169840,172287,742,0,1,0,1,8,0,0,0,0,0,1),
	E(207726,172362,742,0,1,0,1,1,0,0,0,0,0,1),
	/* SubstanceProtein */
	E(172546,172529,743,0,65535,0,1,8,0,0,0,0,0,1),
	E(170342,172563,743,0,1,0,1,273,0,0,0,0,0,1),
	E(170421,172597,743,0,1,0,1,1,0,0,0,0,0,1),
	E(170455,172627,743,0,65535,0,1,2001,0,0,0,0,0,1),
	/* SubstanceProtein.subunit */
	E(172677,172652,744,0,1,0,1,8,0,0,0,0,0,1),
	E(172724,172699,744,0,1,0,1,7,0,0,0,0,0,1),
	E(65903,172748,744,0,1,0,1,273,0,0,0,0,0,1),
	E(172805,172780,744,0,1,0,1,8,0,0,0,0,0,1),
	E(172852,172827,744,0,1,0,1,7,0,0,0,0,0,1),
	E(31965,172876,744,0,1,0,1,8,0,0,0,0,0,1),
	E(170831,172910,744,0,1,0,1,96,0,0,0,0,0,1),
	E(170455,172954,744,0,1,0,1,273,0,0,0,0,0,1),
	/* SubstanceReferenceInformation */
	E(61173,173017,745,0,1,0,1,8,0,0,0,0,0,1),
	E(173125,173055,745,0,65535,0,1,2002,0,0,0,0,0,1),
	E(173256,173226,745,0,65535,0,1,2003,0,0,0,0,0,1),
	E(145510,173414,745,0,65535,0,1,2004,0,0,0,0,0,1),
	/* SubstanceReferenceInformation.gene */
	E(173125,173090,746,0,1,0,1,1,0,0,0,0,0,1),
	E(173165,173130,746,0,1,0,1,1,0,0,0,0,0,1),
	E(211424,173184,746,0,65535,0,1,9,1,134,0,0,0,1),
	/* SubstanceReferenceInformation.geneElement */
	E(162914,173268,747,0,1,0,1,7,0,0,0,0,0,1),
	E(211424,173318,747,0,65535,0,1,9,1,134,0,0,0,1),
	E(207726,173367,747,0,1,0,1,1,0,0,0,0,0,1),
	/* SubstanceReferenceInformation.target */
	E(137556,173499,748,0,1,1,3,2005,0,0,0,0,0,1),
	E(173488,173451,748,0,1,0,1,1,0,0,0,0,0,1),
	E(17468,173546,748,0,1,0,1,1,0,0,0,0,0,1),
	E(174149,173595,748,0,1,0,1,1,0,0,0,0,0,1),
	E(173678,173641,748,0,1,0,1,1,0,0,0,0,0,1),
	E(211424,173691,748,0,65535,0,1,9,1,134,0,0,0,1),
	E(145510,173735,748,0,1,0,1,7,0,0,0,0,0,1),
	E(207726,173779,748,0,1,0,1,1,0,0,0,0,0,1),
	/* SubstanceSourceMaterial */
	E(173869,173845,749,0,65535,0,1,1,0,0,0,0,0,1),
	E(173909,173885,749,0,1,0,1,1,0,0,0,0,0,1),
	E(173950,173926,749,0,65535,0,1,2008,0,0,0,0,0,1),
	E(174104,174080,749,0,65535,0,1,8,0,0,0,0,0,1),
	E(174149,174125,749,0,1,0,1,2009,0,0,0,0,0,1),
	E(175163,175139,749,0,1,0,1,7,0,0,0,0,0,1),
	E(175198,175174,749,0,1,0,1,8,0,0,0,0,0,1),
	E(175235,175211,749,0,65535,0,1,7,0,0,0,0,0,1),
	E(175277,175253,749,0,65535,0,1,8,0,0,0,0,0,1),
	E(175321,175297,749,0,65535,0,1,2010,0,0,0,0,0,1),
	E(175459,175435,749,0,1,0,1,1,0,0,0,0,0,1),
	E(175503,175479,749,0,1,0,1,1,0,0,0,0,0,1),
	E(175547,175523,749,0,1,0,1,1,0,0,0,0,0,1),
	/* SubstanceSourceMaterial.fractionDescription */
	E(174014,173970,750,0,1,0,1,8,0,0,0,0,0,1),
	E(174067,174023,750,0,1,0,1,1,0,0,0,0,0,1),
	/* SubstanceSourceMaterial.organism */
	E(11623,174158,751,0,65535,0,1,2011,0,0,0,0,0,1),
	E(92680,174307,751,0,1,0,1,1,0,0,0,0,0,1),
	E(227876,174347,751,0,1,0,1,1,0,0,0,0,0,1),
	E(174419,174386,751,0,1,0,1,2012,0,0,0,0,0,1),
	E(174750,174717,751,0,1,0,1,8,0,0,0,0,0,1),
	E(174808,174775,751,0,1,0,1,1,0,0,0,0,0,1),
	E(174859,174826,751,0,1,0,1,2013,0,0,0,0,0,1),
	E(227997,175098,751,0,1,0,1,1,0,0,0,0,0,1),
	/* SubstanceSourceMaterial.organism.author */
	E(174238,174198,752,0,1,0,1,8,0,0,0,0,0,1),
	E(174296,174256,752,0,1,0,1,1,0,0,0,0,0,1),
	/* SubstanceSourceMaterial.organism.hybrid */
	E(174466,174426,753,0,1,0,1,1,0,0,0,0,0,1),
	E(174517,174477,753,0,1,0,1,8,0,0,0,0,0,1),
	E(174576,174536,753,0,1,0,1,8,0,0,0,0,0,1),
	E(174637,174597,753,0,1,0,1,8,0,0,0,0,0,1),
	E(174696,174656,753,0,1,0,1,8,0,0,0,0,0,1),
	/* SubstanceSourceMaterial.organism.organismGeneral */
	E(203550,174875,754,0,1,0,1,1,0,0,0,0,0,1),
	E(174979,174930,754,0,1,0,1,1,0,0,0,0,0,1),
	E(213690,174987,754,0,1,0,1,1,0,0,0,0,0,1),
	E(175091,175042,754,0,1,0,1,1,0,0,0,0,0,1),
	/* SubstanceSourceMaterial.partDescription */
	E(227937,175337,755,0,1,0,1,1,0,0,0,0,0,1),
	E(175422,175382,755,0,1,0,1,1,0,0,0,0,0,1),
	/* SupplyDelivery */
	E(145261,175581,756,0,65535,0,1,9,1,362,0,0,0,1),
	E(58830,175604,756,0,1,0,1,9,1,19,0,0,0,0),
	E(165730,175631,756,0,65535,0,1,7,0,0,0,0,0,0),
	E(234163,175657,756,0,1,1,3,106,0,0,0,0,0,1),
	E(125911,175686,756,0,65535,0,1,9,2,2014,0,0,0,1),
	E(145432,175708,756,0,1,0,1,9,1,15,0,0,0,0),
	E(59166,175731,756,0,65535,0,1,9,3,141,0,0,0,0),
	E(206043,175755,756,0,1,0,1,14,0,0,1,228421,1,1),
	E(175792,175777,756,0,65535,0,1,2016,0,0,0,0,0,0),
	E(170222,175878,756,0,1,0,1,9,3,141,0,0,0,0),
	E(207726,175902,756,0,1,0,1,1,0,0,1,228537,0,0),
	/* SupplyDelivery.suppliedItem */
	E(228416,175805,757,0,1,1,2,54,6,2017,4,228478,0,0),
	E(70641,175841,757,0,1,0,1,51,0,0,0,0,0,0),
	/* SupplyRequest */
	E(176384,175936,758,0,1,0,1,28,0,0,0,0,0,1),
	E(145261,175961,758,0,65535,0,1,9,1,215,0,0,0,1),
	E(204553,175983,758,0,1,0,1,1,0,0,4,228602,0,1),
	E(176020,176006,758,0,1,0,1,9,1,15,0,0,0,0),
	E(176045,176031,758,0,1,0,1,9,2,697,0,0,0,0),
	E(176071,176057,758,0,1,0,1,9,4,2023,0,0,0,0),
	E(165730,176081,758,0,65535,0,1,7,0,0,0,0,0,1),
	E(228416,176106,758,1,1,0,1,26,7,2027,4,228380,0,1),
	E(234163,176125,758,0,1,1,3,106,0,0,0,0,0,1),
	E(157139,176153,758,0,65535,0,1,2034,0,0,0,0,0,0),
	E(209799,176239,758,0,1,0,1,14,0,0,1,223346,0,1),
	E(70641,176262,758,1,1,0,1,51,0,0,0,0,0,1),
	E(215387,176285,758,0,65535,0,1,26,4,699,4,228650,0,0),
	E(176960,176306,758,0,1,0,1,9,7,1744,0,0,0,1),
	E(206043,176330,758,0,1,0,1,14,0,0,1,228700,1,1),
	E(170222,176351,758,0,65535,0,1,9,2,396,0,0,0,1),
	/* SupplyRequest.parameter */
	E(209238,176177,759,0,1,0,1,1,0,0,4,0,0,0),
	E(234033,176206,759,0,1,1,4,840,0,0,0,0,0,0),
	/* Task */
	E(176384,176379,760,0,1,0,1,28,0,0,0,0,0,0),
	E(145261,176395,760,0,65535,0,1,9,1,215,0,0,0,1),
	E(176413,176408,760,0,1,0,1,1,0,0,4,0,0,1),
	E(209238,176428,760,0,1,0,1,1,0,0,4,228899,0,1),
	E(108590,176438,760,0,1,0,1,8,0,0,0,0,0,1),
	E(176460,176455,760,0,1,0,1,23,0,0,0,0,1,1),
	E(217400,176473,760,0,1,0,1,9,1,103,0,0,0,1),
	E(176493,176488,760,0,1,0,1,13,0,0,0,0,0,1),
	E(123103,176509,760,0,1,0,1,9,1,215,0,0,0,1),
	E(176525,176520,760,0,1,0,1,9,1,215,0,0,0,1),
	E(176534,176529,760,0,1,0,1,7,0,0,0,0,0,1),
	E(165730,176550,760,0,65535,0,1,7,0,0,0,0,0,0),
	E(176571,176566,760,0,65535,0,1,2035,0,0,0,0,0,0),
	E(125765,176613,760,0,1,0,1,40,1,350,0,0,0,1),
	E(125803,176640,760,0,1,0,1,69,0,0,0,0,0,1),
	E(31786,176661,760,0,65535,0,1,9,2,821,0,0,0,0),
	E(176681,176676,760,1,1,0,1,14,0,0,1,228938,0,1),
	E(14675,176688,760,0,1,0,1,28,0,0,0,0,0,1),
	E(197233,176706,760,0,1,0,1,9,1,19,0,0,0,1),
	E(74012,176720,760,0,65535,0,1,105,0,0,0,0,0,0),
	E(176735,176730,760,0,65535,0,1,2036,0,0,0,0,0,0),
	E(54995,176780,760,0,1,0,1,9,6,1601,0,0,0,1),
	E(125911,176791,760,0,65535,0,1,9,1,259,0,0,0,1),
	E(123210,176803,760,0,65535,0,1,2037,0,0,0,0,0,1),
	E(209799,176863,760,0,1,0,1,14,0,0,1,223346,0,0),
	E(215387,176877,760,0,65535,0,1,26,0,0,4,0,0,0),
	E(176894,176889,760,0,65535,0,1,9,1,680,0,0,0,0),
	E(176915,176910,760,0,65535,0,1,26,8,824,3,220159,0,0),
	E(176939,176934,760,0,1,0,1,13,0,0,0,0,0,1),
	E(176960,176955,760,0,1,0,1,9,6,561,0,0,0,1),
	E(176975,176970,760,0,1,0,1,2038,0,0,0,0,0,0),
	E(206043,177067,760,1,1,0,1,14,0,0,1,229033,1,1),
	E(126126,177079,760,0,1,0,1,26,0,0,4,228985,0,1),
	/* Task.input */
	E(207726,176577,761,1,1,0,1,1,0,0,4,0,0,0),
	E(234033,176593,761,1,1,1,54,930,0,0,0,0,0,0),
	/* Task.output */
	E(207726,176742,762,1,1,0,1,1,0,0,4,0,0,0),
	E(234033,176759,762,1,1,1,54,930,0,0,0,0,0,0),
	/* Task.performer */
	E(155580,176818,763,1,1,0,1,9,6,1601,0,0,0,1),
	E(215214,176839,763,0,1,0,1,1,0,0,4,0,0,1),
	/* Task.restriction */
	E(139796,176987,764,0,1,0,1,13,0,0,0,0,0,0),
	E(104202,177011,764,0,65535,0,1,9,6,2039,0,0,0,0),
	E(177055,177038,764,0,1,0,1,25,0,0,0,0,0,0),
	/* TerminologyCapabilities */
	E(177145,177121,765,0,1,0,1,2045,0,0,0,0,0,0),
	E(177221,177197,765,0,1,0,1,14,0,0,1,199325,0,0),
	E(177256,177232,765,0,65535,0,1,2046,0,0,0,0,0,0),
	E(165344,177859,765,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,177891,765,0,1,0,1,4,0,0,0,0,0,1),
	E(165398,177925,765,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,177964,765,1,1,0,1,28,0,0,0,0,0,1),
	E(108590,177993,765,0,1,0,1,4,0,0,0,0,0,0),
	E(178053,178029,765,0,1,0,1,2047,0,0,0,0,0,0),
	E(165699,178392,765,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,178429,765,0,65535,0,1,7,0,0,0,0,0,1),
	E(178488,178464,765,0,1,0,1,2048,0,0,0,0,0,1),
	E(165759,178597,765,0,65535,0,1,1,0,0,2,213159,0,1),
	E(220017,178634,765,1,1,0,1,14,0,0,1,197384,0,1),
	E(187424,178663,765,0,1,0,1,23,0,0,0,0,0,1),
	E(165823,178698,765,0,1,0,1,8,0,0,0,0,0,1),
	E(166018,178727,765,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,178761,765,0,1,0,1,4,0,0,0,0,0,0),
	E(122196,178793,765,0,1,0,1,2049,0,0,0,0,0,1),
	E(206043,178905,765,1,1,0,1,14,0,0,1,221397,1,1),
	E(166675,178936,765,0,1,0,1,8,0,0,0,0,0,1),
	E(168660,178966,765,0,1,0,1,2050,0,0,0,0,0,0),
	E(166699,179047,765,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,179075,765,0,65535,0,1,70,0,0,0,0,0,1),
	E(179134,179110,765,0,1,0,1,2051,0,0,0,0,0,0),
	E(166750,179197,765,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,179229,765,0,1,1,2,71,0,0,2,231347,0,1),
	/* TerminologyCapabilities.closure */
	E(168660,177153,766,0,1,0,1,23,0,0,0,0,0,0),
	/* TerminologyCapabilities.codeSystem */
	E(180011,177267,767,1,1,0,1,14,0,0,1,199380,0,1),
	E(177345,177310,767,0,1,0,1,23,0,0,0,0,0,0),
	E(40716,177357,767,0,1,0,1,40,1,533,0,0,0,0),
	E(166750,177396,767,0,65535,0,1,2052,0,0,0,0,0,0),
	/* TerminologyCapabilities.codeSystem.version */
	E(209238,177439,768,0,1,0,1,8,0,0,0,0,0,1),
	E(36245,177487,768,0,1,0,1,23,0,0,0,0,0,0),
	E(187187,177544,768,0,65535,0,1,2053,0,0,0,0,0,0),
	E(177745,177702,768,0,1,0,1,23,0,0,0,0,0,1),
	E(208810,177755,768,0,65535,0,1,14,0,0,1,213240,0,0),
	E(215090,177807,768,0,65535,0,1,14,0,0,0,0,0,0),
	/* TerminologyCapabilities.codeSystem.version.filter */
	E(209238,177594,769,1,1,0,1,14,0,0,0,0,0,0),
	E(187226,177649,769,1,65535,0,1,14,0,0,0,0,0,0),
	/* TerminologyCapabilities.expansion */
	E(178097,178063,770,0,1,0,1,23,0,0,0,0,0,0),
	E(178144,178110,770,0,1,0,1,23,0,0,0,0,0,0),
	E(178189,178155,770,0,1,0,1,23,0,0,0,0,0,0),
	E(157139,178196,770,0,65535,0,1,2054,0,0,0,0,0,0),
	E(178381,178347,770,0,1,0,1,4,0,0,0,0,0,0),
	/* TerminologyCapabilities.expansion.parameter */
	E(39420,178240,771,0,1,0,1,8,0,0,0,0,0,0),
	E(165823,178298,771,1,1,0,1,14,0,0,0,0,0,0),
	/* TerminologyCapabilities.implementation */
	E(108590,178503,772,1,1,0,1,8,0,0,0,0,0,1),
	E(166699,178554,772,0,1,0,1,88,0,0,0,0,0,1),
	/* TerminologyCapabilities.software */
	E(165823,178826,773,1,1,0,1,8,0,0,0,0,0,1),
	E(166750,178864,773,0,1,0,1,8,0,0,0,0,0,1),
	/* TerminologyCapabilities.translation */
	E(179038,179002,774,1,1,0,1,23,0,0,0,0,0,0),
	/* TerminologyCapabilities.validateCode */
	E(179184,179147,775,1,1,0,1,23,0,0,0,0,0,0),
	/* TestPlan */
	E(204553,179282,776,0,65535,0,1,1,0,0,4,229327,0,0),
	E(165344,179300,776,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,179317,776,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,179336,776,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,179360,776,0,1,0,1,28,0,0,0,0,0,1),
	E(179813,179374,776,0,65535,0,1,2055,0,0,0,0,0,0),
	E(108590,179458,776,0,1,0,1,4,0,0,0,0,0,0),
	E(179488,179479,776,0,1,0,1,4,0,0,0,0,0,0),
	E(165699,179501,776,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,179523,776,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,179543,776,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165823,179565,776,0,1,0,1,8,0,0,0,0,0,1),
	E(166018,179579,776,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,179598,776,0,1,0,1,4,0,0,0,0,0,0),
	E(202701,179615,776,0,65535,0,1,9,0,0,0,0,0,0),
	E(206043,179630,776,1,1,0,1,14,0,0,1,221397,1,1),
	E(179655,179646,776,0,65535,0,1,2056,0,0,0,0,0,0),
	E(180277,180268,776,0,1,0,1,4,0,0,0,0,0,0),
	E(166675,180287,776,0,1,0,1,8,0,0,0,0,0,0),
	E(166699,180302,776,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,180315,776,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,180335,776,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,180352,776,0,1,1,2,71,0,0,2,231347,0,1),
	/* TestPlan.dependency */
	E(108590,179394,777,0,1,0,1,4,0,0,0,0,0,0),
	E(138188,179426,777,0,1,0,1,9,0,0,0,0,0,0),
	/* TestPlan.testCase */
	E(69027,179664,778,0,65535,0,1,2057,0,0,0,0,0,0),
	E(179813,179795,778,0,65535,0,1,2058,0,0,0,0,0,0),
	E(202701,179906,778,0,65535,0,1,9,0,0,0,0,0,0),
	E(31965,179930,778,0,1,0,1,273,0,0,0,0,0,0),
	E(179975,179957,778,0,65535,0,1,2059,0,0,0,0,0,0),
	E(180106,180088,778,0,65535,0,1,2060,0,0,0,0,0,0),
	/* TestPlan.testCase.assertion */
	E(179720,179692,779,0,65535,0,1,26,0,0,0,0,0,0),
	E(91847,179727,779,0,65535,0,1,26,0,0,0,0,0,0),
	E(207726,179762,779,0,65535,0,1,1,0,0,0,0,0,0),
	/* TestPlan.testCase.dependency */
	E(108590,179824,780,0,1,0,1,4,0,0,0,0,0,0),
	E(138188,179865,780,0,1,0,1,9,0,0,0,0,0,0),
	/* TestPlan.testCase.testData */
	E(180011,179984,781,0,1,0,1,9,0,0,0,0,0,0),
	E(211424,180019,781,0,1,1,2,1516,0,0,0,0,0,0),
	E(207726,180056,781,1,1,0,1,72,0,0,0,0,0,0),
	/* TestPlan.testCase.testRun */
	E(180140,180114,782,0,1,0,1,4,0,0,0,0,0,0),
	E(180176,180150,782,0,1,0,1,2061,0,0,0,0,0,0),
	/* TestPlan.testCase.testRun.script */
	E(208810,180183,783,0,1,0,1,1,0,0,0,0,0,0),
	E(211424,180225,783,0,1,1,2,1516,0,0,0,0,0,0),
	/* TestReport */
	E(165730,180392,784,0,1,0,1,7,0,0,0,0,0,1),
	E(48264,180414,784,0,1,0,1,28,0,0,0,0,0,1),
	E(165823,180432,784,0,1,0,1,8,0,0,0,0,0,1),
	E(104092,180448,784,0,65535,0,1,2062,0,0,0,0,0,0),
	E(91847,180557,784,1,1,0,1,14,0,0,1,223186,0,1),
	E(14843,180575,784,0,1,0,1,250,0,0,0,0,0,1),
	E(182425,180592,784,0,1,0,1,2063,0,0,0,0,0,0),
	E(206043,181031,784,1,1,0,1,14,0,0,1,223241,1,1),
	E(184538,181049,784,0,1,0,1,2064,0,0,0,0,0,0),
	E(184622,181133,784,0,65535,0,1,2065,0,0,0,0,0,0),
	E(181295,181284,784,1,1,0,1,40,1,1539,0,0,0,1),
	E(181317,181306,784,0,1,0,1,8,0,0,0,0,0,1),
	/* TestReport.participant */
	E(41865,180471,785,0,1,0,1,8,0,0,0,0,0,0),
	E(207726,180502,785,1,1,0,1,14,0,0,1,223071,0,0),
	E(40716,180530,785,1,1,0,1,69,0,0,0,0,0,0),
	/* TestReport.setup */
	E(204454,180609,786,1,65535,0,1,2066,0,0,0,0,0,0),
	/* TestReport.setup.action */
	E(182479,180633,787,0,1,0,1,2067,0,0,0,0,0,0),
	E(17625,180873,787,0,1,0,1,2068,0,0,0,0,0,0),
	/* TestReport.setup.action.assert */
	E(196053,180664,788,0,1,0,1,8,0,0,0,0,0,0),
	E(120763,180702,788,0,1,0,1,4,0,0,0,0,0,0),
	E(160502,180741,788,0,65535,0,1,2069,0,0,0,0,0,0),
	E(91847,180835,788,1,1,0,1,14,0,0,1,222967,0,0),
	/* TestReport.setup.action.assert.requirement */
	E(61204,180784,789,0,1,1,2,609,1,1536,0,0,0,0),
	/* TestReport.setup.action.operation */
	E(196053,180907,790,0,1,0,1,69,0,0,0,0,0,0),
	E(120763,180948,790,0,1,0,1,4,0,0,0,0,0,0),
	E(91847,180990,790,1,1,0,1,14,0,0,1,222967,0,0),
	/* TestReport.teardown */
	E(204454,181069,791,1,65535,0,1,2070,0,0,0,0,0,0),
	/* TestReport.teardown.action */
	E(17625,181096,792,1,1,0,1,2068,0,0,0,0,0,0),
	/* TestReport.test */
	E(204454,181149,793,1,65535,0,1,2071,0,0,0,0,0,0),
	E(108590,181235,793,0,1,0,1,8,0,0,0,0,0,0),
	E(165823,181263,793,0,1,0,1,8,0,0,0,0,0,0),
	/* TestReport.test.action */
	E(182479,181172,794,0,1,0,1,2067,0,0,0,0,0,0),
	E(17625,181202,794,0,1,0,1,2068,0,0,0,0,0,0),
	/* TestScript */
	E(165344,181335,795,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,181354,795,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,181375,795,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,181401,795,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,181417,795,0,1,0,1,4,0,0,0,0,0,0),
	E(58830,181440,795,0,65535,0,1,2072,0,0,0,0,0,0),
	E(165699,181550,795,0,1,0,1,23,0,0,0,0,0,1),
	E(181585,181574,795,0,65535,0,1,2073,0,0,0,0,0,0),
	E(165730,181681,795,0,65535,0,1,7,0,0,0,0,0,1),
	E(165759,181703,795,0,65535,0,1,1,0,0,2,213159,0,1),
	E(181738,181727,795,0,1,0,1,2074,0,0,0,0,0,0),
	E(165823,182154,795,1,1,0,1,8,0,0,0,0,0,1),
	E(211473,182170,795,0,65535,0,1,2075,0,0,0,0,0,0),
	E(122261,182260,795,0,65535,0,1,40,1,50,0,0,0,0),
	E(166018,182279,795,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,182300,795,0,1,0,1,4,0,0,0,0,0,0),
	E(202701,182319,795,0,65535,0,1,2076,0,0,0,0,0,0),
	E(182425,182414,795,0,1,0,1,2077,0,0,0,0,0,0),
	E(206043,184509,795,1,1,0,1,14,0,0,1,221397,1,1),
	E(184538,184527,795,0,1,0,1,2078,0,0,0,0,0,0),
	E(184622,184611,795,0,65535,0,1,2079,0,0,0,0,0,0),
	E(166675,184762,795,0,1,0,1,8,0,0,0,0,0,1),
	E(166699,184779,795,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,184794,795,0,65535,0,1,70,0,0,0,0,0,1),
	E(70214,184816,795,0,65535,0,1,2080,0,0,0,0,0,0),
	E(166750,185068,795,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,185087,795,0,1,1,2,71,0,0,2,231347,0,1),
	/* TestScript.destination */
	E(182206,181463,796,1,1,0,1,273,0,0,0,0,0,0),
	E(122261,181492,796,1,1,0,1,72,0,0,2,229136,0,0),
	E(166699,181523,796,0,1,0,1,88,0,0,0,0,0,0),
	/* TestScript.fixture */
	E(181612,181593,797,1,1,0,1,23,0,0,0,0,0,0),
	E(181642,181623,797,1,1,0,1,23,0,0,0,0,0,0),
	E(139824,181653,797,0,1,0,1,9,1,215,0,0,0,0),
	/* TestScript.metadata */
	E(181767,181747,798,1,65535,0,1,2081,0,0,0,0,0,0),
	E(61204,182063,798,0,65535,0,1,2082,0,0,0,0,0,0),
	/* TestScript.metadata.capability */
	E(2705,181778,799,1,1,0,1,40,1,74,0,0,0,0),
	E(108590,181822,799,0,1,0,1,8,0,0,0,0,0,0),
	E(58830,181865,799,0,1,0,1,273,0,0,0,0,0,0),
	E(61204,181908,799,0,65535,0,1,69,0,0,0,0,0,0),
	E(211473,181944,799,0,65535,0,1,273,0,0,0,0,0,0),
	E(146607,181982,799,1,1,0,1,23,0,0,0,0,0,0),
	E(182053,182022,799,1,1,0,1,23,0,0,0,0,0,0),
	/* TestScript.metadata.link */
	E(108590,182088,800,0,1,0,1,8,0,0,0,0,0,0),
	E(166699,182125,800,1,1,0,1,69,0,0,0,0,0,0),
	/* TestScript.origin */
	E(182206,182188,801,1,1,0,1,273,0,0,0,0,0,0),
	E(122261,182212,801,1,1,0,1,72,0,0,2,229202,0,0),
	E(166699,182238,801,0,1,0,1,88,0,0,0,0,0,0),
	/* TestScript.scope */
	E(182353,182336,802,1,1,0,1,40,1,215,0,0,0,0),
	E(182379,182362,802,0,1,0,1,1,0,0,2,229263,0,0),
	E(223896,182391,802,0,1,0,1,1,0,0,2,229327,0,0),
	/* TestScript.setup */
	E(204454,182431,803,1,65535,0,1,2083,0,0,0,0,0,0),
	/* TestScript.setup.action */
	E(182479,182455,804,0,1,0,1,2084,0,0,0,0,0,0),
	E(17625,183631,804,0,1,0,1,2085,0,0,0,0,0,0),
	/* TestScript.setup.action.assert */
	E(182517,182486,805,0,1,0,1,8,0,0,0,0,0,0),
	E(182574,182543,805,0,1,0,1,8,0,0,0,0,0,0),
	E(182623,182592,805,0,1,0,1,8,0,0,0,0,0,0),
	E(183740,182643,805,0,1,0,1,14,0,0,1,217819,0,0),
	E(182717,182686,805,0,1,0,1,14,0,0,1,195615,0,0),
	E(108590,182741,805,0,1,0,1,8,0,0,0,0,0,0),
	E(182815,182784,805,0,1,0,1,14,0,0,1,195557,0,0),
	E(139764,182825,805,0,1,0,1,8,0,0,0,0,0,0),
	E(184952,182867,805,0,1,0,1,8,0,0,0,0,0,0),
	E(64100,182910,805,0,1,0,1,8,0,0,0,0,0,0),
	E(182978,182947,805,0,1,0,1,8,0,0,0,0,0,0),
	E(183019,182988,805,0,1,0,1,23,0,0,0,0,0,0),
	E(146317,183035,805,0,1,0,1,14,0,0,1,195681,0,0),
	E(185034,183075,805,0,1,0,1,8,0,0,0,0,0,0),
	E(183142,183111,805,0,1,0,1,14,0,0,1,210486,0,0),
	E(183187,183156,805,0,1,0,1,8,0,0,0,0,0,0),
	E(160502,183198,805,0,65535,0,1,2086,0,0,0,0,0,0),
	E(139824,183292,805,0,1,0,1,69,0,0,2,200381,0,0),
	E(137789,183332,805,0,1,0,1,14,0,0,1,195738,0,0),
	E(183403,183372,805,0,1,0,1,8,0,0,0,0,0,0),
	E(185059,183416,805,0,1,0,1,928,0,0,0,0,0,0),
	E(183487,183456,805,1,1,0,1,23,0,0,0,0,0,0),
	E(183533,183502,805,0,1,0,1,928,0,0,0,0,0,0),
	E(234033,183551,805,0,1,0,1,8,0,0,0,0,0,0),
	E(183619,183588,805,1,1,0,1,23,0,0,0,0,0,0),
	/* TestScript.setup.action.assert.requirement */
	E(61204,183241,806,0,1,1,2,609,1,1536,0,0,0,0),
	/* TestScript.setup.action.operation */
	E(183699,183665,807,0,1,0,1,14,0,0,1,217819,0,0),
	E(183740,183706,807,0,1,0,1,14,0,0,1,217819,0,0),
	E(108590,183752,807,0,1,0,1,8,0,0,0,0,0,0),
	E(58830,183798,807,0,1,0,1,273,0,0,0,0,0,0),
	E(183878,183844,807,1,1,0,1,23,0,0,0,0,0,0),
	E(64100,183895,807,0,1,0,1,8,0,0,0,0,0,0),
	E(214452,183935,807,0,1,0,1,14,0,0,1,210486,0,0),
	E(211473,183976,807,0,1,0,1,273,0,0,0,0,0,0),
	E(90676,184017,807,0,1,0,1,8,0,0,0,0,0,0),
	E(184092,184058,807,0,65535,0,1,2087,0,0,0,0,0,0),
	E(184248,184214,807,0,1,0,1,928,0,0,0,0,0,0),
	E(139824,184258,807,0,1,0,1,69,0,0,2,200381,0,0),
	E(184335,184301,807,0,1,0,1,928,0,0,0,0,0,0),
	E(185059,184346,807,0,1,0,1,928,0,0,0,0,0,0),
	E(90791,184389,807,0,1,0,1,928,0,0,0,0,0,0),
	E(207726,184432,807,0,1,0,1,72,0,0,2,229080,0,0),
	E(166699,184471,807,0,1,0,1,8,0,0,0,0,0,0),
	/* TestScript.setup.action.operation.requestHeader */
	E(184154,184106,808,1,1,0,1,8,0,0,0,0,0,0),
	E(234033,184160,808,1,1,0,1,8,0,0,0,0,0,0),
	/* TestScript.teardown */
	E(204454,184547,809,1,65535,0,1,2088,0,0,0,0,0,0),
	/* TestScript.teardown.action */
	E(17625,184574,810,1,1,0,1,2085,0,0,0,0,0,0),
	/* TestScript.test */
	E(204454,184627,811,1,65535,0,1,2089,0,0,0,0,0,0),
	E(108590,184713,811,0,1,0,1,8,0,0,0,0,0,0),
	E(165823,184741,811,0,1,0,1,8,0,0,0,0,0,0),
	/* TestScript.test.action */
	E(182479,184650,812,0,1,0,1,2084,0,0,0,0,0,0),
	E(17625,184680,812,0,1,0,1,2085,0,0,0,0,0,0),
	/* TestScript.variable */
	E(162870,184836,813,0,1,0,1,8,0,0,0,0,0,0),
	E(108590,184869,813,0,1,0,1,8,0,0,0,0,0,0),
	E(139764,184901,813,0,1,0,1,8,0,0,0,0,0,0),
	E(184952,184932,813,0,1,0,1,8,0,0,0,0,0,0),
	E(184984,184964,813,0,1,0,1,8,0,0,0,0,0,0),
	E(165823,184989,813,1,1,0,1,8,0,0,0,0,0,0),
	E(185034,185014,813,0,1,0,1,8,0,0,0,0,0,0),
	E(185059,185039,813,0,1,0,1,928,0,0,0,0,0,0),
	/* Timing */
	E(209238,185125,814,0,1,0,1,1,0,0,3,229564,0,1),
	E(208194,185137,814,0,65535,0,1,28,0,0,0,0,0,1),
	E(185157,185150,814,0,1,0,1,2090,0,0,0,0,0,1),
	/* Timing.repeat */
	E(191486,185164,815,0,1,1,3,2091,0,0,0,0,0,1),
	E(57493,185188,815,0,1,0,1,25,0,0,0,0,0,1),
	E(185222,185208,815,0,1,0,1,25,0,0,0,0,0,1),
	E(7877,185231,815,0,65535,0,1,14,0,0,1,203961,0,1),
	E(54722,185255,815,0,1,0,1,250,0,0,0,0,0,1),
	E(185292,185278,815,0,1,0,1,250,0,0,0,0,0,1),
	E(185318,185304,815,0,1,0,1,14,0,0,1,230416,0,1),
	E(230300,185331,815,0,1,0,1,25,0,0,0,0,0,1),
	E(185369,185355,815,0,1,0,1,25,0,0,0,0,0,1),
	E(197899,185382,815,0,1,0,1,312,0,0,0,0,0,1),
	E(139796,185403,815,0,1,0,1,250,0,0,0,0,0,1),
	E(185438,185424,815,0,1,0,1,250,0,0,0,0,0,1),
	E(185462,185448,815,0,1,0,1,14,0,0,1,230416,0,1),
	E(185487,185473,815,0,65535,0,1,276,0,0,0,0,0,1),
	E(157799,185497,815,0,65535,0,1,14,0,0,1,207942,0,1),
	/* Transport */
	E(176384,185526,816,0,1,0,1,28,0,0,0,0,0,0),
	E(145261,185547,816,0,65535,0,1,9,1,215,0,0,0,1),
	E(209238,185565,816,0,1,0,1,1,0,0,4,229688,0,1),
	E(185590,185580,816,0,1,0,1,28,0,0,0,0,0,1),
	E(185615,185605,816,1,1,0,1,9,1,19,0,0,0,1),
	E(108590,185631,816,0,1,0,1,8,0,0,0,0,0,1),
	E(217400,185653,816,0,1,0,1,9,1,103,0,0,0,1),
	E(123103,185673,816,0,1,0,1,9,1,215,0,0,0,1),
	E(176525,185689,816,0,1,0,1,9,1,215,0,0,0,1),
	E(176534,185703,816,0,1,0,1,7,0,0,0,0,0,1),
	E(185739,185729,816,0,1,0,1,9,1,2094,0,0,0,0),
	E(165730,185747,816,0,65535,0,1,7,0,0,0,0,0,0),
	E(176571,185768,816,0,65535,0,1,2095,0,0,0,0,0,0),
	E(125765,185830,816,0,1,0,1,40,1,350,0,0,0,1),
	E(125803,185862,816,0,1,0,1,69,0,0,0,0,0,1),
	E(31786,185888,816,0,65535,0,1,9,2,821,0,0,0,0),
	E(176681,185908,816,1,1,0,1,14,0,0,1,229732,0,1),
	E(14675,185925,816,0,1,0,1,28,0,0,0,0,0,1),
	E(197233,185948,816,0,1,0,1,9,1,19,0,0,0,1),
	E(74012,185967,816,0,65535,0,1,105,0,0,0,0,0,0),
	E(176735,185982,816,0,65535,0,1,2096,0,0,0,0,0,0),
	E(54995,186047,816,0,1,0,1,9,8,824,0,0,0,1),
	E(125911,186063,816,0,65535,0,1,9,1,2094,0,0,0,1),
	E(46701,186080,816,0,65535,0,1,1,0,0,3,220159,0,0),
	E(209799,186104,816,0,1,0,1,14,0,0,1,223346,0,0),
	E(215387,186123,816,0,1,0,1,26,1,215,4,0,0,0),
	E(176894,186140,816,0,65535,0,1,9,1,680,0,0,0,0),
	E(186176,186166,816,1,1,0,1,9,1,19,0,0,0,1),
	E(176960,186194,816,0,1,0,1,9,6,561,0,0,0,1),
	E(176975,186214,816,0,1,0,1,2097,0,0,0,0,0,0),
	E(206043,186331,816,0,1,0,1,14,0,0,1,229837,1,1),
	E(126126,186348,816,0,1,0,1,1,0,0,4,229784,0,1),
	/* Transport.input */
	E(207726,185784,817,1,1,0,1,1,0,0,4,0,0,0),
	E(234033,185805,817,1,1,1,54,930,0,0,0,0,0,0),
	/* Transport.output */
	E(207726,185999,818,1,1,0,1,1,0,0,4,0,0,0),
	E(234033,186021,818,1,1,1,54,930,0,0,0,0,0,0),
	/* Transport.restriction */
	E(139796,186236,819,0,1,0,1,13,0,0,0,0,0,0),
	E(104202,186265,819,0,65535,0,1,9,6,2039,0,0,0,0),
	E(177055,186297,819,0,1,0,1,25,0,0,0,0,0,0),
	/* TriggerDefinition */
	E(209238,186389,820,0,1,0,1,1,0,0,0,0,0,1),
	E(210375,186412,820,0,1,0,1,73,0,0,0,0,0,1),
	E(155368,186440,820,0,65535,0,1,974,0,0,0,0,0,1),
	E(165823,186463,820,0,1,0,1,8,0,0,0,0,0,1),
	E(186504,186486,820,0,1,0,1,40,1,1537,0,0,0,1),
	E(62955,186522,820,0,1,1,4,2098,1,1916,0,0,0,1),
	E(207726,186550,820,1,1,0,1,14,0,0,1,229889,0,1),
	/* UsageContext */
	E(209238,186586,821,1,1,0,1,72,0,0,2,232535,0,1),
	E(234033,186604,821,1,1,1,4,2102,7,2106,4,230465,0,1),
	/* ValueSet */
	E(165029,186626,822,0,1,0,1,34,0,0,0,0,0,0),
	E(11623,186648,822,0,65535,0,1,37,0,0,0,0,0,0),
	E(186673,186664,822,0,1,0,1,2113,0,0,0,0,0,0),
	E(165344,187461,822,0,65535,0,1,37,0,0,0,0,0,1),
	E(165370,187478,822,0,1,0,1,4,0,0,0,0,0,0),
	E(165398,187497,822,0,1,0,1,8,0,0,0,0,0,0),
	E(165431,187521,822,0,1,0,1,28,0,0,0,0,0,1),
	E(108590,187535,822,0,1,0,1,4,0,0,0,0,0,0),
	E(69357,187556,822,0,65535,0,1,37,0,0,0,0,0,0),
	E(165514,187572,822,0,1,0,1,13,0,0,0,0,0,1),
	E(69373,187597,822,0,65535,0,1,37,0,0,0,0,0,0),
	E(178053,187615,822,0,1,0,1,2114,0,0,0,0,0,0),
	E(165699,188567,822,0,1,0,1,23,0,0,0,0,0,1),
	E(165730,188589,822,0,65535,0,1,7,0,0,0,0,0,1),
	E(188618,188609,822,0,1,0,1,23,0,0,0,0,0,1),
	E(165759,188628,822,0,65535,0,1,1,0,0,2,213159,0,1),
	E(165790,188650,822,0,1,0,1,34,0,0,0,0,0,0),
	E(165823,188674,822,0,1,0,1,8,0,0,0,0,0,1),
	E(166018,188688,822,0,1,0,1,8,0,0,0,0,0,1),
	E(166046,188707,822,0,1,0,1,4,0,0,0,0,0,0),
	E(69521,188724,822,0,65535,0,1,52,0,0,0,0,0,0),
	E(69546,188749,822,0,65535,0,1,37,0,0,0,0,0,0),
	E(202701,188767,822,0,1,0,1,2115,0,0,0,0,0,0),
	E(206043,188848,822,1,1,0,1,14,0,0,1,221397,1,1),
	E(166675,188864,822,0,1,0,1,8,0,0,0,0,0,1),
	E(199858,188879,822,0,65535,0,1,1,0,0,4,204056,0,0),
	E(166699,188894,822,0,1,0,1,69,0,0,0,0,0,1),
	E(166721,188907,822,0,65535,0,1,70,0,0,0,0,0,1),
	E(166750,188927,822,0,1,0,1,8,0,0,0,0,0,1),
	E(234396,188944,822,0,1,1,2,71,0,0,2,231347,0,1),
	/* ValueSet.compose */
	E(73888,186681,823,0,65535,0,1,2116,0,0,0,0,0,0),
	E(186723,186706,823,0,1,0,1,23,0,0,0,0,0,1),
	E(165900,186732,823,1,65535,0,1,2116,0,0,0,0,0,1),
	E(187424,187407,823,0,1,0,1,34,0,0,0,0,0,1),
	E(215090,187435,823,0,65535,0,1,8,0,0,0,0,0,0),
	/* ValueSet.compose.include */
	E(37640,186757,824,0,65535,0,1,2117,0,0,0,0,0,0),
	E(165370,187127,824,0,1,0,1,8,0,0,0,0,0,0),
	E(187187,187162,824,0,65535,0,1,2118,0,0,0,0,0,1),
	E(187333,187308,824,0,1,0,1,69,0,0,0,0,0,1),
	E(42004,187340,824,0,65535,0,1,40,1,534,0,0,0,1),
	E(166750,187374,824,0,1,0,1,8,0,0,0,0,0,1),
	/* ValueSet.compose.include.concept */
	E(209238,186790,825,1,1,0,1,14,0,0,0,0,0,0),
	E(187797,186828,825,0,65535,0,1,2119,0,0,0,0,0,0),
	E(41865,187086,825,0,1,0,1,8,0,0,0,0,0,0),
	/* ValueSet.compose.include.concept.designation */
	E(186918,186873,826,0,65535,0,1,72,0,0,2,204146,0,0),
	E(208810,186932,826,0,1,0,1,14,0,0,1,194384,0,0),
	E(217192,186986,826,0,1,0,1,72,0,0,2,204146,0,0),
	E(234033,187035,826,1,1,0,1,8,0,0,0,0,0,0),
	/* ValueSet.compose.include.filter */
	E(187226,187194,827,1,1,0,1,14,0,0,1,208963,0,1),
	E(215090,187229,827,1,1,0,1,14,0,0,0,0,0,1),
	E(234033,187270,827,1,1,0,1,8,0,0,0,0,0,1),
	/* ValueSet.expansion */
	E(187653,187634,828,0,65535,0,1,2120,0,0,0,0,0,0),
	E(165730,188239,828,0,1,0,1,69,0,0,0,0,0,0),
	E(188288,188269,828,0,1,0,1,69,0,0,0,0,0,0),
	E(197899,188293,828,0,1,0,1,273,0,0,0,0,0,0),
	E(157139,188319,828,0,65535,0,1,2121,0,0,0,0,0,0),
	E(215090,188420,828,0,65535,0,1,2122,0,0,0,0,0,0),
	E(14954,188513,828,1,1,0,1,28,0,0,0,0,0,0),
	E(14971,188542,828,0,1,0,1,273,0,0,0,0,0,0),
	/* ValueSet.expansion.contains */
	E(160841,187662,829,0,1,0,1,23,0,0,0,0,0,0),
	E(209238,187699,829,0,1,0,1,14,0,0,0,0,0,0),
	E(187653,187732,829,0,65535,0,1,2120,0,0,0,0,0,0),
	E(187797,187769,829,0,65535,0,1,2119,0,0,0,0,0,0),
	E(41865,187809,829,0,1,0,1,8,0,0,0,0,0,0),
	E(186723,187845,829,0,1,0,1,23,0,0,0,0,0,0),
	E(215090,187882,829,0,65535,0,1,2123,0,0,0,0,0,0),
	E(187333,188168,829,0,1,0,1,69,0,0,0,0,0,0),
	E(166750,188203,829,0,1,0,1,8,0,0,0,0,0,0),
	/* ValueSet.expansion.contains.property */
	E(209238,187919,830,1,1,0,1,14,0,0,0,0,0,0),
	E(187998,187961,830,0,65535,0,1,2124,0,0,0,0,0,0),
	E(234033,188122,830,1,1,1,7,537,0,0,0,0,0,0),
	/* ValueSet.expansion.contains.property.subProperty */
	E(209238,188010,831,1,1,0,1,14,0,0,0,0,0,0),
	E(234033,188064,831,1,1,1,7,537,0,0,0,0,0,0),
	/* ValueSet.expansion.parameter */
	E(165823,188348,832,1,1,0,1,8,0,0,0,0,0,0),
	E(234033,188382,832,0,1,1,7,2125,0,0,0,0,0,0),
	/* ValueSet.expansion.property */
	E(209238,188448,833,1,1,0,1,14,0,0,0,0,0,0),
	E(40716,188481,833,0,1,0,1,69,0,0,0,0,0,0),
	/* ValueSet.scope */
	E(188797,188782,834,0,1,0,1,8,0,0,0,0,0,0),
	E(188830,188815,834,0,1,0,1,8,0,0,0,0,0,0),
	/* VerificationResult */
	E(189011,188992,835,0,1,0,1,2132,0,0,0,0,0,0),
	E(189412,189393,835,0,1,0,1,1,0,0,3,230837,0,1),
	E(230300,189426,835,0,1,0,1,64,0,0,0,0,0,0),
	E(189474,189455,835,0,1,0,1,28,0,0,0,0,0,0),
	E(230948,189488,835,0,1,0,1,1,0,0,3,230900,0,1),
	E(189531,189512,835,0,1,0,1,34,0,0,0,0,0,0),
	E(95283,189545,835,0,65535,0,1,2133,0,0,0,0,0,0),
	E(206043,189903,835,1,1,0,1,14,0,0,1,231089,0,1),
	E(167486,189929,835,0,1,0,1,28,0,0,0,0,0,1),
	E(145510,189959,835,0,65535,0,1,9,1,215,0,0,0,1),
	E(190004,189985,835,0,65535,0,1,8,0,0,0,0,0,1),
	E(190038,190019,835,0,65535,0,1,1,0,0,4,231150,0,1),
	E(190075,190056,835,0,1,0,1,1,0,0,3,231283,0,1),
	E(190109,190090,835,0,65535,0,1,2134,0,0,0,0,0,0),
	/* VerificationResult.attestation */
	E(189659,189023,836,0,1,0,1,1,0,0,4,230768,0,1),
	E(165431,189074,836,0,1,0,1,34,0,0,0,0,0,1),
	E(157720,189110,836,0,1,0,1,9,3,670,0,0,0,1),
	E(189183,189152,836,0,1,0,1,8,0,0,0,0,0,0),
	E(189239,189208,836,0,1,0,1,311,0,0,0,0,0,0),
	E(189285,189254,836,0,1,0,1,8,0,0,0,0,0,0),
	E(189342,189311,836,0,1,0,1,311,0,0,0,0,0,0),
	E(189899,189358,836,0,1,0,1,9,3,141,0,0,0,1),
	/* VerificationResult.primarySource */
	E(189611,189578,837,0,1,0,1,1,0,0,3,230703,0,1),
	E(189659,189626,837,0,65535,0,1,1,0,0,4,230768,0,1),
	E(189712,189679,837,0,65535,0,1,1,0,0,3,231021,0,0),
	E(207726,189730,837,0,65535,0,1,1,0,0,4,230953,0,1),
	E(189801,189768,837,0,1,0,1,28,0,0,0,0,0,0),
	E(189849,189816,837,0,1,0,1,1,0,0,3,231217,0,0),
	E(189899,189866,837,0,1,0,1,9,3,670,0,0,0,0),
	/* VerificationResult.validator */
	E(190148,190119,838,0,1,0,1,311,0,0,0,0,0,0),
	E(190198,190169,838,0,1,0,1,8,0,0,0,0,0,0),
	E(144133,190218,838,1,1,0,1,9,1,10,0,0,0,0),
	/* VirtualServiceDetail */
	E(190302,190281,839,0,65535,0,1,88,0,0,0,0,0,1),
	E(87056,190317,839,0,1,1,4,2135,0,0,0,0,0,1),
	E(190370,190349,839,0,1,0,1,72,0,0,4,231521,0,1),
	E(190403,190382,839,0,1,0,1,25,0,0,0,0,0,1),
	E(190440,190419,839,0,1,0,1,8,0,0,0,0,0,1),
	/* VisionPrescription */
	E(11647,190470,840,1,1,0,1,28,0,0,0,0,0,1),
	E(190516,190497,840,1,1,0,1,28,0,0,0,0,0,1),
	E(217400,190528,840,0,1,0,1,9,1,103,0,0,0,0),
	E(165730,190557,840,0,65535,0,1,7,0,0,0,0,0,0),
	E(190606,190587,840,1,65535,0,1,2139,0,0,0,0,0,1),
	E(145432,191334,840,1,1,0,1,9,1,15,0,0,0,1),
	E(191380,191361,840,1,1,0,1,9,2,17,0,0,0,1),
	E(206043,191391,840,1,1,0,1,14,0,0,1,209143,1,1),
	/* VisionPrescription.lensSpecification */
	E(190661,190624,841,0,1,0,1,250,0,0,0,0,0,0),
	E(190702,190665,841,0,1,0,1,273,0,0,0,0,0,0),
	E(190744,190707,841,0,1,0,1,250,0,0,0,0,0,0),
	E(190791,190754,841,0,1,0,1,8,0,0,0,0,0,0),
	E(59531,190797,841,0,1,0,1,8,0,0,0,0,0,0),
	E(190877,190840,841,0,1,0,1,250,0,0,0,0,0,0),
	E(190923,190886,841,0,1,0,1,250,0,0,0,0,0,0),
	E(54722,190932,841,0,1,0,1,51,0,0,0,0,0,0),
	E(191015,190978,841,1,1,0,1,14,0,0,1,231624,0,1),
	E(74012,191019,841,0,65535,0,1,105,0,0,0,0,0,0),
	E(191098,191061,841,0,1,0,1,250,0,0,0,0,0,0),
	E(191141,191104,841,0,65535,0,1,2140,0,0,0,0,0,0),
	E(231712,191245,841,1,1,0,1,1,0,0,4,231676,0,1),
	E(191327,191290,841,0,1,0,1,250,0,0,0,0,0,0),
	/* VisionPrescription.lensSpecification.prism */
	E(137556,191147,842,1,1,0,1,250,0,0,0,0,0,0),
	E(191240,191197,842,1,1,0,1,14,0,0,1,231571,0,0),
	/* base64Binary */
	E(234033,191440,843,0,1,0,1,249,0,0,0,0,0,0),
	/* boolean */
	E(234033,191467,844,0,1,0,1,23,0,0,0,0,0,0),
	/* canonical */
	E(234033,191503,845,0,1,0,1,40,0,0,0,0,0,0),
	/* code */
	E(234033,191526,846,0,1,0,1,14,0,0,0,0,0,0),
	/* date */
	E(234033,191561,847,0,1,0,1,34,0,0,0,0,0,0),
	/* dateTime */
	E(234033,191572,848,0,1,0,1,28,0,0,0,0,0,0),
	/* decimal */
	E(234033,191604,849,0,1,0,1,250,0,0,0,0,0,0),
	/* id */
	E(234033,234179,850,0,1,0,1,928,0,0,0,0,0,0),
	/* instant */
	E(234033,233977,851,0,1,0,1,2,0,0,0,0,0,0),
	/* integer */
	E(234033,233999,852,0,1,0,1,273,0,0,0,0,0,0),
	/* integer64 */
	E(234033,234023,853,0,1,0,1,251,0,0,0,0,0,0),
	/* markdown */
	E(234033,234063,854,0,1,0,1,4,0,0,0,0,0,0),
	/* oid */
	E(234033,234178,855,0,1,0,1,942,0,0,0,0,0,0),
	/* positiveInt */
	E(234033,234200,856,0,1,0,1,25,0,0,0,0,0,0),
	/* string */
	E(234033,234246,857,0,1,0,1,8,0,0,0,0,0,0),
	/* time */
	E(234033,234319,858,0,1,0,1,276,0,0,0,0,0,0),
	/* unsignedInt */
	E(234033,234342,859,0,1,0,1,312,0,0,0,0,0,0),
	/* uri */
	E(234033,234360,860,0,1,0,1,69,0,0,0,0,0,0),
	/* url */
	E(234033,234370,861,0,1,0,1,88,0,0,0,0,0,0),
	/* uuid */
	E(234033,234385,862,0,1,0,1,949,0,0,0,0,0,0),
	/* xhtml */
	E(62542,234419,863,0,0,0,1,282,0,0,0,0,0,0),
	E(234033,234435,863,1,1,0,1,1520,0,0,0,0,0,0),
};

/* name, first element, element count, base, kind, abstract, system type */
static const fp_type_row fp_types_r5[863] = {
	{ 781, 0, 17, 284, 2, 0, 0 },  /* 1 Account */
	{ 0, 17, 4, 50, 3, 0, 0 },  /* 2 Account.balance */
	{ 154, 21, 2, 50, 3, 0, 0 },  /* 3 Account.coverage */
	{ 260, 23, 6, 50, 3, 0, 0 },  /* 4 Account.diagnosis */
	{ 450, 29, 3, 50, 3, 0, 0 },  /* 5 Account.guarantor */
	{ 588, 32, 6, 50, 3, 0, 0 },  /* 6 Account.procedure */
	{ 766, 38, 2, 50, 3, 0, 0 },  /* 7 Account.relatedAccount */
	{ 922, 40, 49, 284, 2, 0, 0 },  /* 8 ActivityDefinition */
	{ 1285, 89, 2, 50, 3, 0, 0 },  /* 9 ActivityDefinition.dynamicValue */
	{ 1833, 91, 5, 50, 3, 0, 0 },  /* 10 ActivityDefinition.participant */
	{ 2673, 96, 22, 284, 2, 0, 0 },  /* 11 ActorDefinition */
	{ 3261, 118, 10, 238, 1, 0, 0 },  /* 12 Address */
	{ 3414, 128, 11, 284, 2, 0, 0 },  /* 13 AdministrableProductDefinition */
	{ 3745, 139, 3, 50, 3, 0, 0 },  /* 14 AdministrableProductDefinition.property */
	{ 3926, 142, 7, 50, 3, 0, 0 },  /* 15 AdministrableProductDefinition.routeOfAdministration */
	{ 4385, 149, 2, 50, 3, 0, 0 },  /* 16 AdministrableProductDefinition.routeOfAdministration.targetSpecies */
	{ 4524, 151, 3, 50, 3, 0, 0 },  /* 17 AdministrableProductDefinition.routeOfAdministration.targetSpecies.withdrawalPeriod */
	{ 4983, 154, 24, 284, 2, 0, 0 },  /* 18 AdverseEvent */
	{ 5059, 178, 1, 50, 3, 0, 0 },  /* 19 AdverseEvent.contributingFactor */
	{ 5259, 179, 1, 50, 3, 0, 0 },  /* 20 AdverseEvent.mitigatingAction */
	{ 5393, 180, 2, 50, 3, 0, 0 },  /* 21 AdverseEvent.participant */
	{ 5483, 182, 1, 50, 3, 0, 0 },  /* 22 AdverseEvent.preventiveAction */
	{ 5713, 183, 1, 50, 3, 0, 0 },  /* 23 AdverseEvent.supportingInfo */
	{ 5777, 184, 2, 50, 3, 0, 0 },  /* 24 AdverseEvent.suspectEntity */
	{ 5804, 186, 3, 50, 3, 0, 0 },  /* 25 AdverseEvent.suspectEntity.causality */
	{ 87672, 189, 0, 630, 1, 0, 0 },  /* 26 Age */
	{ 6033, 189, 15, 284, 2, 0, 0 },  /* 27 AllergyIntolerance */
	{ 6314, 204, 2, 50, 3, 0, 0 },  /* 28 AllergyIntolerance.participant */
	{ 6449, 206, 7, 50, 3, 0, 0 },  /* 29 AllergyIntolerance.reaction */
	{ 6837, 213, 3, 238, 1, 0, 0 },  /* 30 Annotation */
	{ 7228, 216, 32, 284, 2, 0, 0 },  /* 31 Appointment */
	{ 7240, 248, 5, 50, 3, 0, 0 },  /* 32 Appointment.participant */
	{ 7546, 253, 10, 50, 3, 0, 0 },  /* 33 Appointment.recurrenceTemplate */
	{ 7725, 263, 4, 50, 3, 0, 0 },  /* 34 Appointment.recurrenceTemplate.monthlyTemplate */
	{ 8189, 267, 8, 50, 3, 0, 0 },  /* 35 Appointment.recurrenceTemplate.weeklyTemplate */
	{ 8673, 275, 1, 50, 3, 0, 0 },  /* 36 Appointment.recurrenceTemplate.yearlyTemplate */
	{ 9036, 276, 12, 284, 2, 0, 0 },  /* 37 AppointmentResponse */
	{ 9431, 288, 11, 284, 2, 0, 0 },  /* 38 ArtifactAssessment */
	{ 9542, 299, 10, 50, 3, 0, 0 },  /* 39 ArtifactAssessment.content */
	{ 170839, 309, 13, 238, 1, 0, 0 },  /* 40 Attachment */
	{ 10378, 322, 14, 284, 2, 0, 0 },  /* 41 AuditEvent */
	{ 10407, 336, 8, 50, 3, 0, 0 },  /* 42 AuditEvent.agent */
	{ 10726, 344, 6, 50, 3, 0, 0 },  /* 43 AuditEvent.entity */
	{ 10768, 350, 2, 50, 3, 0, 0 },  /* 44 AuditEvent.entity.detail */
	{ 10982, 352, 2, 50, 3, 0, 0 },  /* 45 AuditEvent.outcome */
	{ 11110, 354, 3, 50, 3, 0, 0 },  /* 46 AuditEvent.source */
	{ 11201, 357, 2, 238, 1, 0, 0 },  /* 47 Availability */
	{ 11214, 359, 4, 288, 3, 0, 0 },  /* 48 Availability.availableTime */
	{ 11403, 363, 2, 288, 3, 0, 0 },  /* 49 Availability.notAvailableTime */
	{ 11512, 365, 1, 288, 1, 1, 0 },  /* 50 BackboneElement */
	{ 11562, 366, 1, 238, 1, 1, 0 },  /* 51 BackboneType */
	{ 11606, 367, 0, 0, 1, 1, 0 },  /* 52 Base */
	{ 11611, 367, 5, 284, 2, 0, 0 },  /* 53 Basic */
	{ 191433, 372, 3, 668, 2, 0, 0 },  /* 54 Binary */
	{ 11740, 375, 13, 284, 2, 0, 0 },  /* 55 BiologicallyDerivedProduct */
	{ 11816, 388, 3, 50, 3, 0, 0 },  /* 56 BiologicallyDerivedProduct.collection */
	{ 12317, 391, 2, 50, 3, 0, 0 },  /* 57 BiologicallyDerivedProduct.property */
	{ 12525, 393, 16, 284, 2, 0, 0 },  /* 58 BiologicallyDerivedProductDispense */
	{ 12970, 409, 2, 50, 3, 0, 0 },  /* 59 BiologicallyDerivedProductDispense.performer */
	{ 13399, 411, 8, 284, 2, 0, 0 },  /* 60 BodyStructure */
	{ 13537, 419, 5, 50, 3, 0, 0 },  /* 61 BodyStructure.includedStructure */
	{ 13569, 424, 4, 50, 3, 0, 0 },  /* 62 BodyStructure.includedStructure.bodyLandmarkOrientation */
	{ 13699, 428, 2, 50, 3, 0, 0 },  /* 63 BodyStructure.includedStructure.bodyLandmarkOrientation.distanceFromLandmark */
	{ 14317, 430, 8, 668, 2, 0, 0 },  /* 64 Bundle */
	{ 14324, 438, 6, 50, 3, 0, 0 },  /* 65 Bundle.entry */
	{ 14376, 444, 6, 50, 3, 0, 0 },  /* 66 Bundle.entry.request */
	{ 14604, 450, 5, 50, 3, 0, 0 },  /* 67 Bundle.entry.response */
	{ 14778, 455, 2, 50, 3, 0, 0 },  /* 68 Bundle.entry.search */
	{ 14881, 457, 2, 50, 3, 0, 0 },  /* 69 Bundle.link */
	{ 14989, 459, 17, 284, 2, 1, 0 },  /* 70 CanonicalResource */
	{ 15479, 476, 30, 284, 2, 0, 0 },  /* 71 CapabilityStatement */
	{ 15684, 506, 3, 50, 3, 0, 0 },  /* 72 CapabilityStatement.document */
	{ 15950, 509, 3, 50, 3, 0, 0 },  /* 73 CapabilityStatement.implementation */
	{ 16275, 512, 4, 50, 3, 0, 0 },  /* 74 CapabilityStatement.messaging */
	{ 16349, 516, 2, 50, 3, 0, 0 },  /* 75 CapabilityStatement.messaging.endpoint */
	{ 16527, 518, 2, 50, 3, 0, 0 },  /* 76 CapabilityStatement.messaging.supportedMessage */
	{ 16799, 520, 8, 50, 3, 0, 0 },  /* 77 CapabilityStatement.rest */
	{ 16900, 528, 2, 50, 3, 0, 0 },  /* 78 CapabilityStatement.rest.interaction */
	{ 17095, 530, 18, 50, 3, 0, 0 },  /* 79 CapabilityStatement.rest.resource */
	{ 17434, 548, 2, 50, 3, 0, 0 },  /* 80 CapabilityStatement.rest.resource.interaction */
	{ 17591, 550, 3, 50, 3, 0, 0 },  /* 81 CapabilityStatement.rest.resource.operation */
	{ 17983, 553, 4, 50, 3, 0, 0 },  /* 82 CapabilityStatement.rest.resource.searchParam */
	{ 18518, 557, 3, 50, 3, 0, 0 },  /* 83 CapabilityStatement.rest.security */
	{ 18679, 560, 3, 50, 3, 0, 0 },  /* 84 CapabilityStatement.software */
	{ 18996, 563, 23, 284, 2, 0, 0 },  /* 85 CarePlan */
	{ 19005, 586, 3, 50, 3, 0, 0 },  /* 86 CarePlan.activity */
	{ 19540, 589, 11, 284, 2, 0, 0 },  /* 87 CareTeam */
	{ 19645, 600, 4, 50, 3, 0, 0 },  /* 88 CareTeam.participant */
	{ 19867, 604, 26, 284, 2, 0, 0 },  /* 89 ChargeItem */
	{ 20181, 630, 2, 50, 3, 0, 0 },  /* 90 ChargeItem.performer */
	{ 20534, 632, 26, 284, 2, 0, 0 },  /* 91 ChargeItemDefinition */
	{ 20555, 658, 3, 50, 3, 0, 0 },  /* 92 ChargeItemDefinition.applicability */
	{ 21208, 661, 2, 50, 3, 0, 0 },  /* 93 ChargeItemDefinition.propertyGroup */
	{ 25217, 663, 31, 284, 2, 0, 0 },  /* 94 Citation */
	{ 21652, 694, 15, 50, 3, 0, 0 },  /* 95 Citation.citedArtifact */
	{ 21675, 709, 4, 50, 3, 0, 0 },  /* 96 Citation.citedArtifact.abstract */
	{ 21864, 713, 3, 50, 3, 0, 0 },  /* 97 Citation.citedArtifact.classification */
	{ 22051, 716, 3, 50, 3, 0, 0 },  /* 98 Citation.citedArtifact.contributorship */
	{ 22138, 719, 8, 50, 3, 0, 0 },  /* 99 Citation.citedArtifact.contributorship.entry */
	{ 22240, 727, 2, 50, 3, 0, 0 },  /* 100 Citation.citedArtifact.contributorship.entry.contributionInstance */
	{ 22803, 729, 4, 50, 3, 0, 0 },  /* 101 Citation.citedArtifact.contributorship.summary */
	{ 23196, 733, 3, 50, 3, 0, 0 },  /* 102 Citation.citedArtifact.part */
	{ 23332, 736, 15, 50, 3, 0, 0 },  /* 103 Citation.citedArtifact.publicationForm */
	{ 24042, 751, 5, 50, 3, 0, 0 },  /* 104 Citation.citedArtifact.publicationForm.publishedIn */
	{ 24485, 756, 8, 50, 3, 0, 0 },  /* 105 Citation.citedArtifact.relatesTo */
	{ 24857, 764, 3, 50, 3, 0, 0 },  /* 106 Citation.citedArtifact.statusDate */
	{ 25016, 767, 3, 50, 3, 0, 0 },  /* 107 Citation.citedArtifact.title */
	{ 25151, 770, 2, 50, 3, 0, 0 },  /* 108 Citation.citedArtifact.version */
	{ 25263, 772, 2, 50, 3, 0, 0 },  /* 109 Citation.citedArtifact.webLocation */
	{ 25383, 774, 2, 50, 3, 0, 0 },  /* 110 Citation.classification */
	{ 25858, 776, 3, 50, 3, 0, 0 },  /* 111 Citation.statusDate */
	{ 25961, 779, 2, 50, 3, 0, 0 },  /* 112 Citation.summary */
	{ 26117, 781, 32, 284, 2, 0, 0 },  /* 113 Claim */
	{ 26123, 813, 3, 50, 3, 0, 0 },  /* 114 Claim.accident */
	{ 26226, 816, 5, 50, 3, 0, 0 },  /* 115 Claim.careTeam */
	{ 26375, 821, 4, 50, 3, 0, 0 },  /* 116 Claim.diagnosis */
	{ 26552, 825, 2, 50, 3, 0, 0 },  /* 117 Claim.event */
	{ 26652, 827, 7, 50, 3, 0, 0 },  /* 118 Claim.insurance */
	{ 26874, 834, 25, 50, 3, 0, 0 },  /* 119 Claim.item */
	{ 26885, 859, 2, 50, 3, 0, 0 },  /* 120 Claim.item.bodySite */
	{ 27006, 861, 16, 50, 3, 0, 0 },  /* 121 Claim.item.detail */
	{ 27338, 877, 15, 50, 3, 0, 0 },  /* 122 Claim.item.detail.subDetail */
	{ 28559, 892, 2, 50, 3, 0, 0 },  /* 123 Claim.payee */
	{ 28640, 894, 5, 50, 3, 0, 0 },  /* 124 Claim.procedure */
	{ 28802, 899, 3, 50, 3, 0, 0 },  /* 125 Claim.related */
	{ 28914, 902, 6, 50, 3, 0, 0 },  /* 126 Claim.supportingInfo */
	{ 29161, 908, 32, 284, 2, 0, 0 },  /* 127 ClaimResponse */
	{ 29175, 940, 23, 50, 3, 0, 0 },  /* 128 ClaimResponse.addItem */
	{ 29232, 963, 2, 50, 3, 0, 0 },  /* 129 ClaimResponse.addItem.bodySite */
	{ 29338, 965, 14, 50, 3, 0, 0 },  /* 130 ClaimResponse.addItem.detail */
	{ 29769, 979, 13, 50, 3, 0, 0 },  /* 131 ClaimResponse.addItem.detail.subDetail */
	{ 31423, 992, 5, 50, 3, 0, 0 },  /* 132 ClaimResponse.error */
	{ 31605, 997, 2, 50, 3, 0, 0 },  /* 133 ClaimResponse.event */
	{ 31772, 999, 5, 50, 3, 0, 0 },  /* 134 ClaimResponse.insurance */
	{ 31996, 1004, 6, 50, 3, 0, 0 },  /* 135 ClaimResponse.item */
	{ 32015, 1010, 4, 50, 3, 0, 0 },  /* 136 ClaimResponse.item.adjudication */
	{ 32207, 1014, 6, 50, 3, 0, 0 },  /* 137 ClaimResponse.item.detail */
	{ 32390, 1020, 5, 50, 3, 0, 0 },  /* 138 ClaimResponse.item.detail.subDetail */
	{ 32774, 1025, 4, 50, 3, 0, 0 },  /* 139 ClaimResponse.item.reviewOutcome */
	{ 33079, 1029, 6, 50, 3, 0, 0 },  /* 140 ClaimResponse.payment */
	{ 33342, 1035, 4, 50, 3, 0, 0 },  /* 141 ClaimResponse.processNote */
	{ 33587, 1039, 2, 50, 3, 0, 0 },  /* 142 ClaimResponse.total */
	{ 33726, 1041, 19, 284, 2, 0, 0 },  /* 143 ClinicalImpression */
	{ 33894, 1060, 2, 50, 3, 0, 0 },  /* 144 ClinicalImpression.finding */
	{ 34380, 1062, 12, 284, 2, 0, 0 },  /* 145 ClinicalUseDefinition */
	{ 34433, 1074, 6, 50, 3, 0, 0 },  /* 146 ClinicalUseDefinition.contraindication */
	{ 34742, 1080, 2, 50, 3, 0, 0 },  /* 147 ClinicalUseDefinition.contraindication.otherTherapy */
	{ 34958, 1082, 8, 50, 3, 0, 0 },  /* 148 ClinicalUseDefinition.indication */
	{ 35377, 1090, 5, 50, 3, 0, 0 },  /* 149 ClinicalUseDefinition.interaction */
	{ 35496, 1095, 1, 50, 3, 0, 0 },  /* 150 ClinicalUseDefinition.interaction.interactant */
	{ 35829, 1096, 3, 50, 3, 0, 0 },  /* 151 ClinicalUseDefinition.undesirableEffect */
	{ 36049, 1099, 2, 50, 3, 0, 0 },  /* 152 ClinicalUseDefinition.warning */
	{ 36156, 1101, 37, 284, 2, 0, 0 },  /* 153 CodeSystem */
	{ 36259, 1138, 6, 50, 3, 0, 0 },  /* 154 CodeSystem.concept */
	{ 36359, 1144, 4, 50, 3, 0, 0 },  /* 155 CodeSystem.concept.designation */
	{ 36574, 1148, 2, 50, 3, 0, 0 },  /* 156 CodeSystem.concept.property */
	{ 36902, 1150, 4, 50, 3, 0, 0 },  /* 157 CodeSystem.filter */
	{ 37140, 1154, 4, 50, 3, 0, 0 },  /* 158 CodeSystem.property */
	{ 73602, 1158, 2, 238, 1, 0, 0 },  /* 159 CodeableConcept */
	{ 37604, 1160, 2, 238, 1, 0, 0 },  /* 160 CodeableReference */
	{ 37676, 1162, 5, 238, 1, 0, 0 },  /* 161 Coding */
	{ 37759, 1167, 22, 284, 2, 0, 0 },  /* 162 Communication */
	{ 38041, 1189, 1, 50, 3, 0, 0 },  /* 163 Communication.payload */
	{ 38317, 1190, 22, 284, 2, 0, 0 },  /* 164 CommunicationRequest */
	{ 38748, 1212, 1, 50, 3, 0, 0 },  /* 165 CommunicationRequest.payload */
	{ 39058, 1213, 16, 284, 2, 0, 0 },  /* 166 CompartmentDefinition */
	{ 39322, 1229, 5, 50, 3, 0, 0 },  /* 167 CompartmentDefinition.resource */
	{ 39770, 1234, 19, 284, 2, 0, 0 },  /* 168 Composition */
	{ 39782, 1253, 3, 50, 3, 0, 0 },  /* 169 Composition.attester */
	{ 39983, 1256, 2, 50, 3, 0, 0 },  /* 170 Composition.event */
	{ 40130, 1258, 9, 50, 3, 0, 0 },  /* 171 Composition.section */
	{ 40528, 1267, 31, 284, 2, 0, 0 },  /* 172 ConceptMap */
	{ 40539, 1298, 4, 50, 3, 0, 0 },  /* 173 ConceptMap.additionalAttribute */
	{ 40956, 1302, 4, 50, 3, 0, 0 },  /* 174 ConceptMap.group */
	{ 40973, 1306, 5, 50, 3, 0, 0 },  /* 175 ConceptMap.group.element */
	{ 41092, 1311, 8, 50, 3, 0, 0 },  /* 176 ConceptMap.group.element.target */
	{ 41201, 1319, 3, 50, 3, 0, 0 },  /* 177 ConceptMap.group.element.target.dependsOn */
	{ 41477, 1322, 2, 50, 3, 0, 0 },  /* 178 ConceptMap.group.element.target.property */
	{ 41782, 1324, 6, 50, 3, 0, 0 },  /* 179 ConceptMap.group.unmapped */
	{ 42101, 1330, 5, 50, 3, 0, 0 },  /* 180 ConceptMap.property */
	{ 42532, 1335, 16, 284, 2, 0, 0 },  /* 181 Condition */
	{ 42737, 1351, 2, 50, 3, 0, 0 },  /* 182 Condition.participant */
	{ 42860, 1353, 3, 50, 3, 0, 0 },  /* 183 Condition.stage */
	{ 42995, 1356, 29, 284, 2, 0, 0 },  /* 184 ConditionDefinition */
	{ 43375, 1385, 2, 50, 3, 0, 0 },  /* 185 ConditionDefinition.medication */
	{ 43507, 1387, 2, 50, 3, 0, 0 },  /* 186 ConditionDefinition.observation */
	{ 43617, 1389, 2, 50, 3, 0, 0 },  /* 187 ConditionDefinition.plan */
	{ 43707, 1391, 3, 50, 3, 0, 0 },  /* 188 ConditionDefinition.precondition */
	{ 43888, 1394, 2, 50, 3, 0, 0 },  /* 189 ConditionDefinition.questionnaire */
	{ 44293, 1396, 18, 284, 2, 0, 0 },  /* 190 Consent */
	{ 44449, 1414, 2, 50, 3, 0, 0 },  /* 191 Consent.policyBasis */
	{ 44542, 1416, 12, 50, 3, 0, 0 },  /* 192 Consent.provision */
	{ 44585, 1428, 2, 50, 3, 0, 0 },  /* 193 Consent.provision.actor */
	{ 44695, 1430, 2, 50, 3, 0, 0 },  /* 194 Consent.provision.data */
	{ 45117, 1432, 5, 50, 3, 0, 0 },  /* 195 Consent.verification */
	{ 87020, 1437, 2, 238, 1, 0, 0 },  /* 196 ContactDetail */
	{ 45310, 1439, 5, 238, 1, 0, 0 },  /* 197 ContactPoint */
	{ 45417, 1444, 33, 284, 2, 0, 0 },  /* 198 Contract */
	{ 45493, 1477, 6, 50, 3, 0, 0 },  /* 199 Contract.contentDefinition */
	{ 45816, 1483, 1, 50, 3, 0, 0 },  /* 200 Contract.friendly */
	{ 45955, 1484, 1, 50, 3, 0, 0 },  /* 201 Contract.legal */
	{ 46082, 1485, 1, 50, 3, 0, 0 },  /* 202 Contract.rule */
	{ 46136, 1486, 3, 50, 3, 0, 0 },  /* 203 Contract.signer */
	{ 46327, 1489, 12, 50, 3, 0, 0 },  /* 204 Contract.term */
	{ 46341, 1501, 19, 50, 3, 0, 0 },  /* 205 Contract.term.action */
	{ 46914, 1520, 2, 50, 3, 0, 0 },  /* 206 Contract.term.action.subject */
	{ 47064, 1522, 15, 50, 3, 0, 0 },  /* 207 Contract.term.asset */
	{ 47141, 1537, 3, 50, 3, 0, 0 },  /* 208 Contract.term.asset.context */
	{ 47599, 1540, 14, 50, 3, 0, 0 },  /* 209 Contract.term.asset.valuedItem */
	{ 48271, 1554, 10, 50, 3, 0, 0 },  /* 210 Contract.term.offer */
	{ 48291, 1564, 1, 50, 3, 0, 0 },  /* 211 Contract.term.offer.answer */
	{ 48474, 1565, 2, 50, 3, 0, 0 },  /* 212 Contract.term.offer.party */
	{ 48683, 1567, 4, 50, 3, 0, 0 },  /* 213 Contract.term.securityLabel */
	{ 49022, 1571, 3, 238, 1, 0, 0 },  /* 214 Contributor */
	{ 70761, 1574, 0, 630, 1, 0, 0 },  /* 215 Count */
	{ 49088, 1574, 20, 284, 2, 0, 0 },  /* 216 Coverage */
	{ 49118, 1594, 3, 50, 3, 0, 0 },  /* 217 Coverage.class */
	{ 49212, 1597, 7, 50, 3, 0, 0 },  /* 218 Coverage.costToBeneficiary */
	{ 49275, 1604, 2, 50, 3, 0, 0 },  /* 219 Coverage.costToBeneficiary.exception */
	{ 49690, 1606, 2, 50, 3, 0, 0 },  /* 220 Coverage.paymentBy */
	{ 49921, 1608, 15, 284, 2, 0, 0 },  /* 221 CoverageEligibilityRequest */
	{ 50018, 1623, 2, 50, 3, 0, 0 },  /* 222 CoverageEligibilityRequest.event */
	{ 50204, 1625, 3, 50, 3, 0, 0 },  /* 223 CoverageEligibilityRequest.insurance */
	{ 50422, 1628, 10, 50, 3, 0, 0 },  /* 224 CoverageEligibilityRequest.item */
	{ 50534, 1638, 1, 50, 3, 0, 0 },  /* 225 CoverageEligibilityRequest.item.diagnosis */
	{ 51156, 1639, 3, 50, 3, 0, 0 },  /* 226 CoverageEligibilityRequest.supportingInfo */
	{ 51358, 1642, 16, 284, 2, 0, 0 },  /* 227 CoverageEligibilityResponse */
	{ 51462, 1658, 2, 50, 3, 0, 0 },  /* 228 CoverageEligibilityResponse.error */
	{ 51580, 1660, 2, 50, 3, 0, 0 },  /* 229 CoverageEligibilityResponse.event */
	{ 51767, 1662, 4, 50, 3, 0, 0 },  /* 230 CoverageEligibilityResponse.insurance */
	{ 51950, 1666, 14, 50, 3, 0, 0 },  /* 231 CoverageEligibilityResponse.insurance.item */
	{ 52185, 1680, 3, 50, 3, 0, 0 },  /* 232 CoverageEligibilityResponse.insurance.item.benefit */
	{ 53263, 1683, 9, 238, 1, 0, 0 },  /* 233 DataRequirement */
	{ 53279, 1692, 4, 288, 3, 0, 0 },  /* 234 DataRequirement.codeFilter */
	{ 53445, 1696, 3, 288, 3, 0, 0 },  /* 235 DataRequirement.dateFilter */
	{ 53653, 1699, 2, 288, 3, 0, 0 },  /* 236 DataRequirement.sort */
	{ 53779, 1701, 4, 288, 3, 0, 0 },  /* 237 DataRequirement.valueFilter */
	{ 131409, 1705, 0, 288, 1, 1, 0 },  /* 238 DataType */
	{ 53956, 1705, 14, 284, 2, 0, 0 },  /* 239 DetectedIssue */
	{ 54078, 1719, 2, 50, 3, 0, 0 },  /* 240 DetectedIssue.evidence */
	{ 54237, 1721, 4, 50, 3, 0, 0 },  /* 241 DetectedIssue.mitigation */
	{ 57153, 1725, 32, 284, 2, 0, 0 },  /* 242 Device */
	{ 54547, 1757, 3, 50, 3, 0, 0 },  /* 243 Device.conformsTo */
	{ 54909, 1760, 3, 50, 3, 0, 0 },  /* 244 Device.name */
	{ 55033, 1763, 2, 50, 3, 0, 0 },  /* 245 Device.property */
	{ 55155, 1765, 6, 50, 3, 0, 0 },  /* 246 Device.udiCarrier */
	{ 55362, 1771, 4, 50, 3, 0, 0 },  /* 247 Device.version */
	{ 55470, 1775, 9, 284, 2, 0, 0 },  /* 248 DeviceAssociation */
	{ 55601, 1784, 3, 50, 3, 0, 0 },  /* 249 DeviceAssociation.operation */
	{ 55843, 1787, 26, 284, 2, 0, 0 },  /* 250 DeviceDefinition */
	{ 55860, 1813, 4, 50, 3, 0, 0 },  /* 251 DeviceDefinition.chargeItem */
	{ 56048, 1817, 2, 50, 3, 0, 0 },  /* 252 DeviceDefinition.classification */
	{ 56163, 1819, 4, 50, 3, 0, 0 },  /* 253 DeviceDefinition.conformsTo */
	{ 56366, 1823, 3, 50, 3, 0, 0 },  /* 254 DeviceDefinition.correctiveAction */
	{ 56551, 1826, 2, 50, 3, 0, 0 },  /* 255 DeviceDefinition.deviceName */
	{ 56645, 1828, 7, 50, 3, 0, 0 },  /* 256 DeviceDefinition.guideline */
	{ 56953, 1835, 2, 50, 3, 0, 0 },  /* 257 DeviceDefinition.hasPart */
	{ 57102, 1837, 2, 50, 3, 0, 0 },  /* 258 DeviceDefinition.link */
	{ 57221, 1839, 3, 50, 3, 0, 0 },  /* 259 DeviceDefinition.material */
	{ 57439, 1842, 6, 50, 3, 0, 0 },  /* 260 DeviceDefinition.packaging */
	{ 57499, 1848, 2, 50, 3, 0, 0 },  /* 261 DeviceDefinition.packaging.distributor */
	{ 57868, 1850, 2, 50, 3, 0, 0 },  /* 262 DeviceDefinition.property */
	{ 57960, 1852, 4, 50, 3, 0, 0 },  /* 263 DeviceDefinition.regulatoryIdentifier */
	{ 58250, 1856, 4, 50, 3, 0, 0 },  /* 264 DeviceDefinition.udiDeviceIdentifier */
	{ 58435, 1860, 2, 50, 3, 0, 0 },  /* 265 DeviceDefinition.udiDeviceIdentifier.marketDistribution */
	{ 58632, 1862, 3, 50, 3, 0, 0 },  /* 266 DeviceDefinition.version */
	{ 58753, 1865, 21, 284, 2, 0, 0 },  /* 267 DeviceDispense */
	{ 59009, 1886, 2, 50, 3, 0, 0 },  /* 268 DeviceDispense.performer */
	{ 59367, 1888, 9, 284, 2, 0, 0 },  /* 269 DeviceMetric */
	{ 59380, 1897, 3, 50, 3, 0, 0 },  /* 270 DeviceMetric.calibration */
	{ 59682, 1900, 26, 284, 2, 0, 0 },  /* 271 DeviceRequest */
	{ 60075, 1926, 2, 50, 3, 0, 0 },  /* 272 DeviceRequest.parameter */
	{ 60401, 1928, 17, 284, 2, 0, 0 },  /* 273 DeviceUsage */
	{ 60413, 1945, 2, 50, 3, 0, 0 },  /* 274 DeviceUsage.adherence */
	{ 60839, 1947, 21, 284, 2, 0, 0 },  /* 275 DiagnosticReport */
	{ 61127, 1968, 2, 50, 3, 0, 0 },  /* 276 DiagnosticReport.media */
	{ 61447, 1970, 2, 50, 3, 0, 0 },  /* 277 DiagnosticReport.supportingInfo */
	{ 61558, 1972, 0, 630, 1, 0, 0 },  /* 278 Distance */
	{ 61567, 1972, 23, 284, 2, 0, 0 },  /* 279 DocumentReference */
	{ 61585, 1995, 3, 50, 3, 0, 0 },  /* 280 DocumentReference.attester */
	{ 61814, 1998, 2, 50, 3, 0, 0 },  /* 281 DocumentReference.content */
	{ 61877, 2000, 1, 50, 3, 0, 0 },  /* 282 DocumentReference.content.profile */
	{ 62259, 2001, 2, 50, 3, 0, 0 },  /* 283 DocumentReference.relatesTo */
	{ 62487, 2003, 4, 668, 2, 1, 0 },  /* 284 DomainResource */
	{ 62605, 2007, 14, 51, 1, 0, 0 },  /* 285 Dosage */
	{ 62676, 2021, 3, 288, 3, 0, 0 },  /* 286 Dosage.doseAndRate */
	{ 7149, 2024, 0, 630, 1, 0, 0 },  /* 287 Duration */
	{ 173260, 2024, 2, 52, 1, 1, 0 },  /* 288 Element */
	{ 62991, 2026, 36, 51, 1, 0, 0 },  /* 289 ElementDefinition */
	{ 63033, 2062, 3, 288, 3, 0, 0 },  /* 290 ElementDefinition.base */
	{ 63138, 2065, 4, 288, 3, 0, 0 },  /* 291 ElementDefinition.binding */
	{ 63164, 2069, 6, 288, 3, 0, 0 },  /* 292 ElementDefinition.binding.additional */
	{ 63659, 2075, 7, 288, 3, 0, 0 },  /* 293 ElementDefinition.constraint */
	{ 64048, 2082, 2, 288, 3, 0, 0 },  /* 294 ElementDefinition.example */
	{ 64284, 2084, 4, 288, 3, 0, 0 },  /* 295 ElementDefinition.mapping */
	{ 64912, 2088, 4, 288, 3, 0, 0 },  /* 296 ElementDefinition.slicing */
	{ 64976, 2092, 2, 288, 3, 0, 0 },  /* 297 ElementDefinition.slicing.discriminator */
	{ 65172, 2094, 5, 288, 3, 0, 0 },  /* 298 ElementDefinition.type */
	{ 65396, 2099, 28, 284, 2, 0, 0 },  /* 299 Encounter */
	{ 65447, 2127, 6, 50, 3, 0, 0 },  /* 300 Encounter.admission */
	{ 65749, 2133, 2, 50, 3, 0, 0 },  /* 301 Encounter.diagnosis */
	{ 65910, 2135, 4, 50, 3, 0, 0 },  /* 302 Encounter.location */
	{ 66050, 2139, 3, 50, 3, 0, 0 },  /* 303 Encounter.participant */
	{ 66227, 2142, 2, 50, 3, 0, 0 },  /* 304 Encounter.reason */
	{ 66490, 2144, 13, 284, 2, 0, 0 },  /* 305 EncounterHistory */
	{ 66639, 2157, 2, 50, 3, 0, 0 },  /* 306 EncounterHistory.location */
	{ 66928, 2159, 12, 284, 2, 0, 0 },  /* 307 Endpoint */
	{ 67121, 2171, 2, 50, 3, 0, 0 },  /* 308 Endpoint.payload */
	{ 67218, 2173, 7, 284, 2, 0, 0 },  /* 309 EnrollmentRequest */
	{ 67424, 2180, 8, 284, 2, 0, 0 },  /* 310 EnrollmentResponse */
	{ 67678, 2188, 13, 284, 2, 0, 0 },  /* 311 EpisodeOfCare */
	{ 67763, 2201, 2, 50, 3, 0, 0 },  /* 312 EpisodeOfCare.diagnosis */
	{ 67952, 2203, 2, 50, 3, 0, 0 },  /* 313 EpisodeOfCare.reason */
	{ 68076, 2205, 2, 50, 3, 0, 0 },  /* 314 EpisodeOfCare.statusHistory */
	{ 68193, 2207, 30, 284, 2, 0, 0 },  /* 315 EventDefinition */
	{ 68987, 2237, 31, 284, 2, 0, 0 },  /* 316 Evidence */
	{ 69053, 2268, 6, 50, 3, 0, 0 },  /* 317 Evidence.certainty */
	{ 69555, 2274, 10, 50, 3, 0, 0 },  /* 318 Evidence.statistic */
	{ 69574, 2284, 7, 50, 3, 0, 0 },  /* 319 Evidence.statistic.attributeEstimate */
	{ 69990, 2291, 4, 50, 3, 0, 0 },  /* 320 Evidence.statistic.modelCharacteristic */
	{ 70175, 2295, 5, 50, 3, 0, 0 },  /* 321 Evidence.statistic.modelCharacteristic.variable */
	{ 70650, 2300, 5, 50, 3, 0, 0 },  /* 322 Evidence.statistic.sampleSize */
	{ 71040, 2305, 6, 50, 3, 0, 0 },  /* 323 Evidence.variableDefinition */
	{ 71346, 2311, 18, 284, 2, 0, 0 },  /* 324 EvidenceReport */
	{ 71612, 2329, 2, 50, 3, 0, 0 },  /* 325 EvidenceReport.relatesTo */
	{ 71667, 2331, 4, 50, 3, 0, 0 },  /* 326 EvidenceReport.relatesTo.target */
	{ 71883, 2335, 12, 50, 3, 0, 0 },  /* 327 EvidenceReport.section */
	{ 72323, 2347, 2, 50, 3, 0, 0 },  /* 328 EvidenceReport.subject */
	{ 72346, 2349, 4, 50, 3, 0, 0 },  /* 329 EvidenceReport.subject.characteristic */
	{ 72658, 2353, 30, 284, 2, 0, 0 },  /* 330 EvidenceVariable */
	{ 72753, 2383, 2, 50, 3, 0, 0 },  /* 331 EvidenceVariable.category */
	{ 72845, 2385, 14, 50, 3, 0, 0 },  /* 332 EvidenceVariable.characteristic */
	{ 72877, 2399, 3, 50, 3, 0, 0 },  /* 333 EvidenceVariable.characteristic.definitionByCombination */
	{ 73131, 2402, 5, 50, 3, 0, 0 },  /* 334 EvidenceVariable.characteristic.definitionByTypeAndValue */
	{ 74017, 2407, 5, 50, 3, 0, 0 },  /* 335 EvidenceVariable.characteristic.timeFromEvent */
	{ 75009, 2412, 20, 284, 2, 0, 0 },  /* 336 ExampleScenario */
	{ 75025, 2432, 4, 50, 3, 0, 0 },  /* 337 ExampleScenario.actor */
	{ 75348, 2436, 9, 50, 3, 0, 0 },  /* 338 ExampleScenario.instance */
	{ 75373, 2445, 2, 50, 3, 0, 0 },  /* 339 ExampleScenario.instance.containedInstance */
	{ 75793, 2447, 4, 50, 3, 0, 0 },  /* 340 ExampleScenario.instance.version */
	{ 76038, 2451, 5, 50, 3, 0, 0 },  /* 341 ExampleScenario.process */
	{ 76175, 2456, 6, 50, 3, 0, 0 },  /* 342 ExampleScenario.process.step */
	{ 76204, 2462, 3, 50, 3, 0, 0 },  /* 343 ExampleScenario.process.step.alternative */
	{ 76427, 2465, 9, 50, 3, 0, 0 },  /* 344 ExampleScenario.process.step.operation */
	{ 77249, 2474, 49, 284, 2, 0, 0 },  /* 345 ExplanationOfBenefit */
	{ 77270, 2523, 3, 50, 3, 0, 0 },  /* 346 ExplanationOfBenefit.accident */
	{ 77412, 2526, 24, 50, 3, 0, 0 },  /* 347 ExplanationOfBenefit.addItem */
	{ 77483, 2550, 2, 50, 3, 0, 0 },  /* 348 ExplanationOfBenefit.addItem.bodySite */
	{ 77610, 2552, 15, 50, 3, 0, 0 },  /* 349 ExplanationOfBenefit.addItem.detail */
	{ 78166, 2567, 14, 50, 3, 0, 0 },  /* 350 ExplanationOfBenefit.addItem.detail.subDetail */
	{ 80019, 2581, 8, 50, 3, 0, 0 },  /* 351 ExplanationOfBenefit.benefitBalance */
	{ 80193, 2589, 3, 50, 3, 0, 0 },  /* 352 ExplanationOfBenefit.benefitBalance.financial */
	{ 80639, 2592, 5, 50, 3, 0, 0 },  /* 353 ExplanationOfBenefit.careTeam */
	{ 80985, 2597, 4, 50, 3, 0, 0 },  /* 354 ExplanationOfBenefit.diagnosis */
	{ 81315, 2601, 2, 50, 3, 0, 0 },  /* 355 ExplanationOfBenefit.event */
	{ 81604, 2603, 3, 50, 3, 0, 0 },  /* 356 ExplanationOfBenefit.insurance */
	{ 81783, 2606, 28, 50, 3, 0, 0 },  /* 357 ExplanationOfBenefit.item */
	{ 81809, 2634, 4, 50, 3, 0, 0 },  /* 358 ExplanationOfBenefit.item.adjudication */
	{ 82036, 2638, 2, 50, 3, 0, 0 },  /* 359 ExplanationOfBenefit.item.bodySite */
	{ 82232, 2640, 19, 50, 3, 0, 0 },  /* 360 ExplanationOfBenefit.item.detail */
	{ 82881, 2659, 18, 50, 3, 0, 0 },  /* 361 ExplanationOfBenefit.item.detail.subDetail */
	{ 84655, 2677, 4, 50, 3, 0, 0 },  /* 362 ExplanationOfBenefit.item.reviewOutcome */
	{ 85236, 2681, 2, 50, 3, 0, 0 },  /* 363 ExplanationOfBenefit.payee */
	{ 85328, 2683, 6, 50, 3, 0, 0 },  /* 364 ExplanationOfBenefit.payment */
	{ 85753, 2689, 5, 50, 3, 0, 0 },  /* 365 ExplanationOfBenefit.procedure */
	{ 85975, 2694, 4, 50, 3, 0, 0 },  /* 366 ExplanationOfBenefit.processNote */
	{ 86226, 2698, 3, 50, 3, 0, 0 },  /* 367 ExplanationOfBenefit.related */
	{ 86428, 2701, 6, 50, 3, 0, 0 },  /* 368 ExplanationOfBenefit.supportingInfo */
	{ 86729, 2707, 2, 50, 3, 0, 0 },  /* 369 ExplanationOfBenefit.total */
	{ 182532, 2709, 5, 238, 1, 0, 0 },  /* 370 Expression */
	{ 87012, 2714, 6, 238, 1, 0, 0 },  /* 371 ExtendedContactDetail */
	{ 62575, 2720, 2, 238, 1, 0, 0 },  /* 372 Extension */
	{ 87248, 2722, 19, 284, 2, 0, 0 },  /* 373 FamilyMemberHistory */
	{ 87323, 2741, 5, 50, 3, 0, 0 },  /* 374 FamilyMemberHistory.condition */
	{ 87835, 2746, 2, 50, 3, 0, 0 },  /* 375 FamilyMemberHistory.participant */
	{ 87974, 2748, 5, 50, 3, 0, 0 },  /* 376 FamilyMemberHistory.procedure */
	{ 88315, 2753, 8, 284, 2, 0, 0 },  /* 377 Flag */
	{ 88424, 2761, 3, 284, 2, 0, 0 },  /* 378 FormularyItem */
	{ 88503, 2764, 15, 284, 2, 0, 0 },  /* 379 GenomicStudy */
	{ 88516, 2779, 18, 50, 3, 0, 0 },  /* 380 GenomicStudy.analysis */
	{ 88598, 2797, 2, 50, 3, 0, 0 },  /* 381 GenomicStudy.analysis.device */
	{ 88796, 2799, 3, 50, 3, 0, 0 },  /* 382 GenomicStudy.analysis.input */
	{ 89075, 2802, 2, 50, 3, 0, 0 },  /* 383 GenomicStudy.analysis.output */
	{ 89172, 2804, 2, 50, 3, 0, 0 },  /* 384 GenomicStudy.analysis.performer */
	{ 89775, 2806, 16, 284, 2, 0, 0 },  /* 385 Goal */
	{ 90012, 2822, 3, 50, 3, 0, 0 },  /* 386 Goal.target */
	{ 90085, 2825, 20, 284, 2, 0, 0 },  /* 387 GraphDefinition */
	{ 90316, 2845, 9, 50, 3, 0, 0 },  /* 388 GraphDefinition.link */
	{ 90337, 2854, 5, 50, 3, 0, 0 },  /* 389 GraphDefinition.link.compartment */
	{ 90821, 2859, 4, 50, 3, 0, 0 },  /* 390 GraphDefinition.node */
	{ 31367, 2863, 11, 284, 2, 0, 0 },  /* 391 Group */
	{ 91195, 2874, 4, 50, 3, 0, 0 },  /* 392 Group.characteristic */
	{ 91378, 2878, 3, 50, 3, 0, 0 },  /* 393 Group.member */
	{ 91485, 2881, 14, 284, 2, 0, 0 },  /* 394 GuidanceResponse */
	{ 91903, 2895, 23, 284, 2, 0, 0 },  /* 395 HealthcareService */
	{ 92190, 2918, 2, 50, 3, 0, 0 },  /* 396 HealthcareService.eligibility */
	{ 92660, 2920, 7, 238, 1, 0, 0 },  /* 397 HumanName */
	{ 24474, 2927, 6, 238, 1, 0, 0 },  /* 398 Identifier */
	{ 92871, 2933, 17, 284, 2, 0, 0 },  /* 399 ImagingSelection */
	{ 93130, 2950, 6, 50, 3, 0, 0 },  /* 400 ImagingSelection.instance */
	{ 93156, 2956, 2, 50, 3, 0, 0 },  /* 401 ImagingSelection.instance.imageRegion2D */
	{ 93298, 2958, 2, 50, 3, 0, 0 },  /* 402 ImagingSelection.instance.imageRegion3D */
	{ 93595, 2960, 2, 50, 3, 0, 0 },  /* 403 ImagingSelection.performer */
	{ 93823, 2962, 18, 284, 2, 0, 0 },  /* 404 ImagingStudy */
	{ 94157, 2980, 12, 50, 3, 0, 0 },  /* 405 ImagingStudy.series */
	{ 94267, 2992, 4, 50, 3, 0, 0 },  /* 406 ImagingStudy.series.instance */
	{ 94563, 2996, 2, 50, 3, 0, 0 },  /* 407 ImagingStudy.series.performer */
	{ 97251, 2998, 28, 284, 2, 0, 0 },  /* 408 Immunization */
	{ 95186, 3026, 2, 50, 3, 0, 0 },  /* 409 Immunization.performer */
	{ 95297, 3028, 2, 50, 3, 0, 0 },  /* 410 Immunization.programEligibility */
	{ 95415, 3030, 5, 50, 3, 0, 0 },  /* 411 Immunization.protocolApplied */
	{ 95643, 3035, 3, 50, 3, 0, 0 },  /* 412 Immunization.reaction */
	{ 95951, 3038, 13, 284, 2, 0, 0 },  /* 413 ImmunizationEvaluation */
	{ 96416, 3051, 5, 284, 2, 0, 0 },  /* 414 ImmunizationRecommendation */
	{ 96585, 3056, 12, 50, 3, 0, 0 },  /* 415 ImmunizationRecommendation.recommendation */
	{ 96696, 3068, 2, 50, 3, 0, 0 },  /* 416 ImmunizationRecommendation.recommendation.dateCriterion */
	{ 97445, 3070, 24, 284, 2, 0, 0 },  /* 417 ImplementationGuide */
	{ 97583, 3094, 5, 50, 3, 0, 0 },  /* 418 ImplementationGuide.definition */
	{ 97614, 3099, 2, 50, 3, 0, 0 },  /* 419 ImplementationGuide.definition.grouping */
	{ 97751, 3101, 5, 50, 3, 0, 0 },  /* 420 ImplementationGuide.definition.page */
	{ 98004, 3106, 2, 50, 3, 0, 0 },  /* 421 ImplementationGuide.definition.parameter */
	{ 98138, 3108, 7, 50, 3, 0, 0 },  /* 422 ImplementationGuide.definition.resource */
	{ 98526, 3115, 3, 50, 3, 0, 0 },  /* 423 ImplementationGuide.definition.template */
	{ 98704, 3118, 4, 50, 3, 0, 0 },  /* 424 ImplementationGuide.dependsOn */
	{ 98980, 3122, 2, 50, 3, 0, 0 },  /* 425 ImplementationGuide.global */
	{ 99166, 3124, 5, 50, 3, 0, 0 },  /* 426 ImplementationGuide.manifest */
	{ 99265, 3129, 3, 50, 3, 0, 0 },  /* 427 ImplementationGuide.manifest.page */
	{ 99458, 3132, 4, 50, 3, 0, 0 },  /* 428 ImplementationGuide.manifest.resource */
	{ 106035, 3136, 10, 284, 2, 0, 0 },  /* 429 Ingredient */
	{ 100102, 3146, 2, 50, 3, 0, 0 },  /* 430 Ingredient.manufacturer */
	{ 100226, 3148, 2, 50, 3, 0, 0 },  /* 431 Ingredient.substance */
	{ 100273, 3150, 8, 50, 3, 0, 0 },  /* 432 Ingredient.substance.strength */
	{ 100517, 3158, 4, 50, 3, 0, 0 },  /* 433 Ingredient.substance.strength.referenceStrength */
	{ 100899, 3162, 14, 284, 2, 0, 0 },  /* 434 InsurancePlan */
	{ 100984, 3176, 3, 50, 3, 0, 0 },  /* 435 InsurancePlan.coverage */
	{ 101007, 3179, 3, 50, 3, 0, 0 },  /* 436 InsurancePlan.coverage.benefit */
	{ 101038, 3182, 2, 50, 3, 0, 0 },  /* 437 InsurancePlan.coverage.benefit.limit */
	{ 101457, 3184, 6, 50, 3, 0, 0 },  /* 438 InsurancePlan.plan */
	{ 101508, 3190, 4, 50, 3, 0, 0 },  /* 439 InsurancePlan.plan.generalCost */
	{ 101748, 3194, 2, 50, 3, 0, 0 },  /* 440 InsurancePlan.plan.specificCost */
	{ 101780, 3196, 2, 50, 3, 0, 0 },  /* 441 InsurancePlan.plan.specificCost.benefit */
	{ 101820, 3198, 4, 50, 3, 0, 0 },  /* 442 InsurancePlan.plan.specificCost.benefit.cost */
	{ 102231, 3202, 14, 284, 2, 0, 0 },  /* 443 InventoryItem */
	{ 102245, 3216, 3, 50, 3, 0, 0 },  /* 444 InventoryItem.association */
	{ 102432, 3219, 2, 50, 3, 0, 0 },  /* 445 InventoryItem.characteristic */
	{ 102566, 3221, 2, 50, 3, 0, 0 },  /* 446 InventoryItem.description */
	{ 102690, 3223, 5, 50, 3, 0, 0 },  /* 447 InventoryItem.instance */
	{ 102903, 3228, 3, 50, 3, 0, 0 },  /* 448 InventoryItem.name */
	{ 103058, 3231, 2, 50, 3, 0, 0 },  /* 449 InventoryItem.responsibleOrganization */
	{ 103211, 3233, 10, 284, 2, 0, 0 },  /* 450 InventoryReport */
	{ 103280, 3243, 4, 50, 3, 0, 0 },  /* 451 InventoryReport.inventoryListing */
	{ 103363, 3247, 3, 50, 3, 0, 0 },  /* 452 InventoryReport.inventoryListing.item */
	{ 103824, 3250, 18, 284, 2, 0, 0 },  /* 453 Invoice */
	{ 103936, 3268, 4, 50, 3, 0, 0 },  /* 454 Invoice.lineItem */
	{ 104084, 3272, 2, 50, 3, 0, 0 },  /* 455 Invoice.participant */
	{ 104320, 3274, 33, 284, 2, 0, 0 },  /* 456 Library */
	{ 172555, 3307, 3, 284, 2, 0, 0 },  /* 457 Linkage */
	{ 104951, 3310, 2, 50, 3, 0, 0 },  /* 458 Linkage.item */
	{ 105004, 3312, 13, 284, 2, 0, 0 },  /* 459 List */
	{ 105061, 3325, 4, 50, 3, 0, 0 },  /* 460 List.entry */
	{ 25289, 3329, 18, 284, 2, 0, 0 },  /* 461 Location */
	{ 105511, 3347, 3, 50, 3, 0, 0 },  /* 462 Location.position */
	{ 105665, 3350, 10, 284, 2, 0, 0 },  /* 463 ManufacturedItemDefinition */
	{ 105692, 3360, 6, 50, 3, 0, 0 },  /* 464 ManufacturedItemDefinition.component */
	{ 105820, 3366, 4, 50, 3, 0, 0 },  /* 465 ManufacturedItemDefinition.component.constituent */
	{ 106477, 3370, 2, 50, 3, 0, 0 },  /* 466 ManufacturedItemDefinition.property */
	{ 106679, 3372, 5, 51, 1, 0, 0 },  /* 467 MarketingStatus */
	{ 153361, 3377, 45, 284, 2, 0, 0 },  /* 468 Measure */
	{ 107106, 3422, 13, 50, 3, 0, 0 },  /* 469 Measure.group */
	{ 107262, 3435, 7, 50, 3, 0, 0 },  /* 470 Measure.group.population */
	{ 107623, 3442, 6, 50, 3, 0, 0 },  /* 471 Measure.group.stratifier */
	{ 107678, 3448, 5, 50, 3, 0, 0 },  /* 472 Measure.group.stratifier.component */
	{ 108476, 3453, 5, 50, 3, 0, 0 },  /* 473 Measure.supplementalData */
	{ 108665, 3458, 2, 50, 3, 0, 0 },  /* 474 Measure.term */
	{ 108837, 3460, 17, 284, 2, 0, 0 },  /* 475 MeasureReport */
	{ 108931, 3477, 6, 50, 3, 0, 0 },  /* 476 MeasureReport.group */
	{ 109039, 3483, 6, 50, 3, 0, 0 },  /* 477 MeasureReport.group.population */
	{ 109312, 3489, 3, 50, 3, 0, 0 },  /* 478 MeasureReport.group.stratifier */
	{ 109417, 3492, 4, 50, 3, 0, 0 },  /* 479 MeasureReport.group.stratifier.stratum */
	{ 109456, 3496, 3, 50, 3, 0, 0 },  /* 480 MeasureReport.group.stratifier.stratum.component */
	{ 109728, 3499, 6, 50, 3, 0, 0 },  /* 481 MeasureReport.group.stratifier.stratum.population */
	{ 113094, 3505, 9, 284, 2, 0, 0 },  /* 482 Medication */
	{ 110533, 3514, 2, 50, 3, 0, 0 },  /* 483 Medication.batch */
	{ 110689, 3516, 3, 50, 3, 0, 0 },  /* 484 Medication.ingredient */
	{ 110884, 3519, 21, 284, 2, 0, 0 },  /* 485 MedicationAdministration */
	{ 111008, 3540, 6, 50, 3, 0, 0 },  /* 486 MedicationAdministration.dosage */
	{ 111550, 3546, 2, 50, 3, 0, 0 },  /* 487 MedicationAdministration.performer */
	{ 111960, 3548, 27, 284, 2, 0, 0 },  /* 488 MedicationDispense */
	{ 112412, 3575, 2, 50, 3, 0, 0 },  /* 489 MedicationDispense.performer */
	{ 112729, 3577, 4, 50, 3, 0, 0 },  /* 490 MedicationDispense.substitution */
	{ 115785, 3581, 20, 284, 2, 0, 0 },  /* 491 MedicationKnowledge */
	{ 113194, 3601, 4, 50, 3, 0, 0 },  /* 492 MedicationKnowledge.cost */
	{ 113353, 3605, 5, 50, 3, 0, 0 },  /* 493 MedicationKnowledge.definitional */
	{ 113472, 3610, 2, 50, 3, 0, 0 },  /* 494 MedicationKnowledge.definitional.drugCharacteristic */
	{ 113642, 3612, 3, 50, 3, 0, 0 },  /* 495 MedicationKnowledge.definitional.ingredient */
	{ 113918, 3615, 2, 50, 3, 0, 0 },  /* 496 MedicationKnowledge.indicationGuideline */
	{ 113958, 3617, 4, 50, 3, 0, 0 },  /* 497 MedicationKnowledge.indicationGuideline.dosingGuideline */
	{ 114094, 3621, 2, 50, 3, 0, 0 },  /* 498 MedicationKnowledge.indicationGuideline.dosingGuideline.dosage */
	{ 114295, 3623, 2, 50, 3, 0, 0 },  /* 499 MedicationKnowledge.indicationGuideline.dosingGuideline.patientCharacteristic */
	{ 114707, 3625, 3, 50, 3, 0, 0 },  /* 500 MedicationKnowledge.medicineClassification */
	{ 114909, 3628, 2, 50, 3, 0, 0 },  /* 501 MedicationKnowledge.monitoringProgram */
	{ 115033, 3630, 2, 50, 3, 0, 0 },  /* 502 MedicationKnowledge.monograph */
	{ 115160, 3632, 2, 50, 3, 0, 0 },  /* 503 MedicationKnowledge.packaging */
	{ 115346, 3634, 4, 50, 3, 0, 0 },  /* 504 MedicationKnowledge.regulatory */
	{ 115377, 3638, 2, 50, 3, 0, 0 },  /* 505 MedicationKnowledge.regulatory.maxDispense */
	{ 115613, 3640, 2, 50, 3, 0, 0 },  /* 506 MedicationKnowledge.regulatory.substitution */
	{ 115758, 3642, 2, 50, 3, 0, 0 },  /* 507 MedicationKnowledge.relatedMedicationKnowledge */
	{ 115941, 3644, 4, 50, 3, 0, 0 },  /* 508 MedicationKnowledge.storageGuideline */
	{ 115978, 3648, 2, 50, 3, 0, 0 },  /* 509 MedicationKnowledge.storageGuideline.environmentalSetting */
	{ 116310, 3650, 33, 284, 2, 0, 0 },  /* 510 MedicationRequest */
	{ 116473, 3683, 9, 50, 3, 0, 0 },  /* 511 MedicationRequest.dispenseRequest */
	{ 116770, 3692, 2, 50, 3, 0, 0 },  /* 512 MedicationRequest.dispenseRequest.initialFill */
	{ 117831, 3694, 2, 50, 3, 0, 0 },  /* 513 MedicationRequest.substitution */
	{ 117982, 3696, 17, 284, 2, 0, 0 },  /* 514 MedicationStatement */
	{ 118002, 3713, 2, 50, 3, 0, 0 },  /* 515 MedicationStatement.adherence */
	{ 118615, 3715, 29, 284, 2, 0, 0 },  /* 516 MedicinalProductDefinition */
	{ 118743, 3744, 2, 50, 3, 0, 0 },  /* 517 MedicinalProductDefinition.characteristic */
	{ 119095, 3746, 2, 50, 3, 0, 0 },  /* 518 MedicinalProductDefinition.contact */
	{ 119213, 3748, 2, 50, 3, 0, 0 },  /* 519 MedicinalProductDefinition.crossReference */
	{ 119703, 3750, 4, 50, 3, 0, 0 },  /* 520 MedicinalProductDefinition.name */
	{ 119735, 3754, 2, 50, 3, 0, 0 },  /* 521 MedicinalProductDefinition.name.part */
	{ 119937, 3756, 3, 50, 3, 0, 0 },  /* 522 MedicinalProductDefinition.name.usage */
	{ 120119, 3759, 4, 50, 3, 0, 0 },  /* 523 MedicinalProductDefinition.operation */
	{ 120677, 3763, 26, 284, 2, 0, 0 },  /* 524 MessageDefinition */
	{ 120695, 3789, 2, 50, 3, 0, 0 },  /* 525 MessageDefinition.allowedResponse */
	{ 121063, 3791, 4, 50, 3, 0, 0 },  /* 526 MessageDefinition.focus */
	{ 121616, 3795, 10, 284, 2, 0, 0 },  /* 527 MessageHeader */
	{ 121676, 3805, 4, 50, 3, 0, 0 },  /* 528 MessageHeader.destination */
	{ 121903, 3809, 3, 50, 3, 0, 0 },  /* 529 MessageHeader.response */
	{ 122066, 3812, 5, 50, 3, 0, 0 },  /* 530 MessageHeader.source */
	{ 122234, 3817, 6, 238, 1, 0, 0 },  /* 531 Meta */
	{ 122319, 3823, 26, 284, 2, 1, 0 },  /* 532 MetadataResource */
	{ 123042, 3849, 10, 284, 2, 0, 0 },  /* 533 MolecularSequence */
	{ 123220, 3859, 5, 50, 3, 0, 0 },  /* 534 MolecularSequence.relative */
	{ 123291, 3864, 4, 50, 3, 0, 0 },  /* 535 MolecularSequence.relative.edit */
	{ 123582, 3868, 7, 50, 3, 0, 0 },  /* 536 MolecularSequence.relative.startingSequence */
	{ 124089, 3875, 4, 238, 1, 0, 0 },  /* 537 MonetaryComponent */
	{ 124203, 3879, 2, 238, 1, 0, 0 },  /* 538 Money */
	{ 124236, 3881, 0, 630, 1, 0, 0 },  /* 539 MoneyQuantity */
	{ 124250, 3881, 31, 284, 2, 0, 0 },  /* 540 NamingSystem */
	{ 124831, 3912, 6, 50, 3, 0, 0 },  /* 541 NamingSystem.uniqueId */
	{ 125149, 3918, 2, 238, 1, 0, 0 },  /* 542 Narrative */
	{ 125190, 3920, 20, 284, 2, 0, 0 },  /* 543 NutritionIntake */
	{ 125251, 3940, 7, 50, 3, 0, 0 },  /* 544 NutritionIntake.consumedItem */
	{ 125637, 3947, 2, 50, 3, 0, 0 },  /* 545 NutritionIntake.ingredientLabel */
	{ 125918, 3949, 2, 50, 3, 0, 0 },  /* 546 NutritionIntake.performer */
	{ 126163, 3951, 23, 284, 2, 0, 0 },  /* 547 NutritionOrder */
	{ 126284, 3974, 9, 50, 3, 0, 0 },  /* 548 NutritionOrder.enteralFormula */
	{ 126314, 3983, 3, 50, 3, 0, 0 },  /* 549 NutritionOrder.enteralFormula.additive */
	{ 126496, 3986, 3, 50, 3, 0, 0 },  /* 550 NutritionOrder.enteralFormula.administration */
	{ 126648, 3989, 3, 50, 3, 0, 0 },  /* 551 NutritionOrder.enteralFormula.administration.schedule */
	{ 127506, 3992, 6, 50, 3, 0, 0 },  /* 552 NutritionOrder.oralDiet */
	{ 127611, 3998, 2, 50, 3, 0, 0 },  /* 553 NutritionOrder.oralDiet.nutrient */
	{ 127726, 4000, 3, 50, 3, 0, 0 },  /* 554 NutritionOrder.oralDiet.schedule */
	{ 127886, 4003, 2, 50, 3, 0, 0 },  /* 555 NutritionOrder.oralDiet.texture */
	{ 128180, 4005, 5, 50, 3, 0, 0 },  /* 556 NutritionOrder.supplement */
	{ 128317, 4010, 3, 50, 3, 0, 0 },  /* 557 NutritionOrder.supplement.schedule */
	{ 128553, 4013, 10, 284, 2, 0, 0 },  /* 558 NutritionProduct */
	{ 128596, 4023, 2, 50, 3, 0, 0 },  /* 559 NutritionProduct.characteristic */
	{ 128728, 4025, 2, 50, 3, 0, 0 },  /* 560 NutritionProduct.ingredient */
	{ 128824, 4027, 7, 50, 3, 0, 0 },  /* 561 NutritionProduct.instance */
	{ 129185, 4034, 2, 50, 3, 0, 0 },  /* 562 NutritionProduct.nutrient */
	{ 129299, 4036, 27, 284, 2, 0, 0 },  /* 563 Observation */
	{ 129416, 4063, 5, 50, 3, 0, 0 },  /* 564 Observation.component */
	{ 129942, 4068, 7, 50, 3, 0, 0 },  /* 565 Observation.referenceRange */
	{ 130263, 4075, 3, 50, 3, 0, 0 },  /* 566 Observation.triggeredBy */
	{ 130404, 4078, 37, 284, 2, 0, 0 },  /* 567 ObservationDefinition */
	{ 130550, 4115, 4, 50, 3, 0, 0 },  /* 568 ObservationDefinition.component */
	{ 131558, 4119, 12, 50, 3, 0, 0 },  /* 569 ObservationDefinition.qualifiedValue */
	{ 132445, 4131, 30, 284, 2, 0, 0 },  /* 570 OperationDefinition */
	{ 132969, 4161, 2, 50, 3, 0, 0 },  /* 571 OperationDefinition.overload */
	{ 133078, 4163, 13, 50, 3, 0, 0 },  /* 572 OperationDefinition.parameter */
	{ 133150, 4176, 2, 50, 3, 0, 0 },  /* 573 OperationDefinition.parameter.binding */
	{ 133464, 4178, 2, 50, 3, 0, 0 },  /* 574 OperationDefinition.parameter.referencedFrom */
	{ 134120, 4180, 1, 284, 2, 0, 0 },  /* 575 OperationOutcome */
	{ 134137, 4181, 6, 50, 3, 0, 0 },  /* 576 OperationOutcome.issue */
	{ 103083, 4187, 10, 284, 2, 0, 0 },  /* 577 Organization */
	{ 134521, 4197, 4, 50, 3, 0, 0 },  /* 578 Organization.qualification */
	{ 134704, 4201, 12, 284, 2, 0, 0 },  /* 579 OrganizationAffiliation */
	{ 135147, 4213, 15, 284, 2, 0, 0 },  /* 580 PackagedProductDefinition */
	{ 135426, 4228, 2, 50, 3, 0, 0 },  /* 581 PackagedProductDefinition.legalStatusOfSupply */
	{ 135731, 4230, 11, 50, 3, 0, 0 },  /* 582 PackagedProductDefinition.packaging */
	{ 135871, 4241, 2, 50, 3, 0, 0 },  /* 583 PackagedProductDefinition.packaging.containedItem */
	{ 136220, 4243, 2, 50, 3, 0, 0 },  /* 584 PackagedProductDefinition.packaging.property */
	{ 136609, 4245, 7, 238, 1, 0, 0 },  /* 585 ParameterDefinition */
	{ 110288, 4252, 1, 668, 2, 0, 0 },  /* 586 Parameters */
	{ 136813, 4253, 4, 50, 3, 0, 0 },  /* 587 Parameters.parameter */
	{ 136946, 4257, 16, 284, 2, 0, 0 },  /* 588 Patient */
	{ 137003, 4273, 2, 50, 3, 0, 0 },  /* 589 Patient.communication */
	{ 137088, 4275, 7, 50, 3, 0, 0 },  /* 590 Patient.contact */
	{ 137359, 4282, 2, 50, 3, 0, 0 },  /* 591 Patient.link */
	{ 137528, 4284, 12, 284, 2, 0, 0 },  /* 592 PaymentNotice */
	{ 137819, 4296, 29, 284, 2, 0, 0 },  /* 593 PaymentReconciliation */
	{ 137877, 4325, 13, 50, 3, 0, 0 },  /* 594 PaymentReconciliation.allocation */
	{ 139029, 4338, 2, 50, 3, 0, 0 },  /* 595 PaymentReconciliation.processNote */
	{ 44804, 4340, 2, 238, 1, 0, 0 },  /* 596 Period */
	{ 139427, 4342, 7, 284, 2, 0, 0 },  /* 597 Permission */
	{ 139495, 4349, 2, 50, 3, 0, 0 },  /* 598 Permission.justification */
	{ 139585, 4351, 4, 50, 3, 0, 0 },  /* 599 Permission.rule */
	{ 139601, 4355, 3, 50, 3, 0, 0 },  /* 600 Permission.rule.activity */
	{ 139722, 4358, 4, 50, 3, 0, 0 },  /* 601 Permission.rule.data */
	{ 139803, 4362, 2, 50, 3, 0, 0 },  /* 602 Permission.rule.data.resource */
	{ 148688, 4364, 13, 284, 2, 0, 0 },  /* 603 Person */
	{ 148769, 4377, 2, 50, 3, 0, 0 },  /* 604 Person.communication */
	{ 140041, 4379, 2, 50, 3, 0, 0 },  /* 605 Person.link */
	{ 140143, 4381, 35, 284, 2, 0, 0 },  /* 606 PlanDefinition */
	{ 140158, 4416, 29, 50, 3, 0, 0 },  /* 607 PlanDefinition.action */
	{ 140278, 4445, 2, 50, 3, 0, 0 },  /* 608 PlanDefinition.action.condition */
	{ 140496, 4447, 2, 50, 3, 0, 0 },  /* 609 PlanDefinition.action.dynamicValue */
	{ 140685, 4449, 3, 50, 3, 0, 0 },  /* 610 PlanDefinition.action.input */
	{ 140887, 4452, 3, 50, 3, 0, 0 },  /* 611 PlanDefinition.action.output */
	{ 141033, 4455, 6, 50, 3, 0, 0 },  /* 612 PlanDefinition.action.participant */
	{ 141454, 4461, 4, 50, 3, 0, 0 },  /* 613 PlanDefinition.action.relatedAction */
	{ 141980, 4465, 3, 50, 3, 0, 0 },  /* 614 PlanDefinition.actor */
	{ 142034, 4468, 4, 50, 3, 0, 0 },  /* 615 PlanDefinition.actor.option */
	{ 142546, 4472, 7, 50, 3, 0, 0 },  /* 616 PlanDefinition.goal */
	{ 142746, 4479, 3, 50, 3, 0, 0 },  /* 617 PlanDefinition.goal.target */
	{ 137327, 4482, 11, 284, 2, 0, 0 },  /* 618 Practitioner */
	{ 143428, 4493, 2, 50, 3, 0, 0 },  /* 619 Practitioner.communication */
	{ 143634, 4495, 4, 50, 3, 0, 0 },  /* 620 Practitioner.qualification */
	{ 143820, 4499, 14, 284, 2, 0, 0 },  /* 621 PractitionerRole */
	{ 144227, 4513, 0, 238, 1, 1, 0 },  /* 622 PrimitiveType */
	{ 35177, 4513, 28, 284, 2, 0, 0 },  /* 623 Procedure */
	{ 144355, 4541, 2, 50, 3, 0, 0 },  /* 624 Procedure.focalDevice */
	{ 144647, 4543, 4, 50, 3, 0, 0 },  /* 625 Procedure.performer */
	{ 144972, 4547, 3, 51, 1, 0, 0 },  /* 626 ProductShelfLife */
	{ 145084, 4550, 13, 284, 2, 0, 0 },  /* 627 Provenance */
	{ 145115, 4563, 4, 50, 3, 0, 0 },  /* 628 Provenance.agent */
	{ 145290, 4567, 3, 50, 3, 0, 0 },  /* 629 Provenance.entity */
	{ 157824, 4570, 5, 238, 1, 0, 0 },  /* 630 Quantity */
	{ 145596, 4575, 24, 284, 2, 0, 0 },  /* 631 Questionnaire */
	{ 145884, 4599, 18, 50, 3, 0, 0 },  /* 632 Questionnaire.item */
	{ 145939, 4617, 2, 50, 3, 0, 0 },  /* 633 Questionnaire.item.answerOption */
	{ 146217, 4619, 3, 50, 3, 0, 0 },  /* 634 Questionnaire.item.enableWhen */
	{ 146365, 4622, 1, 50, 3, 0, 0 },  /* 635 Questionnaire.item.initial */
	{ 146951, 4623, 11, 284, 2, 0, 0 },  /* 636 QuestionnaireResponse */
	{ 147128, 4634, 5, 50, 3, 0, 0 },  /* 637 QuestionnaireResponse.item */
	{ 147155, 4639, 2, 50, 3, 0, 0 },  /* 638 QuestionnaireResponse.item.answer */
	{ 129963, 4641, 2, 238, 1, 0, 0 },  /* 639 Range */
	{ 147560, 4643, 2, 238, 1, 0, 0 },  /* 640 Ratio */
	{ 147600, 4645, 3, 238, 1, 0, 0 },  /* 641 RatioRange */
	{ 75467, 4648, 4, 238, 1, 0, 0 },  /* 642 Reference */
	{ 147701, 4652, 15, 284, 2, 0, 0 },  /* 643 RegulatedAuthorization */
	{ 147793, 4667, 5, 50, 3, 0, 0 },  /* 644 RegulatedAuthorization.case */
	{ 148396, 4672, 10, 238, 1, 0, 0 },  /* 645 RelatedArtifact */
	{ 148681, 4682, 12, 284, 2, 0, 0 },  /* 646 RelatedPerson */
	{ 148762, 4694, 2, 50, 3, 0, 0 },  /* 647 RelatedPerson.communication */
	{ 149042, 4696, 18, 284, 2, 0, 0 },  /* 648 RequestOrchestration */
	{ 149063, 4714, 27, 50, 3, 0, 0 },  /* 649 RequestOrchestration.action */
	{ 149207, 4741, 2, 50, 3, 0, 0 },  /* 650 RequestOrchestration.action.condition */
	{ 149461, 4743, 2, 50, 3, 0, 0 },  /* 651 RequestOrchestration.action.dynamicValue */
	{ 149678, 4745, 3, 50, 3, 0, 0 },  /* 652 RequestOrchestration.action.input */
	{ 149916, 4748, 3, 50, 3, 0, 0 },  /* 653 RequestOrchestration.action.output */
	{ 150086, 4751, 6, 50, 3, 0, 0 },  /* 654 RequestOrchestration.action.participant */
	{ 150539, 4757, 4, 50, 3, 0, 0 },  /* 655 RequestOrchestration.action.relatedAction */
	{ 12512, 4761, 21, 284, 2, 0, 0 },  /* 656 Requirements */
	{ 151951, 4782, 10, 50, 3, 0, 0 },  /* 657 Requirements.statement */
	{ 5199, 4792, 32, 284, 2, 0, 0 },  /* 658 ResearchStudy */
	{ 152435, 4824, 5, 50, 3, 0, 0 },  /* 659 ResearchStudy.associatedParty */
	{ 152674, 4829, 6, 50, 3, 0, 0 },  /* 660 ResearchStudy.comparisonGroup */
	{ 153113, 4835, 2, 50, 3, 0, 0 },  /* 661 ResearchStudy.label */
	{ 153222, 4837, 3, 50, 3, 0, 0 },  /* 662 ResearchStudy.objective */
	{ 153340, 4840, 4, 50, 3, 0, 0 },  /* 663 ResearchStudy.outcomeMeasure */
	{ 153612, 4844, 3, 50, 3, 0, 0 },  /* 664 ResearchStudy.progressStatus */
	{ 153771, 4847, 4, 50, 3, 0, 0 },  /* 665 ResearchStudy.recruitment */
	{ 154174, 4851, 9, 284, 2, 0, 0 },  /* 666 ResearchSubject */
	{ 154342, 4860, 6, 50, 3, 0, 0 },  /* 667 ResearchSubject.progress */
	{ 122327, 4866, 4, 52, 2, 1, 0 },  /* 668 Resource */
	{ 154706, 4870, 16, 284, 2, 0, 0 },  /* 669 RiskAssessment */
	{ 155005, 4886, 6, 50, 3, 0, 0 },  /* 670 RiskAssessment.prediction */
	{ 155324, 4892, 10, 238, 1, 0, 0 },  /* 671 SampledData */
	{ 155546, 4902, 9, 284, 2, 0, 0 },  /* 672 Schedule */
	{ 155727, 4911, 31, 284, 2, 0, 0 },  /* 673 SearchParameter */
	{ 155834, 4942, 2, 50, 3, 0, 0 },  /* 674 SearchParameter.component */
	{ 156609, 4944, 33, 284, 2, 0, 0 },  /* 675 ServiceRequest */
	{ 157085, 4977, 2, 50, 3, 0, 0 },  /* 676 ServiceRequest.orderDetail */
	{ 157112, 4979, 2, 50, 3, 0, 0 },  /* 677 ServiceRequest.orderDetail.parameter */
	{ 157279, 4981, 1, 50, 3, 0, 0 },  /* 678 ServiceRequest.patientInstruction */
	{ 189348, 4982, 7, 238, 1, 0, 0 },  /* 679 Signature */
	{ 157818, 4989, 1, 630, 1, 0, 0 },  /* 680 SimpleQuantity */
	{ 157833, 4990, 11, 284, 2, 0, 0 },  /* 681 Slot */
	{ 158003, 5001, 16, 284, 2, 0, 0 },  /* 682 Specimen */
	{ 158041, 5017, 9, 50, 3, 0, 0 },  /* 683 Specimen.collection */
	{ 158369, 5026, 3, 50, 3, 0, 0 },  /* 684 Specimen.container */
	{ 158478, 5029, 2, 50, 3, 0, 0 },  /* 685 Specimen.feature */
	{ 158596, 5031, 4, 50, 3, 0, 0 },  /* 686 Specimen.processing */
	{ 158832, 5035, 28, 284, 2, 0, 0 },  /* 687 SpecimenDefinition */
	{ 159557, 5063, 10, 50, 3, 0, 0 },  /* 688 SpecimenDefinition.typeTested */
	{ 159587, 5073, 8, 50, 3, 0, 0 },  /* 689 SpecimenDefinition.typeTested.container */
	{ 159627, 5081, 1, 50, 3, 0, 0 },  /* 690 SpecimenDefinition.typeTested.container.additive */
	{ 160085, 5082, 4, 50, 3, 0, 0 },  /* 691 SpecimenDefinition.typeTested.handling */
	{ 160801, 5086, 29, 284, 2, 0, 0 },  /* 692 StructureDefinition */
	{ 160913, 5115, 2, 50, 3, 0, 0 },  /* 693 StructureDefinition.context */
	{ 161203, 5117, 1, 50, 3, 0, 0 },  /* 694 StructureDefinition.differential */
	{ 161459, 5118, 4, 50, 3, 0, 0 },  /* 695 StructureDefinition.mapping */
	{ 161708, 5122, 1, 50, 3, 0, 0 },  /* 696 StructureDefinition.snapshot */
	{ 161975, 5123, 21, 284, 2, 0, 0 },  /* 697 StructureMap */
	{ 161988, 5144, 2, 50, 3, 0, 0 },  /* 698 StructureMap.const */
	{ 162197, 5146, 6, 50, 3, 0, 0 },  /* 699 StructureMap.group */
	{ 162276, 5152, 4, 50, 3, 0, 0 },  /* 700 StructureMap.group.input */
	{ 162454, 5156, 6, 50, 3, 0, 0 },  /* 701 StructureMap.group.rule */
	{ 162478, 5162, 2, 50, 3, 0, 0 },  /* 702 StructureMap.group.rule.dependent */
	{ 162691, 5164, 11, 50, 3, 0, 0 },  /* 703 StructureMap.group.rule.source */
	{ 163150, 5175, 7, 50, 3, 0, 0 },  /* 704 StructureMap.group.rule.target */
	{ 163341, 5182, 1, 50, 3, 0, 0 },  /* 705 StructureMap.group.rule.target.parameter */
	{ 163693, 5183, 4, 50, 3, 0, 0 },  /* 706 StructureMap.structure */
	{ 163951, 5187, 17, 284, 2, 0, 0 },  /* 707 Subscription */
	{ 164095, 5204, 5, 50, 3, 0, 0 },  /* 708 Subscription.filterBy */
	{ 164403, 5209, 2, 50, 3, 0, 0 },  /* 709 Subscription.parameter */
	{ 164563, 5211, 7, 284, 2, 0, 0 },  /* 710 SubscriptionStatus */
	{ 164655, 5218, 4, 50, 3, 0, 0 },  /* 711 SubscriptionStatus.notificationEvent */
	{ 164993, 5222, 25, 284, 2, 0, 0 },  /* 712 SubscriptionTopic */
	{ 165042, 5247, 6, 50, 3, 0, 0 },  /* 713 SubscriptionTopic.canFilterBy */
	{ 165530, 5253, 3, 50, 3, 0, 0 },  /* 714 SubscriptionTopic.eventTrigger */
	{ 165828, 5256, 3, 50, 3, 0, 0 },  /* 715 SubscriptionTopic.notificationShape */
	{ 166054, 5259, 5, 50, 3, 0, 0 },  /* 716 SubscriptionTopic.resourceTrigger */
	{ 166185, 5264, 5, 50, 3, 0, 0 },  /* 717 SubscriptionTopic.resourceTrigger.queryCriteria */
	{ 166796, 5269, 9, 284, 2, 0, 0 },  /* 718 Substance */
	{ 166900, 5278, 2, 50, 3, 0, 0 },  /* 719 Substance.ingredient */
	{ 167040, 5280, 24, 284, 2, 0, 0 },  /* 720 SubstanceDefinition */
	{ 167060, 5304, 4, 50, 3, 0, 0 },  /* 721 SubstanceDefinition.characterization */
	{ 167312, 5308, 5, 50, 3, 0, 0 },  /* 722 SubstanceDefinition.code */
	{ 167684, 5313, 8, 50, 3, 0, 0 },  /* 723 SubstanceDefinition.moiety */
	{ 168023, 5321, 3, 50, 3, 0, 0 },  /* 724 SubstanceDefinition.molecularWeight */
	{ 168186, 5324, 11, 50, 3, 0, 0 },  /* 725 SubstanceDefinition.name */
	{ 168345, 5335, 3, 50, 3, 0, 0 },  /* 726 SubstanceDefinition.name.official */
	{ 168787, 5338, 2, 50, 3, 0, 0 },  /* 727 SubstanceDefinition.property */
	{ 168957, 5340, 7, 50, 3, 0, 0 },  /* 728 SubstanceDefinition.relationship */
	{ 169309, 5347, 5, 50, 3, 0, 0 },  /* 729 SubstanceDefinition.sourceMaterial */
	{ 169586, 5352, 8, 50, 3, 0, 0 },  /* 730 SubstanceDefinition.structure */
	{ 169810, 5360, 4, 50, 3, 0, 0 },  /* 731 SubstanceDefinition.structure.representation */
	{ 170259, 5364, 5, 284, 2, 0, 0 },  /* 732 SubstanceNucleicAcid */
	{ 170434, 5369, 8, 50, 3, 0, 0 },  /* 733 SubstanceNucleicAcid.subunit */
	{ 170538, 5377, 4, 50, 3, 0, 0 },  /* 734 SubstanceNucleicAcid.subunit.linkage */
	{ 170887, 5381, 3, 50, 3, 0, 0 },  /* 735 SubstanceNucleicAcid.subunit.sugar */
	{ 171095, 5384, 7, 284, 2, 0, 0 },  /* 736 SubstancePolymer */
	{ 171258, 5391, 2, 50, 3, 0, 0 },  /* 737 SubstancePolymer.monomerSet */
	{ 171324, 5393, 4, 50, 3, 0, 0 },  /* 738 SubstancePolymer.monomerSet.startingMaterial */
	{ 171581, 5397, 3, 50, 3, 0, 0 },  /* 739 SubstancePolymer.repeat */
	{ 171653, 5400, 5, 50, 3, 0, 0 },  /* 740 SubstancePolymer.repeat.repeatUnit */
	{ 171730, 5405, 4, 50, 3, 0, 0 },  /* 741 SubstancePolymer.repeat.repeatUnit.degreeOfPolymerisation */
	{ 172089, 5409, 4, 50, 3, 0, 0 },  /* 742 SubstancePolymer.repeat.repeatUnit.structuralRepresentation */
	{ 172512, 5413, 4, 284, 2, 0, 0 },  /* 743 SubstanceProtein */
	{ 172627, 5417, 8, 50, 3, 0, 0 },  /* 744 SubstanceProtein.subunit */
	{ 172987, 5425, 4, 284, 2, 0, 0 },  /* 745 SubstanceReferenceInformation */
	{ 173055, 5429, 3, 50, 3, 0, 0 },  /* 746 SubstanceReferenceInformation.gene */
	{ 173226, 5432, 3, 50, 3, 0, 0 },  /* 747 SubstanceReferenceInformation.geneElement */
	{ 173414, 5435, 8, 50, 3, 0, 0 },  /* 748 SubstanceReferenceInformation.target */
	{ 173821, 5443, 13, 284, 2, 0, 0 },  /* 749 SubstanceSourceMaterial */
	{ 173926, 5456, 2, 50, 3, 0, 0 },  /* 750 SubstanceSourceMaterial.fractionDescription */
	{ 174125, 5458, 8, 50, 3, 0, 0 },  /* 751 SubstanceSourceMaterial.organism */
	{ 174158, 5466, 2, 50, 3, 0, 0 },  /* 752 SubstanceSourceMaterial.organism.author */
	{ 174386, 5468, 5, 50, 3, 0, 0 },  /* 753 SubstanceSourceMaterial.organism.hybrid */
	{ 174826, 5473, 4, 50, 3, 0, 0 },  /* 754 SubstanceSourceMaterial.organism.organismGeneral */
	{ 175297, 5477, 2, 50, 3, 0, 0 },  /* 755 SubstanceSourceMaterial.partDescription */
	{ 175566, 5479, 11, 284, 2, 0, 0 },  /* 756 SupplyDelivery */
	{ 175777, 5490, 2, 50, 3, 0, 0 },  /* 757 SupplyDelivery.suppliedItem */
	{ 175922, 5492, 16, 284, 2, 0, 0 },  /* 758 SupplyRequest */
	{ 176153, 5508, 2, 50, 3, 0, 0 },  /* 759 SupplyRequest.parameter */
	{ 176374, 5510, 33, 284, 2, 0, 0 },  /* 760 Task */
	{ 176566, 5543, 2, 50, 3, 0, 0 },  /* 761 Task.input */
	{ 176730, 5545, 2, 50, 3, 0, 0 },  /* 762 Task.output */
	{ 176803, 5547, 2, 50, 3, 0, 0 },  /* 763 Task.performer */
	{ 176970, 5549, 3, 50, 3, 0, 0 },  /* 764 Task.restriction */
	{ 177097, 5552, 27, 284, 2, 0, 0 },  /* 765 TerminologyCapabilities */
	{ 177121, 5579, 1, 50, 3, 0, 0 },  /* 766 TerminologyCapabilities.closure */
	{ 177232, 5580, 4, 50, 3, 0, 0 },  /* 767 TerminologyCapabilities.codeSystem */
	{ 177396, 5584, 6, 50, 3, 0, 0 },  /* 768 TerminologyCapabilities.codeSystem.version */
	{ 177544, 5590, 2, 50, 3, 0, 0 },  /* 769 TerminologyCapabilities.codeSystem.version.filter */
	{ 178029, 5592, 5, 50, 3, 0, 0 },  /* 770 TerminologyCapabilities.expansion */
	{ 178196, 5597, 2, 50, 3, 0, 0 },  /* 771 TerminologyCapabilities.expansion.parameter */
	{ 178464, 5599, 2, 50, 3, 0, 0 },  /* 772 TerminologyCapabilities.implementation */
	{ 178793, 5601, 2, 50, 3, 0, 0 },  /* 773 TerminologyCapabilities.software */
	{ 178966, 5603, 1, 50, 3, 0, 0 },  /* 774 TerminologyCapabilities.translation */
	{ 179110, 5604, 1, 50, 3, 0, 0 },  /* 775 TerminologyCapabilities.validateCode */
	{ 179273, 5605, 23, 284, 2, 0, 0 },  /* 776 TestPlan */
	{ 179374, 5628, 2, 50, 3, 0, 0 },  /* 777 TestPlan.dependency */
	{ 179646, 5630, 6, 50, 3, 0, 0 },  /* 778 TestPlan.testCase */
	{ 179664, 5636, 3, 50, 3, 0, 0 },  /* 779 TestPlan.testCase.assertion */
	{ 179795, 5639, 2, 50, 3, 0, 0 },  /* 780 TestPlan.testCase.dependency */
	{ 179957, 5641, 3, 50, 3, 0, 0 },  /* 781 TestPlan.testCase.testData */
	{ 180088, 5644, 2, 50, 3, 0, 0 },  /* 782 TestPlan.testCase.testRun */
	{ 180150, 5646, 2, 50, 3, 0, 0 },  /* 783 TestPlan.testCase.testRun.script */
	{ 180381, 5648, 12, 284, 2, 0, 0 },  /* 784 TestReport */
	{ 180448, 5660, 3, 50, 3, 0, 0 },  /* 785 TestReport.participant */
	{ 180592, 5663, 1, 50, 3, 0, 0 },  /* 786 TestReport.setup */
	{ 180609, 5664, 2, 50, 3, 0, 0 },  /* 787 TestReport.setup.action */
	{ 180633, 5666, 4, 50, 3, 0, 0 },  /* 788 TestReport.setup.action.assert */
	{ 180741, 5670, 1, 50, 3, 0, 0 },  /* 789 TestReport.setup.action.assert.requirement */
	{ 180873, 5671, 3, 50, 3, 0, 0 },  /* 790 TestReport.setup.action.operation */
	{ 181049, 5674, 1, 50, 3, 0, 0 },  /* 791 TestReport.teardown */
	{ 181069, 5675, 1, 50, 3, 0, 0 },  /* 792 TestReport.teardown.action */
	{ 181133, 5676, 3, 50, 3, 0, 0 },  /* 793 TestReport.test */
	{ 181149, 5679, 2, 50, 3, 0, 0 },  /* 794 TestReport.test.action */
	{ 181324, 5681, 27, 284, 2, 0, 0 },  /* 795 TestScript */
	{ 181440, 5708, 3, 50, 3, 0, 0 },  /* 796 TestScript.destination */
	{ 181574, 5711, 3, 50, 3, 0, 0 },  /* 797 TestScript.fixture */
	{ 181727, 5714, 2, 50, 3, 0, 0 },  /* 798 TestScript.metadata */
	{ 181747, 5716, 7, 50, 3, 0, 0 },  /* 799 TestScript.metadata.capability */
	{ 182063, 5723, 2, 50, 3, 0, 0 },  /* 800 TestScript.metadata.link */
	{ 182170, 5725, 3, 50, 3, 0, 0 },  /* 801 TestScript.origin */
	{ 182319, 5728, 3, 50, 3, 0, 0 },  /* 802 TestScript.scope */
	{ 182414, 5731, 1, 50, 3, 0, 0 },  /* 803 TestScript.setup */
	{ 182431, 5732, 2, 50, 3, 0, 0 },  /* 804 TestScript.setup.action */
	{ 182455, 5734, 25, 50, 3, 0, 0 },  /* 805 TestScript.setup.action.assert */
	{ 183198, 5759, 1, 50, 3, 0, 0 },  /* 806 TestScript.setup.action.assert.requirement */
	{ 183631, 5760, 17, 50, 3, 0, 0 },  /* 807 TestScript.setup.action.operation */
	{ 184058, 5777, 2, 50, 3, 0, 0 },  /* 808 TestScript.setup.action.operation.requestHeader */
	{ 184527, 5779, 1, 50, 3, 0, 0 },  /* 809 TestScript.teardown */
	{ 184547, 5780, 1, 50, 3, 0, 0 },  /* 810 TestScript.teardown.action */
	{ 184611, 5781, 3, 50, 3, 0, 0 },  /* 811 TestScript.test */
	{ 184627, 5784, 2, 50, 3, 0, 0 },  /* 812 TestScript.test.action */
	{ 184816, 5786, 8, 50, 3, 0, 0 },  /* 813 TestScript.variable */
	{ 185118, 5794, 3, 51, 1, 0, 0 },  /* 814 Timing */
	{ 185150, 5797, 15, 288, 3, 0, 0 },  /* 815 Timing.repeat */
	{ 185516, 5812, 32, 284, 2, 0, 0 },  /* 816 Transport */
	{ 185768, 5844, 2, 50, 3, 0, 0 },  /* 817 Transport.input */
	{ 185982, 5846, 2, 50, 3, 0, 0 },  /* 818 Transport.output */
	{ 186214, 5848, 3, 50, 3, 0, 0 },  /* 819 Transport.restriction */
	{ 186371, 5851, 7, 238, 1, 0, 0 },  /* 820 TriggerDefinition */
	{ 186573, 5858, 2, 238, 1, 0, 0 },  /* 821 UsageContext */
	{ 132187, 5860, 30, 284, 2, 0, 0 },  /* 822 ValueSet */
	{ 186664, 5890, 5, 50, 3, 0, 0 },  /* 823 ValueSet.compose */
	{ 186732, 5895, 6, 50, 3, 0, 0 },  /* 824 ValueSet.compose.include */
	{ 186757, 5901, 3, 50, 3, 0, 0 },  /* 825 ValueSet.compose.include.concept */
	{ 186828, 5904, 4, 50, 3, 0, 0 },  /* 826 ValueSet.compose.include.concept.designation */
	{ 187162, 5908, 3, 50, 3, 0, 0 },  /* 827 ValueSet.compose.include.filter */
	{ 187615, 5911, 8, 50, 3, 0, 0 },  /* 828 ValueSet.expansion */
	{ 187634, 5919, 9, 50, 3, 0, 0 },  /* 829 ValueSet.expansion.contains */
	{ 187882, 5928, 3, 50, 3, 0, 0 },  /* 830 ValueSet.expansion.contains.property */
	{ 187961, 5931, 2, 50, 3, 0, 0 },  /* 831 ValueSet.expansion.contains.property.subProperty */
	{ 188319, 5933, 2, 50, 3, 0, 0 },  /* 832 ValueSet.expansion.parameter */
	{ 188420, 5935, 2, 50, 3, 0, 0 },  /* 833 ValueSet.expansion.property */
	{ 188767, 5937, 2, 50, 3, 0, 0 },  /* 834 ValueSet.scope */
	{ 188973, 5939, 14, 284, 2, 0, 0 },  /* 835 VerificationResult */
	{ 188992, 5953, 8, 50, 3, 0, 0 },  /* 836 VerificationResult.attestation */
	{ 189545, 5961, 7, 50, 3, 0, 0 },  /* 837 VerificationResult.primarySource */
	{ 190090, 5968, 3, 50, 3, 0, 0 },  /* 838 VerificationResult.validator */
	{ 190260, 5971, 5, 238, 1, 0, 0 },  /* 839 VirtualServiceDetail */
	{ 190451, 5976, 8, 284, 2, 0, 0 },  /* 840 VisionPrescription */
	{ 190587, 5984, 14, 50, 3, 0, 0 },  /* 841 VisionPrescription.lensSpecification */
	{ 191104, 5998, 2, 50, 3, 0, 0 },  /* 842 VisionPrescription.lensSpecification.prism */
	{ 191427, 6000, 1, 622, 0, 0, 1 },  /* 843 base64Binary */
	{ 191459, 6001, 1, 622, 0, 0, 2 },  /* 844 boolean */
	{ 191493, 6002, 1, 860, 0, 0, 1 },  /* 845 canonical */
	{ 209238, 6003, 1, 857, 0, 0, 1 },  /* 846 code */
	{ 165431, 6004, 1, 622, 0, 0, 6 },  /* 847 date */
	{ 126250, 6005, 1, 622, 0, 0, 7 },  /* 848 dateTime */
	{ 191596, 6006, 1, 622, 0, 0, 5 },  /* 849 decimal */
	{ 154648, 6007, 1, 857, 0, 0, 1 },  /* 850 id */
	{ 233969, 6008, 1, 622, 0, 0, 7 },  /* 851 instant */
	{ 233991, 6009, 1, 622, 0, 0, 3 },  /* 852 integer */
	{ 234013, 6010, 1, 622, 0, 0, 4 },  /* 853 integer64 */
	{ 234054, 6011, 1, 857, 0, 0, 1 },  /* 854 markdown */
	{ 234174, 6012, 1, 860, 0, 0, 1 },  /* 855 oid */
	{ 234188, 6013, 1, 852, 0, 0, 3 },  /* 856 positiveInt */
	{ 234239, 6014, 1, 622, 0, 0, 1 },  /* 857 string */
	{ 22372, 6015, 1, 622, 0, 0, 8 },  /* 858 time */
	{ 234330, 6016, 1, 852, 0, 0, 3 },  /* 859 unsignedInt */
	{ 40716, 6017, 1, 622, 0, 0, 1 },  /* 860 uri */
	{ 166699, 6018, 1, 860, 0, 0, 1 },  /* 861 url */
	{ 234380, 6019, 1, 860, 0, 0, 1 },  /* 862 uuid */
	{ 234413, 6020, 2, 288, 0, 0, 1 },  /* 863 xhtml */
};

const fp_model fp_model_r5 = {
	FP_FHIR_R5,
	fp_pool_r5, fp_types_r5, 863, fp_elements_r5, 6022,
	sizeof fp_pool_r5 + sizeof fp_ids_r5 + sizeof fp_elements_r5 + sizeof fp_types_r5,
};
