"""How customers ask for help in Spanish, Italian and Portuguese, in the same pools as
ticket_words.py: problems, urgency, details, subjects, form labels and agents' replies."""

from __future__ import annotations

PROBLEMS_SOUTH: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "bug": ("{product} se cierra cada vez que intento exportar un informe.",
                "Desde la actualización de esta mañana {product} muestra una página en blanco.",
                "Al guardar los cambios nos sale el error 500.",
                "La sincronización lleva dos días atascada en 'pendiente'.",
                "No llegan las notificaciones o llegan con horas de retraso."),
        "billing": ("Nos han cobrado dos veces el mismo mes, ver factura {order}.",
                    "En la factura {order} aparecen 25 licencias y solo tenemos 12.",
                    "Me han cobrado la cuota después de darme de baja.",
                    "Necesito una factura corregida con el nuevo NIF de la empresa."),
        "access": ("No puedo iniciar sesión y el correo para restablecer la contraseña no llega.",
                   "Por favor, den permisos de administrador a mi compañero {colleague}.",
                   "Mi cuenta se ha bloqueado tras varios intentos fallidos."),
        "feature_request": ("Sería muy útil poder exportar a Excel desde {product}.",
                            "¿Podrían añadir el modo oscuro a la aplicación?"),
        "other": ("¿Cómo cambio el idioma de {product}?",
                  "¿Dónde encuentro la documentación de la API?"),
    },
    "it": {
        "bug": ("{product} si blocca ogni volta che provo a esportare un report.",
                "Dall'aggiornamento di stamattina {product} mostra una pagina bianca.",
                "Quando salviamo le modifiche compare l'errore 500.",
                "La sincronizzazione è ferma su 'in attesa' da due giorni.",
                "Le notifiche arrivano con ore di ritardo o non arrivano affatto."),
        "billing": ("Ci avete addebitato due volte lo stesso mese, vedi fattura {order}.",
                    "Nella fattura {order} ci sono 25 licenze ma ne abbiamo solo 12.",
                    "Mi è stato addebitato il canone dopo la disdetta.",
                    "Mi serve una fattura corretta con la nuova partita IVA."),
        "access": ("Non riesco ad accedere e l'e-mail per reimpostare la password non arriva.",
                   "Per favore date i permessi di amministratore al collega {colleague}.",
                   "Il mio account è stato bloccato dopo troppi tentativi."),
        "feature_request": ("Sarebbe utile poter esportare in Excel da {product}.",
                            "Potreste aggiungere la modalità scura?"),
        "other": ("Come cambio la lingua di {product}?",
                  "Dove trovo la documentazione delle API?"),
    },
    "pt": {
        "bug": ("{product} fecha sempre que tento exportar um relatório.",
                "Desde a atualização de hoje de manhã {product} mostra uma página em branco.",
                "Ao gravar as alterações aparece o erro 500.",
                "A sincronização está parada em 'pendente' há dois dias.",
                "As notificações chegam com horas de atraso ou nem chegam."),
        "billing": ("Cobraram-nos duas vezes o mesmo mês, ver fatura {order}.",
                    "A fatura {order} tem 25 licenças mas só temos 12.",
                    "Fui cobrado depois de cancelar a assinatura.",
                    "Preciso de uma fatura corrigida com o novo NIF da empresa."),
        "access": ("Não consigo entrar na conta e o e-mail para repor a palavra-passe não chega.",
                   "Por favor deem permissões de administrador ao meu colega {colleague}.",
                   "A minha conta foi bloqueada depois de várias tentativas."),
        "feature_request": ("Seria ótimo poder exportar para Excel a partir do {product}.",
                            "Podem adicionar o modo escuro à aplicação?"),
        "other": ("Como mudo o idioma do {product}?",
                  "Onde encontro a documentação da API?"),
    },
}
URGENCY_SOUTH = {
    "es": ("Esto bloquea a todo el equipo.", "Es urgente.", "No es urgente.", ""),
    "it": ("Questo blocca tutto il team.", "È urgente!", "Non è urgente.", ""),
    "pt": ("Isto está a bloquear a equipa toda.", "É urgente!", "Não é urgente.", ""),
}
DETAILS_SOUTH = {
    "es": ("Navegador: Chrome {version}.", "Adjunto una captura de pantalla.",
           "Mi número de cliente es {account}.", "Número de pedido: {order}",
           "Ya he probado a borrar la caché."),
    "it": ("Browser: Firefox {version}.", "Allego uno screenshot.",
           "Il mio codice cliente è {account}.", "Numero d'ordine: {order}",
           "Ho già provato a svuotare la cache."),
    "pt": ("Navegador: Edge {version}.", "Envio uma captura de ecrã em anexo.",
           "O meu número de cliente é {account}.", "Número da encomenda: {order}",
           "Já tentei limpar a cache."),
}
SUBJECTS_SOUTH = {
    "es": ("Problema con {product}", "URGENTE: no puedo entrar", "Duda sobre mi factura",
           "Solicitud de acceso", "RE: Ticket #{ticket}", "Error al exportar"),
    "it": ("Problema con {product}", "URGENTE: accesso impossibile", "Domanda sulla fattura",
           "Richiesta di accesso", "R: Ticket #{ticket}", "Errore nell'esportazione"),
    "pt": ("Problema com {product}", "URGENTE: não consigo entrar", "Dúvida sobre a fatura",
           "Pedido de acesso", "RE: Ticket #{ticket}", "Erro ao exportar"),
}
FORM_LABELS_SOUTH = {
    "es": ("Nombre", "Correo electrónico", "Empresa", "Producto", "Categoría", "Prioridad",
           "Asunto", "Descripción"),
    "it": ("Nome", "E-mail", "Azienda", "Prodotto", "Categoria", "Priorità", "Oggetto",
           "Descrizione"),
    "pt": ("Nome", "E-mail", "Empresa", "Produto", "Categoria", "Prioridade", "Assunto",
           "Descrição"),
}
AGENT_LINES_SOUTH = {
    "es": ("Gracias por escribirnos, lo reviso ahora mismo.",
           "¿Me puede indicar el número de pedido?", "Lo he pasado al equipo correspondiente."),
    "it": ("Grazie per averci scritto, controllo subito.",
           "Mi può indicare il numero d'ordine?", "Ho inoltrato la richiesta al reparto."),
    "pt": ("Obrigado pelo contacto, vou verificar.",
           "Pode indicar-me o número da encomenda?", "Já encaminhei para a equipa técnica."),
}
