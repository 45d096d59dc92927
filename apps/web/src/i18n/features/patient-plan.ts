/** Messages for the Plan for a patient screen(s). English is the reference; Spanish must have the same keys. */
export const patientPlanEn = {
  'patientPlan.title': 'Plan for a patient',
  'patientPlan.cliniciansOnly': 'Building a plan for a patient is for their clinician. Sign in with a clinician account.',
  'patientPlan.loading': 'Loading the patient’s medicines and plans…',
  'patientPlan.notFound': 'No patient record you can see has this address. Open the patient from your list of patients.',
  'patientPlan.loadError': 'The patient’s medicines could not be loaded. Check your connection and try again.',
  'patientPlan.retry': 'Try again',
  'patientPlan.backToPatient': 'Back to the patient',

  'patientPlan.record.heading': 'From the patient’s record',
  'patientPlan.record.medication': 'Current medicine: {drug}, {doses}. The doses below start from it.',
  'patientPlan.record.timedDose': '{amount} mg at {time}',
  'patientPlan.record.untimedDose': '{amount} mg',
  'patientPlan.record.noMedication':
    'No current medicine is recorded. Enter the doses below, or import them from another benzodiazepine.',
  'patientPlan.record.active':
    'This patient already has a plan in force (version {version}). Approving here adds version {next} to that plan.',
  'patientPlan.record.noActive': 'This patient has no plan in force yet. Approving here creates version 1.',

  'patientPlan.doses.heading': 'Current doses',
  'patientPlan.strategy.heading': 'Strategy and pace',
  'patientPlan.forms.legend': 'Products the plan may use',
  'patientPlan.forms.tablets': 'Tablets',
  'patientPlan.forms.odt': 'Dissolving tablets (ODT)',
  'patientPlan.forms.liquid': 'Oral liquid, strength per mL',
  'patientPlan.forms.liquidHint': 'For example 0.1mg. Leave empty for no liquid.',
  'patientPlan.forms.market': 'Products sold in',
  'patientPlan.forms.marketAny': 'The US and the UK',
  'patientPlan.forms.marketUS': 'The US',
  'patientPlan.forms.marketUK': 'The UK',

  'patientPlan.chartCaption': 'Daily dose falls step by step from {from} mg over {days} days. The table below gives every step.',

  'patientPlan.band.heading': 'Modelled blood levels (a model, not a measurement)',
  'patientPlan.band.intro':
    'A pharmacokinetic model of many virtual people taking this plan. It shows how far apart levels may be between people; it does not predict this patient’s level or symptoms.',
  'patientPlan.band.none': 'There is no population model for this medicine yet.',
  'patientPlan.band.unit': 'ng/mL',
  'patientPlan.band.caption':
    'Model of {people} virtual people taking {drug}: the middle level starts near {start} ng/mL (90% of them between {low} and {high}) and ends near {end} ng/mL.',
  'patientPlan.band.tableSummary': 'Modelled levels at the start of each step, as a table',
  'patientPlan.band.table': 'Modelled levels (ng/mL) on the first day of each step',
  'patientPlan.band.day': 'Day',
  'patientPlan.band.p5': 'Lowest 5%',
  'patientPlan.band.p50': 'Middle',
  'patientPlan.band.p95': 'Highest 5%',

  'patientPlan.cap.heading': 'What this strategy allows',
  'patientPlan.cap.using': 'This plan: {cut}% of the dose every {days} days.',
  'patientPlan.cap.share': 'This plan: {share}% of the effect every {days} days.',
  'patientPlan.cap.rate': 'Guideline cap: no faster than {cap}% every {days} days.',
  'patientPlan.cap.fixed': 'Fixed schedule: {mg} mg less per day every {days} days.',
  'patientPlan.cap.nardi':
    'Fixed schedule: {high} mg less every {highDays} days down to {switchAt} mg a day, then {low} mg less every {lowDays} days.',

  'patientPlan.compare.heading': 'Compare two strategies',
  'patientPlan.compare.with': 'Compare with',
  'patientPlan.compare.hint': 'The same doses and first day, at that strategy’s usual pace.',
  'patientPlan.compare.table': 'The two strategies side by side',
  'patientPlan.compare.figure': 'Figure',
  'patientPlan.compare.thisPlan': 'This plan: {strategy}',
  'patientPlan.compare.duration': 'Duration',
  'patientPlan.compare.stepCount': 'Steps',
  'patientPlan.compare.largestCut': 'Largest cut',
  'patientPlan.compare.days': '{days} days (about {weeks} weeks)',
  'patientPlan.compare.noCut': 'No reduction step',
  'patientPlan.compare.maxCut': '{cut}% in one step',
  'patientPlan.compare.notPossible': 'That strategy cannot plan these doses: {reason}',

  'patientPlan.import.heading': 'Import from another benzodiazepine',
  'patientPlan.import.intro':
    'For someone taking another medicine: its daily dose as clonazepam or diazepam. Tables disagree, so the range across them is shown; any switch is made gradually, one dose at a time.',
  'patientPlan.import.from': 'Medicine taken now',
  'patientPlan.import.dose': 'Dose per day',
  'patientPlan.import.doseHint': 'For example 2mg',
  'patientPlan.import.to': 'Equivalent in',
  'patientPlan.import.estimate': '{dose} mg a day of {from} is about {estimate} mg a day of {to}.',
  'patientPlan.import.range': 'Range across the equivalence tables: {low} to {high} mg a day of {to}.',
  'patientPlan.import.bySource': '{table}: {estimate} mg',
  'patientPlan.import.lowConfidence': '(value not confirmed against its source)',
  'patientPlan.import.use': 'Start the plan from {estimate} mg a day of {to}',

  'patientPlan.approve.heading': 'Approve',
  'patientPlan.approve.introNew': 'Approving saves this plan as version 1 and makes it the plan the patient follows.',
  'patientPlan.approve.introVersion':
    'Approving saves this as version {next} of the plan in force and makes it the version the patient follows.',
  'patientPlan.approve.reason': 'Reason for this plan',
  'patientPlan.approve.reasonHint': 'Kept with the version in the patient’s record, for example what you agreed together.',
  'patientPlan.approve.reasonMissing': 'Write why this plan was chosen; it is kept with the version.',
  'patientPlan.approve.fixFirst': 'Fix the marked fields first: there is no plan to approve yet.',
  'patientPlan.approve.network': 'Stepdown could not reach the server. Nothing was approved; please try again.',
  'patientPlan.approve.failed': 'Not approved: {detail}',
  'patientPlan.approve.button': 'Approve plan',
  'patientPlan.approve.busy': 'Approving…',
  'patientPlan.approve.done': 'Version {version} approved',
  'patientPlan.approve.doneNew': 'It is now the patient’s plan: their Today screen follows it.',
  'patientPlan.approve.doneVersion': 'It replaces the earlier version: the patient’s Today screen follows it now.',
  'patientPlan.approve.rejected':
    'Version {version} was rejected, not approved: nothing changed for the patient. Press “Approve plan” again to propose this plan anew.',
} as const;

