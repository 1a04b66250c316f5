"""one pure model per step: state, derived facts, actions; the store passed in; no widgets"""
