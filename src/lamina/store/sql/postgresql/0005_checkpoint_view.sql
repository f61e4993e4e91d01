-- A checkpoint that goes on from what its process's previous checkpoint of the execution left
-- (a `CheckpointView`) sends this check with its writes, in one round trip, instead of
-- reading first. It locks the execution's row; if the row changed since (its operations, its
-- history, its token, status or gate), its lease has expired, an operation the checkpoint
-- takes for new exists, or a wait or retry timer of it is due, the transaction fails with
-- SQLSTATE LM001 and the checkpoint runs again, reading afresh.
CREATE FUNCTION lamina_expect_view(
    p_arn text, p_change_seq bigint, p_next_event_id bigint, p_token text, p_status text,
    p_gate text, p_now bigint, p_absent text[], p_kinds text[]
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM executions
    WHERE arn = p_arn AND change_seq = p_change_seq AND next_event_id = p_next_event_id
      AND token = p_token AND status = p_status AND gate = p_gate
      AND (lease_expires_ms IS NULL OR lease_expires_ms >= p_now)
    FOR UPDATE;
    IF NOT FOUND
       OR EXISTS (SELECT 1 FROM operations WHERE arn = p_arn AND op_id = ANY(p_absent))
       OR EXISTS (SELECT 1 FROM timers
                  WHERE arn = p_arn AND due_ms <= p_now AND kind = ANY(p_kinds)) THEN
        RAISE EXCEPTION 'the checkpoint view of % is out of date', p_arn
            USING ERRCODE = 'LM001';
    END IF;
END $$;