export const patientPlanEs: Readonly<Record<keyof typeof patientPlanEn, string>> = {
  'patientPlan.title': 'Plan para un paciente',
  'patientPlan.cliniciansOnly':
    'Preparar el plan de un paciente corresponde a su profesional sanitario. Inicie sesión con una cuenta clínica.',
  'patientPlan.loading': 'Cargando los medicamentos y planes del paciente…',
  'patientPlan.notFound': 'No hay ningún paciente visible para usted en esta dirección. Ábralo desde su lista de pacientes.',
  'patientPlan.loadError': 'No se pudieron cargar los medicamentos del paciente. Revise su conexión e inténtelo de nuevo.',
  'patientPlan.retry': 'Intentar de nuevo',
  'patientPlan.backToPatient': 'Volver al paciente',

  'patientPlan.record.heading': 'Del historial del paciente',
  'patientPlan.record.medication': 'Medicamento actual: {drug}, {doses}. Las dosis de abajo parten de él.',
  'patientPlan.record.timedDose': '{amount} mg a las {time}',
  'patientPlan.record.untimedDose': '{amount} mg',
  'patientPlan.record.noMedication':
    'No hay ningún medicamento actual registrado. Escriba las dosis abajo o impórtelas desde otra benzodiacepina.',
  'patientPlan.record.active':
    'Este paciente ya tiene un plan en vigor (versión {version}). Al aprobar aquí se añade la versión {next} a ese plan.',
  'patientPlan.record.noActive': 'Este paciente aún no tiene un plan en vigor. Al aprobar aquí se crea la versión 1.',

  'patientPlan.doses.heading': 'Dosis actuales',
  'patientPlan.strategy.heading': 'Estrategia y ritmo',
  'patientPlan.forms.legend': 'Productos que puede usar el plan',
  'patientPlan.forms.tablets': 'Comprimidos',
  'patientPlan.forms.odt': 'Comprimidos bucodispersables',
  'patientPlan.forms.liquid': 'Solución oral, concentración por mL',
  'patientPlan.forms.liquidHint': 'Por ejemplo 0.1mg. Déjelo vacío si no se usa líquido.',
  'patientPlan.forms.market': 'Productos vendidos en',
  'patientPlan.forms.marketAny': 'EE. UU. y el Reino Unido',
  'patientPlan.forms.marketUS': 'EE. UU.',
  'patientPlan.forms.marketUK': 'El Reino Unido',

  'patientPlan.chartCaption':
    'La dosis diaria baja paso a paso desde {from} mg a lo largo de {days} días. La tabla de abajo da cada paso.',

  'patientPlan.band.heading': 'Niveles en sangre según un modelo (un modelo, no una medición)',
  'patientPlan.band.intro':
    'Un modelo farmacocinético de muchas personas virtuales que siguen este plan. Muestra cuánto pueden diferir los niveles entre personas; no predice el nivel ni los síntomas de este paciente.',
  'patientPlan.band.none': 'Todavía no hay un modelo de población para este medicamento.',
  'patientPlan.band.unit': 'ng/mL',
  'patientPlan.band.caption':
    'Modelo de {people} personas virtuales que toman {drug}: el nivel central empieza cerca de {start} ng/mL (el 90 % entre {low} y {high}) y termina cerca de {end} ng/mL.',
  'patientPlan.band.tableSummary': 'Niveles del modelo al inicio de cada paso, en una tabla',
  'patientPlan.band.table': 'Niveles del modelo (ng/mL) el primer día de cada paso',
  'patientPlan.band.day': 'Día',
  'patientPlan.band.p5': '5 % más bajo',
  'patientPlan.band.p50': 'Central',
  'patientPlan.band.p95': '5 % más alto',

  'patientPlan.cap.heading': 'Lo que permite esta estrategia',
  'patientPlan.cap.using': 'Este plan: {cut} % de la dosis cada {days} días.',
  'patientPlan.cap.share': 'Este plan: {share} % del efecto cada {days} días.',
  'patientPlan.cap.rate': 'Límite de la guía: no más rápido que un {cap} % cada {days} días.',
  'patientPlan.cap.fixed': 'Pauta fija: {mg} mg menos al día cada {days} días.',
  'patientPlan.cap.nardi':
    'Pauta fija: {high} mg menos cada {highDays} días hasta {switchAt} mg al día, y después {low} mg menos cada {lowDays} días.',

  'patientPlan.compare.heading': 'Comparar dos estrategias',
  'patientPlan.compare.with': 'Comparar con',
  'patientPlan.compare.hint': 'Las mismas dosis y el mismo primer día, al ritmo habitual de esa estrategia.',
  'patientPlan.compare.table': 'Las dos estrategias una al lado de la otra',
  'patientPlan.compare.figure': 'Dato',
  'patientPlan.compare.thisPlan': 'Este plan: {strategy}',
  'patientPlan.compare.duration': 'Duración',
  'patientPlan.compare.stepCount': 'Pasos',
  'patientPlan.compare.largestCut': 'Mayor reducción',
  'patientPlan.compare.days': '{days} días (unas {weeks} semanas)',
  'patientPlan.compare.noCut': 'Ningún paso de reducción',
  'patientPlan.compare.maxCut': '{cut} % en un paso',
  'patientPlan.compare.notPossible': 'Esa estrategia no puede planificar estas dosis: {reason}',

  'patientPlan.import.heading': 'Importar desde otra benzodiacepina',
  'patientPlan.import.intro':
    'Para quien toma otro medicamento: su dosis diaria como clonazepam o diazepam. Las tablas no coinciden, así que se muestra el intervalo entre ellas; cualquier cambio se hace poco a poco, una dosis cada vez.',
  'patientPlan.import.from': 'Medicamento que toma ahora',
  'patientPlan.import.dose': 'Dosis al día',
  'patientPlan.import.doseHint': 'Por ejemplo 2mg',
  'patientPlan.import.to': 'Equivalente en',
  'patientPlan.import.estimate': '{dose} mg al día de {from} equivalen a unos {estimate} mg al día de {to}.',
  'patientPlan.import.range': 'Intervalo entre las tablas de equivalencia: de {low} a {high} mg al día de {to}.',
  'patientPlan.import.bySource': '{table}: {estimate} mg',
  'patientPlan.import.lowConfidence': '(valor no confirmado con su fuente)',
  'patientPlan.import.use': 'Empezar el plan desde {estimate} mg al día de {to}',

  'patientPlan.approve.heading': 'Aprobar',
  'patientPlan.approve.introNew': 'Al aprobar, este plan se guarda como versión 1 y pasa a ser el plan que sigue el paciente.',
  'patientPlan.approve.introVersion':
    'Al aprobar, esto se guarda como versión {next} del plan en vigor y pasa a ser la versión que sigue el paciente.',
  'patientPlan.approve.reason': 'Motivo de este plan',
  'patientPlan.approve.reasonHint': 'Se guarda con la versión en el historial del paciente, por ejemplo lo que acordaron juntos.',
  'patientPlan.approve.reasonMissing': 'Escriba por qué se eligió este plan; se guarda con la versión.',
  'patientPlan.approve.fixFirst': 'Corrija primero los campos marcados: todavía no hay un plan que aprobar.',
  'patientPlan.approve.network': 'Stepdown no pudo conectar con el servidor. No se aprobó nada; inténtelo de nuevo.',
  'patientPlan.approve.failed': 'No se aprobó: {detail}',
  'patientPlan.approve.button': 'Aprobar el plan',
  'patientPlan.approve.busy': 'Aprobando…',
  'patientPlan.approve.done': 'Versión {version} aprobada',
  'patientPlan.approve.doneNew': 'Ahora es el plan del paciente: su pantalla de Hoy lo sigue.',
  'patientPlan.approve.doneVersion': 'Sustituye a la versión anterior: la pantalla de Hoy del paciente ya la sigue.',
  'patientPlan.approve.rejected':
    'La versión {version} fue rechazada, no aprobada: nada cambió para el paciente. Pulse «Aprobar el plan» de nuevo para proponer este plan otra vez.',
};
